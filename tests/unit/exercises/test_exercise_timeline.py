"""Guided sessions driven by a fake clock: exact boundaries, pauses, pace changes, skips and endings."""

from __future__ import annotations

import pytest

from companion.errors import NotFoundError
from companion.exercises.model import Exercise
from companion.exercises.timeline import GuidedSession, Outcome, Status, build_timeline

KINDS = ["in", "hold", "out", "hold_empty"]


def box(docs, **kw) -> Exercise:
    return Exercise.from_dict(docs.box(**kw))


def test_timeline_offsets_are_exact_products(docs):
    plan = build_timeline(box(docs, cycles=40))
    (step,) = plan.steps
    assert step.duration == 640 and plan.guided_seconds == 640 and plan.fully_timed
    assert len(step.phases) == 160
    for n, phase in enumerate(step.phases):
        assert (phase.kind, phase.cycle, phase.start, phase.end) == (KINDS[n % 4], n // 4 + 1, 4.0 * n, 4.0 * n + 4)
    slow = build_timeline(box(docs, cycles=40), pace=1.5)
    assert slow.steps[0].phases[-1].end == 960.0 and slow.steps[0].phases[101].start == 606.0


def test_timeline_offsets_skip_waiting_steps_and_follow_variants(shipped):
    plan = build_timeline(shipped.get("long-exhale-breathing"), variant="exhale-8")
    breathing = [s for s in plan.steps if s.step.breathing]
    assert len(breathing) == 1 and breathing[0].phases[1].kind == "out" and breathing[0].phases[1].seconds == 8
    assert plan.steps[0].duration is None and plan.steps[1].start == 0.0
    assert plan.steps[-1].start == plan.steps[-2].end
    assert [s.source_index for s in plan.steps] == [0, 2, 3, 4]
    with pytest.raises(NotFoundError):
        build_timeline(shipped.get("box-breathing"), variant="eyes-open")
    with pytest.raises(ValueError):
        build_timeline(shipped.get("box-breathing"), pace=3)


def test_ten_minutes_of_box_breathing_has_no_drift(docs, clock):
    session = GuidedSession(box(docs, cycles=40), clock=clock)
    clock.at(0)
    session.start()
    for k in range(1, 151):  # every boundary up to 600 s
        before = session.state_at(clock.at(4 * k - 1e-6))
        after = session.state_at(clock.at(4 * k + 1e-6))
        assert before.phase == KINDS[(k - 1) % 4] and before.phase_progress == pytest.approx(1, abs=1e-5)
        assert after.phase == KINDS[k % 4] and after.cycle == k // 4 + 1
        assert after.phase_remaining == pytest.approx(4, abs=1e-5)
    # Polling at 60 frames a second for the full ten minutes: every frame is where the clock says.
    for n in range(1, 36_000, 7):
        t = n / 60
        s = session.state_at(clock.at(t))
        assert s.phase == KINDS[int(t // 4) % 4] and s.cycle == int(t // 16) + 1
        assert s.phase_progress == pytest.approx((t % 4) / 4, abs=1e-6)
    final = session.state_at(clock.at(600.0 + 1e-6))  # 150 phases done: the 38th cycle's "out" begins
    assert (final.phase, final.cycle, final.elapsed) == ("out", 38, pytest.approx(600.0))
    assert final.phase_progress == pytest.approx(0.0, abs=1e-6) and final.step_remaining == pytest.approx(40.0)


def test_pause_and_resume_shift_the_timeline_exactly(docs, clock):
    session = GuidedSession(box(docs, cycles=10), clock=clock)
    clock.at(0)
    session.start()
    clock.at(6)
    paused = session.pause()
    assert paused.status is Status.PAUSED and paused.phase == "hold" and paused.phase_progress == pytest.approx(0.5)
    later = session.state_at(clock.at(500))
    assert (later.phase, later.phase_progress, later.elapsed) == ("hold", pytest.approx(0.5), pytest.approx(6))
    session.pause()  # pausing twice changes nothing
    session.resume()
    s = session.state_at(clock.at(502))
    assert s.status is Status.RUNNING and s.phase == "out" and s.phase_progress == pytest.approx(0)
    assert s.elapsed == pytest.approx(8)
    clock.at(510)
    session.pause()
    clock.at(610)
    session.resume()
    s = session.state_at(clock.at(612))  # active: 6 + (510 - 500) + (612 - 610) = 18
    assert (s.phase, s.cycle, s.phase_progress) == ("in", 2, pytest.approx(0.5)) and s.elapsed == pytest.approx(18)


def test_slowing_down_keeps_the_place_in_the_phase(docs, clock):
    session = GuidedSession(box(docs, cycles=10), clock=clock)
    clock.at(0)
    session.start()
    clock.at(6)  # halfway through the first hold
    s = session.set_pace(2.0)
    assert (s.phase, s.cycle, s.phase_progress, s.phase_remaining) == ("hold", 1, 0.5, 4.0)
    s = session.state_at(clock.at(10 - 1e-6))
    assert s.phase == "hold"
    s = session.state_at(clock.at(10 + 1e-6))
    assert s.phase == "out" and s.phase_remaining == pytest.approx(8, abs=1e-5)
    clock.at(14)  # halfway through "out" at double length
    s = session.set_pace(0.5)
    assert (s.phase, s.phase_progress, s.phase_remaining) == ("out", 0.5, 1.0)
    s = session.state_at(clock.at(15 + 1e-6))
    assert (s.phase, s.cycle) == ("hold_empty", 1)
    # 10 cycles of 16 s: 12 written seconds done, 148 left at half length.
    assert s.step_remaining == pytest.approx(74, abs=1e-4)


def test_pace_changes_never_move_backwards(docs, clock):
    session = GuidedSession(box(docs, cycles=20), clock=clock)
    clock.at(0)
    session.start()
    last = -1.0
    paces = [1.0, 2.0, 0.5, 1.3, 0.7, 2.0, 0.5]
    t = 0.0
    for n in range(200):
        t += 0.37
        clock.at(t)
        if n % 9 == 0:
            before = session.state()
            after = session.set_pace(paces[n % len(paces)])
            assert (after.phase, after.cycle) == (before.phase, before.cycle)
            assert after.phase_progress == pytest.approx(before.phase_progress, abs=1e-9)
        s = session.state()
        position = (s.cycle - 1) * 4 + KINDS.index(s.phase) + s.phase_progress
        assert position >= last - 1e-9
        last = position


def test_pace_applies_to_breathing_only(docs, clock):
    data = docs.exercise(steps=[{"text": "hold the cold", "duration_seconds": 30}])
    session = GuidedSession(Exercise.from_dict(data), pace=2.0, clock=clock)
    clock.at(0)
    session.start()
    s = session.state_at(clock.at(15))
    assert s.step_remaining == 15 and s.phase is None and s.phase_progress == 0.5
    assert session.state_at(clock.at(30)).outcome is Outcome.COMPLETED


def test_waiting_steps_wait_and_next_moves_on(docs, clock):
    session = GuidedSession(box(docs, cycles=1, intro=True), clock=clock)
    clock.at(0)
    session.start()
    s = session.state_at(clock.at(3600))
    assert s.waiting and s.step_index == 0 and s.phase is None and s.step_remaining is None
    assert session.advance()
    s = session.state_at(clock.at(3601))
    assert (s.step_index, s.phase, s.phase_progress) == (1, "in", pytest.approx(0.25))
    assert not session.advance()  # a timed step doesn't take Next
    s = session.state_at(clock.at(3600 + 16))
    assert s.finished and s.outcome is Outcome.COMPLETED and s.step_index == 2
    assert session.status is Status.FINISHED and session.outcome is Outcome.COMPLETED


def test_skip_moves_on_respecting_non_skippable_steps(docs, clock):
    data = docs.exercise(steps=[
        {"text": "please read the cautions", "skippable": False},
        {"text": "timed", "duration_seconds": 60},
        {"text": "last", "duration_seconds": 60},
    ])
    session = GuidedSession(Exercise.from_dict(data), clock=clock)
    clock.at(0)
    session.start()
    assert not session.state().skippable
    assert not session.skip_step()
    assert session.advance()
    clock.at(10)
    assert session.skip_step()
    s = session.state_at(clock.at(40))
    assert (s.step_index, s.step_remaining) == (2, 30)
    assert session.skip_step()  # skipping the last step reaches the end
    s = session.state()
    assert s.finished and s.outcome is Outcome.COMPLETED
    assert not session.skip_step() and not session.advance()


def test_stopping_early_is_a_normal_ending(docs, clock):
    session = GuidedSession(box(docs, cycles=10), clock=clock)
    clock.at(0)
    session.start()
    clock.at(20)
    s = session.stop()
    assert s.finished and s.outcome is Outcome.STOPPED and s.step_index == 0 and s.elapsed == 20
    assert session.state_at(clock.at(1000)).elapsed == 20
    session.resume()
    session.stop()
    assert session.outcome is Outcome.STOPPED


def test_stop_after_completion_keeps_completed_and_stop_before_start(docs, clock):
    session = GuidedSession(box(docs, cycles=1), clock=clock)
    clock.at(0)
    session.start()
    clock.at(100)
    assert session.stop().outcome is Outcome.COMPLETED
    fresh = GuidedSession(box(docs, cycles=1), clock=clock)
    assert fresh.state().status is Status.READY
    assert fresh.stop().outcome is Outcome.STOPPED


def test_pause_while_paused_time_is_frozen_and_stop_while_paused(docs, clock):
    session = GuidedSession(box(docs, cycles=10), clock=clock)
    clock.at(0)
    session.start()
    clock.at(5)
    session.pause()
    clock.at(50)
    s = session.stop()
    assert s.outcome is Outcome.STOPPED and s.elapsed == 5


def test_a_clock_that_goes_backwards_never_moves_the_session_back(docs, clock):
    session = GuidedSession(box(docs, cycles=10), clock=clock)
    clock.at(0)
    session.start()
    clock.at(9)
    session.pause()
    session.resume()
    s = session.state_at(clock.at(3))
    assert s.elapsed == 9 and s.phase == "out"


def test_shipped_exercises_run_to_completion_by_pressing_next(shipped, clock):
    for exercise in shipped:
        for variant in [None, *(v.id for v in exercise.variants)]:
            session = GuidedSession(exercise, variant=variant, clock=clock)
            t = 0.0
            clock.at(t)
            session.start()
            for _ in range(500):
                s = session.state()
                if s.finished:
                    break
                if s.waiting:
                    assert session.advance()
                else:
                    t += s.step_remaining
                    clock.at(t)
            assert session.outcome is Outcome.COMPLETED, exercise.id
            plan = build_timeline(exercise, variant)
            assert session.state().elapsed == pytest.approx(plan.guided_seconds)
