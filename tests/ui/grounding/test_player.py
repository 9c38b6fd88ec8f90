"""The player and its breath pacer, driven by a fake monotonic clock: exact phase boundaries,
pace changes, pause, keys, reduced motion (no animation timer), screen-reader announcements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.exercises.model import Exercise
from companion.ui.grounding.pacer import breath_fraction
from companion.ui.grounding.player import PlayerWidget
from companion.ui.grounding.sound import SoundChoices, soft_tone_pcm
from companion.ui.grounding.words import until_next_count, whole_seconds


class FakeClock:
    def __init__(self, t: float = 100.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


def breathing_exercise(cycles: int = 2) -> Exercise:
    return Exercise.from_dict({
        "format_version": 1, "id": "test-box", "version": 1, "title": "Test box", "summary": "Four counts.",
        "category": "breathing", "duration_minutes": 1, "intensity": "gentle", "source": "tests",
        "steps": [
            {"text": "Settle in; eyes open."},
            {"text": "In, hold, out, rest.", "breathing": {"phases": [
                {"kind": "in", "seconds": 4}, {"kind": "hold", "seconds": 4},
                {"kind": "out", "seconds": 4}, {"kind": "hold_empty", "seconds": 4}], "cycles": cycles}},
            {"text": "Notice the room.", "duration_seconds": 10},
            {"text": "That's all."},
        ],
    })


@pytest.fixture
def player(qtbot):
    clock = FakeClock()
    widget = PlayerWidget(reduced_motion=False, clock=clock)
    widget.clock_for_test = clock
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(player, t: float) -> None:
    player.clock_for_test.t = t
    player.refresh()


def start_breathing(player) -> float:
    """Begin, move past the first (waiting) step; returns the clock time the breathing began."""
    player.begin(breathing_exercise())
    assert player.state.waiting and player.next_button.isVisible()
    player.next_step()
    assert player.state.phase == "in"
    return player.clock_for_test.t


def test_phase_word_changes_exactly_at_each_boundary(player):
    t0 = start_breathing(player)
    expected = ["in", "hold", "out", "hold_empty"] * 2
    for i, kind in enumerate(expected):
        boundary = t0 + 4 * i
        if i:
            at(player, boundary - 1e-6)
            assert player.state.phase == expected[i - 1], f"just before boundary {i}"
        at(player, boundary)
        assert player.state.phase == kind, f"at boundary {i}"
        assert player.phase_label.text().startswith({"in": "Breathing in", "hold": "Holding", "out": "Breathing out",
                                                     "hold_empty": "Resting"}[kind])
        assert player.phase_label.accessibleName() == player.phase_label.text().split(" · ")[0]
        assert player.pacer.accessibleDescription() == player.phase_label.accessibleName()  # what readers hear
    at(player, t0 + 32)  # after two cycles: the timed step
    assert player.state.phase is None and player.state.step_index == 2
    assert player.skip_button.isVisible() and not player.next_button.isVisible()
    assert player.announcements.count("Breathing in") == 2
    assert "Step 3 of 4. Notice the room." in player.announcements


def test_countdown_and_next_wake_up_follow_the_clock(player):
    t0 = start_breathing(player)
    at(player, t0 + 0.3)
    assert player.phase_label.text() == "Breathing in · 4"
    assert player.next_change_in() == pytest.approx(0.7)
    assert player._tick.isActive()
    at(player, t0 + 1.0)
    assert player.phase_label.text() == "Breathing in · 3"
    assert whole_seconds(4.0) == 4 and whole_seconds(3.001) == 4 and whole_seconds(0.001) == 1
    assert until_next_count(3.25) == pytest.approx(0.25) and until_next_count(3.0) == pytest.approx(1.0)


def test_pace_change_mid_breath_keeps_the_place_and_moves_the_boundary(player):
    t0 = start_breathing(player)
    at(player, t0 + 2)  # halfway through "in"
    for _ in range(4):
        player.slower()  # 1.0 -> 1.25 -> 1.5 -> 1.75 -> 2.0 (counts twice as long)
    assert player.session.pace == 2.0
    assert player.state.phase == "in" and player.state.phase_progress == pytest.approx(0.5)
    assert "counts ×2" in player.pace_text.text() and "In 8 s" in player.pace_text.text()
    at(player, t0 + 6 - 1e-6)
    assert player.state.phase == "in"
    at(player, t0 + 6)
    assert player.state.phase == "hold"
    at(player, t0 + 14 - 1e-6)
    assert player.state.phase == "hold"
    at(player, t0 + 14)
    assert player.state.phase == "out"
    player.faster()
    assert player.session.pace == 1.75
    for _ in range(10):
        player.faster()
    assert player.session.pace == 0.5  # the fastest allowed, and no further


def test_pause_and_resume_lose_nothing(player):
    t0 = start_breathing(player)
    at(player, t0 + 1)
    player.pause()
    assert player.state.paused and player.pause_button.text() == "Resume"
    assert not player._tick.isActive() and not player.pacer.animation_timer.isActive()
    at(player, t0 + 500)
    assert player.state.phase == "in" and player.state.phase_remaining == pytest.approx(3)
    player.resume()
    assert player.pause_button.text() == "Pause" and player.pacer.animation_timer.isActive()
    at(player, t0 + 503)
    assert player.state.phase == "hold"


def test_keys_space_escape_right(player, qtbot):
    player.begin(breathing_exercise())
    player.pause_button.setFocus()
    qtbot.keyClick(player.pause_button, Qt.Key.Key_Right)  # Next on the waiting step
    assert player.state.step_index == 1
    qtbot.keyClick(player.pause_button, Qt.Key.Key_Space)
    assert player.state.paused  # once: the shortcut, not also the focused button
    qtbot.keyClick(player.pause_button, Qt.Key.Key_Space)
    assert not player.state.paused
    qtbot.keyClick(player.pause_button, Qt.Key.Key_Minus)
    assert player.session.pace == 1.25
    with qtbot.waitSignal(player.ended) as ended:
        qtbot.keyClick(player.pause_button, Qt.Key.Key_Escape)
    assert ended.args[0] == "stopped"
    assert player.end_view.isVisible() and not player.run_view.isVisible()
    assert player.end_title.text() == "You can come back any time."
    assert "You can come back any time." in player.announcements
    assert not player.pacer.animation_timer.isActive() and not player._tick.isActive()


def test_running_to_the_end_is_completed(player, qtbot):
    player.begin(breathing_exercise(cycles=1))
    player.next_step()
    t0 = player.clock_for_test.t
    at(player, t0 + 16 + 10)  # breathing, then the timed step
    assert player.state.step_index == 3 and player.state.waiting
    assert player.next_button.text() == "Finish"
    with qtbot.waitSignal(player.ended) as ended:
        player.next_step()
    assert ended.args[0] == "completed"
    assert player.end_title.text() == "That's the end of this exercise."
    player.after_rating.buttons[2].click()
    with qtbot.waitSignal(player.closed) as closed:
        player.done_button.click()
    assert closed.args == [2]


def test_motion_runs_the_repaint_timer_only_while_breathing(player):
    player.begin(breathing_exercise())
    assert not player.pacer.isVisible() and not player.pacer.animation_timer.isActive()
    player.next_step()
    assert player.pacer.isVisible() and player.pacer.animation_timer.isActive()
    assert not player.still_box.isVisible()
    player.pacer.repaint()
    word, count, fraction = player.pacer.last_drawn
    assert (word, count) == ("Breathing in", 4) and fraction == pytest.approx(0.0)
    at(player, player.clock_for_test.t + 2)
    player.pacer.repaint()
    assert player.pacer.last_drawn[2] == pytest.approx(0.5)
    player.stop()
    assert not player.pacer.animation_timer.isActive()


def test_reduced_motion_shows_a_countdown_and_no_animation(qtbot):
    clock = FakeClock()
    player = PlayerWidget(reduced_motion=lambda: True, clock=clock)
    qtbot.addWidget(player)
    player.show()
    qtbot.waitExposed(player)
    player.begin(breathing_exercise())
    player.next_step()
    assert not player.pacer.isVisible()
    assert player.still_box.isVisible() and player.still_bar.isVisible()
    assert not player.pacer.animation_timer.isActive()
    assert player.phase_label.text() == "Breathing in · 4"
    clock.t += 1.5
    player.refresh()
    assert player.phase_label.text() == "Breathing in · 3"
    assert player.still_bar.value() == 375
    assert not player.pacer.animation_timer.isActive()
    assert player._tick.isActive()  # the text wakes at the next whole second, nothing more


def test_breath_shape_and_tone_are_pure():
    assert breath_fraction("in", 0) == 0 and breath_fraction("in", 1) == pytest.approx(1)
    assert breath_fraction("hold", 0.3) == 1 and breath_fraction("hold_empty", 0.7) == 0
    assert breath_fraction("out", 0.5) == pytest.approx(0.5)
    pcm = soft_tone_pcm(sample_rate=8000, seconds=0.25)
    assert len(pcm) == 2 * 2000
    assert pcm[:2] == b"\x00\x00"  # fades in from silence
    assert SoundChoices().any is False  # off by default


def test_sound_that_is_turned_on_never_breaks_the_exercise(player):
    player.begin(breathing_exercise(), sound=SoundChoices(chime=True, speech=True, volume=40))
    player.next_step()
    at(player, player.clock_for_test.t + 4)  # a phase change: chime and speech are tried
    assert player.state.phase == "hold"
    assert player._chime is not None and player._chime.available in (True, False)
    assert player._spoke  # speech was asked for; the engine answers (or not) on its own thread
    from companion.ui.grounding.sound import speech_service

    assert speech_service().available in (None, True, False)
    player.stop()  # never blocked, whatever the speech engine is doing


@pytest.mark.qt_log_level_fail("CRITICAL")  # an audio stack, where there is one, may log its own notes
def test_sound_choices_fall_back_to_silence_with_one_sentence(qtbot):
    from companion.ui.grounding.details import ExerciseDetailsWidget

    details = ExerciseDetailsWidget()
    qtbot.addWidget(details)
    details.show_exercise(breathing_exercise())
    details.chime_check.setChecked(True)
    probe = details.chime_check.isChecked()  # stays on only where Qt can play sound
    if not probe:
        assert details.sound_note.isVisibleTo(details)
        assert "will be silent" in details.sound_note.text()
    assert details.sound_choices().chime is probe
