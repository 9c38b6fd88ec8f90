"""Repositories for the reflection toolkit: strengths, milestones, people, trigger logs,
prompt history, personal prompts and the coping plan."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date, datetime
from pathlib import Path

from companion.errors import NotFoundError
from companion.journal.model import ENTRY_DATE_FORMAT, Entry, EntryDraft, format_entry_date
from companion.reflection.prompts import Prompt, make_personal_prompt
from companion.reflection.records import (
    CopingPlan, Milestone, Person, Strength, TRIGGER_LOG_TAG, TriggerLog, parse_trigger_log, render_trigger_log,
)
from companion.reflection.rotation import PromptEvent
from companion.store.connection import Connection, db_errors, transaction
from companion.store.entries import EntryRepository
from companion.store.settings import SettingsRepository

_TIME = "%Y-%m-%dT%H:%M:%S"


class _Table:
    """Shared plumbing for the small tables: insert, delete by id, list."""

    table = ""

    def __init__(self, conn: Connection, path: Path):
        self._conn, self._path = conn, path

    def _insert(self, columns: tuple[str, ...], values: tuple) -> int:
        marks = ", ".join("?" * len(values))
        with transaction(self._conn, self._path):
            return self._conn.execute(
                f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({marks})", values
            ).lastrowid

    def _update(self, row_id: int, columns: tuple[str, ...], values: tuple) -> None:
        sets = ", ".join(f"{c} = ?" for c in columns)
        with transaction(self._conn, self._path):
            if self._conn.execute(f"UPDATE {self.table} SET {sets} WHERE id = ?", (*values, row_id)).rowcount == 0:
                raise NotFoundError("That item is no longer there.")

    def delete(self, row_id: int) -> None:
        with transaction(self._conn, self._path):
            if self._conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (row_id,)).rowcount == 0:
                raise NotFoundError("That item is no longer there.")

    def _rows(self, columns: str, order: str) -> list[tuple]:
        with db_errors(self._path):
            return self._conn.execute(f"SELECT {columns} FROM {self.table} ORDER BY {order}").fetchall()


class StrengthRepository(_Table):
    table = "strengths"

    def add(self, strength: Strength) -> int:
        return self._insert(("text", "created_at"), (strength.text, strength.created_at.strftime(_TIME)))

    def all(self) -> list[Strength]:
        return [Strength(text=r[1], created_at=datetime.strptime(r[2], _TIME), id=r[0])
                for r in self._rows("id, text, created_at", "created_at, id")]


class MilestoneRepository(_Table):
    table = "milestones"

    def add(self, milestone: Milestone) -> int:
        return self._insert(("text", "day"), (milestone.text, milestone.date.isoformat()))

    def all(self) -> list[Milestone]:
        """Newest first: the look-back view reads from the most recent."""
        return [Milestone(text=r[1], date=date.fromisoformat(r[2]), id=r[0])
                for r in self._rows("id, text, day", "day DESC, id DESC")]


class PeopleRepository(_Table):
    table = "people"

    def add(self, person: Person) -> int:
        return self._insert(("name", "how_to_reach", "note"), (person.name, person.how_to_reach, person.note))

    def update(self, person: Person) -> None:
        self._update(person.id, ("name", "how_to_reach", "note"), (person.name, person.how_to_reach, person.note))

    def all(self) -> list[Person]:
        return [Person(name=r[1], how_to_reach=r[2], note=r[3], id=r[0])
                for r in self._rows("id, name, how_to_reach, note", "name COLLATE NOCASE, id")]


class PromptEventRepository(_Table):
    table = "prompt_events"

    def record(self, event: PromptEvent) -> None:
        self._insert(("day", "prompt_id", "action"), (event.day.isoformat(), event.prompt_id, event.action))

    def history(self) -> list[PromptEvent]:
        """Oldest first, as the rotation expects."""
        return [PromptEvent(day=date.fromisoformat(r[0]), prompt_id=r[1], action=r[2])
                for r in self._rows("day, prompt_id, action", "day, id")]


class PersonalPromptRepository(_Table):
    table = "personal_prompts"

    def save(self, prompt: Prompt) -> None:
        with transaction(self._conn, self._path):
            self._conn.execute(
                "INSERT INTO personal_prompts (id, category, text, content_note) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET category = excluded.category, text = excluded.text, "
                "content_note = excluded.content_note",
                (prompt.id, prompt.category, prompt.text, prompt.content_note),
            )

    def remove(self, prompt_id: str) -> None:
        with transaction(self._conn, self._path):
            self._conn.execute("DELETE FROM personal_prompts WHERE id = ?", (prompt_id,))

    def all(self) -> list[Prompt]:
        return [make_personal_prompt(r[0], r[1], r[2], r[3])
                for r in self._rows("id, category, text, content_note", "id")]


class TriggerLogRepository:
    """Trigger and coping logs are journal entries of kind "trigger": searchable with the journal,
    listed with it, exported with it; their fields are kept as JSON beside the rendered text."""

    TITLE = "Trigger and coping log"
    TAG = TRIGGER_LOG_TAG

    def __init__(self, entries: EntryRepository):
        self._entries = entries

    @staticmethod
    def _data(log: TriggerLog) -> str:
        fields = asdict(log)
        fields.pop("id")
        fields["created_at"] = log.created_at.strftime(_TIME)
        return json.dumps(fields, ensure_ascii=False)

    def add(self, log: TriggerLog) -> Entry:
        draft = EntryDraft(title=self.TITLE, body=render_trigger_log(log),
                           entry_date=format_entry_date(log.created_at), tags=(self.TAG,))
        return self._entries.add(draft, kind="trigger", data=self._data(log))

    def update(self, entry_id: int, log: TriggerLog) -> Entry:
        """New text and date; what was set in the journal (title, tags, share state, pin, note) stays."""
        entry = self._get(entry_id)
        tags = entry.tags if self.TAG in entry.tags else (*entry.tags, self.TAG)
        draft = EntryDraft(title=entry.title, body=render_trigger_log(log), tags=tags,
                           entry_date=format_entry_date(log.created_at), pinned=entry.pinned,
                           share_state=entry.share_state, content_note=entry.content_note,
                           never_resurface=entry.never_resurface, prompt_id=entry.prompt_id)
        return self._entries.set_data(entry_id, draft, self._data(log))

    def get(self, entry_id: int) -> TriggerLog:
        """The log as the journal holds it now: edits made in the journal editor are read back."""
        entry = self._get(entry_id)
        when = datetime.strptime(entry.entry_date, ENTRY_DATE_FORMAT)
        if entry.data:
            fields = json.loads(entry.data)
            fields["created_at"] = datetime.strptime(fields["created_at"], _TIME)
            stored = TriggerLog(id=entry.id, **fields)
            if render_trigger_log(stored) == entry.body:
                return stored if format_entry_date(stored.created_at) == entry.entry_date else replace(
                    stored, created_at=when)
        return parse_trigger_log(entry.body, when, entry.id)

    def _get(self, entry_id: int) -> Entry:
        entry = self._entries.get(entry_id)
        if entry.kind != "trigger":
            raise NotFoundError(f"Entry {entry_id} is not a trigger and coping log.")
        return entry


class CopingPlanRepository:
    """The coping plan is one small document, kept with the vault's sensitive settings."""

    KEY = "coping_plan"

    def __init__(self, settings: SettingsRepository):
        self._settings = settings

    def get(self) -> CopingPlan:
        stored = self._settings.get(self.KEY) or {}
        return CopingPlan(**{k: tuple(v) for k, v in stored.items() if k in CopingPlan.__dataclass_fields__})

    def save(self, plan: CopingPlan) -> None:
        self._settings.set(self.KEY, {k: list(v) for k, v in asdict(plan).items()})
