"""The words printed in a share (headings, date formats), translated for compose()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.export.compose import Labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareDocument", text)


def share_labels() -> Labels:
    """compose.Labels in the app's language (placeholders in braces stay as they are)."""
    return Labels(
        group_title=_tr("A reflection I chose to share"),
        personal_title=_tr("My reflection"),
        excerpts=_tr("Excerpts from this entry"),
        gap=_tr("[…]"),
        tags=_tr("Tags: {tags}"),
        content_note=_tr("Content note: {note}"),
        prompt=_tr("Prompt: {prompt}"),
        week_of=_tr("Week of {date}"),
        week_of_inline=_tr("the week of {date}"),
        exact=_tr("{date}, {time}"),
        trend=_tr("How my check-ins looked"),
        trend_span=_tr("{count} on {days} between {start} and {end}."),
        trend_span_undated=_tr("{count} on {days}."),
        trend_none=_tr("No check-ins in this period."),
        checkin_one=_tr("1 check-in"),
        checkin_many=_tr("{n} check-ins"),
        day_one=_tr("1 day"),
        day_many=_tr("{n} days"),
        mood_line=_tr("Mood averaged {mean} out of 5 (lowest {low}, highest {high})."),
        distress_line=_tr("Distress averaged {mean} out of 10 (lowest {low}, highest {high})."),
        mood_halves=_tr("Mood averaged {first} in the first half of the period and {second} in the second half."),
        distress_halves=_tr(
            "Distress averaged {first} in the first half of the period and {second} in the second half."),
        table_period=_tr("Period"),
        table_checkins=_tr("Check-ins"),
        table_mood=_tr("Mood (average)"),
        table_distress=_tr("Distress (average)"),
        exercises=_tr("Exercises I practised"),
        practised_one=_tr("practised once"),
        practised_many=_tr("practised {n} times"),
        helped_yes=_tr("this helped"),
        helped_no=_tr("this did not help this time"),
        before_after=_tr("distress {before} before and {after} after, on average"),
        strengths=_tr("Milestones and strengths"),
        milestones_heading=_tr("Milestones"),
        strengths_heading=_tr("Strengths"),
        bring=_tr("What I'd like to bring to the group"),
        questions=_tr("Questions for the group"),
        months=tuple(_tr(m) for m in (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December")),
    )
