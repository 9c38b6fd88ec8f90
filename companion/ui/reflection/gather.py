"""What Insights needs, read and worked out on the database worker (no Qt here).

`gather_insights(vault, ...)` runs inside `Session.run`: it reads check-ins, practices
and (only if the person opted in) entries from this day in earlier years, and turns
them into plain facts with companion.reflection.stats. "On this day" is decided by
companion.reflection.records.on_this_day: never-resurface entries never come back, and
entries with a content note only when the person asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.journal.query import SearchQuery
from companion.reflection.records import ResurfaceItem, on_this_day
from companion.reflection.stats import (
    Bucket,
    ExerciseSummary,
    HeatMap,
    TrendSummary,
    distress_series,
    heatmap_for_weeks,
    mood_series,
    trend_summary,
)

PERIODS = {"week": (7, "day"), "month": (30, "day"), "year": (365, "week")}  # days shown, bucket size
HEATMAP_WEEKS = 26
MAX_YEARS_BACK = 120


@dataclass
class InsightsData:
    period: str
    bucket: str
    mood: list[Bucket]
    distress: list[Bucket]
    summary: TrendSummary
    heat: HeatMap
    exercises: list[ExerciseSummary]
    titles: dict[str, str]
    memories: list = field(default_factory=list)  # Entry values, newest year first


def period_start(today: date, period: str) -> date:
    days, _bucket = PERIODS[period]
    return today - timedelta(days=days - 1)


def exercise_titles(vault) -> dict[str, str]:
    titles: dict[str, str] = {}
    try:
        from companion.exercises.library import load_shipped

        titles.update({e.id: e.title for e in load_shipped()})
    except Exception:  # noqa: BLE001 - titles are a nicety; ids still read fine
        pass
    try:
        titles.update({e.id: e.title for e in vault.exercises.all()})
    except Exception:  # noqa: BLE001
        pass
    return titles


def on_this_day_entries(vault, today: date, include_sensitive: bool = False) -> list:
    """Entries from this month and day in earlier years (through the journal's public queries)."""
    days = [(today.month, today.day)]
    if (today.month, today.day) == (2, 28):
        days.append((2, 29))  # on_this_day decides whether 29 February shows today
    ids: list[int] = []
    for year in range(today.year - 1, today.year - MAX_YEARS_BACK, -1):
        if vault.entries.count(SearchQuery(until=f"{year:04d}-12-31")) == 0:
            break  # nothing this old or older
        for month, day in days:
            try:
                when = date(year, month, day).isoformat()
            except ValueError:
                continue
            query = SearchQuery(since=when, until=when)
            ids += [s.id for s in vault.entries.page(query, limit=200)]
    entries = {e.id: e for e in vault.entries.get_many(ids)}
    items = [
        ResurfaceItem(date=datetime.strptime(e.entry_date, "%Y-%m-%d %H:%M").date(),
                      never_resurface=e.never_resurface, content_note=e.content_note or None, id=e.id)
        for e in entries.values()
    ]
    return [entries[item.id] for item in on_this_day(items, today, include_sensitive=include_sensitive)]


def gather_insights(vault, today: date, period: str, *, on_this_day_wanted: bool, include_sensitive: bool,
                    titles: dict[str, str] | None = None) -> InsightsData:
    days, bucket = PERIODS[period]
    start = today - timedelta(days=days - 1)
    heat_start = today - timedelta(days=today.weekday()) - timedelta(weeks=HEATMAP_WEEKS - 1)
    earliest = min(start, heat_start)
    checkins = vault.checkins.between(datetime.combine(earliest, datetime.min.time()))
    inside = [c for c in checkins if c.created_at.date() >= start]
    return InsightsData(
        period=period,
        bucket=bucket,
        mood=mood_series(inside, bucket, start, today),
        distress=distress_series(inside, bucket, start, today),
        summary=trend_summary(inside, start, today),
        heat=heatmap_for_weeks(checkins, today, HEATMAP_WEEKS),
        exercises=vault.practices.summaries(),
        titles=titles if titles is not None else exercise_titles(vault),
        memories=on_this_day_entries(vault, today, include_sensitive) if on_this_day_wanted else [],
    )
