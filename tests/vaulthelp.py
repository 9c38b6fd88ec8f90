"""Shared test helpers (importable from any test thanks to pythonpath = tests)."""

from __future__ import annotations

import os

PASSPHRASE = "a quiet harbour at dusk"


def snapshot_files(folder) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and mtime, to prove nothing changed."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = (handle.read(), os.stat(path).st_mtime_ns)
    return found


def files_containing(folder, needle: str) -> list[str]:
    """Files under `folder` whose raw bytes hold `needle` as UTF-8 or UTF-16 (either byte order)."""
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le"), needle.encode("utf-16-be")]
    hits = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            if any(form in data for form in forms):
                hits.append(path)
    return hits
