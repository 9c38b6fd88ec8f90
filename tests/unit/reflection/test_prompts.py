"""The shipped prompt library and the rules every prompt (shipped or personal) must pass."""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from companion.errors import InvalidInputError
from companion.reflection.prompts import (
    CATEGORIES,
    Prompt,
    PromptValidationError,
    filter_prompts,
    load_prompt_library,
    make_personal_prompt,
    merge_prompts,
    parse_prompt_library,
    validate_prompt,
)


@pytest.fixture(scope="module")
def raw_file() -> dict:
    return json.loads(resources.files("companion.reflection.data").joinpath("prompts.json").read_text("utf-8"))


def test_shipped_library_validates_with_enough_prompts_in_every_category():
    library = load_prompt_library()
    assert len(library.prompts) >= 60
    assert [c.id for c in library.categories] == list(CATEGORIES)
    for category in CATEGORIES:
        assert len(library.in_category(category)) >= 5, category
        assert library.title(category)
    ids = [p.id for p in library.prompts]
    assert len(ids) == len(set(ids))


def test_shipped_prompts_are_invitations_without_assumptions():
    # Words that would assume a person has safe family, a partner or a safe place.
    assumptions = ("your family", "your partner", "your mother", "your father", "your safe place", "your home")
    commands = ("you must", "you should", "write about", "describe ", "think of ")
    for prompt in load_prompt_library().prompts:
        lowered = prompt.text.lower()
        assert not any(word in lowered for word in assumptions), prompt.id
        assert not any(lowered.startswith(word) or f". {word}" in lowered for word in commands), prompt.id
        assert not prompt.personal


def test_every_trigger_prompt_has_a_content_note():
    triggers = load_prompt_library().in_category("triggers")
    assert triggers and all(p.content_note for p in triggers)


def test_unknown_field_is_refused(raw_file):
    broken = copy.deepcopy(raw_file)
    broken["prompts"][0]["colour"] = "red"
    with pytest.raises(PromptValidationError, match="colour"):
        parse_prompt_library(broken)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"category": "chores"}, "unknown category"),
        ({"text": "   "}, "cannot be empty"),
        ({"text": "x" * 401}, "longer than 400"),
        ({"id": "Has Spaces"}, "prompt id"),
        ({"content_note": "n" * 201}, "longer than 200"),
        ({"text": "a\x07bell"}, "control character"),
        ({"translations": {"english!": {"text": "x"}}}, "language code"),
        ({"translations": {"es": {"text": "hola", "extra": 1}}}, "extra"),
        ({"translations": {"es": {"content_note": "sin texto"}}}, "cannot be empty"),
    ],
)
def test_bad_prompts_are_refused_with_one_sentence(change, message):
    raw = {"id": "strengths-x", "category": "strengths", "text": "Is there something?"} | change
    with pytest.raises(PromptValidationError, match=message) as caught:
        validate_prompt(raw)
    assert isinstance(caught.value, InvalidInputError)
    assert str(caught.value).endswith(".")


def test_file_must_list_every_category_once_and_unique_ids(raw_file):
    missing = copy.deepcopy(raw_file)
    missing["categories"].pop()
    with pytest.raises(PromptValidationError, match="every prompt category"):
        parse_prompt_library(missing)
    duplicate = copy.deepcopy(raw_file)
    duplicate["prompts"].append(duplicate["prompts"][0])
    with pytest.raises(PromptValidationError, match="share the id"):
        parse_prompt_library(duplicate)
    with pytest.raises(PromptValidationError, match="different version"):
        parse_prompt_library(raw_file | {"version": 99})


def test_translations_are_supported_and_fall_back_to_english():
    prompt = validate_prompt(
        {
            "id": "rest-x",
            "category": "rest",
            "text": "What feels restful?",
            "content_note": "English note.",
            "translations": {"es": {"text": "¿Qué te resulta reparador?"}},
        }
    )
    assert prompt.text_for("es") == "¿Qué te resulta reparador?"
    assert prompt.text_for("es-MX") == "¿Qué te resulta reparador?"
    assert prompt.text_for("fr") == "What feels restful?"
    assert prompt.text_for(None) == "What feels restful?"
    assert prompt.content_note_for("es") == "English note."


def test_personal_prompts_merge_and_collisions_are_refused():
    shipped = list(load_prompt_library().prompts)
    mine = make_personal_prompt("personal-1", "hopes", "What would I tell\nmy younger self?")
    merged = merge_prompts(shipped, [mine])
    assert merged[-1].personal and merged[-1].text.endswith("younger self?")
    assert len(merged) == len(shipped) + 1
    plain = Prompt("personal-2", "rest", "A quiet question?")
    assert merge_prompts([], [plain])[0].personal
    with pytest.raises(PromptValidationError, match="share the id"):
        merge_prompts(shipped, [make_personal_prompt(shipped[0].id, "rest", "Copy?")])
    with pytest.raises(PromptValidationError, match="unknown category"):
        make_personal_prompt("personal-3", "nope", "Text?")


def test_filter_by_category():
    prompts = load_prompt_library().prompts
    assert {p.category for p in filter_prompts(prompts, category="people")} == {"people"}
    assert len(filter_prompts(prompts)) == len(prompts)
    with pytest.raises(PromptValidationError):
        filter_prompts(prompts, category="nope")
