"""Prompt of the day: a pure, deterministic choice from the date, the prompts, the history and the settings.

Why pure: the UI, the CLI and tests must all agree on "today's prompt" without sharing
state, and nothing random may leak between runs. The caller records what happened
(shown, skipped, used) and passes that history back in.

Rules:
- Stable within a day: once a prompt was shown (or used) today and not skipped, it stays.
- Skipping gives another prompt for the same day; every prompt skipped today is left out.
  When every eligible prompt was skipped today there is nothing more to offer (None).
- No repeats for a long while: prompts never seen come first; after that only the least
  recently seen fifth are candidates, so at least 80% of the eligible prompts are seen
  (shown, skipped or used) between two showings of the same prompt.
- Prompts with a content note are only offered if the person opted in; turned off means None.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from companion.errors import InvalidInputError
from companion.reflection.prompts import Prompt

ACTIONS: tuple[str, ...] = ("shown", "skipped", "used")
MIN_COVERAGE = 0.8


@dataclass(frozen=True)
class PromptEvent:
    """Something that happened to a prompt on a day. A datetime is accepted and reduced to its date."""

    day: date
    prompt_id: str
    action: str

    def __post_init__(self) -> None:
        if isinstance(self.day, datetime):
            object.__setattr__(self, "day", self.day.date())
        elif not isinstance(self.day, date):
            raise InvalidInputError("A prompt history entry needs a date.")
        if self.action not in ACTIONS:
            raise InvalidInputError(f"A prompt history entry has an unknown action: {str(self.action)[:20]!r}.")


@dataclass(frozen=True)
class RotationSettings:
    enabled: bool = True
    excluded_categories: frozenset[str] = field(default_factory=frozenset)
    include_content_notes: bool = False
    seed: str = ""  # per-vault value so two people do not see the same order; may stay empty

    def __post_init__(self) -> None:
        object.__setattr__(self, "excluded_categories", frozenset(self.excluded_categories))


def eligible_prompts(prompts: Iterable[Prompt], settings: RotationSettings) -> list[Prompt]:
    """The prompts the person has allowed as prompt of the day."""
    return [
        p
        for p in prompts
        if p.category not in settings.excluded_categories and (settings.include_content_notes or not p.content_note)
    ]


def prompt_of_the_day(
    day: date,
    prompts: Sequence[Prompt],
    history: Iterable[PromptEvent],
    settings: RotationSettings | None = None,
) -> Prompt | None:
    """Today's prompt, or None when turned off, nothing is eligible, or everything was skipped today.

    `history` must be in the order things happened (oldest first); events after `day` are ignored.
    """
    settings = settings or RotationSettings()
    if not settings.enabled:
        return None
    eligible = eligible_prompts(prompts, settings)
    if not eligible:
        return None
    by_id = {p.id: p for p in eligible}
    events = sorted((e for e in history if e.day <= day), key=lambda e: e.day)  # stable: keeps in-day order
    today = [e for e in events if e.day == day]
    skipped_today = {e.prompt_id for e in today if e.action == "skipped"}

    for event in reversed(today):
        if event.action != "skipped" and event.prompt_id not in skipped_today and event.prompt_id in by_id:
            return by_id[event.prompt_id]

    candidates = [p for p in eligible if p.id not in skipped_today]
    if not candidates:
        return None
    pool = _least_recently_seen(candidates, events, len(eligible))
    return min(pool, key=lambda p: _draw(settings.seed, day, p.id))


def _least_recently_seen(candidates: list[Prompt], events: list[PromptEvent], eligible_count: int) -> list[Prompt]:
    last_seen: dict[str, int] = {}
    for position, event in enumerate(events):
        last_seen[event.prompt_id] = position
    unseen = [p for p in candidates if p.id not in last_seen]
    if unseen:
        return unseen
    pool_size = max(1, math.floor(eligible_count * (1 - MIN_COVERAGE)))
    return sorted(candidates, key=lambda p: last_seen[p.id])[:pool_size]


def _draw(seed: str, day: date, prompt_id: str) -> bytes:
    """A stable pseudo-random rank; sha256 so it never depends on Python's hash seed or list order."""
    return hashlib.sha256(f"{seed}\x1f{day.isoformat()}\x1f{prompt_id}".encode()).digest()
