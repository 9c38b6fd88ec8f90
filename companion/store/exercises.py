"""CustomExerciseRepository: exercises the person made or imported from a facilitator's pack."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from companion.errors import NotFoundError
from companion.exercises.model import Exercise
from companion.exercises.packs import Pack
from companion.reflection.prompts import make_personal_prompt
from companion.store.connection import Connection, db_errors, transaction
from companion.store.entries import utc_now


@dataclass
class PackImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # same or older version already here
    refused: list[str] = field(default_factory=list)  # ids of exercises that ship with the app
    prompts: int = 0

    def to_json(self) -> dict:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "refused": self.refused, "prompts": self.prompts}


class CustomExerciseRepository:
    def __init__(self, conn: Connection, path: Path):
        self._conn, self._path = conn, path

    def save(self, exercise: Exercise, origin: str = "custom") -> None:
        with transaction(self._conn, self._path):
            self._save(exercise, origin)

    def _save(self, exercise: Exercise, origin: str) -> None:
        self._conn.execute(
            "INSERT INTO custom_exercises (id, document, origin, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET document = excluded.document, origin = excluded.origin, "
            "updated_at = excluded.updated_at",
            (exercise.id, json.dumps(exercise.to_dict(), ensure_ascii=False), origin, utc_now()),
        )

    def remove(self, exercise_id: str) -> None:
        with transaction(self._conn, self._path):
            if self._conn.execute("DELETE FROM custom_exercises WHERE id = ?", (exercise_id,)).rowcount == 0:
                raise NotFoundError(f"There is no exercise of yours called {exercise_id}.")

    def all(self) -> list[Exercise]:
        with db_errors(self._path):
            rows = self._conn.execute("SELECT document FROM custom_exercises ORDER BY id").fetchall()
        return [Exercise.from_dict(json.loads(r[0])) for r in rows]

    def versions(self) -> dict[str, int]:
        return {e.id: e.version for e in self.all()}

    def import_pack(self, pack: Pack, shipped_ids: set[str]) -> PackImportReport:
        """All or nothing: newer versions update (the person already agreed), older ones are left alone."""
        report = PackImportReport()
        current = self.versions()
        with transaction(self._conn, self._path):
            for exercise in pack.exercises:
                if exercise.id in shipped_ids:
                    report.refused.append(exercise.id)
                elif exercise.id not in current:
                    self._save(exercise, f"pack:{pack.title}")
                    report.added.append(exercise.id)
                elif exercise.version > current[exercise.id]:
                    self._save(exercise, f"pack:{pack.title}")
                    report.updated.append(exercise.id)
                else:
                    report.unchanged.append(exercise.id)
            for prompt in pack.prompts:
                personal = make_personal_prompt(f"pack-{prompt.id}", prompt.category, prompt.text, prompt.content_note)
                self._conn.execute(
                    "INSERT INTO personal_prompts (id, category, text, content_note) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET category = excluded.category, text = excluded.text, "
                    "content_note = excluded.content_note",
                    (personal.id, personal.category, personal.text, personal.content_note),
                )
                report.prompts += 1
        return report
