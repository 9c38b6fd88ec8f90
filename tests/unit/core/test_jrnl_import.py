"""Importing a journal written by jrnl 4.6 (fixtures made with jrnl itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.errors import InvalidInputError
from companion.importers import jrnl
from companion.importers.report import import_drafts

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "jrnl"


def _check(drafts):
    assert [d.entry_date for d in drafts] == ["2024-03-05 21:41", "2024-03-06 08:00", "2024-03-07 19:17"]
    first, starred, multi = drafts
    assert first.title == "Evening by the river."
    assert first.body == "The water was loud and I felt @calm for a while."
    assert first.tags == ("calm",)
    assert starred.pinned and starred.title == "Morning pages" and not first.pinned
    assert multi.title == "Two lines"
    assert multi.body == "second line mentions @work and #sleep\n\nand a paragraph after a blank line."
    assert set(multi.tags) == {"work", "sleep"}


def test_plain_text_journal_in_default_date_format():
    _check(jrnl.parse((FIXTURES / "journal.txt").read_bytes()))


def test_json_export():
    _check(jrnl.parse((FIXTURES / "export.json").read_bytes()))


def test_import_into_vault_skips_duplicates(vault):
    drafts = jrnl.parse((FIXTURES / "journal.txt").read_bytes())
    assert import_drafts(vault.entries, drafts).imported == 3
    again = import_drafts(vault.entries, jrnl.parse((FIXTURES / "export.json").read_bytes()))
    assert (again.imported, again.duplicates) == (0, 3)
    assert vault.entries.count() == 3
    assert [t for t, _ in vault.entries.tags()] == ["calm", "sleep", "work"]


@pytest.mark.parametrize(
    "raw",
    [b"no dates here at all", b"\xff\xfe\x00bad", b'{"entries": [{"title": 1}]}', b'{"entries": "x"}',
     b"preamble\n[2024-01-01 09:00:00 AM] x", b"{not json"],
)
def test_malformed_files_import_nothing(vault, raw):
    with pytest.raises(InvalidInputError):
        import_drafts(vault.entries, jrnl.parse(raw))
    assert vault.entries.count() == 0
