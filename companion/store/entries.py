"""EntryRepository: every SQL statement about journal entries, tags and search."""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

from companion.errors import InvalidInputError, NotFoundError
from companion.journal.model import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Entry,
    EntryDraft,
    EntrySummary,
    SearchHit,
    SearchResult,
    ShareState,
    fingerprint,
    format_entry_date,
    normalize_tag,
)
from companion.journal.query import SearchQuery
from companion.store.connection import Connection, db_errors, transaction

TAG_SEP = "\x1f"
PREVIEW_CHARS = 240
MAX_BODY_CHARS = 2_000_000
MAX_TITLE_CHARS = 1_000
MAX_TAGS = 64
FTS_DEFAULT_HASHSIZE = 1024 * 1024
_TAGS_SQL = (
    "(SELECT group_concat(t.name, char(31)) FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
    "WHERE et.entry_id = e.id)"
)
_ENTRY_COLUMNS = (
    "e.id, e.uuid, e.created_at, e.updated_at, e.entry_date, e.title, e.body, e.pinned, "
    f"e.share_state, e.content_note, e.never_resurface, e.deleted_at, e.prompt_id, {_TAGS_SQL}, e.kind, e.data"
)
_SUMMARY_COLUMNS = (
    f"e.id, e.entry_date, e.title, substr(e.body, 1, {PREVIEW_CHARS}), {_TAGS_SQL}, "
    "e.pinned, e.share_state, e.content_note != '', e.kind"
)


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _tags(raw: str | None) -> tuple[str, ...]:
    return tuple(sorted(raw.split(TAG_SEP), key=str.lower)) if raw else ()


def _entry(row) -> Entry:
    return Entry(
        id=row[0], uuid=row[1], created_at=row[2], updated_at=row[3], entry_date=row[4],
        title=row[5], body=row[6], pinned=bool(row[7]), share_state=ShareState(row[8]),
        content_note=row[9], never_resurface=bool(row[10]), deleted_at=row[11],
        prompt_id=row[12], tags=_tags(row[13]), kind=row[14], data=row[15],
    )


_MARKUP = re.compile(r"[*_`#>]+")


def _summary(row) -> EntrySummary:
    preview = " ".join(_MARKUP.sub("", row[3]).split())  # a list preview shows words, not Markdown
    return EntrySummary(
        id=row[0], entry_date=row[1], title=row[2], preview=preview, tags=_tags(row[4]),
        pinned=bool(row[5]), share_state=ShareState(row[6]), has_content_note=bool(row[7]), kind=row[8],
    )


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        name = normalize_tag(tag)
        if name and name.lower() not in seen:
            seen[name.lower()] = name[:100]
    if len(seen) > MAX_TAGS:
        raise InvalidInputError(f"An entry can carry at most {MAX_TAGS} tags.")
    return list(seen.values())


def _check_draft(draft: EntryDraft) -> None:
    if len(draft.body) > MAX_BODY_CHARS or len(draft.title) > MAX_TITLE_CHARS:
        raise InvalidInputError("That entry is too long to store in one piece; please split it.")
    if draft.entry_date is not None:
        try:
            datetime.strptime(draft.entry_date, "%Y-%m-%d %H:%M")
        except ValueError as exc:
            raise InvalidInputError(f"The entry date must look like 2026-03-14 09:30 (got {draft.entry_date!r}).") from exc


class EntryRepository:
    def __init__(self, conn: Connection, path: Path):
        self._conn = conn
        self._path = path

    # -- writing -------------------------------------------------------------
    def add(self, draft: EntryDraft, *, kind: str = "entry", data: str | None = None) -> Entry:
        _check_draft(draft)
        with transaction(self._conn, self._path):
            entry_id = self._insert(draft, utc_now())
            if kind != "entry" or data is not None:
                self._conn.execute("UPDATE entries SET kind = ?, data = ? WHERE id = ?", (kind, data, entry_id))
        return self.get(entry_id)

    def set_data(self, entry_id: int, draft: EntryDraft, data: str) -> Entry:
        """Update a structured entry (e.g. a trigger log): its rendered text and its fields together."""
        _check_draft(draft)
        with transaction(self._conn, self._path):
            self._update(entry_id, draft)
            self._conn.execute("UPDATE entries SET data = ? WHERE id = ?", (data, entry_id))
        return self.get(entry_id)

    def _insert(self, draft: EntryDraft, now: str, created_at: str | None = None, entry_uuid: str | None = None) -> int:
        entry_date = draft.entry_date or format_entry_date(datetime.now())
        cur = self._conn.execute(
            "INSERT INTO entries (uuid, created_at, updated_at, entry_date, title, body, pinned, share_state, "
            "content_note, never_resurface, prompt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_uuid or uuidlib.uuid4().hex, created_at or now, now, entry_date, draft.title, draft.body,
                int(draft.pinned), ShareState(draft.share_state).value, draft.content_note,
                int(draft.never_resurface), draft.prompt_id,
            ),
        )
        entry_id = cur.lastrowid
        self._set_tags(entry_id, _clean_tags(draft.tags))
        return entry_id

    def add_many(self, drafts: Sequence[EntryDraft]) -> list[int]:
        """Bulk import in one transaction: all rows or none.

        The per-row FTS trigger is the dominant cost of a bulk load, so it is dropped for
        the load and the new rows are indexed with one INSERT ... SELECT, then the trigger
        is restored, all inside the same transaction.
        """
        for draft in drafts:
            _check_draft(draft)
        now = utc_now()
        ids: list[int] = []
        with transaction(self._conn, self._path):
            trigger_sql = self._conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entries_fts_insert'"
            ).fetchone()[0]
            self._conn.execute("DROP TRIGGER entries_fts_insert")
            first = (self._conn.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
            tag_ids: dict[str, int] = {}
            for draft in drafts:
                entry_id = self._insert_row_only(draft, now)
                ids.append(entry_id)
                for tag in _clean_tags(draft.tags):
                    key = tag.lower()
                    if key not in tag_ids:
                        tag_ids[key] = self._tag_id(tag)
                    self._conn.execute(
                        "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)", (entry_id, tag_ids[key])
                    )
            # A hash big enough for the whole batch makes FTS5 write one index segment
            # instead of dozens (faster import, and faster snippets afterwards).
            batch_chars = sum(len(d.body) + len(d.title) for d in drafts)
            hashsize = min(256 * 1024 * 1024, max(FTS_DEFAULT_HASHSIZE, 4 * batch_chars))
            self._conn.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", (hashsize,))
            self._conn.execute(
                "INSERT INTO entries_fts (rowid, title, body) SELECT id, title, body FROM entries WHERE id >= ?",
                (first,),
            )
            self._conn.execute(
                "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", (FTS_DEFAULT_HASHSIZE,)
            )
            self._conn.execute(trigger_sql)
        return ids

    def _insert_row_only(self, draft: EntryDraft, now: str) -> int:
        entry_date = draft.entry_date or format_entry_date(datetime.now())
        return self._conn.execute(
            "INSERT INTO entries (uuid, created_at, updated_at, entry_date, title, body, pinned, share_state, "
            "content_note, never_resurface, prompt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uuidlib.uuid4().hex, now, now, entry_date, draft.title, draft.body, int(draft.pinned),
                ShareState(draft.share_state).value, draft.content_note, int(draft.never_resurface), draft.prompt_id,
            ),
        ).lastrowid

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        """Replace an entry's content and metadata with the draft's."""
        _check_draft(draft)
        with transaction(self._conn, self._path):
            self._update(entry_id, draft)
        return self.get(entry_id)

    def _update(self, entry_id: int, draft: EntryDraft) -> None:
        current = self._conn.execute("SELECT entry_date FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if current is None:
            raise NotFoundError(f"There is no entry {entry_id}.")
        self._conn.execute(
            "UPDATE entries SET updated_at = ?, entry_date = ?, title = ?, body = ?, pinned = ?, share_state = ?, "
            "content_note = ?, never_resurface = ?, prompt_id = ? WHERE id = ?",
            (
                utc_now(), draft.entry_date or current[0], draft.title, draft.body, int(draft.pinned),
                ShareState(draft.share_state).value, draft.content_note, int(draft.never_resurface),
                draft.prompt_id, entry_id,
            ),
        )
        self._set_tags(entry_id, _clean_tags(draft.tags))

    def _tag_id(self, name: str) -> int:
        self._conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        return self._conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]

    def _set_tags(self, entry_id: int, tags: list[str]) -> None:
        self._conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        for tag in tags:
            self._conn.execute(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)", (entry_id, self._tag_id(tag))
            )
        self._conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")

    def delete(self, entry_id: int) -> None:
        """Move to "recently deleted"; restorable until purged."""
        with transaction(self._conn, self._path):
            cur = self._conn.execute(
                "UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (utc_now(), entry_id)
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"There is no entry {entry_id}.")

    def restore(self, entry_id: int) -> None:
        with transaction(self._conn, self._path):
            cur = self._conn.execute(
                "UPDATE entries SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", (entry_id,)
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"Entry {entry_id} is not in recently deleted.")

    def purge(self, entry_id: int) -> None:
        """Really delete: the row, its tags links and its search index entries (secure_delete zeroes pages)."""
        with transaction(self._conn, self._path):
            cur = self._conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            if cur.rowcount == 0:
                raise NotFoundError(f"There is no entry {entry_id}.")
            self._conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")

    def purge_expired(self, days: int = 30) -> int:
        cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        with transaction(self._conn, self._path):
            cur = self._conn.execute(
                "DELETE FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?", (cutoff,)
            )
            self._conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
        return cur.rowcount

    # -- reading -------------------------------------------------------------
    def get(self, entry_id: int, *, include_deleted: bool = False) -> Entry:
        with db_errors(self._path):
            row = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.id = ?", (entry_id,)).fetchone()
        if row is None or (row[11] is not None and not include_deleted):
            raise NotFoundError(f"There is no entry {entry_id}.")
        return _entry(row)

    def get_many(self, ids: Sequence[int]) -> list[Entry]:
        found: dict[int, Entry] = {}
        with db_errors(self._path):
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" * len(chunk))
                for row in self._conn.execute(
                    f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.id IN ({marks}) AND e.deleted_at IS NULL", chunk
                ):
                    found[row[0]] = _entry(row)
        return [found[i] for i in ids if i in found]

    def _filters(self, query: SearchQuery) -> tuple[list[str], list[object]]:
        where, params = ["e.deleted_at IS NULL"], []
        if query.since:
            where.append("e.entry_date >= ?")
            params.append(query.since)
        if query.until:
            where.append("e.entry_date < ?")
            params.append(_day_after(query.until))
        if query.share_states:
            where.append(f"e.share_state IN ({','.join('?' * len(query.share_states))})")
            params += [s.value for s in query.share_states]
        for tag in query.tags:
            where.append(
                "EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                "WHERE et.entry_id = e.id AND t.name = ?)"
            )
            params.append(tag)
        return where, params

    def page(
        self, query: SearchQuery | None = None, *, after: tuple[str, int] | None = None, limit: int = 50
    ) -> list[EntrySummary]:
        """Newest first, keyset-paginated: pass the last row's (entry_date, id) as `after`."""
        where, params = self._filters(query or SearchQuery())
        if after is not None:
            where.append("(e.entry_date < ? OR (e.entry_date = ? AND e.id < ?))")
            params += [after[0], after[0], after[1]]
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE {' AND '.join(where)} "
            "ORDER BY e.entry_date DESC, e.id DESC LIMIT ?"
        )
        with db_errors(self._path):
            return [_summary(r) for r in self._conn.execute(sql, [*params, limit])]

    def count(self, query: SearchQuery | None = None) -> int:
        where, params = self._filters(query or SearchQuery())
        with db_errors(self._path):
            return self._conn.execute(f"SELECT count(*) FROM entries e WHERE {' AND '.join(where)}", params).fetchone()[0]

    def deleted(self, limit: int = 200) -> list[EntrySummary]:
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NOT NULL "
            "ORDER BY e.deleted_at DESC LIMIT ?"
        )
        with db_errors(self._path):
            return [_summary(r) for r in self._conn.execute(sql, (limit,))]

    def all_ids(self) -> list[int]:
        with db_errors(self._path):
            return [r[0] for r in self._conn.execute(
                "SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY entry_date, id"
            )]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of (not deleted) entries, by name."""
        sql = (
            "SELECT t.name, count(e.id) FROM tags t JOIN entry_tags et ON et.tag_id = t.id "
            "JOIN entries e ON e.id = et.entry_id AND e.deleted_at IS NULL GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        with db_errors(self._path):
            return [(r[0], r[1]) for r in self._conn.execute(sql)]

    def fingerprints(self) -> set[str]:
        """Content fingerprints of every entry, to skip duplicates on import."""
        with db_errors(self._path):
            return {fingerprint(*row) for row in self._conn.execute("SELECT entry_date, title, body FROM entries")}

    def uuids(self) -> set[str]:
        with db_errors(self._path):
            return {r[0] for r in self._conn.execute("SELECT uuid FROM entries")}

    # -- search --------------------------------------------------------------
    def _match_sql(self, query: SearchQuery) -> tuple[str, str, list[object]]:
        """(FROM ... WHERE clause, ORDER BY, params) for a query; ranked by bm25 when it has words."""
        expression = query.fts_expression()
        where, params = self._filters(query)
        if expression is None:
            return f"FROM entries e WHERE {' AND '.join(where)}", "e.entry_date DESC, e.id DESC", params
        if where == ["e.deleted_at IS NULL"]:  # no filters: stay inside the FTS index
            return (
                "FROM entries_fts f WHERE entries_fts MATCH ? "
                "AND f.rowid NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)",
                "bm25(entries_fts, 4.0, 1.0)", [expression],
            )
        return (
            f"FROM entries_fts f JOIN entries e ON e.id = f.rowid WHERE entries_fts MATCH ? AND {' AND '.join(where)}",
            "bm25(entries_fts, 4.0, 1.0)", [expression, *params],
        )

    def _ranked_ids(self, query: SearchQuery, limit: int, offset: int = 0) -> list[int]:
        clause, order, params = self._match_sql(query)
        column = "e.id" if query.fts_expression() is None else "f.rowid"
        with db_errors(self._path):
            return [r[0] for r in self._conn.execute(
                f"SELECT {column} {clause} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]
            )]

    def search(self, query: SearchQuery, first: int = 50) -> SearchResult:
        """The number of matches and the ids of the best `first` (bm25, title weighted 4x over body).

        Snippets are computed only for the page shown (see `hits`), and matches beyond the
        first page are ranked only when asked for: both keep a common word's first page fast.
        """
        clause, _order, params = self._match_sql(query)
        with db_errors(self._path):
            total = self._conn.execute(f"SELECT count(*) {clause}", params).fetchone()[0]
        ids = self._ranked_ids(query, first) if total else []
        return SearchResult(query, total, ids)

    def all_matching_ids(self, query: SearchQuery) -> list[int]:
        """Every match, best first (for exports, which take them all)."""
        return self._ranked_ids(query, -1)

    def hits(self, result: SearchResult, start: int = 0, limit: int = 50) -> list[SearchHit]:
        """Search hits with highlighted snippets for the matches ranked start .. start+limit-1."""
        wanted = min(start + limit, result.total)
        if len(result.ids) < wanted:
            result.ids.extend(self._ranked_ids(result.query, wanted - len(result.ids), len(result.ids)))
        ids = result.ids[start : start + limit]
        if not ids:
            return []
        query: SearchQuery = result.query  # type: ignore[assignment]
        expression = query.fts_expression()
        marks = ",".join("?" * len(ids))
        if expression is None:
            sql = (
                f"SELECT e.id, e.entry_date, e.title, substr(e.body, 1, 160), {_TAGS_SQL}, e.share_state "
                f"FROM entries e WHERE e.id IN ({marks})"
            )
            args: list[object] = list(ids)
        else:
            sql = (
                f"SELECT e.id, e.entry_date, e.title, "
                f"snippet(entries_fts, 1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 24), "
                f"{_TAGS_SQL}, e.share_state, "
                f"highlight(entries_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}') "
                f"FROM entries_fts f JOIN entries e ON e.id = f.rowid "
                f"WHERE entries_fts MATCH ? AND f.rowid IN ({marks})"
            )
            args = [expression, *ids]
        rows = {}
        with db_errors(self._path):
            for row in self._conn.execute(sql, args):
                rows[row[0]] = row
        hits = []
        for rank, entry_id in enumerate(ids, start):
            row = rows.get(entry_id)
            if row is None:
                continue
            title = row[6] if len(row) > 6 else row[2]
            hits.append(
                SearchHit(
                    id=row[0], entry_date=row[1], title=title, snippet=" ".join(row[3].split()),
                    tags=_tags(row[4]), share_state=ShareState(row[5]), rank=rank,
                )
            )
        return hits


def _day_after(day: str) -> str:
    from datetime import date

    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
