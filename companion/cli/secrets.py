"""Where the CLI gets passphrases: a file, an environment variable, or a prompt (as restic and borg do)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from companion.errors import UsageError


def _from_file(path: str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"The passphrase file {path} could not be read.") from exc
    text = text[:-1] if text.endswith("\n") else text
    return text[:-1] if text.endswith("\r") else text


def _prompt(label: str) -> str:
    if not sys.stdin.isatty() and not os.path.exists("/dev/tty"):
        raise UsageError(
            "No passphrase was given: use --passphrase-file, COMPANION_PASSPHRASE, or run in a terminal."
        )
    try:
        return getpass.getpass(label)
    except (EOFError, OSError) as exc:
        raise UsageError(
            "No passphrase was given: use --passphrase-file, COMPANION_PASSPHRASE, or run in a terminal."
        ) from exc


def passphrase(file: str | None) -> str:
    if file:
        return _from_file(file)
    if os.environ.get("COMPANION_PASSPHRASE"):
        return os.environ["COMPANION_PASSPHRASE"]
    return _prompt("Passphrase: ")


def new_passphrase(file: str | None, *, env: str = "COMPANION_NEW_PASSPHRASE", label: str = "New passphrase") -> str:
    if file:
        return _from_file(file)
    if os.environ.get(env):
        return os.environ[env]
    first = _prompt(f"{label}: ")
    second = _prompt(f"{label} again: ")
    if first != second:
        raise UsageError("The two passphrases were not the same; nothing was changed.")
    return first
