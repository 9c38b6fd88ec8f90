"""Logging that never holds journal text: a rotating file under the log folder, messages only from our code.

Call sites log event names and counts, never entry content, passphrases or keys; a
filter also drops any record whose arguments are long strings, as a second guard.

The desktop app opens the log file a moment after its first screen is up (the rotating
handler lives in `logging.handlers`, which imports socket, pickle and queue: ~7 ms).
`hold_early_records` keeps what is logged before that in memory, already filtered, and
`setup_file_logging` writes it to the file first, so no line is lost.
"""

from __future__ import annotations

import logging  # (already imported by PySide6 itself; logging.handlers is imported only with the file)
import sys
from pathlib import Path

LOGGER_NAME = "companion"
MAX_ARG_CHARS = 80
EARLY_RECORDS_MAX = 1000  # held until the file is open; more than start-up ever logs


class _NoContentFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else (record.args,) if record.args else ()
        if any(isinstance(a, str) and len(a) > MAX_ARG_CHARS for a in args):
            record.msg, record.args = "log message withheld: it carried long text", ()
        return True


class _EarlyRecords(logging.Handler):
    """Records logged before the log file is open, filtered like the file's (bounded).

    Once the file is open, `target` is set and any record still on its way here (another
    thread) is passed on to the file instead of being held.
    """

    def __init__(self, capacity: int | None = None):
        super().__init__()
        self.capacity = EARLY_RECORDS_MAX if capacity is None else capacity
        self.records: list[logging.LogRecord] = []
        self.dropped = 0
        self.target: logging.Handler | None = None
        self.addFilter(_NoContentFilter())

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is not None:
            self.target.handle(record)
        elif len(self.records) < self.capacity:
            self.records.append(record)
        else:
            self.dropped += 1


def get_logger(name: str | None = None) -> logging.Logger:
    return logging.getLogger(LOGGER_NAME if not name else f"{LOGGER_NAME}.{name}")


def _file_handler(logger: logging.Logger) -> logging.Handler | None:
    handlers = sys.modules.get("logging.handlers")  # (no file handler can exist before it is imported)
    if handlers is None:
        return None
    return next((h for h in logger.handlers if isinstance(h, handlers.RotatingFileHandler)), None)


def hold_early_records(level: int = logging.INFO) -> None:
    """Keep what is logged from now until `setup_file_logging` (idempotent; nothing once the file is open)."""
    logger = get_logger()
    if _file_handler(logger) is not None or any(isinstance(h, _EarlyRecords) for h in logger.handlers):
        return
    logger.setLevel(level)
    logger.addHandler(_EarlyRecords())


def setup_file_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    import logging.handlers

    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "companion.log"
    logger = get_logger()
    logger.setLevel(level)
    handler = _file_handler(logger)
    if handler is None:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_NoContentFilter())
    early = next((h for h in logger.handlers if isinstance(h, _EarlyRecords)), None)
    if early is None:
        if handler not in logger.handlers:
            logger.addHandler(handler)
        return path
    # Another thread may be logging right now. Holding both locks (in the order a record passed
    # on by `early` takes them) while the file takes over: nothing lost, nothing twice, in order.
    with early.lock, handler.lock:
        logger.addHandler(handler)
        logger.removeHandler(early)
        early.target = handler
        records, early.records = early.records, []
        for record in records:
            if record.levelno >= level:
                handler.handle(record)
        dropped, early.dropped = early.dropped, 0
    if dropped:
        logger.warning("%d log records from start-up were dropped", dropped)
    return path
