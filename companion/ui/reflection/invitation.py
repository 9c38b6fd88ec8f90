"""An inline, dismissible invitation to try a grounding exercise.

Shown after a check-in with high distress, or after an entry with a content note is
saved. It is a quiet banner inside the page, never a window: it takes no focus and
interrupts no typing; screen readers hear it as a polite announcement. "Not now" hides
it; "Don't offer this again" turns it off (it can be turned back on in the toolkit).
The button calls `open_grounding()`, which the main window points at the grounding
section (a no-op until that section exists).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from companion.ui.reflection import preferences as prefs
from companion.ui.session import Session
from companion.ui.widgets.common import button, label


def announce(widget: QWidget, text: str) -> None:
    """A polite announcement for screen readers (Qt 6.8+); nothing elsewhere."""
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # pragma: no cover
        return
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class InvitationWidget(QFrame):
    accepted = Signal()
    dismissed = Signal()
    turned_off = Signal()

    def __init__(self, session: Session, open_grounding: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._open_grounding = open_grounding
        self.reason = ""
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Invitation to try grounding"))
        self.text = label("")
        self.text.setAccessibleName(self.tr("Invitation"))
        self.try_button = button(self.tr("Try a grounding exercise"), self.tr("Try a grounding exercise"))
        self.try_button.clicked.connect(self._on_try_clicked)
        self.later_button = button(self.tr("Not now"), self.tr("Not now: hide this invitation"))
        self.later_button.clicked.connect(self.dismiss)
        self.off_button = button(self.tr("Don't offer this again"), self.tr("Don't offer grounding again"),
                                 role="link")
        self.off_button.clicked.connect(self._on_off_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.try_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        row.addWidget(self.off_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(8)
        lay.addWidget(self.text)
        lay.addLayout(row)
        self.setVisible(False)
        session.locked.connect(lambda _r: self.dismiss(quietly=True))

    @property
    def enabled_setting(self) -> bool:
        return bool(prefs.get(self.session, prefs.GROUNDING_INVITATION))

    def offer(self, reason: str) -> bool:
        """Show the invitation (if the person wants these). Never moves focus. Returns whether shown."""
        if not self.session.is_open or not self.enabled_setting:
            return False
        self.reason = reason
        if reason == "entry":
            words = self.tr("That entry carries a content note. If it would help to come back to the room "
                            "for a moment, a grounding exercise is here. Or carry on; whatever feels right.")
        else:
            words = self.tr("That sounds like a lot right now. If you'd like, a short grounding exercise "
                            "might help you feel more here. It's your choice, and it's fine to skip it.")
        self.text.setText(words)
        self.setAccessibleDescription(words)
        self.setVisible(True)
        announce(self, words)
        return True

    def dismiss(self, quietly: bool = False) -> None:
        was_shown = self.isVisibleTo(self.parentWidget()) if self.parentWidget() else self.isVisible()
        self.setVisible(False)
        self.text.setText("")
        self.reason = ""
        if was_shown and not quietly:
            self.dismissed.emit()

    def _on_try_clicked(self) -> None:
        self.dismiss(quietly=True)
        self.accepted.emit()
        self._open_grounding()

    def _on_off_clicked(self) -> None:
        self.session.set_setting(prefs.GROUNDING_INVITATION, False)
        self.dismiss(quietly=True)
        self.turned_off.emit()


class HeavyEntryWatcher:
    """Offers the invitation once per entry, the first time an entry with a content note is saved."""

    def __init__(self, editor, invitation: InvitationWidget):
        self._invitation = invitation
        self._offered: set[int] = set()
        editor.saved.connect(self._on_editor_saved)
        invitation.session.locked.connect(lambda _r: self._offered.clear())

    def _on_editor_saved(self, summary, _created: bool) -> None:
        if not getattr(summary, "has_content_note", False) or summary.id in self._offered:
            return
        self._offered.add(summary.id)
        self._invitation.offer("entry")
