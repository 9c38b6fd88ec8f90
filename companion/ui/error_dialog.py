"""The dialog for unexpected problems (built only when one happens)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from companion.ui.widgets.common import button, label, named


class ErrorDialog(QDialog):
    def __init__(self, report: str, clipboard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Something went wrong"))
        self._clipboard = clipboard
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 20, 22, 18)
        lay.addWidget(label(self.tr("Something went wrong"), "heading"))
        lay.addWidget(label(self.tr(
            "Companion hit a problem it did not expect. What you had already written is saved. "
            "If you want to tell the developers, copy this report: it contains no journal text.")))
        self.report = named(QPlainTextEdit(report), self.tr("Error report"))
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(160)
        lay.addWidget(self.report, 1)
        self.copied = label("", "status")
        lay.addWidget(self.copied)
        row = QHBoxLayout()
        self.copy_button = button(self.tr("Copy report"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        close = button(self.tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        self.resize(560, 380)

    def _on_copy_clicked(self) -> None:
        self._clipboard.place(self.report.toPlainText())
        self.copied.setText(self.tr("Copied."))
