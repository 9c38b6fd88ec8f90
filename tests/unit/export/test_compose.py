"""Composing: only what was chosen, at the chosen precision, with every string redacted."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from companion.errors import InvalidInputError
from companion.export.compose import Labels, compose, format_date
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
    index_from_utf16,
    parse_ids,
    snap_to_words,
    utf16_from_index,
)
from companion.export.text import render_text
from companion.reflection.records import Milestone, Strength
from companion.reflection.stats import ExerciseSummary, PracticeRecord, before_after_summary, trend_summary

RENDERERS = (render_markdown, render_html, render_text)


def test_only_chosen_entries_and_excerpts_reach_any_format(make_entry):
    body = "CANARYSTART keep this part. CANARYMIDDLE and keep this too. CANARYEND"
    entries = [
        make_entry(1, body, "Chosen"),
        make_entry(2, "CANARYUNCHOSEN body", "CANARYUNCHOSENTITLE"),
    ]
    first = body.index("keep this part.")
    second = body.index("keep this too.")
    choice = EntryChoice(1, excerpts=((second, second + len("keep this too.")), (first, first + len("keep this part."))))
    document = compose(ShareSelection(entries=(choice,)), entries)
    for render in RENDERERS:
        out = render(document)
        assert "keep this part." in out and "keep this too." in out
        for canary in ("CANARYSTART", "CANARYMIDDLE", "CANARYEND", "CANARYUNCHOSEN"):
            assert canary not in out, (render.__name__, canary)
    assert document.sections[0].meta == ("Excerpts from this entry",)
    gaps = [b for b in document.sections[0].blocks if getattr(b, "role", "") == "gap"]
    assert len(gaps) == 3  # before, between and after the excerpts


def test_excerpts_are_checked(make_entry):
    entries = [make_entry(1, "short")]
    with pytest.raises(InvalidInputError, match="outside"):
        compose(ShareSelection(entries=(EntryChoice(1, excerpts=((0, 99),)),)), entries)
    with pytest.raises(InvalidInputError, match="no longer"):
        compose(ShareSelection(entries=(EntryChoice(9),)), entries)
    with pytest.raises(InvalidInputError, match="twice"):
        compose(ShareSelection(entries=(EntryChoice(1), EntryChoice(1))), entries)
    with pytest.raises(InvalidInputError, match="Nothing"):
        compose(ShareSelection(), entries)


def test_utf16_positions_from_qt_and_word_snapping():
    text = "I 💜 Sam"
    assert index_from_utf16(text, 4) == 3  # after the emoji, which is two UTF-16 units
    assert utf16_from_index(text, 3) == 4
    assert text[index_from_utf16(text, 4) :] == " Sam"
    assert snap_to_words("hello wonderful world", 8, 12) == (6, 15)
    assert parse_ids("3, 7,3,12") == [3, 7, 12]
    with pytest.raises(InvalidInputError):
        parse_ids("3,x")


def test_group_template_has_neutral_header_and_no_dates(make_entry):
    entries = [make_entry(1, "text", "A title", tags=("secrettag",), content_note="CNOTE")]
    document = compose(ShareSelection(entries=(EntryChoice(1),)), entries)
    out = render_text(document)
    assert document.title == "A reflection I chose to share"
    assert "2026" not in out and "March" not in out
    assert "secrettag" not in out and "CNOTE" not in out
    assert "Companion" not in render_html(document)
    assert document.layout.text_size == 14


def test_kept_tags_and_metadata(make_entry):
    entries = [make_entry(1, "text", "T", tags=("rest",), content_note="mentions a hospital", prompt_id="p1")]
    options = ShareOptions(keep_tags=True, keep_metadata=True, template=Template.PERSONAL)
    document = compose(ShareSelection(entries=(EntryChoice(1),), options=options), entries, prompts={"p1": "What helped?"})
    assert document.sections[0].meta == (
        "14 March 2026, 09:30", "Tags: rest", "Content note: mentions a hospital", "Prompt: What helped?",
    )
    assert document.layout.text_size == 11


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        (DatePrecision.EXACT, "14 March 2026, 09:30"),
        (DatePrecision.WEEK, "Week of 9 March 2026"),
        (DatePrecision.MONTH, "March 2026"),
        (DatePrecision.NONE, ""),
    ],
)
def test_date_precision(precision, expected):
    assert format_date(datetime(2026, 3, 14, 9, 30), precision) == expected


def test_translated_labels(make_entry):
    labels = Labels(group_title="Ein Text, den ich teilen möchte", months=tuple(f"M{i}" for i in range(1, 13)))
    options = ShareOptions(dates=DatePrecision.MONTH)
    document = compose(ShareSelection(entries=(EntryChoice(1),), options=options), [make_entry(1, "x")], labels=labels)
    assert document.title == labels.group_title
    assert document.sections[0].meta == ("M3 2026",)


class Sample:
    def __init__(self, when, mood, distress):
        self.created_at, self.mood, self.distress = when, mood, distress


def _sections():
    samples = [Sample(datetime(2026, 3, d, 20), 2 + d % 3, d % 7) for d in range(2, 30, 3)]
    summary = trend_summary(samples, date(2026, 3, 1), date(2026, 3, 31))
    from companion.reflection.stats import distress_series, mood_series

    trend = TrendSection(
        summary,
        tuple(mood_series(samples, "week", date(2026, 3, 2), date(2026, 3, 29))),
        tuple(distress_series(samples, "week", date(2026, 3, 2), date(2026, 3, 29))),
    )
    records = [
        PracticeRecord("box-breathing", datetime(2026, 3, 3, 9), datetime(2026, 3, 3, 9, 5), True, 7, 4),
        PracticeRecord("box-breathing", datetime(2026, 3, 9, 9), datetime(2026, 3, 9, 9, 5), True, 6, 5),
        PracticeRecord("five-senses", datetime(2026, 3, 4, 9), None, False),
    ]
    summaries: dict[str, ExerciseSummary] = {s.exercise_id: s for s in before_after_summary(records)}
    exercises = ExercisesSection((
        ExerciseItem.from_summary(summaries["box-breathing"], "Box breathing", helped=True, note="Slower counts."),
        ExerciseItem.from_summary(summaries["five-senses"], "Five senses", helped=False),
    ))
    strengths = StrengthsSection(
        milestones=(Milestone("Told my sister", date(2026, 3, 12)),),
        strengths=(Strength("I keep showing up", datetime(2026, 3, 1, 10)), "I ask for help"),
    )
    return Sections(trend=trend, exercises=exercises, strengths=strengths,
                    bring="I'd like to talk about **sleep**.", questions=("How do you rest?", " ", "What helps?"))


def test_optional_sections(make_entry):
    options = ShareOptions(template=Template.PERSONAL, dates=DatePrecision.EXACT)
    selection = ShareSelection(sections=_sections(), options=options)
    document = compose(selection, [])
    assert [s.kind for s in document.sections] == ["trend", "exercises", "strengths", "bring", "questions"]
    assert selection.sections.kinds() == ["trend", "exercises", "strengths", "bring", "questions"]
    text = render_text(document)
    assert "10 check-ins on 10 days between 1 March 2026 and 31 March 2026." in text
    assert "Box breathing: practised 2 times; distress 6.5 before and 4.5 after, on average; this helped" in text
    assert "Five senses: practised once; this did not help this time" in text
    assert "12 March 2026: Told my sister" in text
    assert "1. How do you rest?\n2. What helps?" in text


def test_sections_without_dates_drop_the_table_and_milestone_dates():
    document = compose(ShareSelection(sections=_sections()), [])
    text = render_text(document)
    assert not re.search(r"20\d\d|March", text)
    assert "10 check-ins on 10 days." in text
    assert "- Told my sister" in text


def test_every_label_is_redacted_too(make_entry):
    options = ShareOptions(redactions=(Redaction("reflection"), Redaction("group"), Redaction("March")),
                           dates=DatePrecision.MONTH)
    document = compose(ShareSelection(entries=(EntryChoice(1),), sections=_sections(), options=options),
                       [make_entry(1, "x")])
    for render in RENDERERS:
        out = render(document).casefold()
        for word in ("reflection", "group", "march"):
            assert not re.search(rf"(?<![^\W_]){word}(?![^\W_])", out), (render.__name__, word)


def test_html_is_escaped_and_self_contained(make_entry):
    evil = '<script>alert(1)</script> <img src="http://x/y.png"> [link](http://tracker/p) ![i](http://x/i.png) & "q"'
    document = compose(ShareSelection(entries=(EntryChoice(1),)), [make_entry(1, evil, '<b onload="x">T</b>')])
    html = render_html(document)
    assert "<script" not in html and "<img" not in html and "onload=\"" not in html
    assert "&lt;script&gt;" in html
    assert not re.search(r"""<[^>]*\s(?:src|href|style|on\w+)\s*=""", html)
    assert "default-src 'none'" in html
    assert "url(" not in html and "@import" not in html
    md = render_markdown(document)
    assert not re.search(r"(?<!\\)[<\[]", md.split("\n", 1)[1])  # every < and [ of the person's text is escaped
    assert "http://x/i.png" not in md and "http://x/i.png" not in html  # images print only their description


def test_markdown_escapes_the_persons_text(make_entry):
    entry = make_entry(1, "1\\. not a list\n\n\\# not a heading\n\n\\* star \\_under\\_ [x] <y> | pipe")
    document = compose(ShareSelection(entries=(EntryChoice(1),)), [entry])
    md = render_markdown(document)
    assert "1\\. not a list" in md
    assert "\\# not a heading" in md
    assert "\\* star \\_under\\_ \\[x\\] \\<y\\> \\| pipe" in md


def test_phrases_across_lines_and_paragraphs_and_literal_placeholders(make_entry):
    body = "I told Anna\n\nSmith everything. Anna(x) and [Anna](http://a) and **Anna** Smith"
    options = ShareOptions(redactions=(Redaction("Anna Smith", "[her]"), Redaction("Anna")))
    document = compose(ShareSelection(entries=(EntryChoice(1),), options=options), [make_entry(1, body)])
    text = render_text(document)
    assert "Anna" not in text
    assert "I told [her] everything. [name](x) and [name] (http://a) and [name] Smith" in text
