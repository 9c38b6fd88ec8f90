"""The validator: exact field paths, size limits, types, duplicates, plain text."""

from __future__ import annotations

import json

import pytest

from companion.errors import CompanionError, InvalidInputError
from companion.exercises.model import Exercise
from companion.exercises.validate import (
    MAX_FILE_BYTES, ExerciseValidationError, Problem, exercise_problems, format_path, parse_exercise_json,
)


def paths(data) -> dict[str, str]:
    return {p.path: p.reason for p in exercise_problems(data)}


def test_minimal_exercise_is_valid(docs):
    assert exercise_problems(docs.exercise()) == []


def test_error_type_is_an_invalid_input_error_with_problems(docs):
    with pytest.raises(ExerciseValidationError) as info:
        Exercise.from_dict(docs.exercise(title=5))
    err = info.value
    assert isinstance(err, InvalidInputError) and isinstance(err, CompanionError)
    assert err.exit_code == 10
    assert err.problems == (Problem("title", "must be text, not a number"),)
    assert "title: must be text" in str(err) and "nothing was changed" in str(err)


def test_unknown_fields_are_rejected_at_every_level(docs):
    data = docs.exercise(colour="blue")
    data["steps"][0]["speed"] = 1
    data["steps"][0]["breathing"]["phases"][0]["note"] = "x"
    found = paths(data)
    assert found["colour"] == "is not a known field"
    assert found["steps[0].speed"] == "is not a known field"
    assert found["steps[0].breathing.phases[0].note"] == "is not a known field"


def test_deep_path_for_bad_phase_seconds(docs):
    data = docs.box(cycles=2)
    data["steps"] = [data["steps"][0]] * 4
    data["steps"][3] = json.loads(json.dumps(data["steps"][3]))
    data["steps"][3]["breathing"]["phases"][0]["seconds"] = 0.1
    assert paths(data) == {"steps[3].breathing.phases[0].seconds": "must be between 0.5 and 600"}


@pytest.mark.parametrize("field, value, reason", [
    ("id", "Has Spaces", "must be lowercase letters, digits and single hyphens (at most 64 characters)"),
    ("version", True, "must be a whole number, not true/false"),
    ("version", 1.5, "must be a whole number, not a number"),
    ("title", None, "must be text, not null"),
    ("title", "x" * 121, "is 121 characters long; at most 120 are allowed"),
    ("title", "two\nlines", "must be a single line"),
    ("summary", "   ", "must not be empty"),
    ("summary", "x" * 2001, "is 2001 characters long; at most 2000 are allowed"),
    ("category", "dancing", "must be one of: breathing, senses, body, movement, imagery, cognitive, temperature, unpaced"),
    ("intensity", "extreme", "must be one of: gentle, moderate, strong"),
    ("duration_minutes", float("nan"), "must be a finite number"),
    ("duration_minutes", "5", "must be a number, not text"),
    ("content_notes", "one note", "must be a list, not text"),
    ("cautions", ["x"] * 21, "has 21 items; at most 20 are allowed"),
    ("steps", [], "must not be empty"),
    ("variants", {}, "must be a list, not an object"),
])
def test_bad_values_name_the_field(docs, field, value, reason):
    assert paths(docs.exercise(**{field: value})) == {field: reason}


def test_missing_required_fields(docs):
    data = docs.exercise()
    del data["source"]
    del data["steps"][0]["text"]
    assert paths(data) == {"source": "is required", "steps[0].text": "is required"}


def test_not_an_object():
    assert exercise_problems([1, 2]) == [Problem("", "must be an object, not a list")]


def test_other_format_version_is_refused_without_guessing(docs):
    assert paths(docs.exercise(format_version=2, colour="x")) == {
        "format_version": "is 2; this version of Companion reads format version 1"}


def test_limits_on_steps_cycles_and_seconds(docs):
    step = {"text": "x", "duration_seconds": 1}
    assert paths(docs.exercise(steps=[step] * 201)) == {"steps": "has 201 items; at most 200 are allowed"}
    assert exercise_problems(docs.exercise(steps=[step] * 200)) == []
    data = docs.exercise()
    data["steps"][0]["breathing"]["cycles"] = 51
    assert paths(data) == {"steps[0].breathing.cycles": "must be between 1 and 50"}
    data["steps"][0]["breathing"]["cycles"] = 50
    data["steps"][0]["breathing"]["phases"][0]["seconds"] = 600.5
    assert paths(data) == {"steps[0].breathing.phases[0].seconds": "must be between 0.5 and 600"}
    data["steps"][0]["breathing"]["phases"] = [{"kind": "in", "seconds": 1}] * 9
    assert paths(data) == {"steps[0].breathing.phases": "has 9 items; at most 8 are allowed"}


def test_step_shapes(docs):
    data = docs.exercise(steps=[
        {"text": "a", "duration_seconds": 5, "breathing": {"phases": [{"kind": "in", "seconds": 1}], "cycles": 1}},
        {"text": "b", "breathing": {"phases": [{"kind": "sip", "seconds": 1}], "cycles": 1}},
        {"text": "c", "notice": {"prompt": "name things", "count": 0}},
        {"text": "d", "skippable": "no"},
        {"text": "e", "variant": "eyes-open"},
    ])
    assert paths(data) == {
        "steps[0].duration_seconds": "a breathing step takes its length from its cycles; remove duration_seconds",
        "steps[1].breathing.phases[0].kind": "must be one of: in, hold, out, hold_empty",
        "steps[2].notice.count": "must be between 1 and 20",
        "steps[3].skippable": "must be true or false, not text",
        "steps[4].variant": "names the variant 'eyes-open', which is not in variants",
    }


def test_duplicate_variant_ids_and_variants_without_steps(docs):
    variants = [{"id": "eyes-open", "title": "Open", "description": "d"},
                {"id": "eyes-open", "title": "Again", "description": "d"},
                {"id": "lying", "title": "Lying", "description": "d"}]
    steps = [{"text": "only for open", "variant": "eyes-open"}]
    found = paths(docs.exercise(variants=variants, steps=steps))
    assert found["variants[1].id"] == "repeats the variant id 'eyes-open'"
    assert found["variants"] == "variant 'lying' has no steps; every variant needs at least one"


def test_markup_is_plain_text_but_control_characters_are_refused(docs):
    assert exercise_problems(docs.exercise(summary="<b>bold</b> & <script>alert(1)</script>")) == []
    assert Exercise.from_dict(docs.exercise(title="<i>")).title == "<i>"  # kept verbatim, never interpreted
    assert paths(docs.exercise(summary="bad \x1b[2J escape")) == {
        "summary": "contains a control character (U+001B); only newlines and tabs are allowed"}
    assert paths(docs.exercise(summary="half \ud800 pair")) == {
        "summary": "contains a broken character (an unpaired surrogate)"}
    assert exercise_problems(docs.exercise(summary="line one\n\tline two")) == []


def test_odd_field_names_are_quoted_safely_in_paths(docs):
    found = paths(docs.exercise(**{"\x1b[31mred": 1, "x" * 100: 2}))
    assert '["\\u001b[31mred"]' in found
    assert any(p.startswith('["' + "x" * 40 + '..."]') for p in found)
    assert format_path(("steps", 3, "breathing", "phases", 0, "seconds")) == "steps[3].breathing.phases[0].seconds"


def test_problem_list_is_capped(docs):
    many = docs.exercise(steps=[{"text": 1}] * 200)
    problems = exercise_problems(many)
    assert len(problems) == 101 and problems[-1].reason == "there are more problems; fix these first"


def test_translations_shape(docs):
    data = docs.exercise(
        content_notes=["a note"],
        variants=[{"id": "eyes-open", "title": "Open", "description": "d"}],
        steps=[{"text": "one"}, {"text": "two", "notice": {"prompt": "p"}}],
        translations={
            "es": {"title": "Pequeño", "content_notes": [], "variants": {"nope": {"title": "x"}},
                   "steps": [{"notice_prompt": "p"}, None]},
            "english please": {},
            "fr": {"steps": [None]},
            "de": {"cautions": ["x"], "colour": "x"},
        },
    )
    found = paths(data)
    assert found == {
        "translations.es.content_notes": "has 0 items but the exercise has 1; translate each one",
        "translations.es.variants.nope": "is not a variant of this exercise",
        "translations.es.steps[0].notice_prompt": "that step has no notice prompt to translate",
        'translations["english please"]': "is not a language code like 'es' or 'pt-BR'",
        "translations.fr.steps": "has 1 entries but the exercise has 2 steps; use null for a step that keeps its text",
        "translations.de.cautions": "has 1 items but the exercise has 0; translate each one",
        "translations.de.colour": "is not a known field",
    }


def test_parse_refuses_oversize_duplicates_nan_and_deep_nesting(docs):
    raw = json.dumps(docs.exercise()).encode()
    assert parse_exercise_json(raw)["id"] == "tiny"
    big = raw[:-1] + b"," + b'"pad": "' + b"x" * MAX_FILE_BYTES + b'"}'
    cases = {
        big: f"is {len(big)} bytes; at most {MAX_FILE_BYTES} bytes are allowed",
        b'{"id": "a", "id": "b"}': "appears twice",
        b'{"duration_minutes": NaN}': "not valid JSON",
        b"[" * 100_000 + b"]" * 100_000: "nested too deeply",
        b"\xff\xfe": "not valid UTF-8",
        b'{"version": ' + b"9" * 5000 + b"}": "not valid JSON",
        b"{": "not valid JSON (line 1, column 2)",
    }
    for raw_case, expected in cases.items():
        with pytest.raises(ExerciseValidationError) as info:
            parse_exercise_json(raw_case)
        assert len(info.value.problems) == 1
        assert expected in info.value.problems[0].reason, (raw_case[:20], info.value.problems)


def test_bom_is_accepted(docs):
    raw = b"\xef\xbb\xbf" + json.dumps(docs.exercise()).encode()
    assert parse_exercise_json(raw)["id"] == "tiny"
