"""The shipped exercises: all valid, sourced, gentle in wording, and safe by default."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from companion.errors import NotFoundError
from companion.exercises.library import ExerciseLibrary
from companion.exercises.model import Exercise
from companion.exercises.validate import CATEGORIES, ExerciseValidationError, exercise_problems
from exercisehelp import all_texts, step_texts

REQUIRED_IDS = {
    "box-breathing", "four-seven-eight-breathing", "resonance-breathing", "long-exhale-breathing",
    "cyclic-sighing", "diaphragmatic-breathing", "five-senses", "mental-grounding", "physical-grounding",
    "soothing-grounding", "orienting", "muscle-relaxation-short", "muscle-relaxation-full",
    "paired-muscle-relaxation", "cold-water-reset", "butterfly-hug", "calm-place", "body-scan",
    "follow-your-breath",
}
CLOSE_EYES = re.compile(r"\bclos\w*\b[^.]*\beyes\b|\beyes\b[^.]*\bclos\w*", re.IGNORECASE)


def _data_files():
    folder = resources.files("companion.exercises.data")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


def test_at_least_sixteen_exercises_covering_every_category(shipped):
    assert len(shipped) >= 16
    assert REQUIRED_IDS <= set(shipped.ids)
    assert {e.category for e in shipped} == set(CATEGORIES)


@pytest.mark.parametrize("entry", _data_files(), ids=lambda f: f.name)
def test_each_file_is_valid_canonical_and_named_for_its_id(entry):
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert exercise_problems(data) == []
    assert entry.name == data["id"] + ".json"
    assert Exercise.from_dict(data).to_dict() == data  # files are in canonical form


def test_every_exercise_cites_a_source(shipped):
    for e in shipped:
        assert len(e.source.strip()) > 15, e.id


def test_default_path_never_asks_to_close_the_eyes(shipped):
    for e in shipped:
        assert not [t for t in step_texts(e.steps_for(None)) if CLOSE_EYES.search(t)], e.id
        for s in e.steps:
            if CLOSE_EYES.search(s.text):  # only ever inside a chosen, non-default variant
                assert s.variant is not None and s.variant != e.default_variant, (e.id, s.text)


def test_exercises_that_invite_closed_eyes_say_open_is_fine_on_the_default_path(shipped):
    mentioning = [e for e in shipped if any(CLOSE_EYES.search(t) for t in step_texts(e.steps))]
    assert {"butterfly-hug", "calm-place", "body-scan"} <= {e.id for e in mentioning}
    for e in mentioning:
        assert any("eyes open" in t.lower() for t in step_texts(e.steps_for(None))), e.id


def test_wording_is_invitational_and_stopping_is_always_mentioned(shipped):
    for e in shipped:
        joined = "\n".join(all_texts(e)).lower()
        assert "stop" in joined, e.id
        for bossy in ("you must", "you should", "you have to", "don't stop", "try harder"):
            assert bossy not in joined, (e.id, bossy)
        assert "might" in joined or "if it feels okay" in joined or "if you like" in joined, e.id


def test_safe_place_language_always_offers_calm(shipped):
    for e in shipped:
        for text in all_texts(e):
            if "safe" in text.lower() and "place" in text.lower():
                assert "calm" in text.lower(), (e.id, text)
    assert "calm" in shipped.get("calm-place").title.lower()


def test_cold_water_lists_every_medical_caution(shipped):
    cautions = " ".join(shipped.get("cold-water-reset").cautions).lower()
    for term in ("heart condition", "beta-blockers", "low resting heart rate", "cold allergy", "eating disorder"):
        assert term in cautions
    first = shipped.get("cold-water-reset").steps[0]
    assert not first.skippable and "caution" in first.text.lower()


def test_body_scan_lets_every_region_be_skipped_and_offers_other_anchors(shipped):
    scan = shipped.get("body-scan")
    regions = [s for s in scan.steps if s.duration_seconds and "skip this area" in s.text]
    assert len(regions) >= 8 and all(s.skippable for s in regions)
    assert any("anchor" in s.text and "sound" in s.text for s in scan.steps)


def test_unpaced_exercise_has_no_breath_pacing(shipped):
    for e in shipped.find(category="unpaced"):
        assert all(s.breathing is None for s in e.steps)


def test_breathing_patterns_match_the_reference(shipped):
    def pattern(exercise_id, variant=None):
        step = next(s for s in shipped.get(exercise_id).steps_for(variant) if s.breathing)
        return [(p.kind, p.seconds) for p in step.breathing.phases]

    assert pattern("box-breathing") == [("in", 4), ("hold", 4), ("out", 4), ("hold_empty", 4)]
    assert pattern("four-seven-eight-breathing") == [("in", 4), ("hold", 7), ("out", 8)]
    assert next(s for s in shipped.get("four-seven-eight-breathing").steps if s.breathing).breathing.cycles == 4
    assert pattern("resonance-breathing") == [("in", 5), ("out", 5)]
    assert pattern("long-exhale-breathing", "exhale-6") == [("in", 4), ("out", 6)]
    assert pattern("long-exhale-breathing", "exhale-8") == [("in", 4), ("out", 8)]
    sigh = pattern("cyclic-sighing")
    assert [k for k, _ in sigh] == ["in", "in", "out"] and sigh[2][1] == 2 * sigh[0][1]


def test_five_senses_counts_down(shipped):
    counts = [s.notice.count for s in shipped.get("five-senses").steps if s.notice]
    assert counts == [5, 4, 3, 2, 1]


def test_lookup_and_filters(shipped):
    assert shipped.get("box-breathing").title == "Box breathing"
    with pytest.raises(NotFoundError):
        shipped.get("no-such-exercise")
    breathing = shipped.find(category="breathing")
    assert breathing and all(e.category == "breathing" for e in breathing)
    short = shipped.find(max_minutes=3)
    assert short and all(e.duration_minutes <= 3 for e in short)
    assert all(e.duration_minutes >= 8 for e in shipped.find(min_minutes=8))
    assert [e.id for e in shipped.find(text="BUTTERFLY")] == ["butterfly-hug"]
    assert [e.id for e in shipped.find(text="cold water")] == ["cold-water-reset"]
    assert shipped.find(text="breath", category="unpaced")[0].id == "follow-your-breath"
    assert shipped.find(text="zzzz-nothing") == []
    with pytest.raises(ValueError):
        shipped.find(category="dancing")


def test_library_refuses_duplicate_ids(shipped):
    box = shipped.get("box-breathing")
    with pytest.raises(ExerciseValidationError):
        ExerciseLibrary([box, box])


def test_search_can_use_a_translation(docs):
    data = docs.exercise(translations={"es": {"title": "Respiración pequeña"}})
    lib = ExerciseLibrary([Exercise.from_dict(data)])
    assert lib.find(text="respiración") == []
    assert [e.id for e in lib.find(text="respiración", lang="es")] == ["tiny"]


def test_core_and_cli_import_without_qt():
    import subprocess
    import sys

    code = ("import sys, companion.exercises, companion.cli.exercises_cmd; "
            "companion.exercises.load_shipped(); "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
