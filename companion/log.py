"""Logging that never holds journal text: a rotating file under the log folder, messages only from our code.

Call sites log event names and counts, never entry content, passphrases or keys; a
filter also drops any record whose arguments are long strings, as a second guard.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOGGER_NAME = "companion"
MAX_ARG_CHARS = 80


class _NoContentFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else (record.args,) if record.args else ()
        if any(isinstance(a, str) and len(a) > MAX_ARG_CHARS for a in args):
            record.msg, record.args = "log message withheld: it carried long text", ()
        return True


def get_logger(name: str | None = None) -> logging.Logger:
    return logging.getLogger(LOGGER_NAME if not name else f"{LOGGER_NAME}.{name}")


def setup_file_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "companion.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoContentFilter())
    logger = get_logger()
    logger.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logger.handlers):
        logger.addHandler(handler)
    return path
