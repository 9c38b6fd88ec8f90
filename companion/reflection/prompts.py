"""Reflection prompts: the model, the shipped library, and the checks both shipped and personal prompts pass.

Prompts are data, not code, so wording can be reviewed and translated without touching
logic. Every field is checked on load: a damaged or tampered file is refused with one
sentence instead of showing half a prompt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

from companion.errors import InvalidInputError
from companion.reflection._validate import clean_text, reject_unknown_fields, require_fields, required_text

CATEGORIES: tuple[str, ...] = (
    "strengths",
    "milestones",
    "boundaries",
    "triggers",
    "rest",
    "hopes",
    "after_group",
    "preparing_to_share",
    "people",
)

MAX_ID_LEN = 64
MAX_TEXT_LEN = 400
MAX_CONTENT_NOTE_LEN = 200
MAX_TITLE_LEN = 60
MAX_DESCRIPTION_LEN = 200

_ID_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
_PROMPT_FIELDS = {"id", "category", "text", "content_note", "translations"}
_TRANSLATION_FIELDS = {"text", "content_note"}
_CATEGORY_FIELDS = {"id", "title", "description"}
_FILE_FIELDS = {"version", "note", "categories", "prompts"}
SUPPORTED_FILE_VERSION = 1


class PromptValidationError(InvalidInputError):
    """A prompt (shipped or personal) that we refuse; nothing was changed."""

    default_message = "That prompt could not be used; nothing was changed."


@dataclass(frozen=True)
class PromptTranslation:
    text: str
    content_note: str | None = None


@dataclass(frozen=True)
class Prompt:
    """One invitation to reflect. `personal` prompts are the person's own, kept in their vault."""

    id: str
    category: str
    text: str
    content_note: str | None = None
    translations: Mapping[str, PromptTranslation] = field(
        default_factory=lambda: MappingProxyType({}), hash=False, compare=False
    )
    personal: bool = False

    def text_for(self, language: str | None = None) -> str:
        """The text in `language` when we have it, otherwise English (never an empty prompt)."""
        translation = self._translation(language)
        return translation.text if translation else self.text

    def content_note_for(self, language: str | None = None) -> str | None:
        """A translated content note, falling back to English so a note is never silently lost."""
        translation = self._translation(language)
        if translation and translation.content_note:
            return translation.content_note
        return self.content_note

    def _translation(self, language: str | None) -> PromptTranslation | None:
        if not language:
            return None
        return self.translations.get(language) or self.translations.get(language.split("-")[0])


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class PromptLibrary:
    """The shipped prompts and category titles, in the order they appear in the file."""

    categories: tuple[Category, ...]
    prompts: tuple[Prompt, ...]

    def title(self, category: str) -> str:
        for item in self.categories:
            if item.id == category:
                return item.title
        raise PromptValidationError(f"There is no prompt category called '{category}'.")

    def in_category(self, category: str) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.category == category)


def validate_prompt(raw: Mapping[str, Any], *, personal: bool = False) -> Prompt:
    """Build a Prompt from untrusted fields (the JSON file or a personal prompt from the store)."""
    reject_unknown_fields(raw, _PROMPT_FIELDS, what="A prompt", error=PromptValidationError)
    require_fields(raw, ("id", "category", "text"), what="A prompt", error=PromptValidationError)
    prompt_id = raw["id"]
    if not isinstance(prompt_id, str) or len(prompt_id) > MAX_ID_LEN or not _ID_RE.match(prompt_id):
        raise PromptValidationError(
            f"A prompt id must be up to {MAX_ID_LEN} lowercase letters, digits, '-' or '_' "
            f"(got {str(prompt_id)[:80]!r})."
        )
    category = raw["category"]
    if category not in CATEGORIES:
        raise PromptValidationError(f"Prompt '{prompt_id}' has an unknown category: {str(category)[:40]!r}.")
    text = required_text(
        raw["text"],
        label=f"The text of prompt '{prompt_id}'",
        max_len=MAX_TEXT_LEN,
        multiline=personal,
        error=PromptValidationError,
    )
    note = clean_text(
        raw.get("content_note"),
        label=f"The content note of prompt '{prompt_id}'",
        max_len=MAX_CONTENT_NOTE_LEN,
        error=PromptValidationError,
    )
    translations = _validate_translations(raw.get("translations"), prompt_id)
    return Prompt(prompt_id, category, text, note, translations, personal)


def _validate_translations(raw: object, prompt_id: str) -> Mapping[str, PromptTranslation]:
    if raw is None:
        return MappingProxyType({})
    if not isinstance(raw, Mapping):
        raise PromptValidationError(f"The translations of prompt '{prompt_id}' are not a set of languages.")
    result: dict[str, PromptTranslation] = {}
    for language, fields in raw.items():
        if not isinstance(language, str) or not _LANG_RE.match(language):
            raise PromptValidationError(f"Prompt '{prompt_id}' has a translation with an unknown language code.")
        what = f"The '{language}' translation of prompt '{prompt_id}'"
        reject_unknown_fields(fields, _TRANSLATION_FIELDS, what=what, error=PromptValidationError)
        text = required_text(fields.get("text"), label=what, max_len=MAX_TEXT_LEN, error=PromptValidationError)
        note = clean_text(
            fields.get("content_note"),
            label=f"{what} (content note)",
            max_len=MAX_CONTENT_NOTE_LEN,
            error=PromptValidationError,
        )
        result[language] = PromptTranslation(text, note)
    return MappingProxyType(result)


def _validate_category(raw: Mapping[str, Any]) -> Category:
    reject_unknown_fields(raw, _CATEGORY_FIELDS, what="A prompt category", error=PromptValidationError)
    require_fields(raw, ("id", "title"), what="A prompt category", error=PromptValidationError)
    if raw["id"] not in CATEGORIES:
        raise PromptValidationError(f"The prompt file lists an unknown category: {str(raw['id'])[:40]!r}.")
    title = required_text(raw["title"], label="A category title", max_len=MAX_TITLE_LEN, error=PromptValidationError)
    description = clean_text(
        raw.get("description"), label="A category description", max_len=MAX_DESCRIPTION_LEN, error=PromptValidationError
    )
    return Category(raw["id"], title, description)


def parse_prompt_library(raw: object) -> PromptLibrary:
    """Validate a whole prompt file: known fields, every category exactly once, unique ids."""
    if not isinstance(raw, Mapping):
        raise PromptValidationError("The prompt file is not a set of named fields.")
    reject_unknown_fields(raw, _FILE_FIELDS, what="The prompt file", error=PromptValidationError)
    require_fields(raw, ("version", "categories", "prompts"), what="The prompt file", error=PromptValidationError)
    if raw["version"] != SUPPORTED_FILE_VERSION:
        raise PromptValidationError("The prompt file is from a different version of Companion.")
    if not isinstance(raw["categories"], list) or not isinstance(raw["prompts"], list):
        raise PromptValidationError("The prompt file's categories and prompts must be lists.")
    categories = tuple(_validate_category(item) for item in raw["categories"])
    if sorted(c.id for c in categories) != sorted(CATEGORIES):
        raise PromptValidationError("The prompt file must list every prompt category exactly once.")
    prompts = tuple(validate_prompt(item) for item in raw["prompts"])
    _require_unique_ids(prompts)
    return PromptLibrary(categories, prompts)


def load_prompt_library() -> PromptLibrary:
    """Read the prompts shipped inside the package (works from a wheel or a source tree)."""
    source = resources.files("companion.reflection.data").joinpath("prompts.json")
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PromptValidationError("The shipped prompt file could not be read.") from exc
    return parse_prompt_library(raw)


def make_personal_prompt(prompt_id: str, category: str, text: str, content_note: str | None = None) -> Prompt:
    """A prompt the person wrote; checked with the same rules as shipped ones (newlines allowed)."""
    raw: dict[str, Any] = {"id": prompt_id, "category": category, "text": text}
    if content_note is not None:
        raw["content_note"] = content_note
    return validate_prompt(raw, personal=True)


def merge_prompts(shipped: Iterable[Prompt], personal: Iterable[Prompt]) -> list[Prompt]:
    """Shipped prompts then personal ones; an id used twice is refused rather than silently shadowed."""
    merged = list(shipped) + [p if p.personal else _as_personal(p) for p in personal]
    _require_unique_ids(merged)
    return merged


def _as_personal(prompt: Prompt) -> Prompt:
    return Prompt(prompt.id, prompt.category, prompt.text, prompt.content_note, prompt.translations, True)


def _require_unique_ids(prompts: Sequence[Prompt]) -> None:
    seen: set[str] = set()
    for prompt in prompts:
        if prompt.id in seen:
            raise PromptValidationError(f"Two prompts share the id '{prompt.id}'.")
        seen.add(prompt.id)


def filter_prompts(prompts: Iterable[Prompt], *, category: str | None = None) -> list[Prompt]:
    if category is not None and category not in CATEGORIES:
        raise PromptValidationError(f"There is no prompt category called '{category}'.")
    return [p for p in prompts if category is None or p.category == category]
