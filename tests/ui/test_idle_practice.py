"""Idle auto-lock and grounding: a playing exercise counts as presence (no key presses needed to
breathe along); paused, stopped or ended, the quiet time counts again from that moment. Locking
by hand and quick exit work at any moment."""

from __future__ import annotations

import time

import pytest

from companion.ui.safety import IdleWatcher
from tests.ui.conftest import unlock
from tests.ui.grounding.grounding_helpers import open_grounding

IDLE_MS = 300


def start_exercise(qtbot, harness, exercise_id: str = "box-breathing"):
    page = open_grounding(qtbot, harness)
    assert page.library.select(exercise_id)
    page.library.details.start_button.click()
    player = page.player
    assert player.running and not player.state.paused
    return page, player


@pytest.fixture
def playing(qtbot, make_app, vault_dir):
    """(harness, window, player): unlocked, an exercise playing, a short idle time."""
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    _page, player = start_exercise(qtbot, harness)
    harness.window.idle.set_interval_ms(IDLE_MS)
    return harness, harness.window, player


def test_a_playing_exercise_keeps_the_journal_unlocked(qtbot, playing):
    harness, window, player = playing
    qtbot.wait(4 * IDLE_MS)  # no input at all, for far longer than the idle time
    assert harness.session.is_open and player.running
    assert window.idle.held


def test_pausing_lets_the_idle_clock_run_again_from_that_moment(qtbot, playing):
    harness, window, player = playing
    qtbot.wait(2 * IDLE_MS)
    assert harness.session.is_open
    paused_at = time.monotonic()
    player.pause_button.click()  # (a programmatic click: no input event reaches the idle watcher)
    assert player.state.paused and not window.idle.held
    # the last input was long ago, but the quiet time starts at the pause
    qtbot.waitUntil(lambda: not harness.session.is_open, timeout=5000)
    assert (time.monotonic() - paused_at) * 1000 >= IDLE_MS - 20
    assert harness.session.lock_reason == "idle"
    assert not player.running  # the exercise ended as an ordinary "stopped" when the journal locked


def test_resuming_holds_again_and_stopping_releases(qtbot, playing):
    harness, window, player = playing
    player.pause_button.click()
    player.pause_button.click()  # resumed before the idle time ran out
    assert not player.state.paused and window.idle.held
    qtbot.wait(3 * IDLE_MS)
    assert harness.session.is_open
    with qtbot.waitSignal(player.ended):
        player.stop_button.click()
    assert not window.idle.held  # the ending screen (and its optional rating) is ordinary idle time
    qtbot.waitUntil(lambda: not harness.session.is_open, timeout=5000)
    assert harness.session.lock_reason == "idle"


def test_leaving_the_section_pauses_and_releases(qtbot, playing):
    harness, window, player = playing
    window.show_section("journal")  # nothing keeps moving where it can't be seen
    assert player.state.paused and not window.idle.held
    qtbot.waitUntil(lambda: not harness.session.is_open, timeout=5000)


def test_lock_and_quick_exit_still_work_while_playing(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    _page, player = start_exercise(qtbot, harness)
    window.lock_button.click()
    assert not harness.session.is_open and harness.session.lock_reason == "manual"
    assert not player.running and not window.idle.held
    # unlocked again, nothing is left holding: walking away locks as usual
    unlock(qtbot, harness)
    window.idle.set_interval_ms(IDLE_MS)
    qtbot.waitUntil(lambda: not harness.session.is_open, timeout=5000)
    assert harness.session.lock_reason == "idle"

    unlock(qtbot, harness)
    _page, player = start_exercise(qtbot, harness)
    window.quick_exit()
    assert not window.isVisible() and not harness.session.is_open
    assert not player.running and not window.idle.held


def test_idle_watcher_holds_nest_and_disarm_drops_them(qtbot):
    watcher = IdleWatcher()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.set_interval_ms(100)
    watcher.arm()
    watcher.hold()
    watcher.hold()
    watcher.release()
    qtbot.wait(300)
    assert fired == [] and watcher.held
    watcher.set_interval_ms(80)  # re-arming while held does not start the clock
    qtbot.wait(250)
    assert fired == []
    watcher.release()
    watcher.release()  # (an extra release is harmless)
    assert not watcher.held
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    watcher.arm()
    watcher.hold()
    watcher.disarm()
    assert not watcher.held
    watcher.arm()
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=2000)
