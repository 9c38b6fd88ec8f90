"""Journal entries as plain data. Repositories return these; nothing here touches storage."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class ShareState(str, enum.Enum):
    PRIVATE = "private"
    MAYBE = "maybe"
    READY = "ready"

    @classmethod
    def parse(cls, value: str) -> "ShareState":
        aliases = {"ready-to-share": "ready", "ready_to_share": "ready"}
        try:
            return cls(aliases.get(value.lower(), value.lower()))
        except ValueError as exc:
            from companion.errors import UsageError

            raise UsageError(f"Share state must be private, maybe or ready (got {value!r}).") from exc


ENTRY_DATE_FORMAT = "%Y-%m-%d %H:%M"


def format_entry_date(value: datetime) -> str:
    return value.strftime(ENTRY_DATE_FORMAT)


def fingerprint(entry_date: str, title: str, body: str) -> str:
    """Same date, title and text: the same entry, for skipping duplicates on import."""
    import hashlib

    return hashlib.sha256(f"{entry_date}\x00{title.strip()}\x00{body.strip()}".encode()).hexdigest()


def normalize_tag(tag: str) -> str:
    """Tags are case-insensitive words; a leading # or @ (jrnl style) is dropped."""
    return tag.strip().lstrip("#@").strip()


@dataclass(frozen=True)
class EntryDraft:
    """What a person writes; the store adds ids and timestamps."""

    body: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()
    entry_date: str | None = None  # "YYYY-MM-DD HH:MM", local time; None = now
    pinned: bool = False
    share_state: ShareState = ShareState.PRIVATE
    content_note: str = ""
    never_resurface: bool = False
    prompt_id: str | None = None


@dataclass(frozen=True)
class Entry:
    id: int
    uuid: str
    created_at: str
    updated_at: str
    entry_date: str
    title: str
    body: str
    tags: tuple[str, ...] = ()
    pinned: bool = False
    share_state: ShareState = ShareState.PRIVATE
    content_note: str = ""
    never_resurface: bool = False
    deleted_at: str | None = None
    prompt_id: str | None = None
    kind: str = "entry"  # "entry", or "trigger" for a trigger and coping log
    data: str | None = None  # JSON of a structured kind's fields

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "kind": self.kind,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "date": self.entry_date,
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "pinned": self.pinned,
            "share_state": self.share_state.value,
            "content_note": self.content_note,
            "never_resurface": self.never_resurface,
            "deleted_at": self.deleted_at,
            "prompt_id": self.prompt_id,
        }


@dataclass(frozen=True)
class EntrySummary:
    """One row of a list: enough to show, never the whole body."""

    id: int
    entry_date: str
    title: str
    preview: str
    tags: tuple[str, ...] = ()
    pinned: bool = False
    share_state: ShareState = ShareState.PRIVATE
    has_content_note: bool = False
    kind: str = "entry"

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "date": self.entry_date,
            "title": self.title,
            "preview": self.preview,
            "tags": list(self.tags),
            "pinned": self.pinned,
            "share_state": self.share_state.value,
            "has_content_note": self.has_content_note,
        }


@dataclass(frozen=True)
class SearchHit:
    id: int
    entry_date: str
    title: str
    snippet: str  # with HIGHLIGHT_START / HIGHLIGHT_END around matches
    tags: tuple[str, ...] = ()
    share_state: ShareState = ShareState.PRIVATE
    rank: int = 0  # position in the ranked result, 0 = best

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "date": self.entry_date,
            "title": self.title,
            "snippet": self.snippet,
            "tags": list(self.tags),
            "share_state": self.share_state.value,
            "rank": self.rank,
        }


HIGHLIGHT_START = "\u0002"
HIGHLIGHT_END = "\u0003"


@dataclass
class SearchResult:
    """How many entries match, and the ranked ids fetched so far (the first page at least).

    Ranking every match of a common word costs far more than ranking the top page, so
    further ids are fetched only when a view scrolls to them (see EntryRepository.hits).
    """

    query: "object"
    total: int = 0
    ids: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return self.total
