"""A guided session as pure arithmetic on a clock: where are we, given the time now?

Nothing here ticks. Every position is computed from the injected clock, so a session
never drifts however often (or rarely) the UI asks, and a test can drive it with a
fake clock. Qt-free: the UI owns the timer that repaints, not the truth.

Pace multiplies breathing phases only. Plain timed steps keep their written length,
because some of them are deliberate limits (e.g. how long to hold a cold pack).
"""

from __future__ import annotations

import bisect
import math
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Callable

from companion.errors import NotFoundError
from companion.exercises.model import Exercise, Step

SessionClock = Callable[[], float]
"""A monotonic clock: a callable returning seconds (time.monotonic in the app, a fake in tests)."""

MIN_PACE = 0.5
MAX_PACE = 2.0


class Outcome(StrEnum):
    """How a session ended. Stopping early is a normal ending, not a failure."""

    COMPLETED = "completed"
    STOPPED = "stopped"


class Status(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


def check_pace(pace: float) -> float:
    """Pace scales breathing: 1.0 as written, 2.0 twice as slow, 0.5 twice as fast."""
    if isinstance(pace, bool) or not isinstance(pace, (int, float)) or not math.isfinite(pace):
        raise ValueError("pace must be a finite number")
    if not MIN_PACE <= pace <= MAX_PACE:
        raise ValueError(f"pace must be between {MIN_PACE} and {MAX_PACE}")
    return float(pace)


# ---- the plan -------------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedPhase:
    """One breathing phase, with offsets in seconds from the start of its step."""

    kind: str
    cycle: int  # 1-based
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class PlannedStep:
    """A step as it will run.

    `start`/`end` are offsets in guided seconds from the start of the session; steps
    that wait for the person (duration None) take none of it, since their length
    is theirs to choose.
    """

    index: int  # position in the session
    source_index: int  # position in exercise.steps (for translations and editing)
    step: Step
    start: float
    duration: float | None
    phases: tuple[PlannedPhase, ...]

    @property
    def end(self) -> float:
        return self.start + (self.duration or 0.0)

    @property
    def timed(self) -> bool:
        return self.duration is not None


@dataclass(frozen=True)
class Timeline:
    exercise_id: str
    variant: str | None
    pace: float
    steps: tuple[PlannedStep, ...]

    @property
    def guided_seconds(self) -> float:
        """Seconds of timed guidance (time spent on steps that wait for the person not included)."""
        return self.steps[-1].end if self.steps else 0.0

    @property
    def fully_timed(self) -> bool:
        return all(s.timed for s in self.steps)


def session_steps(exercise: Exercise, variant: str | None = None) -> tuple[tuple[int, Step], ...]:
    """(source index, step) pairs for a variant; the exercise's default variant when None."""
    if variant is not None and exercise.variant(variant) is None:
        raise NotFoundError(f"The exercise {exercise.id!r} has no variant called {variant!r}.")
    chosen = variant if variant is not None else exercise.default_variant
    return tuple((i, s) for i, s in enumerate(exercise.steps) if s.applies_to(chosen))


def build_timeline(exercise: Exercise, variant: str | None = None, pace: float = 1.0) -> Timeline:
    """Lay out every step and breathing phase with exact offsets (products, never running sums)."""
    pace = check_pace(pace)
    chosen = variant if variant is not None else exercise.default_variant
    planned = []
    offset = 0.0
    for index, (source_index, step) in enumerate(session_steps(exercise, variant)):
        phases: list[PlannedPhase] = []
        duration = _scaled_seconds(step, pace)
        if step.breathing is not None:
            bounds = _phase_bounds(step)
            cycle_len = bounds[-1]
            for cycle in range(step.breathing.cycles):
                base = cycle * cycle_len
                for k, phase in enumerate(step.breathing.phases):
                    phases.append(PlannedPhase(phase.kind, cycle + 1,
                                               (base + bounds[k]) * pace, (base + bounds[k + 1]) * pace))
        planned.append(PlannedStep(index, source_index, step, offset, duration, tuple(phases)))
        offset += duration or 0.0
    return Timeline(exercise.id, chosen, pace, tuple(planned))


def _phase_bounds(step: Step) -> tuple[float, ...]:
    """Cumulative phase starts within one cycle, as written: (0, in, in+hold, ...)."""
    assert step.breathing is not None
    bounds = [0.0]
    for phase in step.breathing.phases:
        bounds.append(bounds[-1] + phase.seconds)
    return tuple(bounds)


def _scaled_seconds(step: Step, pace: float) -> float | None:
    if step.breathing is not None:
        return step.breathing.total_seconds * pace
    return step.duration_seconds


# ---- the live session -----------------------------------------------------------------

@dataclass(frozen=True)
class SessionState:
    """Everything the UI needs to draw one moment of a session."""

    status: Status
    step_index: int  # index into GuidedSession.steps; equals step_count once completed
    step_count: int
    step: Step | None
    waiting: bool  # an untimed step: the person moves on with Next
    skippable: bool
    phase: str | None  # "in" | "hold" | "out" | "hold_empty" during breathing, else None
    phase_progress: float  # 0..1 within the phase (or within a timed step without phases)
    phase_remaining: float | None  # seconds left in the phase (or timed step)
    cycle: int | None  # 1-based breathing cycle
    cycles: int | None
    step_progress: float | None  # 0..1 through a timed step
    step_remaining: float | None
    elapsed: float  # active seconds since start, pauses excluded
    pace: float
    outcome: Outcome | None

    @property
    def finished(self) -> bool:
        return self.status is Status.FINISHED

    @property
    def paused(self) -> bool:
        return self.status is Status.PAUSED


@dataclass(frozen=True)
class _Position:
    step: int
    anchor_active: float  # active time at which `anchor_unit` held
    anchor_unit: float  # position within the step in written (unpaced) seconds
    completed_at: float | None  # active time the last step ended, if it has


class GuidedSession:
    """One run through an exercise, driven by a monotonic clock.

    Mutating calls (start, pause, resume, stop, skip_step, advance, set_pace) read the
    clock themselves; `state_at(now)` is a pure query. Time only moves forward: a clock
    reading earlier than one already used is treated as that earlier reading.
    """

    def __init__(self, exercise: Exercise, variant: str | None = None, pace: float = 1.0,
                 clock: SessionClock = time.monotonic):
        self.exercise = exercise
        self.variant = variant if variant is not None else exercise.default_variant
        self._steps = tuple(step for _, step in session_steps(exercise, variant))
        self._bounds = tuple(_phase_bounds(s) if s.breathing is not None else None for s in self._steps)
        self._clock = clock
        self._pace = check_pace(pace)
        self._status = Status.READY
        self._outcome: Outcome | None = None
        self._t0 = 0.0
        self._paused_total = 0.0
        self._pause_started: float | None = None
        self._last_now = -math.inf
        self._pos = _Position(0, 0.0, 0.0, None)
        self._ended_active = 0.0

    # ---- read-only views -----------------------------------------------------------
    @property
    def steps(self) -> tuple[Step, ...]:
        return self._steps

    @property
    def pace(self) -> float:
        return self._pace

    @property
    def status(self) -> Status:
        """The status now (a session that has run to its end reports FINISHED before any call)."""
        return self.state().status

    @property
    def outcome(self) -> Outcome | None:
        return self.state().outcome

    def timeline(self) -> Timeline:
        return build_timeline(self.exercise, self.variant, self._pace)

    # ---- actions -------------------------------------------------------------------
    def start(self) -> SessionState:
        now = self._now()
        if self._status is Status.READY:
            self._t0 = now
            self._status = Status.RUNNING
            self._pos = _Position(0, 0.0, 0.0, None)
            if not self._steps:
                self._finish(Outcome.COMPLETED, 0.0)
        return self.state_at(now)

    def pause(self) -> SessionState:
        now = self._now()
        if self._status is Status.RUNNING:
            self._settle(now)
            if self._status is Status.RUNNING:
                self._pause_started = now
                self._status = Status.PAUSED
        return self.state_at(now)

    def resume(self) -> SessionState:
        now = self._now()
        if self._status is Status.PAUSED:
            assert self._pause_started is not None
            self._paused_total += now - self._pause_started
            self._pause_started = None
            self._status = Status.RUNNING
        return self.state_at(now)

    def stop(self) -> SessionState:
        """End now. Always allowed; the outcome is STOPPED unless it had already completed."""
        now = self._now()
        if self._status is Status.READY:
            self._t0 = now
            self._finish(Outcome.STOPPED, 0.0)
        elif self._status is not Status.FINISHED:
            self._settle(now)
            if self._status is not Status.FINISHED:
                self._finish(Outcome.STOPPED, self._active(now))
        return self.state_at(now)

    def skip_step(self) -> bool:
        """Move past the current step if it may be skipped; returns whether it moved."""
        now = self._now()
        if not self._settle(now):
            return False
        if not self._steps[self._pos.step].skippable:
            return False
        self._move_to(self._pos.step + 1, self._active(now))
        return True

    def advance(self) -> bool:
        """'Next' on a step that waits for the person; returns whether it moved."""
        now = self._now()
        if not self._settle(now):
            return False
        if self._steps[self._pos.step].timed:
            return False
        self._move_to(self._pos.step + 1, self._active(now))
        return True

    def set_pace(self, pace: float) -> SessionState:
        """Slow down or speed up mid-breath, keeping the same point in the same phase."""
        pace = check_pace(pace)
        now = self._now()
        if self._status in (Status.RUNNING, Status.PAUSED):
            self._settle(now)
            if self._status is not Status.FINISHED:
                active = self._active(now)
                unit = self._unit(self._pos, active, self._pace)
                self._pos = _Position(self._pos.step, active, unit, None)
        self._pace = pace
        return self.state_at(now)

    # ---- the query -----------------------------------------------------------------
    def state(self) -> SessionState:
        return self.state_at(self._clock())

    def state_at(self, now: float) -> SessionState:
        """The session at clock reading `now`, without changing anything."""
        now = max(now, self._last_now)
        count = len(self._steps)
        if self._status is Status.READY:
            return self._describe(0, 0.0, 0.0)
        if self._status is Status.FINISHED:
            return self._finished_state()
        active = self._active(now)
        pos = self._project(active)
        if pos.completed_at is not None:
            # Reached the end on its own; report it as completed without mutating.
            return SessionState(Status.FINISHED, count, count, None, False, False, None, 1.0, None, None,
                                None, None, None, pos.completed_at, self._pace, Outcome.COMPLETED)
        return self._describe(pos.step, self._unit(pos, active, self._pace), active)

    # ---- internals -----------------------------------------------------------------
    def _now(self) -> float:
        now = max(self._clock(), self._last_now)
        self._last_now = now
        return now

    def _active(self, now: float) -> float:
        """Seconds the session has been running, pauses excluded."""
        end = self._pause_started if self._pause_started is not None else now
        return max(0.0, end - self._t0 - self._paused_total)

    def _step_units(self, index: int) -> float | None:
        return self._steps[index].seconds

    def _project(self, active: float) -> _Position:
        """Carry the stored position forward through timed steps that have ended by `active`."""
        pos = self._pos
        step, anchor_active, anchor_unit = pos.step, pos.anchor_active, pos.anchor_unit
        while step < len(self._steps):
            total = self._step_units(step)
            if total is None:
                break
            ends_at = anchor_active + (total - anchor_unit) * self._pace_for(step)
            if active < ends_at:
                break
            step, anchor_active, anchor_unit = step + 1, ends_at, 0.0
        completed = anchor_active if step >= len(self._steps) else None
        return _Position(step, anchor_active, anchor_unit, completed)

    def _pace_for(self, index: int) -> float:
        return self._pace if self._steps[index].breathing is not None else 1.0

    def _unit(self, pos: _Position, active: float, pace: float) -> float:
        """Position within the step in written seconds, clamped to the step."""
        if pos.step >= len(self._steps):
            return 0.0
        scale = pace if self._steps[pos.step].breathing is not None else 1.0
        unit = pos.anchor_unit + (active - pos.anchor_active) / scale
        total = self._step_units(pos.step)
        upper = total if total is not None else math.inf
        return min(max(unit, pos.anchor_unit, 0.0), upper)

    def _settle(self, now: float) -> bool:
        """Store any automatic progress up to `now`; True when a step is current."""
        if self._status not in (Status.RUNNING, Status.PAUSED):
            return False
        pos = self._project(self._active(now))
        if pos.completed_at is not None:
            self._finish(Outcome.COMPLETED, pos.completed_at)
            return False
        self._pos = pos
        return True

    def _move_to(self, index: int, active: float) -> None:
        if index >= len(self._steps):
            self._finish(Outcome.COMPLETED, active)
        else:
            self._pos = _Position(index, active, 0.0, None)

    def _finish(self, outcome: Outcome, active: float) -> None:
        if self._status is Status.PAUSED:
            self._pause_started = None
        self._status = Status.FINISHED
        self._outcome = outcome
        self._ended_active = active

    def _finished_state(self) -> SessionState:
        count = len(self._steps)
        stopped_at = self._pos.step if self._outcome is Outcome.STOPPED else count
        step = self._steps[stopped_at] if stopped_at < count else None
        return SessionState(Status.FINISHED, stopped_at, count, step, False, False, None, 0.0, None, None,
                            None, None, None, self._ended_active, self._pace, self._outcome)

    def _describe(self, index: int, unit: float, active: float) -> SessionState:
        count = len(self._steps)
        if index >= count:
            return SessionState(self._status, index, count, None, False, False, None, 0.0, None, None,
                                None, None, None, active, self._pace, None)
        step = self._steps[index]
        total = step.seconds
        scale = self._pace if step.breathing is not None else 1.0
        phase = None
        phase_progress = 0.0
        phase_remaining = None
        cycle = cycles = None
        step_progress = step_remaining = None
        if total is not None:
            step_progress = min(1.0, unit / total)
            step_remaining = max(0.0, (total - unit) * scale)
            phase_progress, phase_remaining = step_progress, step_remaining
        bounds = self._bounds[index]
        if step.breathing is not None and bounds is not None:
            cycle_len = bounds[-1]
            cycles = step.breathing.cycles
            k = min(int(unit // cycle_len), cycles - 1)
            within = unit - k * cycle_len
            i = min(bisect.bisect_right(bounds, within) - 1, len(step.breathing.phases) - 1)
            length = bounds[i + 1] - bounds[i]
            phase = step.breathing.phases[i].kind
            phase_progress = min(1.0, max(0.0, (within - bounds[i]) / length))
            phase_remaining = max(0.0, (bounds[i + 1] - within) * scale)
            cycle = k + 1
        return SessionState(self._status, index, count, step, total is None, step.skippable, phase,
                            phase_progress, phase_remaining, cycle, cycles, step_progress, step_remaining,
                            active, self._pace, None)
