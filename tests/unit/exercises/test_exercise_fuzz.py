"""Hypothesis: whatever arrives, the validator and pack reader answer with a typed refusal or a valid result.

Anything other than ExerciseValidationError / InvalidInputError escaping is a bug,
and a refused pack must never hand back part of itself.
"""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.errors import InvalidInputError
from companion.exercises.library import load_shipped
from companion.exercises.model import Exercise
from companion.exercises.packs import Pack, PackValidationError, pack_from_dict, pack_to_bytes, parse_pack
from companion.exercises.validate import ExerciseValidationError, Problem, exercise_problems, parse_exercise_json

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

_SHIPPED = load_shipped()
BASE_EXERCISES = [_SHIPPED.get(i).to_dict() for i in ("box-breathing", "cold-water-reset", "five-senses")]
BASE_PACK = {
    "format": "companion-pack", "format_version": 1, "title": "Fuzz pack", "author": "tests", "version": 1,
    "exercises": BASE_EXERCISES,
    "prompts": [{"id": "p1", "text": "A prompt", "category": "strengths", "content_note": "note"}],
}
FIELD_NAMES = ["id", "text", "steps", "breathing", "phases", "seconds", "cycles", "kind", "variant", "variants",
               "translations", "es", "title", "notice", "count", "skippable", "format", "format_version", "x"]

scalars = (st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
           | st.sampled_from(["in", "hold", "out", "hold_empty", "eyes-open", "breathing", "es", "", "\x1b", "\ud800"]))
json_ish = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=10), inner, max_size=6),
    max_leaves=25,
)


def _containers(node, path=()):
    """Every (path, container) inside a JSON-like tree."""
    if isinstance(node, (dict, list)):
        yield path, node
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            yield from _containers(child, path + (key,))


TRICKY = st.sampled_from([
    "\ud800", "\x1b[2J", "", " ", "<b>hi</b>", "x" * 2001, "eyes-open", "in", True, False, 0, -1, 0.49, 0.5,
    600, 600.0001, 50, 51, 10**400, float("nan"), float("inf"), None, [], {}, [None], {"": None},
]).map(copy.deepcopy)  # fresh containers each time, or a list could end up inside itself
TAINTS = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\x9f", "\n", "<", "&amp;", "\u202e", "\U0001F600"])


@st.composite
def mutated(draw, base):
    """A deep copy of `base` with a few random edits: replace, delete, add, duplicate, or taint text."""
    doc = copy.deepcopy(base)
    values = TRICKY | json_ish
    for _ in range(draw(st.integers(1, 4))):
        _, target = draw(st.sampled_from(list(_containers(doc))))
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        action = draw(st.sampled_from(["replace", "replace", "taint", "taint", "delete", "add", "duplicate"]))
        if action == "add" or not keys:
            if isinstance(target, dict):
                target[draw(st.sampled_from(FIELD_NAMES) | st.text(max_size=8))] = draw(values)
            else:
                target.append(draw(values))
            continue
        key = draw(st.sampled_from(keys))
        if action == "delete":
            del target[key]
        elif action == "duplicate" and isinstance(target, list):
            target.append(copy.deepcopy(target[key]))
        elif action == "taint" and isinstance(target[key], str):
            text = target[key]
            at = draw(st.integers(0, len(text)))
            target[key] = text[:at] + draw(TAINTS) + text[at:]
        else:
            target[key] = draw(values)
    return doc


def _check_exercise(data) -> None:
    problems = exercise_problems(data)
    assert all(isinstance(p, Problem) and isinstance(p.path, str) and p.reason for p in problems)
    try:
        exercise = Exercise.from_dict(data)
    except ExerciseValidationError as exc:
        assert problems and list(exc.problems) == problems
        str(exc).encode("utf-8")  # messages are always printable
        return
    assert not problems
    assert Exercise.from_dict(exercise.to_dict()) == exercise
    json.dumps(exercise.to_dict(), ensure_ascii=False).encode("utf-8")


def _check_pack(data) -> None:
    result = None
    try:
        result = pack_from_dict(data)
    except InvalidInputError as exc:
        assert isinstance(exc, PackValidationError) and exc.problems
        assert result is None
        return
    assert isinstance(result, Pack)
    assert parse_pack(pack_to_bytes(result)) == result


@FUZZ
@given(json_ish)
def test_validator_survives_random_data(data):
    _check_exercise(data)


@FUZZ
@given(st.sampled_from(BASE_EXERCISES).flatmap(mutated))
def test_validator_survives_mutated_exercises(data):
    _check_exercise(data)


@FUZZ
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_json_reader_survives_random_bytes(raw):
    try:
        parse_exercise_json(raw)
    except ExerciseValidationError:
        pass
    try:
        parse_pack(raw)
    except PackValidationError:
        pass


@FUZZ
@given(mutated(BASE_PACK))
def test_pack_reader_survives_mutated_packs(data):
    _check_pack(data)


@FUZZ
@given(st.data())
def test_pack_reader_survives_damaged_bytes(data):
    raw = bytearray(json.dumps(BASE_PACK, ensure_ascii=False).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(raw) - 1))
        how = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if how == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif how == "cut":
            del raw[at:at + data.draw(st.integers(1, 50))]
        else:
            raw[at:at] = data.draw(st.sampled_from([b"{", b"[", b'"', b",", b"\\u0000", b"\\ud800", b"1e999", b"-"]))
    result = None
    try:
        result = parse_pack(bytes(raw))
    except PackValidationError as exc:
        assert exc.problems and result is None
    else:
        assert isinstance(result, Pack)


def test_variant_id_of_the_wrong_type_is_a_problem_not_a_crash():
    """Found by the fuzzer: a list as a variant id next to translations raised TypeError."""
    data = json.loads(json.dumps(BASE_EXERCISES[0]))
    data["variants"] = [{"id": ["not", "text"], "title": "x", "description": "y"}]
    data["translations"] = {"es": {"title": "Respiración"}}
    problems = exercise_problems(data)
    assert any(p.path.startswith("variants[0].id") for p in problems)
