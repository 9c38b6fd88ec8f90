"""A plain, empty notes window for after a quick exit, when the person chose "neutral screen".

It has nothing of Companion in it: a generic title, a blank page, no link back.
Nothing typed here is kept. Closing it closes Companion (already saved and locked).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from companion.ui.widgets.common import named


class NeutralWindow(QWidget):
    closed = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Untitled – Notes"))
        self.setWindowIcon(icon)
        self.setAccessibleName(self.tr("Notes"))
        self.page = named(QPlainTextEdit(), self.tr("Note"))
        self.page.setPlaceholderText("")
        # A plain look of its own, nothing of Companion's styling.
        self.setStyleSheet("QPlainTextEdit { border: none; background: #ffffff; color: #000000; padding: 6px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.page)
        self.resize(640, 460)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.page.setPlainText("")
        super().closeEvent(event)
        self.closed.emit()
