"""What a person chose to share, and how: a ShareSelection. Pure data, no Qt, no storage.

The wizard builds one of these step by step; `compose()` turns it (plus the chosen
entries) into an ExportDocument; renderers turn that into Markdown, HTML, text or PDF.

Excerpt ranges are Python string indices (code points) into `Entry.body`. Qt's text
cursors count UTF-16 code units instead, so a selection taken from a QTextEdit must be
converted with `index_from_utf16()` first (they differ as soon as the text holds an
emoji or another character outside the Basic Multilingual Plane).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from companion.errors import InvalidInputError
from companion.reflection.records import Milestone, Strength
from companion.reflection.stats import Bucket, ExerciseSummary, TrendSummary

DEFAULT_PLACEHOLDER = "[name]"
MIN_TEXT_SIZE = 8
MAX_TEXT_SIZE = 32
MAX_QUESTIONS = 50
MAX_FREE_TEXT = 20_000


class _Choice(str, enum.Enum):
    """A choice named in text (CLI options, saved recipes): anything else gets one clear sentence."""

    @classmethod
    def parse(cls, value: str):
        try:
            return cls(value.strip().lower())
        except ValueError as exc:
            raise InvalidInputError(cls._refusal().format(value=value)) from exc

    @classmethod
    def _refusal(cls) -> str:
        raise NotImplementedError


class DatePrecision(_Choice):
    EXACT = "exact"  # day and time
    WEEK = "week"  # "Week of 9 March 2026"
    MONTH = "month"  # "March 2026"
    NONE = "none"  # no dates at all

    @classmethod
    def _refusal(cls) -> str:
        return "Dates can be exact, week, month or none (got {value!r})."


class Template(_Choice):
    GROUP = "group"  # large type, neutral header, no dates unless asked for
    PERSONAL = "personal"  # a personal copy: normal type, exact dates by default

    @classmethod
    def _refusal(cls) -> str:
        return "The template can be group or personal (got {value!r})."


class Paper(_Choice):
    A4 = "a4"
    LETTER = "letter"

    @classmethod
    def _refusal(cls) -> str:
        return "The paper size can be a4 or letter (got {value!r})."


TEMPLATE_TEXT_SIZE = {Template.GROUP: 14, Template.PERSONAL: 11}
TEMPLATE_DATES = {Template.GROUP: DatePrecision.NONE, Template.PERSONAL: DatePrecision.EXACT}


# --- entries -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryChoice:
    """One chosen entry: the whole text, or only the given (start, end) ranges of its body.

    Ranges are half-open code-point indices into the body; they are sorted and merged
    when the selection is checked. The title is shared unless `include_title` is False.
    """

    entry_id: int
    excerpts: tuple[tuple[int, int], ...] = ()
    include_title: bool = True

    @property
    def whole(self) -> bool:
        return not self.excerpts

    def checked_excerpts(self, body: str) -> tuple[tuple[int, int], ...]:
        """The excerpts sorted, merged where they touch, and checked against this body."""
        spans = []
        for span in self.excerpts:
            if (
                not isinstance(span, (tuple, list))
                or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            ):
                raise InvalidInputError("An excerpt must be a pair of positions in the entry's text.")
            start, end = span
            if not 0 <= start < end <= len(body):
                raise InvalidInputError(
                    f"An excerpt of entry {self.entry_id} lies outside its text; please choose it again."
                )
            spans.append((start, end))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return tuple(merged)


def index_from_utf16(text: str, position: int) -> int:
    """Convert a Qt (UTF-16 code unit) position in `text` into a Python string index."""
    if position <= 0:
        return 0
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def utf16_from_index(text: str, index: int) -> int:
    """The inverse of `index_from_utf16`: a Python string index as a Qt position."""
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text[: max(0, index)])


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a range so it does not cut a word in half (for the editor to show before confirming).

    Compose never widens ranges itself: what is shared is exactly what was selected.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start > 0 and _is_word_char(text[start - 1]) and start < len(text) and _is_word_char(text[start]):
        start -= 1
    while 0 < end < len(text) and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
        end += 1
    return start, end


def _is_word_char(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char)[0] in "LNM"


# --- optional sections -------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendSection:
    """Check-in facts for a period (from reflection.stats.trend_summary), optionally per bucket."""

    summary: TrendSummary
    buckets: tuple[Bucket, ...] = ()  # e.g. stats.mood_series(..., "week", ...); shown as a small table
    distress_buckets: tuple[Bucket, ...] = ()  # the same periods for distress, optional


@dataclass(frozen=True)
class ExerciseItem:
    """One exercise practised. `helped` is the person's own answer (None = not said)."""

    name: str
    practised: int = 0
    helped: bool | None = None
    note: str = ""
    mean_before: float | None = None
    mean_after: float | None = None

    @classmethod
    def from_summary(
        cls, summary: ExerciseSummary, name: str, *, helped: bool | None = None, note: str = ""
    ) -> "ExerciseItem":
        return cls(
            name=name,
            practised=summary.total_practices,
            helped=helped,
            note=note,
            mean_before=summary.mean_before,
            mean_after=summary.mean_after,
        )


@dataclass(frozen=True)
class ExercisesSection:
    items: tuple[ExerciseItem, ...] = ()


@dataclass(frozen=True)
class StrengthsSection:
    milestones: tuple[Milestone, ...] = ()
    strengths: tuple[Strength | str, ...] = ()


@dataclass(frozen=True)
class Sections:
    """Optional parts after the entries. Empty ones are left out of the output."""

    trend: TrendSection | None = None
    exercises: ExercisesSection | None = None
    strengths: StrengthsSection | None = None
    bring: str = ""  # "What I'd like to bring to the group"
    questions: tuple[str, ...] = ()  # questions for the group

    def kinds(self) -> list[str]:
        """Names of the sections that will appear (for the share log)."""
        found = []
        if self.trend is not None:
            found.append("trend")
        if self.exercises is not None and self.exercises.items:
            found.append("exercises")
        if self.strengths is not None and (self.strengths.milestones or self.strengths.strengths):
            found.append("strengths")
        if self.bring.strip():
            found.append("bring")
        if any(q.strip() for q in self.questions):
            found.append("questions")
        return found


# --- options -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Redaction:
    """A word or phrase to hide, and what to print instead."""

    term: str
    placeholder: str = DEFAULT_PLACEHOLDER


@dataclass(frozen=True)
class ShareOptions:
    redactions: tuple[Redaction, ...] = ()
    dates: DatePrecision | None = None  # None: the template's default (group: none, personal: exact)
    keep_tags: bool = False
    keep_metadata: bool = False  # content notes and the prompt an entry answered
    template: Template = Template.GROUP
    paper: Paper = Paper.A4
    text_size: int | None = None  # points; None: the template's default (group 14, personal 11)
    title: str | None = None  # a header of one's own; None: the template's neutral header
    page_numbers: bool = True  # PDF and print only

    @property
    def effective_dates(self) -> DatePrecision:
        return self.dates if self.dates is not None else TEMPLATE_DATES[self.template]

    @property
    def effective_text_size(self) -> int:
        return self.text_size if self.text_size is not None else TEMPLATE_TEXT_SIZE[self.template]

    def check(self) -> None:
        if not isinstance(self.template, Template):
            raise InvalidInputError("The template can be group or personal.")
        if not isinstance(self.paper, Paper):
            raise InvalidInputError("The paper size can be A4 or Letter.")
        if self.dates is not None and not isinstance(self.dates, DatePrecision):
            raise InvalidInputError("Dates can be exact, week, month or none.")
        size = self.effective_text_size
        if isinstance(size, bool) or not isinstance(size, int) or not MIN_TEXT_SIZE <= size <= MAX_TEXT_SIZE:
            raise InvalidInputError(f"The text size must be between {MIN_TEXT_SIZE} and {MAX_TEXT_SIZE} points.")


@dataclass(frozen=True)
class ShareSelection:
    entries: tuple[EntryChoice, ...] = ()
    sections: Sections = field(default_factory=Sections)
    options: ShareOptions = field(default_factory=ShareOptions)

    @property
    def entry_ids(self) -> list[int]:
        return [choice.entry_id for choice in self.entries]

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.sections.kinds()

    def check(self) -> None:
        """Refuse a selection that could not be exported as chosen (one plain sentence)."""
        self.options.check()
        seen: set[int] = set()
        for choice in self.entries:
            if isinstance(choice.entry_id, bool) or not isinstance(choice.entry_id, int):
                raise InvalidInputError("Each chosen entry needs its number.")
            if choice.entry_id in seen:
                raise InvalidInputError(f"Entry {choice.entry_id} was chosen twice.")
            seen.add(choice.entry_id)
        if len(self.sections.bring) > MAX_FREE_TEXT:
            raise InvalidInputError("What you'd like to bring is too long to print; please shorten it.")
        if len(self.sections.questions) > MAX_QUESTIONS:
            raise InvalidInputError(f"Please keep to {MAX_QUESTIONS} questions or fewer.")
        if self.is_empty:
            raise InvalidInputError("Nothing has been chosen to share yet.")

    def with_options(self, **changes) -> "ShareSelection":
        return replace(self, options=replace(self.options, **changes))


def whole_entries(ids: Iterable[int], options: ShareOptions | None = None) -> ShareSelection:
    """A selection of whole entries (what the CLI builds)."""
    return ShareSelection(
        entries=tuple(EntryChoice(entry_id=i) for i in ids), options=options or ShareOptions()
    )


# --- saved recipes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareRecipe:
    """Saved choices for a recurring occasion ("Tuesday group"): everything but the content."""

    name: str
    template: Template = Template.GROUP
    dates: DatePrecision | None = None
    redactions: tuple[Redaction, ...] = ()
    keep_tags: bool = False
    keep_metadata: bool = False
    paper: Paper = Paper.A4
    text_size: int | None = None

    def apply(self, options: ShareOptions | None = None) -> ShareOptions:
        return replace(
            options or ShareOptions(),
            template=self.template,
            dates=self.dates,
            redactions=self.redactions,
            keep_tags=self.keep_tags,
            keep_metadata=self.keep_metadata,
            paper=self.paper,
            text_size=self.text_size,
        )

    @classmethod
    def from_options(cls, name: str, options: ShareOptions) -> "ShareRecipe":
        return cls(
            name=name,
            template=options.template,
            dates=options.dates,
            redactions=options.redactions,
            keep_tags=options.keep_tags,
            keep_metadata=options.keep_metadata,
            paper=options.paper,
            text_size=options.text_size,
        )

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "template": self.template.value,
            "dates": self.dates.value if self.dates is not None else None,
            "redactions": [{"term": r.term, "placeholder": r.placeholder} for r in self.redactions],
            "keep_tags": self.keep_tags,
            "keep_metadata": self.keep_metadata,
            "paper": self.paper.value,
            "text_size": self.text_size,
        }

    @classmethod
    def from_json(cls, data: object) -> "ShareRecipe":
        if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
            raise InvalidInputError("A saved recipe is damaged (it has no name).")
        try:
            redactions = tuple(
                Redaction(str(r["term"]), str(r.get("placeholder", DEFAULT_PLACEHOLDER)))
                for r in data.get("redactions", [])
            )
            dates = data.get("dates")
            size = data.get("text_size")
            return cls(
                name=data["name"].strip(),
                template=Template.parse(str(data.get("template", "group"))),
                dates=DatePrecision.parse(dates) if isinstance(dates, str) else None,
                redactions=redactions,
                keep_tags=data.get("keep_tags") is True,
                keep_metadata=data.get("keep_metadata") is True,
                paper=Paper.parse(str(data.get("paper", "a4"))),
                text_size=size if isinstance(size, int) and not isinstance(size, bool) else None,
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise InvalidInputError(f"The saved recipe {data['name']!r} is damaged.") from exc


RECIPES_KEY = "share.recipes"


class RecipeBook:
    """Saved recipes, kept in the vault's settings (anything with get(key, default) and set(key, value))."""

    def __init__(self, settings):
        self._settings = settings

    def all(self) -> list[ShareRecipe]:
        raw = self._settings.get(RECIPES_KEY, [])
        recipes = []
        for item in raw if isinstance(raw, list) else []:
            try:
                recipes.append(ShareRecipe.from_json(item))
            except InvalidInputError:
                continue
        return sorted(recipes, key=lambda r: r.name.casefold())

    def get(self, name: str) -> ShareRecipe | None:
        key = name.strip().casefold()
        return next((r for r in self.all() if r.name.casefold() == key), None)

    def save(self, recipe: ShareRecipe) -> None:
        if not recipe.name.strip():
            raise InvalidInputError("Please give the recipe a name.")
        kept = [r for r in self.all() if r.name.casefold() != recipe.name.strip().casefold()]
        self._settings.set(RECIPES_KEY, [r.to_json() for r in [*kept, recipe]])

    def delete(self, name: str) -> bool:
        recipes = self.all()
        kept = [r for r in recipes if r.name.casefold() != name.strip().casefold()]
        self._settings.set(RECIPES_KEY, [r.to_json() for r in kept])
        return len(kept) != len(recipes)


def parse_ids(text: str) -> list[int]:
    """"1,2, 5" -> [1, 2, 5] (for the CLI)."""
    ids: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not (part.isascii() and part.isdigit()):
            raise InvalidInputError(f"Entry numbers are whole numbers separated by commas (got {part!r}).")
        ids.append(int(part))
    return list(dict.fromkeys(ids))


def excerpt_spans(choice: EntryChoice, body: str) -> Sequence[tuple[int, int]]:
    return choice.checked_excerpts(body) if choice.excerpts else ((0, len(body)),)
