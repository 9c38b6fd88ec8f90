"""CheckInRepository and PracticeRepository: how someone felt, and which exercises they practised."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from companion.errors import NotFoundError
from companion.reflection.checkins import CheckIn
from companion.reflection.stats import ExerciseSummary, PracticeRecord
from companion.store.connection import Connection, db_errors, transaction

_TIME = "%Y-%m-%dT%H:%M:%S"


def _checkin(row) -> CheckIn:
    return CheckIn(
        id=row[0], created_at=datetime.strptime(row[1], _TIME), mood=row[2], distress=row[3], energy=row[4],
        present=tuple(json.loads(row[5])), note=row[6] or None, entry_id=row[7],
    )


class CheckInRepository:
    def __init__(self, conn: Connection, path: Path):
        self._conn, self._path = conn, path

    def add(self, checkin: CheckIn) -> CheckIn:
        with transaction(self._conn, self._path):
            cur = self._conn.execute(
                "INSERT INTO checkins (uuid, created_at, mood, distress, energy, present, note, entry_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, checkin.created_at.strftime(_TIME), checkin.mood, checkin.distress,
                 checkin.energy, json.dumps(list(checkin.present)), checkin.note or "", checkin.entry_id),
            )
        return self.get(cur.lastrowid)

    def update(self, checkin: CheckIn) -> CheckIn:
        with transaction(self._conn, self._path):
            cur = self._conn.execute(
                "UPDATE checkins SET created_at = ?, mood = ?, distress = ?, energy = ?, present = ?, note = ?, "
                "entry_id = ? WHERE id = ?",
                (checkin.created_at.strftime(_TIME), checkin.mood, checkin.distress, checkin.energy,
                 json.dumps(list(checkin.present)), checkin.note or "", checkin.entry_id, checkin.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"There is no check-in {checkin.id}.")
        return self.get(checkin.id)

    def get(self, checkin_id: int) -> CheckIn:
        with db_errors(self._path):
            row = self._conn.execute(
                "SELECT id, created_at, mood, distress, energy, present, note, entry_id FROM checkins WHERE id = ?",
                (checkin_id,),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no check-in {checkin_id}.")
        return _checkin(row)

    def delete(self, checkin_id: int) -> None:
        with transaction(self._conn, self._path):
            if self._conn.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,)).rowcount == 0:
                raise NotFoundError(f"There is no check-in {checkin_id}.")

    def between(self, start: datetime | None = None, end: datetime | None = None, limit: int = 100_000) -> list[CheckIn]:
        """Oldest first, start inclusive, end exclusive."""
        lo = start.strftime(_TIME) if start else "0000"
        hi = end.strftime(_TIME) if end else "9999"
        with db_errors(self._path):
            rows = self._conn.execute(
                "SELECT id, created_at, mood, distress, energy, present, note, entry_id FROM checkins "
                "WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id LIMIT ?",
                (lo, hi, limit),
            ).fetchall()
        return [_checkin(r) for r in rows]

    def recent(self, limit: int = 50, before: tuple[datetime, int] | None = None) -> list[CheckIn]:
        """Newest first. `before` is the last row already shown, as (created_at, id): keyset paging."""
        where, params = "", []
        if before is not None:
            stamp = before[0].strftime(_TIME)
            where = "WHERE created_at < ? OR (created_at = ? AND id < ?) "
            params = [stamp, stamp, before[1]]
        with db_errors(self._path):
            rows = self._conn.execute(
                "SELECT id, created_at, mood, distress, energy, present, note, entry_id FROM checkins "
                f"{where}ORDER BY created_at DESC, id DESC LIMIT ?",
                (*params, limit),
            ).fetchall()
        return [_checkin(r) for r in rows]


_PRACTICE_COLUMNS = "exercise_id, started_at, ended_at, completed, distress_before, distress_after"


def _practice(r) -> PracticeRecord:
    return PracticeRecord(
        exercise_id=r[0], started_at=datetime.strptime(r[1], _TIME),
        ended_at=datetime.strptime(r[2], _TIME) if r[2] else None,
        completed=bool(r[3]), distress_before=r[4], distress_after=r[5],
    )


class LoggedPractice(NamedTuple):
    """One row of the practice log with its id (the keyset position for the next page)."""

    id: int
    record: PracticeRecord


class PracticeRepository:
    """The practice log: which exercise, when, finished or stopped, and optional ratings."""

    def __init__(self, conn: Connection, path: Path):
        self._conn, self._path = conn, path

    def start(self, exercise_id: str, started_at: datetime, variant: str | None = None,
              distress_before: int | None = None) -> int:
        with transaction(self._conn, self._path):
            return self._conn.execute(
                "INSERT INTO practices (exercise_id, variant, started_at, distress_before) VALUES (?, ?, ?, ?)",
                (exercise_id, variant, started_at.strftime(_TIME), distress_before),
            ).lastrowid

    def finish(self, practice_id: int, ended_at: datetime, completed: bool, distress_after: int | None = None) -> None:
        with transaction(self._conn, self._path):
            cur = self._conn.execute(
                "UPDATE practices SET ended_at = ?, completed = ?, distress_after = ? WHERE id = ?",
                (ended_at.strftime(_TIME), int(completed), distress_after, practice_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"There is no practice {practice_id}.")

    def set_before(self, practice_id: int, distress_before: int | None) -> None:
        with transaction(self._conn, self._path):
            self._conn.execute("UPDATE practices SET distress_before = ? WHERE id = ?", (distress_before, practice_id))

    def records(self, limit: int = 100_000) -> list[PracticeRecord]:
        """Newest first."""
        with db_errors(self._path):
            rows = self._conn.execute(
                f"SELECT {_PRACTICE_COLUMNS} FROM practices ORDER BY started_at DESC, id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [_practice(r) for r in rows]

    def page(self, after: tuple[datetime, int] | None = None, limit: int = 100) -> list[LoggedPractice]:
        """Newest first (started_at DESC, id DESC), `limit` at a time.

        `after` is the last row already shown, as (started_at, id): keyset paging, so a page
        deep in a long log costs the same as the first (the time index walks backwards).
        """
        where, params = "", []
        if after is not None:
            stamp = after[0].strftime(_TIME)
            # (the first condition lets SQLite seek in practices_by_time; the second breaks ties by id)
            where = "WHERE started_at <= ? AND (started_at < ? OR id < ?) "
            params = [stamp, stamp, after[1]]
        with db_errors(self._path):
            rows = self._conn.execute(
                f"SELECT id, {_PRACTICE_COLUMNS} FROM practices {where}ORDER BY started_at DESC, id DESC LIMIT ?",
                (*params, limit),
            ).fetchall()
        return [LoggedPractice(r[0], _practice(r[1:])) for r in rows]

    def count(self) -> int:
        with db_errors(self._path):
            return self._conn.execute("SELECT COUNT(*) FROM practices").fetchone()[0]

    def summaries(self) -> list[ExerciseSummary]:
        """`reflection.stats.before_after_summary` over every practice, as SQL aggregates (no rows loaded).

        One summary per exercise id, sorted by id. Means use only completed practices with
        both ratings; stopped practices are counted, never averaged in.
        """
        with db_errors(self._path):
            rows = self._conn.execute(
                "SELECT exercise_id, SUM(rated), AVG(CASE WHEN rated THEN distress_before END), "
                "AVG(CASE WHEN rated THEN distress_after END), "
                "AVG(CASE WHEN rated THEN distress_after - distress_before END), "
                "SUM(done AND NOT rated), SUM(NOT done) "
                "FROM (SELECT exercise_id, distress_before, distress_after, completed != 0 AS done, "
                "      (completed != 0 AND distress_before IS NOT NULL AND distress_after IS NOT NULL) AS rated "
                "      FROM practices) "
                "GROUP BY exercise_id ORDER BY exercise_id"
            ).fetchall()
        return [
            ExerciseSummary(exercise_id=r[0], rated_practices=r[1], mean_before=r[2], mean_after=r[3],
                            mean_change=r[4], completed_unrated=r[5], stopped=r[6])
            for r in rows
        ]
