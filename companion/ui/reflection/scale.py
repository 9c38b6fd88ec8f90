"""ScaleWidget: one keyboard stop for a small scale (mood in words, distress 0–10, energy).

A row of buttons for the mouse, but a single focusable control for the keyboard, so a
check-in is three Tab presses rather than twenty: arrows, Home/End and digits choose
("1" then "0" quickly is 10 on a 0–10 scale). The chosen value is always said in words
(the accessible description and the visible hint), never shown by colour alone: the
chosen button is also drawn with a thicker outline by the theme's :checked style.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.widgets.common import plain_text

DIGIT_PAUSE_MS = 700


class ScaleWidget(QFrame):
    value_changed = Signal(object)  # int, or None when nothing is chosen

    def __init__(self, name: str, minimum: int, maximum: int, *, word: Callable[[int], str] | None = None,
                 optional: bool = False, ends: tuple[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._name = name
        self._min, self._max = minimum, maximum
        self._word = word
        self._optional = optional
        self._value: int | None = None
        self._pending_digit: int | None = None
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(DIGIT_PAUSE_MS)
        self._digit_timer.timeout.connect(self._forget_digit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setObjectName("ScaleWidget")

        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # (exclusive groups cannot be emptied again)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for value in range(minimum, maximum + 1):
            text = word(value) if word else str(value)
            b = QPushButton(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scale itself is the keyboard stop
            b.setAccessibleName(self._value_words(value))
            b.setAutoDefault(False)
            b.setStyleSheet("padding: 5px 8px;" if word else "padding: 4px 4px;")  # compact, never clipped
            if word is None:
                b.setMinimumWidth(max(32, b.fontMetrics().horizontalAdvance("10") + 14))
            self.group.addButton(b, value)
            self.buttons[value] = b
            row.addWidget(b, 1 if word else 0)
        if word is None:
            row.addStretch(1)
        self.group.idClicked.connect(self._on_button_clicked)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(2)
        lay.addLayout(row)
        self.hint = plain_text(QLabel(""))
        self.hint.setProperty("role", "muted")
        if ends:
            ends_row = QHBoxLayout()
            ends_row.setContentsMargins(0, 0, 0, 0)
            left, right = plain_text(QLabel(ends[0])), plain_text(QLabel(ends[1]))
            for lab in (left, right):
                lab.setProperty("role", "muted")
            ends_row.addWidget(left)
            ends_row.addStretch(1)
            ends_row.addWidget(self.hint)
            ends_row.addStretch(1)
            ends_row.addWidget(right)
            lay.addLayout(ends_row)
        else:
            lay.addWidget(self.hint)
        self._update_words()

    # -- value ------------------------------------------------------------------------------
    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not self._min <= value <= self._max:
            return
        if value == self._value:
            return
        self._value = value
        for v, b in self.buttons.items():
            b.setChecked(v == value)
        self._update_words()
        self.value_changed.emit(value)

    def clear(self) -> None:
        self._forget_digit()
        self.set_value(None)

    def _value_words(self, value: int) -> str:
        if self._word:
            return self.tr("%1, %2 of %3").replace("%1", self._word(value)).replace("%2", str(value)).replace(
                "%3", str(self._max))
        return self.tr("%1 of %2").replace("%1", str(value)).replace("%2", str(self._max))

    def _update_words(self) -> None:
        if self._value is None:
            words = self.tr("not chosen") if not self._optional else self.tr("not chosen (optional)")
        else:
            words = self._value_words(self._value)
        self.hint.setText(words if self._value is not None else "")
        keys = self.tr("Arrow keys or %1 to %2").replace("%1", str(self._min)).replace("%2", str(self._max))
        if self._optional:
            keys += self.tr("; Delete clears")
        self.setAccessibleDescription(f"{words}. {keys}.")

    def _on_button_clicked(self, value: int) -> None:
        if self._value == value and self._optional:
            self.set_value(None)  # a second click on the chosen word un-chooses it
        else:
            self.set_value(value)
            self.buttons[value].setChecked(True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # -- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(self._min if current is None else min(self._max, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(self._max if current is None else max(self._min, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(self._min)
        elif key == Qt.Key.Key_End:
            self.set_value(self._max)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._optional:
            self.clear()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._digit(int(key) - int(Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _digit(self, digit: int) -> None:
        if self._pending_digit is not None:
            combined = self._pending_digit * 10 + digit
            self._forget_digit()
            if self._min <= combined <= self._max:
                self.set_value(combined)
                return
        if self._min <= digit <= self._max:
            self.set_value(digit)
        if digit and digit * 10 <= self._max:
            self._pending_digit = digit  # "1" may be the start of "10"
            self._digit_timer.start()

    def _forget_digit(self) -> None:
        self._digit_timer.stop()
        self._pending_digit = None

    # -- focus ring (a plain QFrame has none in the style sheet) ------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self._forget_digit()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
            painter.end()
