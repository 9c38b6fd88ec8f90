"""The reflection item models under Qt's model tester, and check-ins paged newest first (keyset)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex

from companion.journal.model import EntrySummary
from companion.reflection.checkins import CheckIn
from companion.reflection.prompts import load_prompt_library
from companion.reflection.records import Milestone, Person, Strength
from companion.reflection.support_lines import load_support_directory
from companion.ui.reflection.models import (
    CheckInListModel,
    EntryListModel,
    MilestoneListModel,
    PeopleListModel,
    PromptListModel,
    Roles,
    StrengthListModel,
    SupportLineListModel,
)
from companion.vault.core import Vault
from tests.ui.conftest import PASSPHRASE, make_vault

NOW = datetime(2026, 3, 10, 12, 0)


def _checkins(n: int) -> list[CheckIn]:
    return [CheckIn(created_at=NOW - timedelta(hours=5 * i), mood=1 + i % 5, distress=i % 11,
                    energy=None if i % 3 else 2, present=("tired",) if i % 2 else (), note="n" if i % 4 else None,
                    entry_id=3 if i == 1 else None, id=n - i) for i in range(n)]


class SyncPages:
    def __init__(self, rows):
        self.rows, self.calls = rows, 0

    def __call__(self, after, limit, deliver):
        self.calls += 1
        start = 0 if after is None else next(i for i, r in enumerate(self.rows) if (r.created_at, r.id) == after) + 1
        deliver(self.rows[start:start + limit])


def test_every_model_passes_the_model_tester(qtmodeltester, qapp):
    source = SyncPages(_checkins(23))
    checkins = CheckInListModel(source, page_size=10)
    checkins.today = NOW.date()
    checkins.reload()
    assert checkins.rowCount() == 10 and checkins.canFetchMore(QModelIndex()) and source.calls == 1
    checkins.fetchMore(QModelIndex())
    checkins.fetchMore(QModelIndex())
    assert checkins.rowCount() == 23 and not checkins.canFetchMore(QModelIndex()) and source.calls == 3
    qtmodeltester.check(checkins)
    checkins.reload()
    qtmodeltester.check(checkins)  # (the tester fetches the remaining pages itself)
    assert checkins.rowCount() == 23
    first = checkins.index(0, 0)
    assert first.data().startswith("Today 12:00 · mood: really hard · distress 0 of 10")
    assert "energy: low" in first.data()
    assert "linked to an entry" in checkins.index(1, 0).data()
    assert first.data(Roles.Id) == 23 and first.data(Roles.Item).mood == 1

    library = load_prompt_library()
    prompts = PromptListModel(library.title)
    prompts.set_rows(library.prompts)
    qtmodeltester.check(prompts)
    noted = next(i for i, p in enumerate(library.prompts) if p.content_note)
    assert "content note:" in prompts.index(noted, 0).data()

    strengths = StrengthListModel()
    strengths.set_rows([Strength("patient", NOW, 1), Strength("funny", NOW, 2)])
    qtmodeltester.check(strengths)
    milestones = MilestoneListModel()
    milestones.set_rows([Milestone("a walk", date(2026, 3, 1), 1)])
    qtmodeltester.check(milestones)
    people = PeopleListModel()
    people.set_rows([Person("Sam", "text", "kind", 1), Person("Ana", id=2)])
    qtmodeltester.check(people)
    assert people.index(0, 0).data() == "Sam\ntext — kind"
    entries = EntryListModel()
    entries.set_rows([EntrySummary(1, "2025-03-10 09:00", "Then", "words", has_content_note=True)])
    qtmodeltester.check(entries)
    assert "content note" in entries.index(0, 0).data()
    lines = SupportLineListModel()
    directory = load_support_directory()
    lines.set_rows([{"id": "own-1", "name": "Mine", "number": "1"}, *directory.lines[:5]])
    qtmodeltester.check(lines)
    assert "added by you" in lines.index(0, 0).data() and "source:" in lines.index(1, 0).data()

    # rows change in place: replace, remove, insert keep the tester happy
    checkins.replace(CheckIn(created_at=NOW, mood=5, distress=0, id=23))
    checkins.remove(22)
    checkins.add_newest(CheckIn(created_at=NOW + timedelta(hours=1), mood=3, distress=3, id=99))
    assert checkins.index(0, 0).data(Roles.Id) == 99 and checkins.rowCount() == 23
    checkins.clear()
    assert checkins.rowCount() == 0 and not checkins.canFetchMore(QModelIndex())


def test_check_ins_page_newest_first_through_the_store(tmp_path):
    folder = make_vault(tmp_path / "vault")
    vault = Vault.open(folder, passphrase=PASSPHRASE)
    try:
        for i in range(7):
            vault.checkins.add(CheckIn(created_at=NOW - timedelta(days=i // 2), mood=3, distress=i))
        first = vault.checkins.recent(3)
        rest = vault.checkins.recent(3, before=(first[-1].created_at, first[-1].id))
        last = vault.checkins.recent(3, before=(rest[-1].created_at, rest[-1].id))
        ids = [c.id for c in first + rest + last]
        assert ids == [c.id for c in vault.checkins.recent(10)]
        assert len(set(ids)) == 7
    finally:
        vault.close()
