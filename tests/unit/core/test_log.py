"""The log file: opened after start-up, yet nothing logged before it is lost, and no long text ever lands in it."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest

from companion.log import get_logger, hold_early_records, setup_file_logging


@pytest.fixture
def clean_logger():
    """The "companion" logger without handlers for the test, as it was afterwards."""
    logger = logging.getLogger("companion")
    saved, level = list(logger.handlers), logger.level
    for handler in saved:
        logger.removeHandler(handler)
    yield logger
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    for handler in saved:
        logger.addHandler(handler)
    logger.setLevel(level)


def _close(logger: logging.Logger) -> None:
    for handler in list(logger.handlers):
        handler.flush()


def test_records_before_the_file_opens_are_written_first_in_order_and_filtered(clean_logger, tmp_path):
    hold_early_records()
    hold_early_records()  # idempotent
    get_logger("ui").info("window shown")
    get_logger("ui").error("unexpected error: %s", "ValueError")
    get_logger("ui").warning("saved entry %s", "a secret sentence " * 10)  # a careless call site
    get_logger("ui").debug("below the level: not kept")
    assert not (tmp_path / "logs").exists()  # nothing on disk yet
    path = setup_file_logging(tmp_path / "logs")
    get_logger("cli").info("after the file opened")
    _close(clean_logger)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "window shown",
        "unexpected error: ValueError",
        "log message withheld: it carried long text",
        "after the file opened",
    ]
    assert "secret" not in path.read_text(encoding="utf-8")
    assert len([h for h in clean_logger.handlers if isinstance(h, logging.FileHandler)]) == 1
    setup_file_logging(tmp_path / "logs")  # again (the CLI does so per event): still one handler
    assert len(clean_logger.handlers) == 1


@pytest.mark.parametrize("attempt", range(5))
def test_nothing_is_lost_doubled_or_reordered_while_another_thread_logs(clean_logger, tmp_path, monkeypatch, attempt):
    from companion import log

    monkeypatch.setattr(log, "EARLY_RECORDS_MAX", 10**6)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so the worker logs while the file takes over
    try:
        hold_early_records()
        stop = threading.Event()
        sent: list[int] = []

        def worker():
            i = 0
            while (not stop.is_set() or i < 200) and i < 5000:  # (well under the file's rollover size)
                get_logger("worker").info("record %d", i)
                sent.append(i)
                i += 1

        thread = threading.Thread(target=worker)
        thread.start()
        while len(sent) < 20 * (attempt + 1):
            pass
        path = setup_file_logging(tmp_path / "logs")
        stop.set()
        thread.join()
    finally:
        sys.setswitchinterval(interval)
    _close(clean_logger)
    numbers = [int(line.rsplit(" ", 1)[1]) for line in path.read_text(encoding="utf-8").splitlines()]
    assert numbers == list(range(len(sent)))


def test_holding_is_bounded(clean_logger, tmp_path, monkeypatch):
    from companion import log

    monkeypatch.setattr(log, "EARLY_RECORDS_MAX", 3)
    hold_early_records()
    for i in range(5):
        get_logger().info("event %d", i)
    path = setup_file_logging(tmp_path / "logs")
    _close(clean_logger)
    text = path.read_text(encoding="utf-8")
    assert "event 2" in text and "event 3" not in text
    assert "2 log records from start-up were dropped" in text


def test_importing_the_log_module_does_not_load_logging_handlers():
    code = "import sys, companion.log; print('logging.handlers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
