"""Check-ins, practice log and reflection records stored in a real vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from companion.errors import InvalidInputError, NotFoundError
from companion.journal.query import parse
from companion.reflection.checkins import CheckIn
from companion.reflection.records import CopingPlan, Milestone, Person, Strength, TriggerLog
from companion.reflection.rotation import PromptEvent
from companion.reflection.prompts import make_personal_prompt
from companion.vault import Vault
from vaulthelp import PASSPHRASE


def test_checkins_add_edit_delete_and_range(vault):
    a = vault.checkins.add(CheckIn(created_at=datetime(2026, 3, 1, 9), mood=2, distress=8, present=("tired",)))
    b = vault.checkins.add(CheckIn(created_at=datetime(2026, 3, 2, 9), mood=4, distress=3, note="walked"))
    assert [c.id for c in vault.checkins.between(datetime(2026, 3, 2), None)] == [b.id]
    edited = vault.checkins.update(CheckIn(created_at=a.created_at, mood=3, distress=6, id=a.id))
    assert (edited.mood, edited.distress, edited.present) == (3, 6, ())
    vault.checkins.delete(b.id)
    assert [c.id for c in vault.checkins.recent()] == [a.id]
    with pytest.raises(NotFoundError):
        vault.checkins.delete(b.id)


def test_checkin_range_is_enforced_by_domain_and_database(vault):
    with pytest.raises(InvalidInputError):
        CheckIn(created_at=datetime.now(), mood=6, distress=3)
    from companion.store.connection import DatabaseError

    with pytest.raises(DatabaseError):
        vault.connection.execute(
            "INSERT INTO checkins (uuid, created_at, mood, distress) VALUES ('x', '2026-01-01T00:00:00', 1, 11)"
        )


def test_practice_log_start_finish(vault):
    pid = vault.practices.start("box-breathing", datetime(2026, 1, 1, 10), distress_before=7)
    vault.practices.finish(pid, datetime(2026, 1, 1, 10, 4), completed=False, distress_after=5)
    (record,) = vault.practices.records()
    assert (record.exercise_id, record.completed, record.distress_before, record.distress_after) == (
        "box-breathing", False, 7, 5)


def test_trigger_log_is_a_searchable_entry(vault):
    log = TriggerLog(created_at=datetime(2026, 2, 2, 20, 15), what_happened="a loud door downstairs",
                     intensity=7, what_helped="cold water on my wrists")
    entry = vault.trigger_logs.add(log)
    assert entry.kind == "trigger"
    assert vault.entries.search(parse("wrists")).ids == [entry.id]
    assert vault.trigger_logs.get(entry.id).what_helped == "cold water on my wrists"
    assert vault.entries.page()[0].kind == "trigger"
    updated = vault.trigger_logs.update(entry.id, TriggerLog(created_at=log.created_at, what_helped="music"))
    assert "music" in updated.body and vault.entries.search(parse("wrists")).ids == []


def test_trigger_log_edited_in_the_journal_reads_back_and_keeps_journal_choices(vault):
    from companion.journal.model import EntryDraft, ShareState

    entry = vault.trigger_logs.add(TriggerLog(created_at=datetime(2026, 2, 2, 20, 15, 30),
                                              what_happened="a loud door", intensity=7, what_helped="tea"))
    assert vault.trigger_logs.get(entry.id).created_at == datetime(2026, 2, 2, 20, 15, 30)  # untouched
    # In the journal editor: a new sentence under a heading, a new date, a tag, ready to share.
    body = entry.body.replace("tea", "tea, and my sister's voice")
    vault.entries.update(entry.id, EntryDraft(title="After the door", body=body, tags=("trigger log", "home"),
                                              entry_date="2026-02-03 09:00", share_state=ShareState.READY))
    log = vault.trigger_logs.get(entry.id)
    assert log.what_helped == "tea, and my sister's voice"
    assert (log.what_happened, log.intensity, log.created_at) == ("a loud door", 7, datetime(2026, 2, 3, 9, 0))
    # Saving from the form keeps the journal's title, tags and share state.
    saved = vault.trigger_logs.update(entry.id, TriggerLog(created_at=log.created_at, what_happened="a door",
                                                           what_helped=log.what_helped, intensity=4))
    assert (saved.title, saved.share_state) == ("After the door", ShareState.READY)
    assert set(saved.tags) == {"trigger log", "home"}
    assert vault.trigger_logs.get(entry.id).what_happened == "a door"


def test_trigger_log_with_text_outside_its_headings_is_refused_not_dropped(vault):
    from companion.journal.model import EntryDraft

    entry = vault.trigger_logs.add(TriggerLog(created_at=datetime(2026, 2, 2, 20, 15), what_happened="a door"))
    vault.entries.update(entry.id, EntryDraft(title=entry.title, body="A line I added first\n\n" + entry.body,
                                              tags=entry.tags, entry_date=entry.entry_date))
    with pytest.raises(InvalidInputError, match="only be edited there"):
        vault.trigger_logs.get(entry.id)
    assert vault.entries.get(entry.id).body.startswith("A line I added first")


def test_strengths_milestones_people_prompts_plan_survive_reopen(vault, vault_dir):
    vault.strengths.add(Strength(text="I keep showing up", created_at=datetime(2026, 1, 1)))
    vault.milestones.add(Milestone(text="first group session", date=date(2026, 1, 5)))
    vault.milestones.add(Milestone(text="slept through", date=date(2026, 2, 1)))
    vault.people.add(Person(name="Sam", how_to_reach="phone in my contacts"))
    vault.prompt_events.record(PromptEvent(day=date(2026, 1, 1), prompt_id="p1", action="shown"))
    vault.personal_prompts.save(make_personal_prompt("mine-1", "rest", "What rested me today?"))
    vault.coping_plan.save(CopingPlan(warning_signs=("not sleeping",), self_help=("walk", "tea")))
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert [s.text for s in v.strengths.all()] == ["I keep showing up"]
        assert [m.text for m in v.milestones.all()] == ["slept through", "first group session"]
        assert v.people.all()[0].name == "Sam"
        assert v.prompt_events.history()[0].prompt_id == "p1"
        assert v.personal_prompts.all()[0].personal
        plan = v.coping_plan.get()
        assert plan.self_help == ("walk", "tea") and "not sleeping" in plan.to_markdown()
