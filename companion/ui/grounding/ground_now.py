""""Ground me now": one button (top bar) and Ctrl+G from any screen, the lock screen included.

Unlocked, it opens the Grounding section and starts the gentle default exercise there
(noted in the practice log like any other). Locked, or before a journal exists, it shows
this page over the unlock screen: shipped exercises only (they are not secret), nothing
read from or written to the vault, no ratings asked. Leaving returns to where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from companion.ui.grounding.grounding_page import GROUND_NOW_ID
from companion.ui.grounding.player import PlayerWidget
from companion.ui.widgets.common import button, label
from companion.ui.i18n import current_language

QUICK_IDS = (GROUND_NOW_ID, "orienting", "mental-grounding")  # gentle, eyes open, no notes or cautions


class GroundNowPage(QWidget):
    left = Signal()  # the person chose Back

    def __init__(self, session, reduced_motion: Callable[[], bool] | bool = False, parent: QWidget | None = None):
        super().__init__(parent)

        from companion.exercises.library import load_shipped

        self.session = session
        self._library = load_shipped()  # shipped exercises only: nothing from the vault
        self._lang = current_language()  # the interface language, as chosen in Settings
        self.previous: QWidget | None = None
        self.title = label(self.tr("Ground me now"), "title")
        self.note = label(self.tr("Nothing here is saved or noted anywhere. Your journal stays locked."), "muted")
        self.player = PlayerWidget(reduced_motion)
        self.player.closed.connect(lambda _rating: self.leave())
        self.others_label = label(self.tr("Or another:"), "muted", wrap=False)
        self.choice_buttons = []
        for exercise_id in QUICK_IDS:
            exercise = self._exercise(exercise_id)
            b = button(exercise.title, self.tr("Start %1").replace("%1", exercise.title))
            b.clicked.connect(lambda _c=False, i=exercise_id: self.start(i))
            self.choice_buttons.append(b)
        self.back_button = button(self.tr("Back"), self.tr("Back to where I was"))
        self.back_button.clicked.connect(self.leave)

        inner = QWidget()
        inner.setMaximumWidth(940)
        inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        col = QVBoxLayout(inner)
        col.setContentsMargins(24, 16, 24, 16)
        col.setSpacing(8)
        col.addWidget(self.title)
        col.addWidget(self.note)
        col.addWidget(self.player, 1)
        row = QHBoxLayout()
        row.addWidget(self.others_label)
        for b in self.choice_buttons:
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.back_button)
        col.addLayout(row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(inner, 1000)  # all of the width up to the maximum, then centred
        outer.addStretch(1)
        session.unlocked.connect(self._on_session_unlocked)

    def _exercise(self, exercise_id: str):
        return self._library.get(exercise_id).localized(self._lang)

    def start(self, exercise_id: str = GROUND_NOW_ID) -> None:
        for b in self.choice_buttons:
            b.setVisible(QUICK_IDS[self.choice_buttons.index(b)] != exercise_id)
        self.player.begin(self._exercise(exercise_id), ask_rating=False)

    @property
    def running(self) -> bool:
        return self.player.running

    def stop_quietly(self) -> None:
        """Quick exit, or the journal opened meanwhile: end at once and forget."""
        if self.player.running:
            self.player.stop()
        self.player.reset()

    def leave(self) -> None:
        self.stop_quietly()
        self.left.emit()

    def _on_session_unlocked(self) -> None:
        self.stop_quietly()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        if not event.spontaneous():  # another screen took over, or quick exit hid the window
            self.stop_quietly()
        elif self.player.running and self.player.state is not None and not self.player.state.paused:
            self.player.pause()  # minimised: it waits


def ground_now(window) -> None:
    """The top bar button and Ctrl+G (MainWindow.ground_now) land here."""
    section = next((s for s in window.sections if s.key == "grounding"), None)
    if window.session.is_open and section is not None:
        window.show_section("grounding")
        section.widget.ground_now()
        return
    page = window.screens.findChild(GroundNowPage)
    if page is None:
        page = GroundNowPage(window.session, lambda: window.reduced_motion)
        window.screens.addWidget(page)
        page.left.connect(lambda: _leave(window, page))
        window.quick_exited.connect(lambda _ms: page.stop_quietly())
    if window.screens.currentWidget() is page and page.running:
        page.player.pause_button.setFocus()
        return
    if window.screens.currentWidget() is not page:
        page.previous = window.screens.currentWidget()
        window.screens.setCurrentWidget(page)
    page.start()


def _leave(window, page: GroundNowPage) -> None:
    previous = page.previous if page.previous is not None and page.previous is not page else window.unlock_page
    page.previous = None
    if window.session.is_open and window._shell is not None:
        previous = window.shell
    window.screens.setCurrentWidget(previous)
    focus = previous.focusProxy() or previous
    if previous is window.unlock_page:
        window.unlock_page.field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        focus.setFocus()
