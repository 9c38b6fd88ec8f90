"""ShareLogRepository: what was shared when (entries and excerpts), inside the encrypted vault.

Nothing about the destination (no path, no file name) is kept: only the time, the
format, the template, the recipe name and which entries (whole or which ranges) and
which optional sections went out. Entries link by id and cascade on purge.

The tables come with schema version 4 (store/migrations.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from companion.errors import NotFoundError
from companion.store.connection import Connection, db_errors, transaction

def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class SharedEntry:
    entry_id: int
    excerpts: tuple[tuple[int, int], ...] = ()  # empty: the whole entry


@dataclass(frozen=True)
class ShareRecord:
    id: int
    shared_at: str  # UTC, "2026-03-14T09:30:00Z"
    format: str
    template: str
    recipe: str = ""
    sections: tuple[str, ...] = ()
    entries: tuple[SharedEntry, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "shared_at": self.shared_at,
            "format": self.format,
            "template": self.template,
            "recipe": self.recipe,
            "sections": list(self.sections),
            "entries": [{"id": e.entry_id, "excerpts": [list(x) for x in e.excerpts]} for e in self.entries],
        }


class ShareLogRepository:
    def __init__(self, conn: Connection, path: Path):
        self._conn = conn
        self._path = path

    def record(
        self,
        *,
        format: str,
        template: str,
        entries: Iterable[SharedEntry],
        sections: Sequence[str] = (),
        recipe: str = "",
        shared_at: str | None = None,
    ) -> int:
        """Log one share; entries that no longer exist are left out. Returns the log id."""
        with transaction(self._conn, self._path):
            share_id = self._conn.execute(
                "INSERT INTO share_log (shared_at, format, template, recipe, sections) VALUES (?, ?, ?, ?, ?)",
                (shared_at or _now(), format, template, recipe, json.dumps(list(sections))),
            ).lastrowid
            for entry in entries:
                excerpts = json.dumps([list(span) for span in entry.excerpts]) if entry.excerpts else ""
                self._conn.execute(
                    "INSERT OR IGNORE INTO share_log_entries (share_id, entry_id, excerpts) "
                    "SELECT ?, id, ? FROM entries WHERE id = ?",
                    (share_id, excerpts, entry.entry_id),
                )
        return share_id

    def _entries_of(self, share_ids: list[int]) -> dict[int, list[SharedEntry]]:
        found: dict[int, list[SharedEntry]] = {i: [] for i in share_ids}
        for start in range(0, len(share_ids), 500):
            chunk = share_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for share_id, entry_id, excerpts in self._conn.execute(
                f"SELECT share_id, entry_id, excerpts FROM share_log_entries WHERE share_id IN ({marks}) "
                "ORDER BY share_id, entry_id",
                chunk,
            ):
                spans = tuple(tuple(x) for x in json.loads(excerpts)) if excerpts else ()
                found[share_id].append(SharedEntry(entry_id, spans))
        return found

    def history(self, limit: int = 100) -> list[ShareRecord]:
        """Newest first."""
        with db_errors(self._path):
            rows = self._conn.execute(
                "SELECT id, shared_at, format, template, recipe, sections FROM share_log "
                "ORDER BY shared_at DESC, id DESC LIMIT ?",
                (limit,),
            ).fetchall()
            entries = self._entries_of([r[0] for r in rows])
        return [
            ShareRecord(
                id=r[0], shared_at=r[1], format=r[2], template=r[3], recipe=r[4],
                sections=tuple(json.loads(r[5])), entries=tuple(entries[r[0]]),
            )
            for r in rows
        ]

    def shared_dates(self, entry_ids: Sequence[int]) -> dict[int, list[str]]:
        """For "shared on <date>": each entry's share times, newest first (entries never shared are absent)."""
        found: dict[int, list[str]] = {}
        with db_errors(self._path):
            for start in range(0, len(entry_ids), 500):
                chunk = list(entry_ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                for entry_id, shared_at in self._conn.execute(
                    f"SELECT e.entry_id, s.shared_at FROM share_log_entries e JOIN share_log s ON s.id = e.share_id "
                    f"WHERE e.entry_id IN ({marks}) ORDER BY s.shared_at DESC, s.id DESC",
                    chunk,
                ):
                    found.setdefault(entry_id, []).append(shared_at)
        return found

    def delete(self, share_id: int) -> None:
        with transaction(self._conn, self._path):
            if self._conn.execute("DELETE FROM share_log WHERE id = ?", (share_id,)).rowcount == 0:
                raise NotFoundError(f"There is no share {share_id} in the log.")

    def clear(self) -> int:
        with transaction(self._conn, self._path):
            return self._conn.execute("DELETE FROM share_log").rowcount
