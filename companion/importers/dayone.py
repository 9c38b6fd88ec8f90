"""Reading a Day One JSON export: the zip it makes, or the bare `<Journal>.json`. Pure.

Each journal file is `{"metadata": {...}, "entries": [...]}`; an entry has `text`
(Markdown), `creationDate` (ISO 8601, UTC), optionally `timeZone` (an IANA name),
`tags`, `starred` and `uuid`. Photos, audio, video and PDFs are not imported: the
references to them (`![](dayone-moment://...)`) are taken out of the text and counted
in the report. Location, weather and device details are never read.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from companion.errors import InvalidInputError
from companion.importers import archive
from companion.journal.model import EntryDraft

MAX_JSON_BYTES = archive.MAX_MEMBER_BYTES
_MEDIA = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_MEDIA_DIRS = {"photos", "audios", "videos", "pdfs", "attachments"}
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def _local(created: datetime, zone: object) -> datetime:
    if isinstance(zone, str) and zone:
        try:
            from zoneinfo import ZoneInfo

            return created.astimezone(ZoneInfo(zone))
        except Exception:  # noqa: BLE001 - unknown zone or no tz database: fall back to this device's zone
            pass
    return created.astimezone()


def _date(raw: object) -> datetime | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _split(text: str) -> tuple[str, str]:
    """A first-line Markdown heading becomes the title; otherwise there is no title."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    heading = _HEADING.match(first)
    if heading and heading.group(1):
        return heading.group(1), rest.strip()
    return "", stripped


def parse_journal(data: object, name: str, skipped: list[str]) -> list[EntryDraft]:
    if isinstance(data, dict) and data.get("format") == "companion-export":
        raise InvalidInputError(f"{name} is a Companion export, not a Day One one; import it as json instead.")
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise InvalidInputError(f"{name} is not a Day One journal (it has no entries list); nothing was imported.")
    drafts = []
    media = 0
    for number, item in enumerate(data["entries"], 1):
        if not isinstance(item, dict):
            raise InvalidInputError(f"Entry {number} in {name} is damaged; nothing was imported.")
        created = _date(item.get("creationDate"))
        text = item.get("text", "")
        tags = item.get("tags", [])
        if (
            created is None
            or not isinstance(text, str)
            or not isinstance(tags, list)
            or not all(isinstance(t, str) for t in tags)
        ):
            raise InvalidInputError(f"Entry {number} in {name} is damaged; nothing was imported.")
        found = len(_MEDIA.findall(text))
        if found:
            media += found
            text = _BLANKS.sub("\n\n", _MEDIA.sub("", text))
        if not text.strip():
            skipped.append(f"An entry in {name} has no text (only photos or other media).")
            continue
        title, body = _split(text)
        drafts.append(
            EntryDraft(
                title=title,
                body=body,
                tags=tuple(dict.fromkeys(t.strip() for t in tags if t.strip())),
                entry_date=_local(created, item.get("timeZone")).strftime("%Y-%m-%d %H:%M"),
                pinned=item.get("starred") is True,
            )
        )
    if media:
        skipped.append(f"{media} photo or media reference(s) in {name} were left out; only text is imported.")
    return drafts


def _decode(raw: bytes, name: str) -> object:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInputError(f"{name} is not valid JSON; nothing was imported.") from exc


def parse_path(path: Path, skipped: list[str]) -> list[EntryDraft]:
    """A Day One export zip or a bare journal JSON file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise InvalidInputError(f"{path} could not be read; nothing was imported.") from exc
    if head.startswith(b"PK"):
        return _parse_zip(path, skipped)
    if path.stat().st_size > MAX_JSON_BYTES:
        raise InvalidInputError("That file is too large to import in one go; nothing was imported.")
    return parse_journal(_decode(path.read_bytes(), path.name), path.name, skipped)


def _parse_zip(path: Path, skipped: list[str]) -> list[EntryDraft]:
    what = "Day One export"
    with archive.open_archive(path, what) as zf:
        infos = archive.members(zf, what)
        journals = []
        ignored = 0
        for info in infos:
            parts = PurePosixPath(info.filename.replace("\\", "/")).parts
            if parts[-1].startswith(".") or any(p.lower() in _MEDIA_DIRS for p in parts[:-1]):
                ignored += 1
                continue
            if parts[-1].lower().endswith(".json") and not parts[0].startswith("__MACOSX"):
                journals.append(info)
            else:
                ignored += 1
        if not journals:
            raise InvalidInputError("That zip has no Day One journal (.json) inside; nothing was imported.")
        drafts: list[EntryDraft] = []
        for info in sorted(journals, key=lambda i: i.filename):
            name = PurePosixPath(info.filename).name
            drafts += parse_journal(_decode(archive.read_member(zf, info, what), name), name, skipped)
        if ignored:
            skipped.append(f"{ignored} media or other file(s) in the zip were not imported.")
    return drafts
