"""Reading jrnl journals: its plain-text format and its `--export json` output. Pure: text in, drafts out.

Plain text: each entry starts on a new line with `[DATE] `, where DATE uses jrnl's
`timeformat` (default `%F %r`, e.g. `2024-03-05 09:41:00 PM`). The first line is the
title (or, without a line break, the first sentence); a title ending in ` *` marks a
starred entry; `@word` and `#word` in the text are tags.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from companion.errors import InvalidInputError
from companion.journal.model import EntryDraft

MAX_IMPORT_BYTES = 512 * 1024 * 1024
_HEADER = re.compile(r"(?:^|\n)\[([^\]\n]{6,40})\] ")
_SENTENCE_END = re.compile(r"[.!?\u2026][\'\u2019\"\u201D]?[\]\)]*\s+")
_TAG = re.compile(r"(?<!\S)[@#]([-+*#/\w]+)")
DATE_FORMATS = (
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
)


def parse_date(text: str) -> datetime | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    return None


def split_title(text: str) -> tuple[str, str]:
    stripped = text.strip()
    if "\n" in stripped:
        title, _, body = stripped.partition("\n")
        return title.strip(), body.strip()
    match = _SENTENCE_END.search(stripped)
    if not match:
        return stripped, ""
    return stripped[: match.end()].strip(), stripped[match.end() :].strip()


def _tags(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in _TAG.findall(text):
        seen.setdefault(tag.lower().rstrip("."), None)
    return tuple(t for t in seen if t)


def _draft(date: datetime, title: str, body: str, starred: bool, tags: tuple[str, ...] | None = None) -> EntryDraft:
    return EntryDraft(
        title=title,
        body=body,
        tags=tags if tags is not None else _tags(title + " " + body),
        entry_date=date.strftime("%Y-%m-%d %H:%M"),
        pinned=starred,
    )


def parse_text(text: str) -> list[EntryDraft]:
    matches = [m for m in _HEADER.finditer(text) if parse_date(m.group(1))]
    if not matches:
        raise InvalidInputError("That file does not look like a jrnl journal (no [date] lines); nothing was imported.")
    if text[: matches[0].start()].strip():
        raise InvalidInputError("That jrnl file has text before its first dated entry; nothing was imported.")
    drafts = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        raw = text[match.end() : end]
        lines = raw.splitlines()
        starred = bool(lines) and lines[0].rstrip().endswith("*")
        if starred:
            lines[0] = lines[0].rstrip().rstrip("*").rstrip()
        title, body = split_title("\n".join(lines))
        drafts.append(_draft(parse_date(match.group(1)), title, body, starred))
    return drafts


def parse_json(text: str) -> list[EntryDraft]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidInputError("That file is not valid JSON; nothing was imported.") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise InvalidInputError("That JSON is not a jrnl export (it has no entries list); nothing was imported.")
    drafts = []
    for number, item in enumerate(data["entries"], 1):
        if not isinstance(item, dict):
            raise InvalidInputError(f"Entry {number} in that jrnl export is damaged; nothing was imported.")
        date = parse_date(f"{item.get('date', '')} {item.get('time', '00:00')}".strip())
        title, body = item.get("title", ""), item.get("body", "")
        tags = item.get("tags", [])
        if (
            date is None
            or not isinstance(title, str)
            or not isinstance(body, str)
            or not isinstance(tags, list)
            or not all(isinstance(t, str) for t in tags)
        ):
            raise InvalidInputError(f"Entry {number} in that jrnl export is damaged; nothing was imported.")
        clean_tags = tuple(dict.fromkeys(t.lstrip("@#").lower() for t in tags if t.lstrip("@#")))
        drafts.append(_draft(date, title, body, item.get("starred") is True, clean_tags))
    return drafts


def parse(raw: bytes) -> list[EntryDraft]:
    """Either jrnl format, told apart by content."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise InvalidInputError("That file is too large to import in one go.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError("That file is not UTF-8 text; nothing was imported.") from exc
    if text.lstrip().startswith("{"):
        return parse_json(text)
    return parse_text(text)
