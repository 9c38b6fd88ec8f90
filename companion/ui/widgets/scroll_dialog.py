"""The frame of Companion's own dialogs: a body that scrolls when it must, buttons always in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from companion.ui.widgets.reflow import ScrollBody, fit_to_content


class ScrollDialog(QDialog):
    """A modal dialog, deleted when closed, whose words and fields go in `layout_` (the layout of
    `body`, a ScrollBody that scrolls when the screen is too short for it, e.g. at 200% text) and
    its buttons in `footer` (always in view); `outer` holds the two. It opens at the size its
    content needs at the current text size (at least `base_size`, grown with the text), never
    larger than the screen. Without a title here, give it one with set_title()."""

    base_size: QSize | None = None

    def __init__(self, title: str = "", parent: QWidget | None = None, *,
                 margins: tuple[int, int, int, int] = (22, 20, 22, 18)):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if title:
            self.set_title(title)
        self.setModal(True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(*margins)
        self.outer.setSpacing(12)
        self.body = ScrollBody()
        self.layout_ = self.body.body_layout
        self.footer = QHBoxLayout()
        self.outer.addWidget(self.body, 1)
        self.outer.addLayout(self.footer)

    def set_title(self, title: str) -> None:
        """The window title, which is also the name a screen reader gives the dialog."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def add_buttons(self, *buttons: QWidget, start: tuple[QWidget, ...] = ()) -> None:
        """The footer: `start` at the left, then `buttons` at the right, in keyboard order."""
        for widget in start:
            self.footer.addWidget(widget)
        self.footer.addStretch(1)
        for widget in buttons:
            self.footer.addWidget(widget)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt API (open() and show() come here)
        if visible and not self.isVisible():
            fit_to_content(self, self.base_size)
        super().setVisible(visible)
