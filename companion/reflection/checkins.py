"""Check-ins: a quick, private note of how things are, in numbers and gentle words.

The scales are fixed here (not in the UI) so stored check-ins, charts and exports agree
on what "2" means. Words are offered alongside numbers because some people would rather
not rate themselves with a number at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from companion.errors import InvalidInputError
from companion.reflection._validate import clean_text, require_int

MOOD_WORDS = MappingProxyType({1: "really hard", 2: "low", 3: "okay-ish", 4: "fairly good", 5: "good"})
ENERGY_WORDS = MappingProxyType({1: "running on empty", 2: "low", 3: "some", 4: "a fair amount", 5: "plenty"})
DISTRESS_MIN, DISTRESS_MAX = 0, 10
DEFAULT_GROUNDING_THRESHOLD = 7  # Seeking Safety suggests grounding when emotional pain is above 6/10
MAX_NOTE_LEN = 2000

# Words for "what is here right now". Heavy and light feelings sit side by side, with no
# ranking: none of them is a wrong thing to feel. Order is the order the UI shows them.
FEELING_WORDS: tuple[str, ...] = (
    "calm",
    "steady",
    "relieved",
    "hopeful",
    "grateful",
    "proud",
    "connected",
    "rested",
    "tired",
    "numb",
    "foggy",
    "far away",
    "tense",
    "on edge",
    "restless",
    "anxious",
    "scared",
    "sad",
    "lonely",
    "angry",
    "irritable",
    "overwhelmed",
    "heavy",
    "tender",
    "unsure",
    "mixed",
)


def mood_word(level: int) -> str:
    require_int(level, label="Mood", low=1, high=5)
    return MOOD_WORDS[level]


def energy_word(level: int) -> str:
    require_int(level, label="Energy", low=1, high=5)
    return ENERGY_WORDS[level]


@dataclass(frozen=True)
class CheckIn:
    """One check-in. Validated on creation, so an invalid check-in cannot exist."""

    created_at: datetime
    mood: int
    distress: int
    energy: int | None = None
    present: tuple[str, ...] = ()
    note: str | None = None
    entry_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.created_at, datetime):
            raise InvalidInputError("A check-in needs the date and time it was made.")
        require_int(self.mood, label="Mood", low=1, high=5)
        require_int(self.distress, label="Distress", low=DISTRESS_MIN, high=DISTRESS_MAX)
        require_int(self.energy, label="Energy", low=1, high=5, optional=True)
        object.__setattr__(self, "present", _clean_present(self.present))
        object.__setattr__(self, "note", clean_text(self.note, label="The note", max_len=MAX_NOTE_LEN, multiline=True))
        for value, label in ((self.entry_id, "The linked entry"), (self.id, "The check-in id")):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise InvalidInputError(f"{label} must be a positive whole number.")

    @property
    def mood_word(self) -> str:
        return MOOD_WORDS[self.mood]

    @property
    def energy_word(self) -> str | None:
        return ENERGY_WORDS[self.energy] if self.energy is not None else None


def _clean_present(words: Iterable[str]) -> tuple[str, ...]:
    """Known words only (so charts and translations stay meaningful); repeats are dropped quietly."""
    if isinstance(words, str) or not isinstance(words, (list, tuple, set, frozenset)):
        raise InvalidInputError("The feelings present must be a list of words.")
    result: list[str] = []
    for word in words:
        if word not in FEELING_WORDS:
            raise InvalidInputError(f"'{str(word)[:40]}' is not one of the feeling words Companion offers.")
        if word not in result:
            result.append(word)
    if isinstance(words, (set, frozenset)):
        result.sort(key=FEELING_WORDS.index)
    return tuple(result)


def should_offer_grounding(checkin: CheckIn, threshold: int = DEFAULT_GROUNDING_THRESHOLD) -> bool:
    """True when distress is at or above the threshold: the UI then *offers* grounding, never forces it."""
    require_int(threshold, label="The grounding threshold", low=DISTRESS_MIN, high=DISTRESS_MAX)
    return checkin.distress >= threshold
