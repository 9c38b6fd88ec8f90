"""Full plaintext exports for portability: the JSON document and the Markdown folder. Pure (no Qt).

Both are UNENCRYPTED copies of the whole journal; callers must have the person's
explicit go-ahead (the app's warning, the CLI's --plaintext). The formats are
documented in docs/export-format.md and read back by companion.importers.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from companion import __version__
from companion.errors import InvalidInputError, StorageFullError
from companion.importers import frontmatter
from companion.journal.model import Entry
from companion.security.atomic import fsync_dir, write_atomic

EXPORT_FORMAT = "companion-export"
EXPORT_VERSION = 1


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_document(entries: list[Entry], *, exported_at: str | None = None) -> dict:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": exported_at or _now(),
        "entries": [e.to_json() for e in entries],
    }


def json_bytes(document: dict) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json(path: Path, entries: list[Entry]) -> int:
    write_atomic(path, json_bytes(json_document(entries)))
    return len(entries)


# --- Markdown folder ---------------------------------------------------------------------------


def markdown_file_name(entry: Entry, taken: set[str]) -> str:
    """`2026-03-14_0930_1a2b3c4d.md`: date, time and the start of the entry's uuid; no content."""
    stamp = entry.entry_date.replace(" ", "_").replace(":", "")
    base = f"{stamp}_{entry.uuid[:8]}" if entry.uuid else f"{stamp}_{entry.id}"
    name, number = f"{base}.md", 2
    while name.lower() in taken:
        name, number = f"{base}-{number}.md", number + 1
    taken.add(name.lower())
    return name


def markdown_file(entry: Entry) -> bytes:
    head = frontmatter.dump(
        {
            "title": entry.title,
            "date": entry.entry_date,
            "tags": list(entry.tags),
            "pinned": entry.pinned,
            "share_state": entry.share_state.value,
            "content_note": entry.content_note,
            "never_resurface": entry.never_resurface,
            "prompt_id": entry.prompt_id,
            "uuid": entry.uuid,
            "created_at": entry.created_at,
            "updated_at": entry.updated_at,
        }
    )
    return (head + "\n" + entry.body).encode("utf-8")


def write_markdown_folder(folder: Path, entries: list[Entry]) -> int:
    """One .md file per entry in `folder`, which must not exist yet (or be empty).

    Written into a hidden sibling folder first and renamed into place, so a failure
    leaves no half-written export behind.
    """
    folder = Path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise InvalidInputError(f"{folder} is a file; please name a new folder for the export.")
        if any(folder.iterdir()):
            raise InvalidInputError(f"{folder} is not empty; please name a new or empty folder for the export.")
    parent = folder.parent
    if not parent.is_dir():
        raise InvalidInputError(f"The folder {parent} does not exist.")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".partial", dir=parent))
    except OSError as exc:
        raise StorageFullError(f"{parent} cannot be written to; nothing was exported.") from exc
    try:
        taken: set[str] = set()
        for entry in entries:
            path = staging / markdown_file_name(entry, taken)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(markdown_file(entry))
                handle.flush()
                os.fsync(handle.fileno())
        fsync_dir(staging)
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(parent)
    return len(entries)
