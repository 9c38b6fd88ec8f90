"""Golden files for Markdown, HTML and text. Regenerate with UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from companion.export.compose import compose
from companion.export.html import render_html
from companion.export.markdown import render_markdown
from companion.export.selection import (
    DatePrecision,
    EntryChoice,
    ExerciseItem,
    ExercisesSection,
    Redaction,
    Sections,
    ShareOptions,
    ShareSelection,
    StrengthsSection,
    Template,
    TrendSection,
)
from companion.export.text import render_text
from companion.reflection.records import Milestone
from companion.reflection.stats import TrendSummary

GOLDEN = Path(__file__).parent / "golden"

BODY_ONE = """I finally told **Sam** about the night at Harbour Street.

It was *hard* and my hands shook, but I said it:
"I am allowed to take up space."

## What helped

- breathing out longer than in
- Sam's kitchen, the kettle
  - the sound of it
- knowing I could stop

> You don't have to carry it alone.

Afterwards I wrote `1 small thing` down, as Dr. Okafor suggested.
"""

BODY_TWO = """Not a good week. Skipped group on Tuesday.

PRIVATE-CANARY this part stays in the vault.

But I went for a walk with Sam on Sunday, and that counted."""


def entries(make_entry):
    return [
        make_entry(1, BODY_ONE, "Telling Sam", date="2026-03-10 21:05", tags=("family", "milestone")),
        make_entry(2, BODY_TWO, "", date="2026-03-15 18:30", tags=("hard-week",)),
        make_entry(3, "PRIVATE-CANARY never chosen", "Unchosen", date="2026-03-16 08:00"),
    ]


def selection(template: Template) -> ShareSelection:
    start = BODY_TWO.index("But I went")
    summary = TrendSummary(
        start=date(2026, 3, 1), end=date(2026, 3, 31), checkins=12, days_with_checkins=10,
        mood_mean=3.25, mood_min=1, mood_max=5, distress_mean=4.5, distress_min=1, distress_max=8,
        first_half_mood_mean=2.8, second_half_mood_mean=3.6,
        first_half_distress_mean=5.2, second_half_distress_mean=3.9,
    )
    return ShareSelection(
        entries=(EntryChoice(1), EntryChoice(2, excerpts=((start, len(BODY_TWO)),))),
        sections=Sections(
            trend=TrendSection(summary),
            exercises=ExercisesSection((ExerciseItem("Box breathing", 4, True, "Counting to four.", 6.5, 4.0),)),
            strengths=StrengthsSection(milestones=(Milestone("First night out since", date(2026, 3, 7)),),
                                       strengths=("I keep showing up",)),
            bring="How to say *no* to family visits without explaining.",
            questions=("How do you handle anniversaries?",),
        ),
        options=ShareOptions(
            redactions=(Redaction("Sam"), Redaction("Harbour Street", "[a street]"), Redaction("Dr. Okafor", "[my GP]")),
            template=template,
            dates=None if template is Template.GROUP else DatePrecision.WEEK,
            keep_tags=template is Template.PERSONAL,
        ),
    )


CASES = [
    ("group", Template.GROUP, "md", render_markdown),
    ("group", Template.GROUP, "html", render_html),
    ("group", Template.GROUP, "txt", render_text),
    ("personal", Template.PERSONAL, "md", render_markdown),
    ("personal", Template.PERSONAL, "html", render_html),
    ("personal", Template.PERSONAL, "txt", render_text),
]


@pytest.mark.parametrize(("name", "template", "suffix", "render"), CASES, ids=[f"{c[0]}.{c[2]}" for c in CASES])
def test_golden(name, template, suffix, render, make_entry):
    output = render(compose(selection(template), entries(make_entry)))
    path = GOLDEN / f"{name}.{suffix}"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), f"{path.name} changed; review and run with UPDATE_GOLDEN=1"
    for hidden in ("Sam", "Harbour Street", "Okafor", "PRIVATE-CANARY", "Unchosen", "Skipped group"):
        assert hidden not in output


def test_group_golden_has_no_dates(make_entry):
    text = (GOLDEN / "group.txt").read_text(encoding="utf-8")
    assert "2026" not in text and "March" not in text
