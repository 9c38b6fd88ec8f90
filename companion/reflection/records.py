"""Personal records: trigger and coping logs, strengths, milestones, people, the coping plan.

Each is a validated dataclass, so the store and the UI can trust any instance they get.
Almost every field is optional: people write what they can, and a half-filled log is
still worth keeping. "On this day" lives here too because it decides what may resurface.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Protocol, TypeVar

from companion.errors import InvalidInputError
from companion.reflection._validate import clean_text, clean_text_list, require_int, required_text

MAX_SHORT = 200
MAX_LONG = 4000
MAX_PLAN_ITEMS = 30
MAX_PLAN_ITEM_LEN = 500


def _check_id(value: object, what: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InvalidInputError(f"The id of {what} must be a positive whole number.")


def _check_datetime(value: object, what: str) -> None:
    if not isinstance(value, datetime):
        raise InvalidInputError(f"{what} needs the date and time it was written.")


TRIGGER_LOG_TAG = "trigger log"  # every log carries it, so the journal can find them all

# Field -> plain label, in the order the form asks (the UI may reuse these as defaults).
TRIGGER_LOG_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "what_happened": "What happened",
        "noticed_body": "What I noticed in my body",
        "noticed_mind": "What I noticed in my mind",
        "what_i_did": "What I did",
        "what_helped": "What helped",
        "next_time": "What I might try next time",
    }
)


@dataclass(frozen=True)
class TriggerLog:
    """What happened, what was noticed, what helped. Any part may be left blank, but not all of it."""

    created_at: datetime
    what_happened: str | None = None
    noticed_body: str | None = None
    noticed_mind: str | None = None
    intensity: int | None = None
    what_i_did: str | None = None
    what_helped: str | None = None
    next_time: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_datetime(self.created_at, "A log")
        for name, label in TRIGGER_LOG_LABELS.items():
            object.__setattr__(
                self, name, clean_text(getattr(self, name), label=f"'{label}'", max_len=MAX_LONG, multiline=True)
            )
        require_int(self.intensity, label="Intensity", low=0, high=10, optional=True)
        _check_id(self.id, "a log")
        if self.intensity is None and all(getattr(self, name) is None for name in TRIGGER_LOG_LABELS):
            raise InvalidInputError("There is nothing in this log yet.")


_INTENSITY_LINE = re.compile(r"\*\*Intensity:\*\* *(\d{1,2}) */ *10")


def render_trigger_log(log: TriggerLog) -> str:
    """The journal text of a log: each part under its label, so search and exports see it."""
    parts = []
    for name, label in TRIGGER_LOG_LABELS.items():
        value = getattr(log, name)
        if value:
            parts.append(f"**{label}**\n\n{value}")
    if log.intensity is not None:
        parts.insert(1 if log.what_happened else 0, f"**Intensity:** {log.intensity}/10")
    return "\n\n".join(parts)


def parse_trigger_log(body: str, created_at: datetime, entry_id: int | None = None) -> TriggerLog:
    """Read a log back from its journal text, which may have been edited in the journal since.

    Headings may come in any order and parts may be empty or gone; text outside any heading
    cannot be placed in the form, so that is refused rather than dropped.
    """
    headings = {f"**{label}**": name for name, label in TRIGGER_LOG_LABELS.items()}
    values: dict[str, list[str]] = {}
    intensity: int | None = None
    current: list[str] | None = None
    stray: list[str] = []
    for line in body.split("\n"):
        key = line.strip()
        if key in headings:
            current = values.setdefault(headings[key], [])
            continue
        match = _INTENSITY_LINE.fullmatch(key)
        if match:
            intensity, current = int(match.group(1)), None
            continue
        (current if current is not None else stray).append(line)
    if any(line.strip() for line in stray):
        raise InvalidInputError(
            "This log was changed in the journal and has text outside its headings, so it can only be "
            "edited there now; nothing was lost.")
    fields = {name: "\n".join(lines).strip() or None for name, lines in values.items()}
    return TriggerLog(created_at=created_at, intensity=intensity, id=entry_id, **fields)


@dataclass(frozen=True)
class Strength:
    text: str
    created_at: datetime
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", required_text(self.text, label="A strength", max_len=MAX_LONG, multiline=True))
        _check_datetime(self.created_at, "A strength")
        _check_id(self.id, "a strength")


@dataclass(frozen=True)
class Milestone:
    text: str
    date: date
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "text", required_text(self.text, label="A milestone", max_len=MAX_LONG, multiline=True)
        )
        if isinstance(self.date, datetime):
            object.__setattr__(self, "date", self.date.date())
        elif not isinstance(self.date, date):
            raise InvalidInputError("A milestone needs a date.")
        _check_id(self.id, "a milestone")


@dataclass(frozen=True)
class Person:
    """Someone (or somewhere) supportive, typed in by hand: Companion never reads the address book."""

    name: str
    how_to_reach: str | None = None
    note: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, label="A name", max_len=MAX_SHORT))
        object.__setattr__(
            self, "how_to_reach", clean_text(self.how_to_reach, label="How to reach them", max_len=MAX_SHORT)
        )
        object.__setattr__(self, "note", clean_text(self.note, label="The note", max_len=MAX_LONG, multiline=True))
        _check_id(self.id, "a person")


# --- coping plan ------------------------------------------------------------------------------

PLAN_SECTIONS: tuple[tuple[str, str], ...] = (
    ("warning_signs", "Signs that things are getting harder"),
    ("self_help", "Things I can try on my own"),
    ("people_and_places", "People and places that help me feel steadier"),
    ("professionals", "Professionals I can contact"),
    ("crisis_lines", "Support lines"),
)
PLAN_HEADER = "A plan I made for harder moments. Any part of it can help, in any order."
PLAN_FOOTER = "If I am in danger right now, I can call my local emergency number."

_MD_SPECIAL = set("\\`*_[]<>#|~")


@dataclass(frozen=True)
class CopingPlan:
    """Five short lists. An empty plan is valid: people fill it in over time."""

    warning_signs: tuple[str, ...] = ()
    self_help: tuple[str, ...] = ()
    people_and_places: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    crisis_lines: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name, title in PLAN_SECTIONS:
            items = clean_text_list(
                getattr(self, name), label=title, max_items=MAX_PLAN_ITEMS, max_len=MAX_PLAN_ITEM_LEN
            )
            object.__setattr__(self, name, items)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name, _ in PLAN_SECTIONS)

    def to_markdown(self, title: str = "My coping plan", *, include_empty: bool = False) -> str:
        """One printable page: a gentle header line, a heading per section, one bullet per item.

        User text is escaped so a stray '#' or '*' prints as written rather than as formatting.
        Empty sections are left out unless `include_empty`, which leaves room to write by hand.
        """
        lines = [f"# {_escape(title)}", "", f"_{PLAN_HEADER}_", ""]
        for name, heading in PLAN_SECTIONS:
            items: tuple[str, ...] = getattr(self, name)
            if not items and not include_empty:
                continue
            lines += [f"## {heading}", ""]
            if items:
                lines += [_bullet(item) for item in items]
            else:
                lines += ["- ", "- "]
            lines.append("")
        lines.append(f"_{PLAN_FOOTER}_")
        return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    """Backslash-escape Markdown syntax in one stripped line of the person's own text."""
    escaped = "".join(f"\\{c}" if c in _MD_SPECIAL else c for c in text.strip())
    if escaped[:1] in {"-", "+", "="}:  # a list marker, a rule or a heading underline
        return "\\" + escaped
    digits = len(escaped) - len(escaped.lstrip("0123456789"))
    if 0 < digits <= 9 and escaped[digits : digits + 1] in {".", ")"}:  # "1." would start a numbered list
        return escaped[:digits] + "\\" + escaped[digits:]
    return escaped


def _bullet(item: str) -> str:
    first, *rest = [_escape(line) for line in item.splitlines() if line.strip()]
    return "\n".join([f"- {first}"] + [f"  {line}" for line in rest])


# --- on this day ------------------------------------------------------------------------------


class Resurfaceable(Protocol):
    """The minimum "on this day" needs from an entry, check-in or record."""

    @property
    def date(self) -> date: ...

    @property
    def never_resurface(self) -> bool: ...

    @property
    def content_note(self) -> str | None: ...


@dataclass(frozen=True)
class ResurfaceItem:
    """A plain carrier for the protocol, for callers without their own type."""

    date: date
    never_resurface: bool = False
    content_note: str | None = None
    id: int | None = None


T = TypeVar("T", bound=Resurfaceable)


def on_this_day(entries: Iterable[T], today: date, include_sensitive: bool = False) -> list[T]:
    """Items from this month and day in earlier years, most recent year first.

    `never_resurface` is the person's explicit wish and is always honoured;
    `include_sensitive` only lets items with a content note through. Items from
    29 February show on 28 February in years without one.
    """
    if isinstance(today, datetime):
        today = today.date()
    matches: list[T] = []
    for item in entries:
        day = item.date.date() if isinstance(item.date, datetime) else item.date
        if day.year >= today.year or item.never_resurface:
            continue
        if item.content_note and not include_sensitive:
            continue
        if (day.month, day.day) == (today.month, today.day) or _leap_day_shown_today(day, today):
            matches.append(item)
    matches.sort(key=lambda item: item.date.date() if isinstance(item.date, datetime) else item.date, reverse=True)
    return matches


def _leap_day_shown_today(day: date, today: date) -> bool:
    if (day.month, day.day) != (2, 29) or (today.month, today.day) != (2, 28):
        return False
    try:
        date(today.year, 2, 29)
    except ValueError:
        return True
    return False
