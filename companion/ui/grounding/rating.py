"""An optional 0–10 rating of how strong any distress feels, in neutral words. Skipping is fine.

Eleven buttons in a row (each with a spoken name such as "3 out of 10"); choosing the
chosen one again clears it. Nothing is ever pre-selected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.ui.grounding.words import rating_words
from companion.ui.widgets.common import label, named


class DistressRatingWidget(QWidget):
    changed = Signal(object)  # int 0..10, or None when cleared

    def __init__(self, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._value: int | None = None
        self.question = label(question)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for n in range(11):
            b = named(QPushButton(str(n)), self.tr("%1 out of 10").replace("%1", str(n)))
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setMinimumWidth(34)
            b.clicked.connect(lambda _checked=False, n=n: self._on_number_clicked(n))
            self.buttons.append(b)
            row.addWidget(b)
        low, high = rating_words()
        ends = QHBoxLayout()
        ends.addWidget(label(low, "muted", wrap=False))
        ends.addStretch(1)
        ends.addWidget(label(high, "muted", wrap=False))
        holder = QWidget()
        holder_lay = QVBoxLayout(holder)
        holder_lay.setContentsMargins(0, 0, 0, 0)
        holder_lay.setSpacing(2)
        holder_lay.addLayout(row)
        holder_lay.addLayout(ends)
        holder.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)  # as wide as the buttons
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(holder)
        line.addStretch(1)
        self.note = label(self.tr("Optional. You can leave it blank; nothing needs a number."), "muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.question)
        lay.addLayout(line)
        lay.addWidget(self.note)

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for n, b in enumerate(self.buttons):
            b.setChecked(n == value)
        self.changed.emit(value)

    def clear(self) -> None:
        self.set_value(None)

    def _on_number_clicked(self, n: int) -> None:
        self.set_value(None if self._value == n else n)
