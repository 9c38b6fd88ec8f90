"""Fixtures for the exercise tests: a fake clock and small valid documents to build on.

Helpers are reached through the `docs` fixture rather than imported, so these tests
don't depend on how pytest arranges sys.path.
"""

from __future__ import annotations

import copy
from types import SimpleNamespace

import pytest

from companion.exercises.library import load_shipped


class FakeClock:
    """A settable monotonic clock. Time is set absolutely (not accumulated) so tests stay exact."""

    def __init__(self, start: float = 12345.678):
        self.start = start
        self.now = start

    def __call__(self) -> float:
        return self.now

    def at(self, offset: float) -> float:
        """Jump to `offset` seconds after the start and return the reading."""
        self.now = self.start + offset
        return self.now


def minimal_exercise(**overrides) -> dict:
    data = {
        "format_version": 1,
        "id": "tiny",
        "version": 1,
        "title": "Tiny",
        "summary": "A small test exercise.",
        "category": "breathing",
        "duration_minutes": 1,
        "intensity": "gentle",
        "content_notes": [],
        "cautions": [],
        "variants": [],
        "source": "Test fixture",
        "steps": [{"text": "Breathe.", "breathing": {"phases": [{"kind": "in", "seconds": 4}], "cycles": 2}}],
    }
    data.update(overrides)
    return copy.deepcopy(data)


def box_exercise(cycles: int = 40, intro: bool = False) -> dict:
    steps = []
    if intro:
        steps.append({"text": "Settle in; stop whenever you like."})
    steps.append({
        "text": "In, hold, out, rest.",
        "breathing": {"phases": [{"kind": "in", "seconds": 4}, {"kind": "hold", "seconds": 4},
                                 {"kind": "out", "seconds": 4}, {"kind": "hold_empty", "seconds": 4}],
                      "cycles": cycles},
    })
    return minimal_exercise(id="box", steps=steps)


def minimal_pack(exercises: list[dict] | None = None, **overrides) -> dict:
    data = {
        "format": "companion-pack",
        "format_version": 1,
        "title": "Group pack",
        "author": "Riverside peer group",
        "version": 1,
        "exercises": exercises if exercises is not None else [minimal_exercise(), box_exercise(cycles=2)],
        "prompts": [{"id": "strength", "text": "One thing I did well today <3", "category": "strengths"}],
    }
    data.update(overrides)
    return copy.deepcopy(data)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def docs() -> SimpleNamespace:
    return SimpleNamespace(exercise=minimal_exercise, box=box_exercise, pack=minimal_pack, FakeClock=FakeClock)


@pytest.fixture(scope="session")
def shipped():
    return load_shipped()
