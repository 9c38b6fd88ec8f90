"""The guided player: one step at a time, large text, a pacer for breathing, and a way out at any moment.

Keys (while the player has focus): Space pauses and resumes, Esc stops, Right moves on
(Next on a step that waits, Skip on a timed one), minus and plus slow down or speed up
the breathing. Pause and Stop are always on screen (WCAG 2.2.2: anything that moves for
more than five seconds can be paused or stopped).

Timekeeping: the pure GuidedSession answers "where are we at clock() now?". A single-shot
timer wakes the player exactly when the next visible number changes (the next whole second
of a countdown, or a phase boundary), so text never drifts and no ticks are counted.
Stopping early is an ordinary ending: "You can come back any time."
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from companion.exercises.model import Exercise
from companion.exercises.timeline import GuidedSession, SessionState, Status
from companion.ui.grounding.announce import announce
from companion.ui.grounding.pacer import BreathPacerWidget
from companion.ui.grounding.rating import DistressRatingWidget
from companion.ui.grounding.sound import ChimePlayer, SoundChoices, speech_service
from companion.ui.grounding.words import (
    PACES,
    clock_text,
    ending_text,
    ending_title,
    pace_label,
    phase_short,
    phase_word,
    seconds_text,
    until_next_count,
    whole_seconds,
)
from companion.ui.widgets.common import button, label

MAX_ANNOUNCEMENTS = 50
MAX_TEXT_WIDTH = 900  # px: lines stay short enough to read easily


class PlayerWidget(QWidget):
    ended = Signal(str, float)  # "completed" or "stopped", active seconds
    closed = Signal(object)  # the optional after-rating (int or None) as the person leaves the ending
    # Someone is practising: the exercise started or resumed (playing_started), and then paused,
    # ended, stopped or was reset (playing_stopped). Always in pairs; the idle auto-lock holds
    # off in between, since a long exercise needs no key presses.
    playing_started = Signal()
    playing_stopped = Signal()

    def __init__(self, reduced_motion: Callable[[], bool] | bool = False,
                 clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None):
        super().__init__(parent)
        self._reduced_motion = reduced_motion
        self._clock = clock
        self.clock_rate = 1.0  # clock seconds per real second (benchmarks run a faster test clock)
        self.session: GuidedSession | None = None
        self.exercise: Exercise | None = None
        self.state: SessionState | None = None
        self.motion = True
        self.ask_rating = True
        self.sound = SoundChoices()
        self.announcements: list[str] = []
        self.phase_log: list[tuple[float, tuple]] | None = None  # set to [] to log phase changes
        self._shown_step: int | None = None
        self._shown_phase: tuple | None = None
        self._ended = False
        self._playing = False  # running and not paused (what playing_started/playing_stopped tell)
        self._now = 0.0
        self._chime: ChimePlayer | None = None
        self._spoke = False  # whether this player has asked for speech (then Pause and Stop silence it)
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self.refresh)
        self._build()
        self._shortcuts: list[QShortcut] = []
        for keys, slot in (("Space", self.toggle_pause), ("Esc", self.stop), ("Right", self.move_on),
                           ("-", self.slower), ("+", self.faster), ("=", self.faster)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            sc.setEnabled(False)
            self._shortcuts.append(sc)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.run_view = QWidget()
        col = QVBoxLayout(self.run_view)
        col.setContentsMargins(0, 4, 0, 4)
        col.setSpacing(10)
        head = QHBoxLayout()
        self.title_label = label("", "heading")
        self.step_label = label("", "muted", wrap=False)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.step_label)
        col.addLayout(head)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.progress.setAccessibleName(self.tr("Progress through the exercise"))
        col.addWidget(self.progress)
        col.addStretch(1)
        self.step_text = label("")
        self.step_text.setAccessibleName(self.tr("Step"))
        self.step_text.setMinimumHeight(10)
        col.addWidget(self.step_text)
        self.notice_text = label("")
        self.notice_text.setAccessibleName(self.tr("Invitation to notice"))
        col.addWidget(self.notice_text)

        self.pacer = BreathPacerWidget(self._live_state, self)
        col.addWidget(self.pacer, 6)
        # reduced motion: words and a still bar instead of the moving shape
        self.still_box = QWidget()
        still = QVBoxLayout(self.still_box)
        still.setContentsMargins(0, 12, 0, 12)
        self.phase_label = label("", wrap=False)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName(self.tr("Breathing phase"))
        self.still_bar = QProgressBar()
        self.still_bar.setRange(0, 1000)
        self.still_bar.setTextVisible(False)
        self.still_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.still_bar.setAccessibleName(self.tr("Progress through this phase"))
        self.still_bar.setMaximumWidth(360)
        bar_row = QHBoxLayout()
        bar_row.addStretch(1)
        bar_row.addWidget(self.still_bar, 4)
        bar_row.addStretch(1)
        still.addWidget(self.phase_label)
        still.addLayout(bar_row)
        col.addWidget(self.still_box)
        col.addStretch(1)

        self.timer_label = label("", "status")
        self.timer_label.setAccessibleName(self.tr("Time"))
        col.addWidget(self.timer_label)

        self.pace_row = QWidget()
        pace = QHBoxLayout(self.pace_row)
        pace.setContentsMargins(0, 0, 0, 0)
        self.slower_button = button(self.tr("Slower"), self.tr("Slower breathing"),
                                    tooltip=self.tr("Make each count longer (minus key)"))
        self.slower_button.clicked.connect(self.slower)
        self.pace_text = label("", "muted")
        self.faster_button = button(self.tr("Faster"), self.tr("Faster breathing"),
                                    tooltip=self.tr("Make each count shorter (plus key)"))
        self.faster_button.clicked.connect(self.faster)
        pace.addWidget(self.slower_button)
        pace.addWidget(self.faster_button)
        pace.addWidget(self.pace_text, 1)
        col.addWidget(self.pace_row)

        controls = QHBoxLayout()
        self.pause_button = button(self.tr("Pause"), self.tr("Pause"), tooltip=self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button = button(self.tr("Next"), self.tr("Next step"), tooltip=self.tr("Go on when you're ready (Right arrow)"))
        self.next_button.clicked.connect(self.next_step)
        self.skip_button = button(self.tr("Skip this step"), self.tr("Skip this step"),
                                  tooltip=self.tr("Move past this step (Right arrow)"))
        self.skip_button.clicked.connect(self.skip)
        self.stop_button = button(self.tr("Stop"), self.tr("Stop the exercise"),
                                  tooltip=self.tr("End here; that's always fine (Esc)"))
        self.stop_button.clicked.connect(self.stop)
        for b in (self.pause_button, self.next_button, self.skip_button, self.stop_button,
                  self.slower_button, self.faster_button):
            b.setAutoDefault(True)  # Return activates the focused button (Space is Pause)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.skip_button)
        controls.addStretch(1)
        controls.addWidget(self.stop_button)
        col.addLayout(controls)

        # the ending: neutral words, an optional rating, one way on
        self.end_view = QWidget()
        end = QVBoxLayout(self.end_view)
        end.setContentsMargins(0, 24, 0, 8)
        end.setSpacing(14)
        self.end_title = label("", "title")
        self.end_text = label("")
        self.after_rating = DistressRatingWidget(self.tr(
            "If you'd like to note it: how strong does any distress feel now?"))
        self.done_button = button(self.tr("Done"), self.tr("Done"), primary=True)
        self.done_button.clicked.connect(self._on_done_clicked)
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_button)
        done_row.addStretch(1)
        end.addWidget(self.end_title)
        end.addWidget(self.end_text)
        end.addWidget(self.after_rating)
        end.addLayout(done_row)
        end.addStretch(1)

        for view in (self.run_view, self.end_view):  # a readable width, centred when there is room
            view.setMaximumWidth(MAX_TEXT_WIDTH)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addStretch(1)
            row.addWidget(view, 1000)  # all of the width up to the maximum, then centred
            row.addStretch(1)
            self.stack.addWidget(holder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        base = self.font().pointSizeF()
        big = QFont(self.font())
        big.setPointSizeF(base * 1.45)
        self.step_text.setFont(big)
        notice = QFont(self.font())
        notice.setPointSizeF(base * 1.2)
        self.notice_text.setFont(notice)
        phase = QFont(self.font())
        phase.setPointSizeF(base * 2.0)
        phase.setWeight(QFont.Weight.DemiBold)
        self.phase_label.setFont(phase)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._apply_fonts()  # (re-parenting and style polish can reset a child's own font)
        super().showEvent(event)

    # -- starting --------------------------------------------------------------------------
    def begin(self, exercise: Exercise, variant: str | None = None, *, pace: float = 1.0,
              sound: SoundChoices | None = None, ask_rating: bool = True) -> None:
        """Start `exercise` (already in the person's language) at once."""
        self._stop_timers()
        self.exercise = exercise
        self.session = GuidedSession(exercise, variant, pace, clock=self._clock)
        value = self._reduced_motion
        self.motion = not bool(value() if callable(value) else value)
        self.sound = sound or SoundChoices()
        self.ask_rating = ask_rating
        self._shown_step = self._shown_phase = None
        self._ended = False
        self.announcements = []
        self.title_label.setText(exercise.title)
        self.after_rating.clear()
        self.after_rating.setVisible(ask_rating)
        self.done_button.setText(self.tr("Done") if ask_rating else self.tr("Back"))
        self.done_button.setAccessibleName(self.done_button.text())
        self.stack.setCurrentWidget(self.run_view.parentWidget())
        self._set_shortcuts(True)
        self.session.start()
        self.refresh()
        self.pause_button.setFocus()

    @property
    def running(self) -> bool:
        return self.session is not None and not self._ended

    # -- actions ---------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.session is None or self._ended:
            return
        if self.session.status is Status.RUNNING:
            self.pause()
        elif self.session.status is Status.PAUSED:
            self.resume()

    def pause(self) -> None:
        if self.session is not None and not self._ended:
            self.session.pause()
            self._hush()
            self.refresh()
            announce(self.timer_label, self.tr("Paused"))

    def resume(self) -> None:
        if self.session is not None and not self._ended:
            self.session.resume()
            self.refresh()

    def stop(self) -> None:
        """End now (a normal ending). Always allowed."""
        if self.session is not None and not self._ended:
            self.session.stop()
            self.refresh()

    def next_step(self) -> None:
        if self.session is not None and not self._ended and self.session.advance():
            self.refresh()

    def skip(self) -> None:
        if self.session is not None and not self._ended and self.session.skip_step():
            self.refresh()

    def move_on(self) -> None:
        """Right arrow: Next on a step that waits, Skip on a timed one."""
        state = self.state
        if state is None or self._ended:
            return
        if state.waiting:
            self.next_step()
        elif state.skippable:
            self.skip()

    def slower(self) -> None:
        self._change_pace(+1)

    def faster(self) -> None:
        self._change_pace(-1)

    def _change_pace(self, direction: int) -> None:
        if self.session is None or self._ended or self.state is None or self.state.phase is None:
            return
        current = self.session.pace
        if direction > 0:
            choices = [p for p in PACES if p > current + 1e-9]
            pace = choices[0] if choices else None
        else:
            choices = [p for p in PACES if p < current - 1e-9]
            pace = choices[-1] if choices else None
        if pace is None:
            return
        self.session.set_pace(pace)
        self.refresh()
        announce(self.pace_text, self.tr("Pace: %1").replace("%1", pace_label(pace)))

    def stop_quietly(self) -> None:
        """The journal is locking: end without fuss (an ordinary 'stopped')."""
        self.stop()

    def reset(self) -> None:
        """Forget everything shown (on lock, or when leaving)."""
        self._stop_timers()
        self._set_shortcuts(False)
        self._set_playing(False)
        self._hush()
        self.session = None
        self.exercise = None
        self.state = None
        self._ended = False
        self._shown_step = self._shown_phase = None
        self.announcements = []
        for lab in (self.title_label, self.step_label, self.step_text, self.notice_text, self.timer_label,
                    self.phase_label, self.pace_text, self.end_title, self.end_text):
            lab.setText("")
        self.step_text.setAccessibleDescription("")
        self.pacer.setAccessibleDescription("")
        self.progress.setValue(0)
        self.still_bar.setValue(0)
        self.after_rating.clear()
        self.stack.setCurrentWidget(self.run_view.parentWidget())

    # -- the clock -------------------------------------------------------------------------
    def _live_state(self) -> SessionState | None:
        if self.session is None:
            return None
        if self._ended:
            return self.state
        return self.session.state_at(self._clock())

    def refresh(self) -> None:
        """Read the session at the clock now and show it; wake again at the next visible change."""
        if self.session is None:
            return
        now = self._clock()
        state = self.session.state_at(now)
        self.state = state
        self._now = now
        if state.finished:
            self._finish(state)
            return
        self._show(state)
        self._schedule(state)
        self._set_playing(state.status is Status.RUNNING)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            (self.playing_started if playing else self.playing_stopped).emit()

    def next_change_in(self, state: SessionState | None = None) -> float | None:
        """Clock seconds until the next visible change (None while nothing moves on its own)."""
        state = state or self.state
        if state is None or state.status is not Status.RUNNING:
            return None
        delays = [until_next_count(r) for r in (state.phase_remaining, state.step_remaining) if r is not None]
        return min(delays) if delays else None

    def _schedule(self, state: SessionState) -> None:
        self._tick.stop()
        running = state.status is Status.RUNNING
        self.pacer.set_running(running and self.motion and state.phase is not None)
        delay = self.next_change_in(state)
        if delay is not None:
            self._tick.start(max(1, math.ceil(delay / self.clock_rate * 1000)))

    def _stop_timers(self) -> None:
        self._tick.stop()
        self.pacer.set_running(False)

    def _set_shortcuts(self, on: bool) -> None:
        for sc in self._shortcuts:
            sc.setEnabled(on)

    # -- showing ---------------------------------------------------------------------------
    def _show(self, state: SessionState) -> None:
        step = state.step
        assert step is not None
        first = self._shown_step is None
        step_changed = state.step_index != self._shown_step
        if step_changed:
            self._shown_step = state.step_index
            self._shown_phase = None
            self._show_step(state, first)
        phase_key = (state.step_index, state.cycle, state.phase) if state.phase else None
        if phase_key != self._shown_phase:
            self._shown_phase = phase_key
            if phase_key is not None:
                word = phase_word(state.phase)
                if self.phase_log is not None:
                    self.phase_log.append((self._now, phase_key))
                self._say(self.pacer, word)
                self.phase_label.setAccessibleName(word)
                if not step_changed:
                    self._chime_now()  # (a new step has chimed already)
                self._speak(word)

        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(state.step_index + 1))
                                .replace("%2", str(state.step_count)))
        done = state.step_index + (state.step_progress or 0.0)
        self.progress.setValue(int(1000 * done / max(1, state.step_count)))
        paused = state.status is Status.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        if paused:
            timer = self.tr("Paused. Resume whenever you're ready (Space).")
        elif state.waiting:
            timer = self.tr("Take your time. Choose Next when you're ready.")
        elif state.phase is not None:
            timer = (self.tr("Breath %1 of %2 · %3 left in this step").replace("%1", str(state.cycle))
                     .replace("%2", str(state.cycles)).replace("%3", clock_text(state.step_remaining)))
        else:
            timer = self.tr("%1 left in this step").replace("%1", clock_text(state.step_remaining))
        self.timer_label.setText(timer)
        if state.phase is not None:
            self.phase_label.setText(f"{phase_word(state.phase)} · {whole_seconds(state.phase_remaining)}")
            self.still_bar.setValue(int(1000 * state.phase_progress))
            self.pace_text.setText(self._pace_words(state))
        self.pacer.update()

    def _show_step(self, state: SessionState, first: bool) -> None:
        step = state.step
        assert step is not None
        self.step_text.setText(step.text)
        notice = step.notice.prompt if step.notice is not None else ""
        self.notice_text.setText(notice)
        self.notice_text.setVisible(bool(notice))
        breathing = step.breathing is not None
        self.pacer.setVisible(breathing and self.motion)
        self.still_box.setVisible(breathing and not self.motion)
        self.pace_row.setVisible(breathing)
        if not breathing:
            self.phase_label.setText("")
        from PySide6.QtWidgets import QApplication

        had_focus = QApplication.focusWidget() in (self.next_button, self.skip_button)
        last = state.step_index == state.step_count - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Finish the exercise") if last else self.tr("Next step"))
        self.next_button.setVisible(state.waiting)
        self.skip_button.setVisible(not state.waiting and state.skippable)
        heard = self.tr("Step %1 of %2.").replace("%1", str(state.step_index + 1)).replace("%2", str(state.step_count))
        self._say(self.step_text, " ".join(part for part in (heard, step.text, notice) if part))
        if not first:
            self._chime_now()
        self._speak(" ".join(part for part in (step.text, notice) if part))
        if had_focus:  # keep a keyboard user on the button that moves on, if there still is one
            for target in (self.next_button, self.skip_button, self.pause_button):
                if not target.isHidden():
                    target.setFocus()
                    break

    def _pace_words(self, state: SessionState) -> str:
        step = state.step
        if step is None or step.breathing is None or self.session is None:
            return ""
        pace = self.session.pace
        pattern = ", ".join(f"{phase_short(p.kind)} {seconds_text(p.seconds * pace)}" for p in step.breathing.phases)
        return self.tr("Pace: %1 · %2").replace("%1", pace_label(pace)).replace("%2", pattern)

    def _finish(self, state: SessionState) -> None:
        self._stop_timers()
        self._set_shortcuts(False)
        self._set_playing(False)
        if self._ended:
            return
        self._ended = True
        self._hush()
        outcome = state.outcome.value if state.outcome is not None else "stopped"
        self.end_title.setText(ending_title(outcome))
        self.end_text.setText(ending_text(outcome))
        self.stack.setCurrentWidget(self.end_view.parentWidget())
        self._say(self.end_title, ending_title(outcome))
        self.done_button.setFocus()
        self.ended.emit(outcome, float(state.elapsed))

    def _on_done_clicked(self) -> None:
        rating = self.after_rating.value if self.ask_rating else None
        self.closed.emit(rating)

    # -- telling -------------------------------------------------------------------------
    def _say(self, widget: QWidget, text: str) -> None:
        self.announcements.append(text)
        del self.announcements[:-MAX_ANNOUNCEMENTS]
        announce(widget, text)

    def _chime_now(self) -> None:
        if not self.sound.chime:
            return
        if self._chime is None:
            self._chime = ChimePlayer(self)
        self._chime.volume = self.sound.volume / 100
        self._chime.play()

    def _speak(self, text: str) -> None:
        if not self.sound.speech:
            return
        self._spoke = True
        speech_service().say(text, self.sound.volume / 100)

    def _hush(self) -> None:
        if self._spoke:
            speech_service().stop()
