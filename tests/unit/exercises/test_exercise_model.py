"""Model round trips and per-language display."""

from __future__ import annotations

import dataclasses

import pytest

from companion.exercises.model import Exercise


def test_round_trip_keeps_every_field(docs):
    data = docs.exercise(
        content_notes=["note"], cautions=["careful"],
        variants=[{"id": "eyes-open", "title": "Open", "description": "Eyes open"},
                  {"id": "eyes-closed", "title": "Closed", "description": "Eyes closed"}],
        steps=[
            {"text": "intro", "skippable": False},
            {"text": "open", "variant": "eyes-open", "duration_seconds": 2.5},
            {"text": "closed", "variant": "eyes-closed", "duration_seconds": 3},
            {"text": "see", "notice": {"prompt": "name five", "count": 5}},
            {"text": "breathe", "breathing": {"phases": [{"kind": "in", "seconds": 4}, {"kind": "hold_empty", "seconds": 0.5}], "cycles": 3}},
        ],
        translations={"es": {"title": "Pequeño", "cautions": ["cuidado"],
                             "variants": {"eyes-open": {"title": "Abiertos"}},
                             "steps": [{"text": "inicio"}, None, None, {"notice_prompt": "nombra cinco"}, None]}},
    )
    exercise = Exercise.from_dict(data)
    assert exercise.to_dict() == data
    assert Exercise.from_dict(exercise.to_dict()) == exercise
    assert exercise.steps[0].skippable is False and exercise.steps[1].skippable is True
    assert exercise.steps[4].breathing.cycle_seconds == 4.5
    assert exercise.steps[4].seconds == 13.5 and exercise.steps[0].seconds is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        exercise.title = "changed"  # type: ignore[misc]


def test_variants_choose_steps_and_first_is_default(docs):
    data = docs.exercise(
        variants=[{"id": "a", "title": "A", "description": "d"}, {"id": "b", "title": "B", "description": "d"}],
        steps=[{"text": "all"}, {"text": "only a", "variant": "a"}, {"text": "only b", "variant": "b"}])
    e = Exercise.from_dict(data)
    assert e.default_variant == "a"
    assert [s.text for s in e.steps_for(None)] == ["all", "only a"]
    assert [s.text for s in e.steps_for("b")] == ["all", "only b"]


def test_localized_overrides_only_what_is_translated(docs):
    data = docs.exercise(
        content_notes=["note"],
        variants=[{"id": "eyes-open", "title": "Open", "description": "Eyes open"}],
        steps=[{"text": "one"}, {"text": "two", "notice": {"prompt": "name"}}],
        translations={"es": {"title": "Uno", "variants": {"eyes-open": {"title": "Abiertos"}},
                             "steps": [None, {"notice_prompt": "nombra"}]}},
    )
    e = Exercise.from_dict(data)
    es = e.localized("es-MX")
    assert es.title == "Uno" and es.summary == e.summary and es.content_notes == ("note",)
    assert es.variants[0].title == "Abiertos" and es.variants[0].description == "Eyes open"
    assert [s.text for s in es.steps] == ["one", "two"]
    assert es.steps[1].notice.prompt == "nombra"
    assert es.translations == ()
    assert e.localized("ES").title == "Uno"
    assert e.localized("fr") == dataclasses.replace(e, translations=())
    assert e.localized(None).title == e.title


def test_from_dict_validates(docs):
    from companion.exercises.validate import ExerciseValidationError

    with pytest.raises(ExerciseValidationError):
        Exercise.from_dict(docs.exercise(steps=[{"text": "x", "variant": "ghost"}]))
