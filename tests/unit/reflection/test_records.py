"""Trigger logs, strengths, milestones, people, the coping plan and "on this day"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from companion.errors import InvalidInputError
from companion.reflection.records import (
    PLAN_HEADER,
    PLAN_SECTIONS,
    CopingPlan,
    Milestone,
    Person,
    ResurfaceItem,
    Strength,
    TriggerLog,
    on_this_day,
    parse_trigger_log,
    render_trigger_log,
)

NOW = datetime(2026, 3, 14, 19, 0)


def test_trigger_log_keeps_what_was_written_and_refuses_an_empty_one():
    log = TriggerLog(NOW, what_happened=" a loud door ", intensity=6, what_helped="feet on the floor")
    assert log.what_happened == "a loud door" and log.noticed_body is None
    assert TriggerLog(NOW, intensity=0).intensity == 0
    with pytest.raises(InvalidInputError, match="nothing in this log"):
        TriggerLog(NOW, what_happened="   ")
    with pytest.raises(InvalidInputError, match="Intensity must be a whole number from 0 to 10"):
        TriggerLog(NOW, intensity=11)
    with pytest.raises(InvalidInputError, match="What I did"):
        TriggerLog(NOW, what_i_did="x" * 4001)


def test_strengths_milestones_and_people_are_validated():
    assert Strength(" I kept going ", NOW).text == "I kept going"
    assert Milestone("First walk alone", datetime(2026, 3, 1, 10)).date == date(2026, 3, 1)
    with pytest.raises(InvalidInputError, match="cannot be empty"):
        Strength("", NOW)
    with pytest.raises(InvalidInputError, match="needs a date"):
        Milestone("x", "2026-03-01")  # type: ignore[arg-type]
    person = Person("  Sam ", how_to_reach="", note="group friend")
    assert (person.name, person.how_to_reach) == ("Sam", None)
    with pytest.raises(InvalidInputError, match="A name cannot be empty"):
        Person(" ")
    with pytest.raises(InvalidInputError, match="positive whole number"):
        Person("Sam", id=-3)


PLAN = CopingPlan(
    warning_signs=["Not sleeping", "Pulling away from people"],
    self_help=["Box breathing", "A walk around the block", "Cold water on my wrists"],
    people_and_places=["Sam from group", "The library"],
    professionals=["My counsellor, Tuesdays"],
    crisis_lines=["Samaritans 116 123"],
)


def test_coping_plan_markdown_contains_every_item_under_its_heading():
    text = PLAN.to_markdown()
    assert text.startswith("# My coping plan\n")
    assert PLAN_HEADER in text
    for name, heading in PLAN_SECTIONS:
        assert f"## {heading}" in text
        for item in getattr(PLAN, name):
            assert f"- {item}\n" in text
    headings = [text.index(f"## {heading}") for _, heading in PLAN_SECTIONS]
    assert headings == sorted(headings)


def test_coping_plan_markdown_escapes_and_handles_empty_sections():
    plan = CopingPlan(
        self_help=["# not a heading", "*stars* and [links](x)", "1. first", "line one\nline two", " ", "- dash"]
    )
    text = plan.to_markdown(title="Plan #2")
    assert "# Plan \\#2" in text
    assert "- \\# not a heading" in text
    assert "- \\*stars\\* and \\[links\\](x)" in text
    assert "- 1\\. first" in text
    assert "- line one\n  line two" in text
    assert "- \\- dash" in text
    assert plan.self_help[-1] == "- dash" and len(plan.self_help) == 5  # blank items dropped
    assert "Signs that things" not in text
    assert "## Signs that things are getting harder" in plan.to_markdown(include_empty=True)
    assert CopingPlan().is_empty and not plan.is_empty


def test_coping_plan_limits():
    with pytest.raises(InvalidInputError, match="at most 30 items"):
        CopingPlan(warning_signs=["x"] * 31)
    with pytest.raises(InvalidInputError, match="list of texts"):
        CopingPlan(warning_signs="just one string")  # type: ignore[arg-type]


@dataclass
class Entry:
    title: str
    date: datetime
    never_resurface: bool = False
    content_note: str | None = None


def test_on_this_day_excludes_never_resurface_and_content_notes_unless_asked():
    today = date(2026, 3, 14)
    entries = [
        Entry("last year", datetime(2025, 3, 14, 9)),
        Entry("hidden forever", datetime(2024, 3, 14, 9), never_resurface=True),
        Entry("noted", datetime(2023, 3, 14, 9), content_note="mentions the court case"),
        Entry("hidden and noted", datetime(2022, 3, 14, 9), never_resurface=True, content_note="x"),
        Entry("today", datetime(2026, 3, 14, 8)),
        Entry("next day", datetime(2025, 3, 15, 9)),
        Entry("older", datetime(2020, 3, 14, 23)),
    ]
    assert [e.title for e in on_this_day(entries, today)] == ["last year", "older"]
    assert [e.title for e in on_this_day(entries, today, include_sensitive=True)] == ["last year", "noted", "older"]


def test_on_this_day_leap_day_and_plain_items():
    leap = ResurfaceItem(date(2024, 2, 29), id=1)
    assert on_this_day([leap], date(2025, 2, 28)) == [leap]
    assert on_this_day([leap], date(2028, 2, 28)) == []
    assert on_this_day([leap], date(2028, 2, 29)) == [leap]
    assert on_this_day([ResurfaceItem(date(2025, 3, 1))], datetime(2026, 3, 1, 7)) != []


_LOG_TEXT = st.one_of(st.none(), st.text(
    st.characters(exclude_categories=("Cc", "Cs"), include_characters="\n"), min_size=1, max_size=60))


@st.composite
def _trigger_logs(draw):
    fields = {name: draw(_LOG_TEXT) for name in ("what_happened", "noticed_body", "what_helped")}
    try:
        return TriggerLog(created_at=datetime(2026, 1, 1, 9, 30), intensity=draw(st.none() | st.integers(0, 10)),
                          **fields)
    except InvalidInputError:  # nothing in it at all
        assume(False)


@given(_trigger_logs())
def test_trigger_log_text_parses_back_to_the_same_log(log):
    """Whatever was typed in the form, its journal text reads back as the same fields."""
    assert parse_trigger_log(render_trigger_log(log), log.created_at) == log
