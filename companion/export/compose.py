"""From a ShareSelection and the chosen entries to an ExportDocument. Pure.

Order of work, which is what the privacy promise rests on:
1. take only the chosen entries, and of each only the whole body or the chosen ranges;
2. drop what was not kept (dates coarsened or removed, tags and metadata unless kept);
3. build the document, every label included;
4. redact every string of the finished document (redact.py), so no renderer ever
   receives a hidden word — not even in a heading or a label.

Labels are English defaults; the UI passes translated ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from companion.errors import InvalidInputError
from companion.export.document import (
    Block,
    ExportDocument,
    Layout,
    ListBlock,
    ListItem,
    Paragraph,
    Section,
    Table,
    plain,
    redact_document,
)
from companion.export.mdparse import escape_literal, parse_blocks
from companion.export.redact import Redactor
from companion.export.selection import DatePrecision, ShareSelection, Template
from companion.journal.model import Entry


@dataclass(frozen=True)
class Labels:
    group_title: str = "A reflection I chose to share"
    personal_title: str = "My reflection"
    excerpts: str = "Excerpts from this entry"
    gap: str = "[…]"
    tags: str = "Tags: {tags}"
    content_note: str = "Content note: {note}"
    prompt: str = "Prompt: {prompt}"
    week_of: str = "Week of {date}"
    week_of_inline: str = "the week of {date}"
    exact: str = "{date}, {time}"
    trend: str = "How my check-ins looked"
    trend_span: str = "{count} on {days} between {start} and {end}."
    trend_span_undated: str = "{count} on {days}."
    trend_none: str = "No check-ins in this period."
    checkin_one: str = "1 check-in"
    checkin_many: str = "{n} check-ins"
    day_one: str = "1 day"
    day_many: str = "{n} days"
    mood_line: str = "Mood averaged {mean} out of 5 (lowest {low}, highest {high})."
    distress_line: str = "Distress averaged {mean} out of 10 (lowest {low}, highest {high})."
    mood_halves: str = "Mood averaged {first} in the first half of the period and {second} in the second half."
    distress_halves: str = (
        "Distress averaged {first} in the first half of the period and {second} in the second half."
    )
    table_period: str = "Period"
    table_checkins: str = "Check-ins"
    table_mood: str = "Mood (average)"
    table_distress: str = "Distress (average)"
    exercises: str = "Exercises I practised"
    practised_one: str = "practised once"
    practised_many: str = "practised {n} times"
    helped_yes: str = "this helped"
    helped_no: str = "this did not help this time"
    before_after: str = "distress {before} before and {after} after, on average"
    strengths: str = "Milestones and strengths"
    milestones_heading: str = "Milestones"
    strengths_heading: str = "Strengths"
    bring: str = "What I'd like to bring to the group"
    questions: str = "Questions for the group"
    months: tuple[str, ...] = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )


DEFAULT_LABELS = Labels()
FILE_TITLE = "Reflection"  # the only title a PDF's metadata or a print job ever carries


# --- text hygiene ------------------------------------------------------------------------------

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """NFC, no control characters but newline and tab, no lone surrogates: safe for every format."""
    if not text:
        return ""
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text
    text = unicodedata.normalize("NFC", text)
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# --- dates -------------------------------------------------------------------------------------


def _day(value: date, labels: Labels) -> str:
    return f"{value.day} {labels.months[value.month - 1]} {value.year}"


def format_date(value: datetime | date, precision: DatePrecision, labels: Labels = DEFAULT_LABELS) -> str:
    """A date at the chosen precision ("" for none). Weeks start on Monday."""
    if precision is DatePrecision.NONE:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    if precision is DatePrecision.MONTH:
        return f"{labels.months[day.month - 1]} {day.year}"
    if precision is DatePrecision.WEEK:
        return labels.week_of.format(date=_day(day - timedelta(days=day.weekday()), labels))
    if isinstance(value, datetime):
        return labels.exact.format(date=_day(day, labels), time=value.strftime("%H:%M"))
    return _day(day, labels)


def _entry_datetime(entry: Entry) -> datetime | None:
    try:
        return datetime.strptime(entry.entry_date, "%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        try:
            return datetime.fromisoformat(entry.entry_date)
        except (TypeError, ValueError):
            return None


# --- sections ----------------------------------------------------------------------------------


def _source(text: str, redactor: Redactor) -> tuple:
    """Blocks of the person's Markdown, redacted first as written (so a phrase broken across
    lines or paragraphs is caught) and again, per block, in compose()'s final pass."""
    return parse_blocks(redactor.redact(clean(text), escape_literal) if redactor else clean(text))


def _entry_section(entry: Entry, choice, selection: ShareSelection, labels: Labels, prompts,
                   redactor: Redactor) -> Section:
    options = selection.options
    meta: list[str] = []
    when = _entry_datetime(entry)
    if when is not None:
        shown = format_date(when, options.effective_dates, labels)
        if shown:
            meta.append(shown)
    if choice.excerpts:
        spans = choice.checked_excerpts(entry.body)
        meta.append(labels.excerpts)
    if options.keep_tags and entry.tags:
        meta.append(labels.tags.format(tags=", ".join(clean(t) for t in entry.tags)))
    if options.keep_metadata:
        if entry.content_note.strip():
            meta.append(labels.content_note.format(note=clean(entry.content_note).strip()))
        if entry.prompt_id and prompts and prompts.get(entry.prompt_id):
            meta.append(labels.prompt.format(prompt=clean(prompts[entry.prompt_id])))
    blocks: list[Block] = []
    if choice.excerpts:
        for number, (start, end) in enumerate(spans):
            if number or start > 0:
                blocks.append(Paragraph(plain(labels.gap), role="gap"))
            blocks += _source(entry.body[start:end], redactor)
        if spans and spans[-1][1] < len(entry.body.rstrip()):
            blocks.append(Paragraph(plain(labels.gap), role="gap"))
    else:
        blocks += _source(entry.body, redactor)
    heading = " ".join(clean(entry.title).split()) if choice.include_title else ""
    return Section("entry", heading, tuple(meta), tuple(blocks))


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _trend_section(trend, precision: DatePrecision, labels: Labels) -> Section:
    summary = trend.summary
    blocks: list[Block] = []
    if not summary.checkins:
        blocks.append(Paragraph(plain(labels.trend_none)))
    else:
        count = labels.checkin_one if summary.checkins == 1 else labels.checkin_many.format(n=summary.checkins)
        days = labels.day_one if summary.days_with_checkins == 1 else labels.day_many.format(
            n=summary.days_with_checkins
        )
        inline_labels = replace(labels, week_of=labels.week_of_inline)
        start = format_date(summary.start, precision, inline_labels)
        end = format_date(summary.end, precision, inline_labels)
        if start and end:
            lines = [labels.trend_span.format(count=count, days=days, start=start, end=end)]
        else:
            lines = [labels.trend_span_undated.format(count=count, days=days)]
        lines.append(labels.mood_line.format(mean=_fmt(summary.mood_mean), low=summary.mood_min,
                                             high=summary.mood_max))
        lines.append(labels.distress_line.format(mean=_fmt(summary.distress_mean), low=summary.distress_min,
                                                 high=summary.distress_max))
        if summary.first_half_mood_mean is not None and summary.second_half_mood_mean is not None:
            lines.append(labels.mood_halves.format(first=_fmt(summary.first_half_mood_mean),
                                                   second=_fmt(summary.second_half_mood_mean)))
        if summary.first_half_distress_mean is not None and summary.second_half_distress_mean is not None:
            lines.append(labels.distress_halves.format(first=_fmt(summary.first_half_distress_mean),
                                                       second=_fmt(summary.second_half_distress_mean)))
        blocks += [Paragraph(plain(line)) for line in lines]
    if trend.buckets and precision is not DatePrecision.NONE:
        distress = {b.key: b for b in trend.distress_buckets}
        rows = []
        for bucket in trend.buckets:
            other = distress.get(bucket.key)
            rows.append((
                _bucket_label(bucket, labels),
                str(bucket.count),
                _fmt(bucket.mean),
                _fmt(other.mean) if other is not None else "–",
            ))
        header = (labels.table_period, labels.table_checkins, labels.table_mood, labels.table_distress)
        if not trend.distress_buckets:
            header, rows = header[:3], [r[:3] for r in rows]
        blocks.append(Table(header, tuple(rows)))
    return Section("trend", labels.trend, (), tuple(blocks))


def _bucket_label(bucket, labels: Labels) -> str:
    span = (bucket.end - bucket.start).days
    if span == 0:
        return _day(bucket.start, labels)
    if span == 6 and bucket.start.weekday() == 0:
        return labels.week_of.format(date=_day(bucket.start, labels))
    if bucket.start.day == 1 and span < 31:
        return f"{labels.months[bucket.start.month - 1]} {bucket.start.year}"
    if bucket.start.month == 1 and bucket.start.day == 1 and span >= 364:
        return str(bucket.start.year)
    return f"{_day(bucket.start, labels)} – {_day(bucket.end, labels)}"


def _exercise_section(section, labels: Labels) -> Section:
    items = []
    for item in section.items:
        parts = [clean(item.name).strip()]
        details = []
        if item.practised:
            details.append(labels.practised_one if item.practised == 1 else labels.practised_many.format(
                n=item.practised))
        if item.mean_before is not None and item.mean_after is not None:
            details.append(labels.before_after.format(before=_fmt(item.mean_before), after=_fmt(item.mean_after)))
        if item.helped is True:
            details.append(labels.helped_yes)
        elif item.helped is False:
            details.append(labels.helped_no)
        text = parts[0] + (": " + "; ".join(details) if details else "")
        if item.note.strip():
            text += "\n" + clean(item.note).strip()
        items.append(ListItem(plain(text)))
    return Section("exercises", labels.exercises, (), (ListBlock(tuple(items)),) if items else ())


def _strengths_section(section, precision: DatePrecision, labels: Labels) -> Section:
    blocks: list[Block] = []
    if section.milestones:
        blocks.append(Paragraph(plain(labels.milestones_heading), role="subheading"))
        items = []
        for milestone in sorted(section.milestones, key=lambda m: m.date):
            when = format_date(milestone.date, precision, labels)
            text = clean(milestone.text).strip()
            items.append(ListItem(plain(f"{when}: {text}" if when else text)))
        blocks.append(ListBlock(tuple(items)))
    if section.strengths:
        blocks.append(Paragraph(plain(labels.strengths_heading), role="subheading"))
        items = [
            ListItem(plain(clean(s if isinstance(s, str) else s.text).strip()))
            for s in section.strengths
            if (s if isinstance(s, str) else s.text).strip()
        ]
        blocks.append(ListBlock(tuple(items)))
    return Section("strengths", labels.strengths, (), tuple(blocks))


# --- the whole document ------------------------------------------------------------------------


def compose(
    selection: ShareSelection,
    entries: Mapping[int, Entry] | Iterable[Entry],
    *,
    labels: Labels = DEFAULT_LABELS,
    prompts: Mapping[str, str] | None = None,
    redactor: Redactor | None = None,
) -> ExportDocument:
    """The finished, redacted document. Entries not named in the selection are never read.

    Raises InvalidInputError if a chosen entry is missing (deleted meanwhile) or the
    selection cannot be exported as chosen. `prompts` maps prompt ids to their text
    (used only when metadata is kept). Pass a prebuilt `redactor` to reuse one.
    """
    selection.check()
    by_id = entries if isinstance(entries, Mapping) else {e.id: e for e in entries}
    options = selection.options
    if redactor is None:
        redactor = Redactor(options.redactions)
    sections: list[Section] = []
    for choice in selection.entries:
        entry = by_id.get(choice.entry_id)
        if entry is None:
            raise InvalidInputError(
                f"Entry {choice.entry_id} is no longer in your journal; please choose again."
            )
        sections.append(_entry_section(entry, choice, selection, labels, prompts, redactor))
    extra = selection.sections
    precision = options.effective_dates
    if extra.trend is not None:
        sections.append(_trend_section(extra.trend, precision, labels))
    if extra.exercises is not None and extra.exercises.items:
        sections.append(_exercise_section(extra.exercises, labels))
    if extra.strengths is not None and (extra.strengths.milestones or extra.strengths.strengths):
        sections.append(_strengths_section(extra.strengths, precision, labels))
    if extra.bring.strip():
        sections.append(Section("bring", labels.bring, (), _source(extra.bring, redactor)))
    questions = [clean(q).strip() for q in extra.questions if q.strip()]
    if questions:
        sections.append(
            Section("questions", labels.questions, (), (ListBlock(tuple(ListItem(plain(q)) for q in questions),
                                                                  ordered=True),))
        )
    if options.title is not None and options.title.strip():
        title = " ".join(clean(options.title).split())
    else:
        title = labels.group_title if options.template is Template.GROUP else labels.personal_title
    document = ExportDocument(
        title=clean(title),
        sections=tuple(sections),
        layout=Layout(
            template=options.template,
            paper=options.paper,
            text_size=options.effective_text_size,
            page_numbers=options.page_numbers,
        ),
        file_title="" if redactor.matches(FILE_TITLE) else FILE_TITLE,
    )
    return redact_document(document, redactor)
