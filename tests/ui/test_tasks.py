"""The single database worker: order, delivery on the GUI thread, errors, cancel, idle."""

from __future__ import annotations

import threading

import pytest

from companion.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_results_arrive_on_the_gui_thread_in_order(qtbot, runner):
    seen: list[tuple[int, str, str]] = []
    for i in range(5):
        runner.submit(lambda i=i: (i, threading.current_thread().name),
                      on_done=lambda r: seen.append((*r, threading.current_thread().name)))
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert [s[0] for s in seen] == [0, 1, 2, 3, 4]
    assert all(s[1].startswith("companion-db") for s in seen)  # the work ran on the worker
    assert all(s[2] == threading.main_thread().name for s in seen)  # callbacks on the GUI thread


def test_one_worker_thread_only(qtbot, runner):
    names = set()
    done = []
    for _ in range(20):
        runner.submit(lambda: names.add(threading.get_ident()), on_done=lambda _r: done.append(1))
    qtbot.waitUntil(lambda: len(done) == 20)
    assert len(names) == 1


def test_errors_go_to_on_error_or_unhandled(qtbot, runner):
    errors = []
    runner.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(runner.unhandled_error) as blocker:
        runner.submit(lambda: [][1])
    assert isinstance(blocker.args[0], IndexError)


def test_cancel_drops_callbacks_and_wait_idle(qtbot, runner):
    event = threading.Event()
    got = []
    runner.submit(event.wait, 5)
    task = runner.submit(lambda: "x", on_done=got.append)
    task.cancel()
    assert not runner.wait_idle(0.05)  # still blocked
    event.set()
    assert runner.wait_idle(5)
    qtbot.wait(50)
    assert got == []
    assert runner.run_sync(lambda: 42) == 42
