"""The exercises Companion ships with, and ways to find one.

Shipped files are validated like any other input: a broken file in a build fails
loudly in tests rather than half-working in front of someone who needs it.
An ExerciseLibrary is a plain value; callers keep it (no module-level cache).
"""

from __future__ import annotations

from importlib import resources
from typing import Iterable

from companion.errors import NotFoundError
from companion.exercises.model import Exercise
from companion.exercises.validate import CATEGORIES, INTENSITIES, ExerciseValidationError, Problem, parse_exercise_json

DATA_PACKAGE = "companion.exercises.data"


class ExerciseLibrary:
    """An ordered, id-unique collection of exercises with lookup and filtering."""

    def __init__(self, exercises: Iterable[Exercise]):
        items = tuple(exercises)
        by_id: dict[str, Exercise] = {}
        for exercise in items:
            if exercise.id in by_id:
                raise ExerciseValidationError(
                    [Problem("id", f"the id {exercise.id!r} is used by more than one exercise")])
            by_id[exercise.id] = exercise
        self._items = items
        self._by_id = by_id

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self._items)

    def all(self) -> tuple[Exercise, ...]:
        return self._items

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self._by_id[exercise_id]
        except KeyError:
            raise NotFoundError(f"There is no exercise called {exercise_id!r}.") from None

    def find(
        self,
        *,
        category: str | None = None,
        max_minutes: float | None = None,
        min_minutes: float | None = None,
        intensity: str | None = None,
        text: str | None = None,
        lang: str | None = None,
    ) -> list[Exercise]:
        """Exercises matching every given filter, in library order.

        `text` matches when every word appears in the id, title, summary, category,
        intensity, content notes or variant titles (case-insensitive); with `lang`
        the translated text is searched as well as the original.
        """
        if category is not None and category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        if intensity is not None and intensity not in INTENSITIES:
            raise ValueError(f"unknown intensity {intensity!r}")
        words = text.casefold().split() if text else []
        found = []
        for exercise in self._items:
            if category is not None and exercise.category != category:
                continue
            if intensity is not None and exercise.intensity != intensity:
                continue
            if max_minutes is not None and exercise.duration_minutes > max_minutes:
                continue
            if min_minutes is not None and exercise.duration_minutes < min_minutes:
                continue
            if words:
                haystack = exercise.search_text()
                if lang:
                    haystack += "\n" + exercise.localized(lang).search_text()
                if not all(word in haystack for word in words):
                    continue
            found.append(exercise)
        return found


def load_shipped() -> ExerciseLibrary:
    """Read and validate every `data/*.json` shipped in the package, ordered by file name."""
    folder = resources.files(DATA_PACKAGE)
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".json")), key=lambda e: e.name)
    exercises = []
    for entry in entries:
        try:
            data = parse_exercise_json(entry.read_bytes())
        except ExerciseValidationError as exc:
            problems = [Problem(f"{entry.name}:{p.path}" if p.path else entry.name, p.reason) for p in exc.problems]
            raise ExerciseValidationError(problems) from None
        expected = entry.name[: -len(".json")]
        if data["id"] != expected:
            raise ExerciseValidationError(
                [Problem(f"{entry.name}:id", f"is {data['id']!r} but the file is named for {expected!r}")])
        exercises.append(Exercise.from_dict(data))
    return ExerciseLibrary(exercises)
