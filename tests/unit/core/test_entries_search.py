"""Entries, tags, soft delete and search as a person would use them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.errors import InvalidInputError, NotFoundError
from companion.journal.model import HIGHLIGHT_END, HIGHLIGHT_START, EntryDraft, ShareState
from companion.journal.query import SearchQuery, parse


def add(vault, body, title="", date="2026-01-01 10:00", **kw):
    return vault.entries.add(EntryDraft(body=body, title=title, entry_date=date, **kw))


def test_markdown_body_round_trips_exactly(vault):
    body = "# Heading\n\n* one\n* two\n\n> quoted *soft* **strong**  \n\ttabbed\n\u00e9\u00e8 \U0001f33f\r\nend"
    entry = add(vault, body, title="  spaced  ")
    assert vault.entries.get(entry.id).body == body
    assert vault.entries.get(entry.id).title == "  spaced  "


def test_update_changes_everything_editable(vault):
    entry = add(vault, "first", tags=("a",))
    updated = vault.entries.update(
        entry.id,
        EntryDraft(body="second", title="T", tags=("B", "b", "#c"), entry_date="2025-05-05 05:05", pinned=True,
                   share_state=ShareState.READY, content_note="heavy", never_resurface=True),
    )
    assert (updated.body, updated.title, updated.tags, updated.entry_date) == ("second", "T", ("B", "c"), "2025-05-05 05:05")
    assert updated.pinned and updated.never_resurface and updated.share_state is ShareState.READY
    assert updated.content_note == "heavy"
    assert vault.entries.search(parse("first")).ids == []
    assert vault.entries.search(parse("second")).ids == [entry.id]


def test_newest_first_with_keyset_paging(vault):
    ids = [add(vault, f"entry {i}", date=f"2026-01-{i + 1:02d} 09:00").id for i in range(25)]
    first = vault.entries.page(limit=10)
    second = vault.entries.page(after=(first[-1].entry_date, first[-1].id), limit=10)
    third = vault.entries.page(after=(second[-1].entry_date, second[-1].id), limit=10)
    assert [r.id for r in first + second + third] == list(reversed(ids))


def test_filters_by_tag_date_and_share_state(vault):
    a = add(vault, "a", date="2026-02-01 08:00", tags=("Walk",), share_state=ShareState.READY)
    add(vault, "b", date="2026-03-01 08:00", tags=("sleep",))
    c = add(vault, "c", date="2026-03-31 23:59", tags=("walk",))
    assert [r.id for r in vault.entries.page(SearchQuery(tags=("walk",)))] == [c.id, a.id]
    assert [r.id for r in vault.entries.page(SearchQuery(since="2026-03-01", until="2026-03-31"))][0] == c.id
    assert vault.entries.count(SearchQuery(since="2026-03-01", until="2026-03-31")) == 2
    assert [r.id for r in vault.entries.page(SearchQuery(share_states=(ShareState.READY,)))] == [a.id]
    assert vault.entries.tags() == [("sleep", 1), ("Walk", 2)]


def test_soft_delete_restore_and_purge(vault):
    entry = add(vault, "unique-marmalade words")
    vault.entries.delete(entry.id)
    assert vault.entries.page() == []
    assert vault.entries.search(parse("marmalade")).ids == []
    assert [r.id for r in vault.entries.deleted()] == [entry.id]
    vault.entries.restore(entry.id)
    assert vault.entries.search(parse("marmalade")).ids == [entry.id]
    vault.entries.purge(entry.id)
    with pytest.raises(NotFoundError):
        vault.entries.get(entry.id, include_deleted=True)
    assert vault.connection.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'marmalade'").fetchone()[0] == 0
    assert vault.check() == []


def test_purge_expired_only_removes_old_deletions(vault):
    old, recent = add(vault, "old"), add(vault, "recent")
    vault.entries.delete(old.id)
    vault.entries.delete(recent.id)
    vault.connection.execute("UPDATE entries SET deleted_at = '2000-01-01T00:00:00Z' WHERE id = ?", (old.id,))
    assert vault.entries.purge_expired(30) == 1
    assert [r.id for r in vault.entries.deleted()] == [recent.id]


def test_search_ranks_title_matches_and_highlights(vault):
    body_only = add(vault, "we spoke about the garden and other things", title="Tuesday")
    in_title = add(vault, "notes", title="Garden")
    result = vault.entries.search(parse("garden"))
    assert result.ids == [in_title.id, body_only.id]
    hits = vault.entries.hits(result)
    assert hits[0].title == f"{HIGHLIGHT_START}Garden{HIGHLIGHT_END}"
    assert f"{HIGHLIGHT_START}garden{HIGHLIGHT_END}" in hits[1].snippet


def test_search_phrases_prefixes_exclusions_and_diacritics(vault):
    a = add(vault, "Le café était calme, a quiet morning")
    b = add(vault, "a morning that was not quiet at all")
    c = add(vault, "healing takes its own time")
    assert vault.entries.search(parse("cafe")).ids == [a.id]
    assert vault.entries.search(parse('"quiet morning"')).ids == [a.id]
    assert vault.entries.search(parse("heal*")).ids == [c.id]
    assert vault.entries.search(parse("morning -café")).ids == [b.id]


def test_search_with_filters_and_tag_syntax(vault):
    a = add(vault, "rain again", tags=("weather",), date="2026-04-01 10:00")
    add(vault, "rain again", date="2025-04-01 10:00")
    assert vault.entries.search(parse("rain tag:weather")).ids == [a.id]
    assert vault.entries.search(parse("rain since:2026-01-01")).ids == [a.id]
    assert vault.entries.search(parse("tag:weather")).ids == [a.id]


def test_paged_hits_cover_all_results(vault):
    vault.entries.add_many([EntryDraft(body=f"river number {i}", entry_date="2026-01-01 10:00") for i in range(120)])
    result = vault.entries.search(parse("river"))
    assert len(result) == 120 and len(result.ids) == 50  # later pages are ranked when asked for
    seen = [h.id for start in range(0, 120, 50) for h in vault.entries.hits(result, start, 50)]
    assert seen == vault.entries.all_matching_ids(parse("river"))
    assert sorted(seen) == sorted(result.ids) and len(set(seen)) == 120


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_typed_query_is_safe(vault, text):
    """Whatever a person types, search answers or says the date is wrong; never an FTS syntax error."""
    from companion.errors import UsageError

    try:
        query = parse(text)
    except UsageError:
        return
    result = vault.entries.search(query)
    vault.entries.hits(result)


def test_bulk_import_is_indexed_and_trigger_restored(vault):
    ids = vault.entries.add_many([EntryDraft(body=f"lantern {i}", tags=("bulk",)) for i in range(50)])
    assert len(ids) == 50
    assert len(vault.entries.search(parse("lantern")).ids) == 50
    later = add(vault, "lantern after")
    assert later.id in vault.entries.all_matching_ids(parse("lantern"))
    assert len(vault.entries.search(parse("lantern"))) == 51
    assert vault.check() == []


def test_bulk_import_is_all_or_nothing(vault):
    drafts = [EntryDraft(body="fine")] * 3 + [EntryDraft(body="bad", entry_date="not a date")]
    with pytest.raises(InvalidInputError):
        vault.entries.add_many(drafts)
    assert vault.entries.count() == 0


def test_invalid_date_rejected_without_change(vault):
    with pytest.raises(InvalidInputError):
        vault.entries.add(EntryDraft(body="x", entry_date="yesterday"))
    assert vault.entries.count() == 0


def test_settings_round_trip(vault):
    vault.settings.set("autolock.minutes", 5)
    vault.settings.set("quick_exit", {"action": "minimise"})
    assert vault.settings.get("autolock.minutes") == 5
    assert vault.settings.get("missing", "default") == "default"
    assert vault.settings.all()["quick_exit"] == {"action": "minimise"}
