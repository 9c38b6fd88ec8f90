"""Reading our own JSON export (docs/export-format.md) back. Pure.

Everything a person wrote or chose round-trips: date, title, body, tags, pinned,
share state, content note, "never resurface" and the prompt answered. Ids, uuids and
timestamps of the old vault are not carried over (the new vault makes its own).
"""

from __future__ import annotations

import json
from datetime import datetime

from companion.errors import InvalidInputError
from companion.journal.model import EntryDraft, ShareState

FORMAT = "companion-export"
SUPPORTED_VERSION = 1
MAX_BYTES = 512 * 1024 * 1024


def _damaged(number: int) -> InvalidInputError:
    return InvalidInputError(f"Entry {number} in that Companion export is damaged; nothing was imported.")


def parse(raw: bytes, skipped: list[str] | None = None) -> list[EntryDraft]:
    if len(raw) > MAX_BYTES:
        raise InvalidInputError("That file is too large to import in one go; nothing was imported.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInputError("That file is not valid JSON; nothing was imported.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInputError("That JSON is not a Companion export; nothing was imported.")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidInputError("That Companion export has no format version; nothing was imported.")
    if version > SUPPORTED_VERSION:
        raise InvalidInputError(
            "That export was made by a newer version of Companion; please update before importing it."
        )
    if version < 1 or not isinstance(data.get("entries"), list):
        raise InvalidInputError("That Companion export has no entries list; nothing was imported.")
    drafts: list[EntryDraft] = []
    for number, item in enumerate(data["entries"], 1):
        if not isinstance(item, dict):
            raise _damaged(number)
        date, title, body = item.get("date"), item.get("title", ""), item.get("body", "")
        tags = item.get("tags", [])
        state = item.get("share_state", "private")
        note = item.get("content_note", "")
        prompt = item.get("prompt_id")
        flags = [item.get("pinned", False), item.get("never_resurface", False)]
        if (
            not isinstance(date, str)
            or not isinstance(title, str)
            or not isinstance(body, str)
            or not isinstance(note, str)
            or not isinstance(tags, list)
            or not all(isinstance(t, str) for t in tags)
            or not all(isinstance(f, bool) for f in flags)
            or state not in {s.value for s in ShareState}
            or not (prompt is None or isinstance(prompt, str))
        ):
            raise _damaged(number)
        try:
            datetime.strptime(date, "%Y-%m-%d %H:%M")
        except ValueError as exc:
            raise _damaged(number) from exc
        if item.get("deleted_at"):
            if skipped is not None:
                skipped.append(f"Entry {number} was in recently deleted when exported; it was not imported.")
            continue
        drafts.append(
            EntryDraft(
                body=body, title=title, tags=tuple(tags), entry_date=date, pinned=flags[0],
                share_state=ShareState(state), content_note=note, never_resurface=flags[1], prompt_id=prompt,
            )
        )
    return drafts
