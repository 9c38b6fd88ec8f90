"""Settings kept inside the vault (the sensitive ones), as JSON values by key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from companion.store.connection import Connection, db_errors, transaction


class SettingsRepository:
    def __init__(self, conn: Connection, path: Path):
        self._conn = conn
        self._path = path

    def get(self, key: str, default: Any = None) -> Any:
        with db_errors(self._path):
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        with transaction(self._conn, self._path):
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def all(self) -> dict[str, Any]:
        with db_errors(self._path):
            rows = self._conn.execute("SELECT key, value FROM settings").fetchall()
        return {k: json.loads(v) for k, v in rows}
