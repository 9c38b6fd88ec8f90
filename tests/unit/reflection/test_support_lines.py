"""The offline support line directory: shipped data validates and stays text-only."""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from companion.errors import InvalidInputError
from companion.reflection.support_lines import SupportLinesError, load_support_directory, parse_support_directory


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(resources.files("companion.reflection.data").joinpath("support_lines.json").read_text("utf-8"))


def test_shipped_directory_validates():
    directory = load_support_directory()
    assert 10 <= len(directory.lines) <= 15
    assert "check the number where you live" in directory.note.lower()
    assert directory.checked == "2026-11"
    assert all(line.checked == "2026-11" and line.source and line.purpose for line in directory.lines)
    assert len({line.id for line in directory.lines}) == len(directory.lines)
    assert len({line.country for line in directory.lines}) >= 4


def test_known_numbers_are_listed_where_expected():
    directory = load_support_directory()
    numbers = {(line.country, line.number) for line in directory.lines}
    for expected in [
        ("GB", "116 123"),
        ("IE", "116 123"),
        ("US", "988"),
        ("US", "800-656-4673"),
        ("US", "800-799-7233"),
        ("GB", "0808 2000 247"),
        ("GB", "0808 500 2222"),
        ("AU", "13 11 14"),
        ("AU", "1800 737 732"),
        ("CA", "988"),
        ("ES", "024"),
        ("ES", "016"),
    ]:
        assert expected in numbers
    assert [line.number for line in directory.for_country("es")] == ["024", "016"]
    assert directory.country_name("gb") == "United Kingdom"


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("source", "https://www.samaritans.org/", "bare website name"),
        ("number", "call 116 123", "digits"),
        ("country", "XX", "country"),
        ("checked", "November", "YYYY-MM"),
        ("ways", ["email"], "call, text"),
        ("purpose", "See https://example.org", "link"),
        ("website", "x", "website"),
    ],
)
def test_bad_entries_are_refused(raw, field, value, message):
    broken = copy.deepcopy(raw)
    broken["lines"][0][field] = value
    with pytest.raises(SupportLinesError, match=message) as caught:
        parse_support_directory(broken)
    assert isinstance(caught.value, InvalidInputError)


def test_duplicate_ids_and_missing_note_are_refused(raw):
    duplicate = copy.deepcopy(raw)
    duplicate["lines"].append(duplicate["lines"][0])
    with pytest.raises(SupportLinesError, match="share an id"):
        parse_support_directory(duplicate)
    no_note = copy.deepcopy(raw)
    del no_note["note"]
    with pytest.raises(SupportLinesError, match="note"):
        parse_support_directory(no_note)
