"""Numbered schema steps, tracked in PRAGMA user_version.

Each step runs in one transaction together with its version bump, so a crash or an
error leaves the previous version intact. Before migrating an existing vault the
caller takes an encrypted backup copy (see Vault.open).
"""

from __future__ import annotations

from collections.abc import Callable

from companion.store.connection import Connection

SCHEMA_V1 = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    pinned INTEGER NOT NULL DEFAULT 0,
    share_state TEXT NOT NULL DEFAULT 'private' CHECK (share_state IN ('private', 'maybe', 'ready')),
    content_note TEXT NOT NULL DEFAULT '',
    never_resurface INTEGER NOT NULL DEFAULT 0,
    prompt_id TEXT,
    deleted_at TEXT
);
CREATE INDEX entries_by_date ON entries (entry_date DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_deleted ON entries (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body,
    content = 'entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

SCHEMA_V2 = """
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    distress INTEGER NOT NULL CHECK (distress BETWEEN 0 AND 10),
    energy INTEGER CHECK (energy IS NULL OR energy BETWEEN 1 AND 5),
    present TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL
);
CREATE INDEX checkins_by_time ON checkins (created_at);

CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    exercise_id TEXT NOT NULL,
    variant TEXT,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    completed INTEGER NOT NULL DEFAULT 0,
    distress_before INTEGER CHECK (distress_before IS NULL OR distress_before BETWEEN 0 AND 10),
    distress_after INTEGER CHECK (distress_after IS NULL OR distress_after BETWEEN 0 AND 10)
);
CREATE INDEX practices_by_time ON practices (started_at);
CREATE INDEX practices_by_exercise ON practices (exercise_id);
"""

SCHEMA_V3 = """
ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'entry';
ALTER TABLE entries ADD COLUMN data TEXT;

CREATE TABLE strengths (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    day TEXT NOT NULL
);
CREATE INDEX milestones_by_day ON milestones (day);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    how_to_reach TEXT,
    note TEXT
);
CREATE TABLE prompt_events (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('shown', 'skipped', 'used'))
);
CREATE TABLE personal_prompts (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    text TEXT NOT NULL,
    content_note TEXT
) WITHOUT ROWID;
CREATE TABLE custom_exercises (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'custom',
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
"""

# What was shared when (entries and excerpts), for the share log and "shared on <date>".
SCHEMA_V4 = """
CREATE TABLE share_log (
    id INTEGER PRIMARY KEY,
    shared_at TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'md', 'html', 'txt', 'print')),
    template TEXT NOT NULL CHECK (template IN ('group', 'personal')),
    recipe TEXT NOT NULL DEFAULT '',
    sections TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX share_log_by_time ON share_log (shared_at);
CREATE TABLE share_log_entries (
    share_id INTEGER NOT NULL REFERENCES share_log (id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    excerpts TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (share_id, entry_id)
) WITHOUT ROWID;
CREATE INDEX share_log_entries_by_entry ON share_log_entries (entry_id, share_id);
"""


def _script(sql: str) -> Callable[[Connection], None]:
    def step(conn: Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)

    return step


def _statements(sql: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole."""
    statements, current, depth = [], [], 0
    for line in sql.strip().splitlines():
        current.append(line)
        stripped = line.strip().upper()
        if stripped.startswith("CREATE TRIGGER"):
            depth = 1
        if depth and stripped == "END;":
            depth = 0
        if not depth and stripped.endswith(";"):
            statements.append("\n".join(current).strip().rstrip(";"))
            current = []
    if "".join(current).strip():
        statements.append("\n".join(current).strip().rstrip(";"))
    return statements


STEPS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _script(SCHEMA_V1)),
    (2, _script(SCHEMA_V2)),
    (3, _script(SCHEMA_V3)),
    (4, _script(SCHEMA_V4)),
]
CURRENT_VERSION = STEPS[-1][0]


def version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def pending(conn: Connection, steps=None) -> list[tuple[int, Callable[[Connection], None]]]:
    current = version(conn)
    return [(v, fn) for v, fn in (steps or STEPS) if v > current]


def migrate(conn: Connection, steps=None) -> list[int]:
    """Apply every pending step, each atomically with its version bump. Returns versions applied."""
    applied = []
    for number, step in pending(conn, steps):
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(number)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(number)
    return applied
