"""The shipped JSON Schema and the docs describe the same rules the validator enforces."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from companion.exercises import validate as v

SCHEMA = json.loads(resources.files("companion.exercises").joinpath("exercise.schema.json").read_text("utf-8"))
DOCS = Path(__file__).resolve().parents[3] / "docs" / "exercise-format.md"


def test_schema_fields_match_the_validator():
    defs = SCHEMA["$defs"]
    assert set(SCHEMA["properties"]) == set(v.EXERCISE_REQUIRED + v.EXERCISE_OPTIONAL)
    assert SCHEMA["required"] == list(v.EXERCISE_REQUIRED)
    assert set(defs["step"]["properties"]) == set(v.STEP_REQUIRED + v.STEP_OPTIONAL)
    assert set(defs["breathing"]["properties"]) == set(v.BREATHING_FIELDS)
    assert set(defs["phase"]["properties"]) == set(v.PHASE_FIELDS)
    assert set(defs["notice"]["properties"]) == set(v.NOTICE_REQUIRED + v.NOTICE_OPTIONAL)
    assert set(defs["variant"]["properties"]) == set(v.VARIANT_FIELDS)
    assert set(defs["translation"]["properties"]) == set(v.TRANSLATION_FIELDS)
    for d in (SCHEMA, *(defs[k] for k in ("step", "breathing", "phase", "notice", "variant", "translation"))):
        assert d["additionalProperties"] is False


def test_schema_limits_and_choices_match_the_validator():
    props, defs = SCHEMA["properties"], SCHEMA["$defs"]
    assert props["category"]["enum"] == list(v.CATEGORIES)
    assert props["intensity"]["enum"] == list(v.INTENSITIES)
    assert defs["phase"]["properties"]["kind"]["enum"] == list(v.PHASE_KINDS)
    assert props["steps"]["maxItems"] == v.MAX_STEPS
    assert defs["text"]["maxLength"] == v.MAX_TEXT and defs["title"]["maxLength"] == v.MAX_TITLE
    assert defs["breathing"]["properties"]["cycles"]["maximum"] == v.MAX_CYCLES
    assert (defs["seconds"]["minimum"], defs["seconds"]["maximum"]) == (v.MIN_SECONDS, v.MAX_SECONDS)
    assert defs["breathing"]["properties"]["phases"]["maxItems"] == v.MAX_PHASES
    assert defs["text_list"]["maxItems"] == v.MAX_LIST_ITEMS
    assert props["variants"]["maxItems"] == v.MAX_VARIANTS
    assert props["format_version"]["const"] == v.FORMAT_VERSION


def test_docs_mention_every_field_and_the_plain_text_rule():
    text = DOCS.read_text("utf-8")
    fields = set(v.EXERCISE_REQUIRED + v.EXERCISE_OPTIONAL + v.STEP_OPTIONAL + v.NOTICE_OPTIONAL
                 + v.TRANSLATION_FIELDS + v.STEP_TEXT_FIELDS)
    for name in fields:
        assert f"`{name}`" in text, name
    for choice in v.CATEGORIES + v.INTENSITIES + v.PHASE_KINDS:
        assert f"`{choice}`" in text or f'"{choice}"' in text, choice
    assert "plain text" in text.lower() and "never interprets" in text
