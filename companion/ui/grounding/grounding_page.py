"""The Grounding section (Ctrl+2): the library and history tabs, and the player once something starts.

The practice log is written only while the journal is unlocked: when an exercise starts
(exercise, variant, time, the optional rating before), when it ends (to the end or
stopped: both ordinary), and when the optional rating after is given. All of it goes
through Session.run on the database worker. When the journal locks, a running exercise
ends as an ordinary "stopped" and every list, field and text here is emptied.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from companion.errors import CompanionError
from companion.exercises.model import Exercise
from companion.ui.grounding.history_page import HistoryPage
from companion.ui.grounding.library_page import LibraryPage
from companion.ui.grounding.player import PlayerWidget
from companion.ui.grounding.sound import SoundChoices
from companion.ui.widgets.common import label
from companion.ui.i18n import current_language

GROUND_NOW_ID = "five-senses"  # gentle, eyes open, no content notes or cautions, with a short pacer
FAVOURITES_KEY = "grounding.favourites"
SOUND_KEYS = ("grounding.chime", "grounding.speech", "grounding.volume")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _finish(vault, holder: dict, after: int | None) -> None:
    """On the worker, after the start was written (the single worker keeps them in order)."""
    if holder.get("id") is not None:
        vault.practices.finish(holder["id"], holder["ended_at"], holder["completed"], after)


class GroundingPage(QWidget):
    def __init__(self, session, reduced_motion: Callable[[], bool] | bool = False, *,
                 clock: Callable[[], float] = time.monotonic, idle=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._idle = idle  # the window's IdleWatcher (safety.py): a playing exercise holds off the auto-lock
        self._shipped = None  # ExerciseLibrary, read when first needed
        self._custom: list[Exercise] = []
        self._practice: dict | None = None  # the practice being recorded, shared with the worker
        self._generation = 0
        self._lang = current_language()  # the interface language, as chosen in Settings

        self._reduced_motion = reduced_motion
        self._clock = clock
        self._player: PlayerWidget | None = None  # built when first needed (keeps start-up light)
        self._history: HistoryPage | None = None
        self.library = LibraryPage()
        self.history_tab = QWidget()
        history_lay = QVBoxLayout(self.history_tab)
        history_lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Grounding"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.library, self.tr("Exercises"))
        self.tabs.addTab(self.history_tab, self.tr("Practice history"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabBar().setAccessibleName(self.tr("Grounding views"))
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Grounding status"))
        browse = QWidget()
        browse_lay = QVBoxLayout(browse)
        browse_lay.setContentsMargins(0, 0, 0, 0)
        browse_lay.addWidget(self.tabs, 1)
        browse_lay.addWidget(self.status)
        self.browse = browse
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

        details = self.library.details
        details.start_requested.connect(self._on_start_requested)
        details.favourite_toggled.connect(self._on_favourite_toggled)
        details.edit_requested.connect(self.edit_exercise)
        details.remove_requested.connect(self._on_remove_requested)
        details.sound_changed.connect(self._on_sound_changed)
        self.library.new_requested.connect(lambda: self.edit_exercise(None))
        self.library.import_requested.connect(self.choose_pack)
        self.library.export_requested.connect(self.export_pack)
        session.unlocked.connect(self._on_session_unlocked)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        session.locked.connect(self._on_session_locked)

    # -- built on demand ----------------------------------------------------------------------
    @property
    def player(self) -> PlayerWidget:
        if self._player is None:
            self._player = PlayerWidget(self._reduced_motion, self._clock)
            self._player.ended.connect(self._on_player_ended)
            self._player.closed.connect(self._on_player_closed)
            if self._idle is not None:  # practising counts as presence; paused or ended, the idle clock runs
                self._player.playing_started.connect(self._idle.hold)
                self._player.playing_stopped.connect(self._idle.release)
            self.stack.addWidget(self._player)
        return self._player

    @property
    def history(self) -> HistoryPage:
        if self._history is None:
            self._history = HistoryPage(self.session)
            self.history_tab.layout().addWidget(self._history)
        return self._history

    # -- exercises -------------------------------------------------------------------------
    @property
    def shipped(self):
        if self._shipped is None:
            from companion.exercises.library import load_shipped

            self._shipped = load_shipped()
        return self._shipped

    def originals(self) -> list[Exercise]:
        """Shipped, then the person's own (an own exercise never shadows a shipped id)."""
        shipped_ids = set(self.shipped.ids)
        every = [*self.shipped.all(), *(e for e in self._custom if e.id not in shipped_ids)]
        return sorted(every, key=lambda e: self.shown(e).title.casefold())

    def original(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.originals() if e.id == exercise_id), None)

    def shown(self, exercise: Exercise) -> Exercise:
        return exercise.localized(self._lang)

    def _favourites(self) -> set[str]:
        value = self.session.setting(FAVOURITES_KEY, [])
        return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()

    def reload_exercises(self, select: str | None = None) -> None:
        generation = self._generation

        def done(custom):
            if generation != self._generation:
                return
            self._custom = list(custom)
            shipped_ids = set(self.shipped.ids)
            own = {e.id for e in self._custom if e.id not in shipped_ids}
            self.library.set_exercises([self.shown(e) for e in self.originals()], self._favourites(), own)
            if select:
                self.library.select(select)

        def failed(error):
            self._say(self._sentence(error, self.tr("Your own exercises could not be read just now.")))
            done([])

        task = self.session.run(lambda v: v.exercises.all(), done, failed, name="own exercises")
        if task is None:
            done([])

    def reload_history(self) -> None:
        if not self.session.is_open:
            return
        titles = {e.id: self.shown(e).title for e in self.originals()}
        self.history.reload(
            titles, lambda e: self._say(self._sentence(e, self.tr("The history could not be read just now."))))

    # -- starting and recording --------------------------------------------------------------
    def _on_start_requested(self, exercise_id: str, variant, before) -> None:
        exercise = self.original(exercise_id)
        if exercise is not None:
            self.start_exercise(self.shown(exercise), variant, before)

    def start_exercise(self, exercise: Exercise, variant: str | None = None, before: int | None = None) -> None:
        """Start now; note it in the practice log if the journal is unlocked."""
        self._practice = None
        if self.session.is_open:
            holder: dict = {"id": None, "exercise": exercise.id}
            started, exercise_id = _now(), exercise.id

            def work(vault):
                holder["id"] = vault.practices.start(exercise_id, started, variant, before)

            if self.session.run(work, on_error=self._on_record_failed, name="practice start") is not None:
                self._practice = holder
        self._say("")
        self.stack.setCurrentWidget(self.player)
        self.player.begin(exercise, variant, sound=self.library.details.sound_choices(),
                          ask_rating=self._practice is not None)

    def ground_now(self) -> None:
        """One click: the gentle default exercise at once (content notes: none)."""
        if self._player is not None and self._player.running:
            self.stack.setCurrentWidget(self.player)
            self.player.pause_button.setFocus()
            return
        exercise = self.shown(self.shipped.get(GROUND_NOW_ID))
        self.start_exercise(exercise)

    def _on_player_ended(self, outcome: str, _elapsed: float) -> None:
        holder = self._practice
        if holder is None:
            return
        holder["ended_at"], holder["completed"] = _now(), outcome == "completed"
        self.session.run(lambda v: _finish(v, holder, None), on_error=self._on_record_failed, name="practice end")

    def _on_player_closed(self, after) -> None:
        holder, self._practice = self._practice, None
        self.player.reset()
        self.stack.setCurrentWidget(self.browse)
        if holder is not None and after is not None:
            self.session.run(lambda v: _finish(v, holder, after), lambda _r: self.reload_history(),
                             self._on_record_failed, name="practice rating")
        elif holder is not None:
            self.reload_history()
        self.library.details.before_rating.clear()
        self.library.details.start_button.setFocus()

    def _on_record_failed(self, error) -> None:
        self._say(self._sentence(error, self.tr("This practice could not be noted in your history; "
                                                "the exercise itself is not affected.")))

    # -- favourites, sound, own exercises ---------------------------------------------------------
    def _on_favourite_toggled(self, exercise_id: str, on: bool) -> None:
        favourites = self._favourites()
        if on:
            favourites.add(exercise_id)
        else:
            favourites.discard(exercise_id)
        self.session.set_setting(FAVOURITES_KEY, sorted(favourites))
        self.library.set_favourites(favourites)

    def _on_sound_changed(self, choices: SoundChoices) -> None:
        for key, value in zip(SOUND_KEYS, (choices.chime, choices.speech, choices.volume)):
            if self.session.setting(key) != value:
                self.session.set_setting(key, value)

    def edit_exercise(self, exercise_id: str | None) -> None:
        from companion.ui.grounding.exercise_editor_dialog import ExerciseEditorDialog

        original = None
        if exercise_id is not None:
            original = next((e for e in self._custom if e.id == exercise_id), None)
            if original is None:
                return
        taken = {e.id for e in self.originals()}
        dialog = ExerciseEditorDialog(self.session, taken, original, self)
        dialog.saved.connect(self._on_exercise_saved)
        dialog.open()
        self.editor_dialog = dialog

    def _on_exercise_saved(self, exercise: Exercise) -> None:
        self._say(self.tr("Saved “%1”.").replace("%1", exercise.title))
        self.reload_exercises(select=exercise.id)

    def _on_remove_requested(self, exercise_id: str) -> None:
        exercise = self.original(exercise_id)
        title = exercise.title if exercise is not None else exercise_id

        def done(_):
            self.library.details.show_exercise(None)
            self._say(self.tr("Removed “%1”. Your practice history stays.").replace("%1", title))
            self.reload_exercises()

        self.session.run(lambda v: v.exercises.remove(exercise_id), done,
                         lambda e: self._say(self._sentence(e, self.tr("That exercise could not be removed."))),
                         name="remove exercise")

    # -- packs ---------------------------------------------------------------------------
    def choose_pack(self) -> None:
        from companion.ui.grounding.pack_dialog import choose_file

        choose_file(self, self.tr("Import a pack"), self.open_pack)

    def open_pack(self, path: str) -> None:
        """Read and check the whole pack on the worker, then show what it holds and ask."""
        from pathlib import Path

        from companion.exercises.packs import read_pack
        from companion.ui.grounding.pack_dialog import PackImportDialog

        shipped_ids = set(self.shipped.ids)

        def done(result):
            pack, versions = result
            dialog = PackImportDialog(self.session, pack, Path(path).name, versions, shipped_ids, self)
            dialog.imported.connect(self._on_pack_imported)
            dialog.open()
            self.pack_dialog = dialog

        def failed(error):
            self._say(self._sentence(error, self.tr("That file could not be read as a pack; nothing was changed.")))

        self.session.run(lambda v: (read_pack(path), v.exercises.versions()), done, failed, name="read pack")

    def _on_pack_imported(self, report) -> None:
        from companion.ui.grounding.pack_dialog import report_sentence

        self._say(report_sentence(report))
        self.reload_exercises()

    def export_pack(self) -> None:
        from companion.ui.grounding.pack_dialog import PackExportDialog

        shipped_ids = set(self.shipped.ids)
        own = {e.id for e in self._custom if e.id not in shipped_ids}
        dialog = PackExportDialog(self.session.tasks, self.originals(), own, self.library.current_id(), self)
        dialog.open()
        self.pack_dialog = dialog

    # -- session -----------------------------------------------------------------------------
    def _on_session_unlocked(self) -> None:
        chime, speech, volume = (self.session.setting(k, d) for k, d in zip(SOUND_KEYS, (False, False, 60)))
        self.library.details.set_sound(SoundChoices(bool(chime), bool(speech), int(volume)))
        self.reload_exercises()
        if self.tabs.currentWidget() is self.history_tab:
            self.reload_history()

    def _on_session_about_to_lock(self) -> None:
        if self._player is not None and self._player.running:
            self._player.stop_quietly()  # an ordinary "stopped", noted while the vault is still open

    def _on_session_locked(self, _reason: str) -> None:
        self._generation += 1
        self._practice = None
        if self._player is not None:
            self._player.reset()
        self.stack.setCurrentWidget(self.browse)
        self.tabs.setCurrentWidget(self.library)
        self.library.forget()
        if self._history is not None:
            self._history.forget()
        self._custom = []
        self._say("")

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history_tab:
            self.reload_history()

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history_tab)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        player = self._player
        if player is not None and player.running and player.state is not None and not player.state.paused:
            player.pause()  # nothing keeps moving (or sounding) where it can't be seen

    # -- helpers ---------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.status.setVisible(bool(text))

    @staticmethod
    def _sentence(error: BaseException, fallback: str) -> str:
        return str(error) if isinstance(error, CompanionError) else fallback

