"""Reading a folder of Markdown files (ours, Obsidian's, anyone's), one entry per file. Pure.

Front matter is optional (see frontmatter.py). Without it, or where it is silent:
- title: a first-line `# Heading`, else the file name once a leading date is taken off;
- date: a leading `YYYY-MM-DD` (optionally with a time) in the file name, else the
  file's modification time;
- tags: none.
Hidden files and folders (".obsidian", ".git") are skipped, symbolic links are never
followed, and files that are not .md/.markdown are counted and left alone.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from companion.errors import InvalidInputError
from companion.importers import frontmatter
from companion.journal.model import EntryDraft, ShareState

MAX_FILES = 100_000
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
SUFFIXES = (".md", ".markdown")
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T_]?(\d{2})[:\-.]?(\d{2}))?(?:[\s_\-]+(.*))?$")
_HEADING = re.compile(r"^#\s+(.*?)\s*#*\s*$")
DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")


def _parse_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone().replace(tzinfo=None) if parsed.tzinfo else parsed


def _tags(value: object, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [part for part in re.split(r"[,\s]+", value) if part]
    if not isinstance(value, list) or not all(isinstance(t, (str, int, float)) for t in value):
        raise InvalidInputError(f"{name} has tags Companion cannot read; nothing was imported.")
    return tuple(dict.fromkeys(str(t).strip().lstrip("#") for t in value if str(t).strip().lstrip("#")))


def _flag(value: object, name: str, key: str) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    raise InvalidInputError(f"{name} has a '{key}' that is not true or false; nothing was imported.")


def parse_file(raw: bytes, name: str, mtime: float) -> EntryDraft:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"{name} is not UTF-8 text; nothing was imported.") from exc
    meta, body = frontmatter.split(text, name)
    stem = Path(name).stem
    name_match = _NAME_DATE.match(stem)
    if meta is not None:
        if body.startswith("\r\n"):
            body = body[2:]
        elif body.startswith("\n"):
            body = body[1:]
        meta = {k: v for k, v in meta.items()}
    else:
        meta = {}
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        title = str(title)
    if title is None:
        first, sep, rest = body.lstrip("\n").partition("\n")
        heading = _HEADING.match(first.strip())
        if heading and heading.group(1):
            title, body = heading.group(1), rest.lstrip("\n")
        elif name_match:
            title = (name_match.group(4) or "").replace("_", " ").strip()
        else:
            title = stem.replace("_", " ").strip()
    date = None
    for key in ("date", "created", "created_at"):
        if key in meta and meta[key] is not None:
            date = _parse_date(meta[key])
            if date is None:
                raise InvalidInputError(f"{name} has a date Companion cannot read ({meta[key]!r}); nothing was imported.")
            break
    if date is None and name_match:
        hour, minute = name_match.group(2), name_match.group(3)
        try:
            date = datetime.strptime(
                f"{name_match.group(1)} {hour or '00'}:{minute or '00'}", "%Y-%m-%d %H:%M"
            )
        except ValueError:
            date = None
    if date is None:
        date = datetime.fromtimestamp(mtime)
    state = meta.get("share_state", "private")
    if state is None:
        state = "private"
    if not isinstance(state, str) or state.lower() not in {s.value for s in ShareState}:
        raise InvalidInputError(f"{name} has a share_state Companion does not know; nothing was imported.")
    note = meta.get("content_note") or ""
    prompt = meta.get("prompt_id")
    if not isinstance(note, str) or not (prompt is None or isinstance(prompt, str)):
        raise InvalidInputError(f"{name} has front matter Companion cannot read; nothing was imported.")
    return EntryDraft(
        body=body,
        title=title,
        tags=_tags(meta.get("tags"), name),
        entry_date=date.strftime("%Y-%m-%d %H:%M"),
        pinned=_flag(meta.get("pinned", meta.get("starred")), name, "pinned"),
        share_state=ShareState(state.lower()),
        content_note=note,
        never_resurface=_flag(meta.get("never_resurface"), name, "never_resurface"),
        prompt_id=prompt or None,
    )


def parse_folder(folder: Path, skipped: list[str]) -> list[EntryDraft]:
    if not folder.is_dir():
        raise InvalidInputError(f"{folder} is not a folder; nothing was imported.")
    found: list[tuple[str, Path]] = []
    other = 0
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            path = Path(root) / file_name
            if file_name.startswith("."):
                continue
            if path.is_symlink() or not path.is_file():
                other += 1
                continue
            if not file_name.lower().endswith(SUFFIXES):
                other += 1
                continue
            found.append((path.relative_to(folder).as_posix(), path))
            if len(found) > MAX_FILES:
                raise InvalidInputError("That folder holds too many files to import in one go; nothing was imported.")
    if not found:
        raise InvalidInputError("That folder has no Markdown (.md) files; nothing was imported.")
    drafts: list[EntryDraft] = []
    total = 0
    for name, path in found:
        try:
            info = path.stat()
            if info.st_size > MAX_FILE_BYTES:
                raise InvalidInputError(f"{name} is too large to import as one entry; nothing was imported.")
            total += info.st_size
            if total > MAX_TOTAL_BYTES:
                raise InvalidInputError("That folder is too large to import in one go; nothing was imported.")
            raw = path.read_bytes()
        except OSError as exc:
            raise InvalidInputError(f"{name} could not be read; nothing was imported.") from exc
        drafts.append(parse_file(raw, name, info.st_mtime))
    if other:
        skipped.append(f"{other} file(s) that are not Markdown were left alone.")
    drafts.sort(key=lambda d: d.entry_date or "")
    return drafts
