"""Numbers behind the gentle charts: mood and distress series, before/after exercises, a calendar heat map.

Only facts live here. Framing ("healing is not linear", hiding trends) is the UI's job,
and nothing here judges: no "better"/"worse", no streaks, and an empty day or week stays
empty (count 0, no mean) instead of being filled in, because a guessed value would be a
claim about someone's day that they never made.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, Protocol

from companion.errors import InvalidInputError
from companion.reflection._validate import require_int, required_text

Period = Literal["day", "week", "month", "year"]
Metric = Literal["mood", "distress"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "year")
METRICS: tuple[str, ...] = ("mood", "distress")


class MoodSample(Protocol):
    """What the statistics need from a check-in (CheckIn satisfies it). Times are local."""

    @property
    def created_at(self) -> datetime: ...

    @property
    def mood(self) -> int: ...

    @property
    def distress(self) -> int: ...


# --- series -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bucket:
    """One day/ISO week/month/year. `end` is inclusive; an empty bucket has count 0 and no values."""

    key: str
    start: date
    end: date
    count: int
    mean: float | None
    min: int | None
    max: int | None


def _bucket_start(day: date, period: str) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, 1, 1)


def _next_bucket(start: date, period: str) -> date:
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    if period == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def _bucket_key(start: date, period: str) -> str:
    if period == "day":
        return start.isoformat()
    if period == "week":
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if period == "month":
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}"


def _check_range(start: date, end: date) -> None:
    if (
        isinstance(start, datetime)
        or isinstance(end, datetime)
        or not isinstance(start, date)
        or not isinstance(end, date)
    ):
        raise InvalidInputError("The period must be given as two dates.")
    if start > end:
        raise InvalidInputError("The start of the period is after its end.")


def series(samples: Iterable[MoodSample], metric: Metric, period: Period, start: date, end: date) -> list[Bucket]:
    """Every bucket touching [start, end], in order; only samples dated inside [start, end] count.

    Weeks are ISO weeks (Monday start, keys like "2026-W01", whose ISO year can differ from
    the calendar year at the turn of the year). Edge buckets keep their natural bounds even
    when the period covers only part of them.
    """
    if metric not in METRICS:
        raise InvalidInputError(f"There is no statistic called '{metric}'.")
    if period not in PERIODS:
        raise InvalidInputError(f"Statistics can be grouped by day, week, month or year, not '{period}'.")
    _check_range(start, end)
    values: dict[date, list[int]] = defaultdict(list)
    for sample in samples:
        day = sample.created_at.date()
        if start <= day <= end:
            values[_bucket_start(day, period)].append(getattr(sample, metric))
    buckets: list[Bucket] = []
    cursor = _bucket_start(start, period)
    while cursor <= end:
        following = _next_bucket(cursor, period)
        found = values.get(cursor, [])
        buckets.append(
            Bucket(
                key=_bucket_key(cursor, period),
                start=cursor,
                end=following - timedelta(days=1),
                count=len(found),
                mean=statistics.fmean(found) if found else None,
                min=min(found) if found else None,
                max=max(found) if found else None,
            )
        )
        cursor = following
    return buckets


def mood_series(samples: Iterable[MoodSample], period: Period, start: date, end: date) -> list[Bucket]:
    return series(samples, "mood", period, start, end)


def distress_series(samples: Iterable[MoodSample], period: Period, start: date, end: date) -> list[Bucket]:
    return series(samples, "distress", period, start, end)


# --- before/after exercises -------------------------------------------------------------------


@dataclass(frozen=True)
class PracticeRecord:
    """One time an exercise was started. Ratings are optional: rating is always a choice."""

    exercise_id: str
    started_at: datetime
    ended_at: datetime | None
    completed: bool
    distress_before: int | None = None
    distress_after: int | None = None

    def __post_init__(self) -> None:
        required_text(self.exercise_id, label="The exercise id", max_len=100)
        if not isinstance(self.started_at, datetime):
            raise InvalidInputError("A practice needs the time it started.")
        if self.ended_at is not None:
            if not isinstance(self.ended_at, datetime):
                raise InvalidInputError("The end of a practice must be a date and time.")
            if self.ended_at < self.started_at:
                raise InvalidInputError("A practice cannot end before it started.")
        require_int(self.distress_before, label="Distress before", low=0, high=10, optional=True)
        require_int(self.distress_after, label="Distress after", low=0, high=10, optional=True)

    @property
    def has_both_ratings(self) -> bool:
        return self.distress_before is not None and self.distress_after is not None


@dataclass(frozen=True)
class ExerciseSummary:
    """Per exercise. Means use only completed practices with both ratings; change = after − before."""

    exercise_id: str
    rated_practices: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    completed_unrated: int
    stopped: int

    @property
    def total_practices(self) -> int:
        return self.rated_practices + self.completed_unrated + self.stopped


def before_after_summary(records: Iterable[PracticeRecord]) -> list[ExerciseSummary]:
    """One summary per exercise id, sorted by id. Stopped practices are counted, never averaged in."""
    grouped: dict[str, list[PracticeRecord]] = defaultdict(list)
    for record in records:
        grouped[record.exercise_id].append(record)
    summaries = []
    for exercise_id in sorted(grouped):
        group = grouped[exercise_id]
        rated = [r for r in group if r.completed and r.has_both_ratings]
        before = [r.distress_before for r in rated if r.distress_before is not None]
        after = [r.distress_after for r in rated if r.distress_after is not None]
        summaries.append(
            ExerciseSummary(
                exercise_id=exercise_id,
                rated_practices=len(rated),
                mean_before=statistics.fmean(before) if rated else None,
                mean_after=statistics.fmean(after) if rated else None,
                mean_change=statistics.fmean(a - b for a, b in zip(after, before, strict=True)) if rated else None,
                completed_unrated=sum(1 for r in group if r.completed and not r.has_both_ratings),
                stopped=sum(1 for r in group if not r.completed),
            )
        )
    return summaries


# --- calendar heat map ------------------------------------------------------------------------


@dataclass(frozen=True)
class DayCell:
    day: date
    in_range: bool
    count: int
    mean_distress: float | None


@dataclass(frozen=True)
class HeatMap:
    """Rows are weeks (Monday to Sunday); days outside [start, end] are marked and left empty."""

    start: date
    end: date
    weeks: tuple[tuple[DayCell, ...], ...]

    @property
    def total_count(self) -> int:
        return sum(cell.count for week in self.weeks for cell in week)

    def cells(self) -> list[DayCell]:
        return [cell for week in self.weeks for cell in week]


def heatmap(samples: Iterable[MoodSample], start: date, end: date) -> HeatMap:
    _check_range(start, end)
    per_day: dict[date, list[int]] = defaultdict(list)
    for sample in samples:
        day = sample.created_at.date()
        if start <= day <= end:
            per_day[day].append(sample.distress)
    first = start - timedelta(days=start.weekday())
    last = end + timedelta(days=6 - end.weekday())
    rows: list[tuple[DayCell, ...]] = []
    for offset in range(0, (last - first).days + 1, 7):
        monday = first + timedelta(days=offset)
        row = []
        for weekday in range(7):
            day = monday + timedelta(days=weekday)
            found = per_day.get(day, [])
            row.append(DayCell(day, start <= day <= end, len(found), statistics.fmean(found) if found else None))
        rows.append(tuple(row))
    return HeatMap(start, end, tuple(rows))


def heatmap_for_year(samples: Iterable[MoodSample], year: int) -> HeatMap:
    return heatmap(samples, date(year, 1, 1), date(year, 12, 31))


def heatmap_for_weeks(samples: Iterable[MoodSample], end: date, weeks: int) -> HeatMap:
    """The last `weeks` calendar weeks up to and including `end`; days after `end` are out of range."""
    require_int(weeks, label="The number of weeks", low=1, high=520)
    start = end - timedelta(days=end.weekday()) - timedelta(weeks=weeks - 1)
    return heatmap(samples, start, end)


# --- neutral summary --------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendSummary:
    """Plain facts about a period. No comparison words, no streaks, no count of days without a check-in."""

    start: date
    end: date
    checkins: int
    days_with_checkins: int
    mood_mean: float | None
    mood_min: int | None
    mood_max: int | None
    distress_mean: float | None
    distress_min: int | None
    distress_max: int | None
    first_half_mood_mean: float | None
    second_half_mood_mean: float | None
    first_half_distress_mean: float | None
    second_half_distress_mean: float | None

    def lines(self) -> list[str]:
        """Neutral English sentences (for the CLI and tests; the UI words its own, translated)."""
        span = f"between {self.start.isoformat()} and {self.end.isoformat()}"
        if not self.checkins:
            return [f"No check-ins {span}."]
        lines = [
            f"{_plural(self.checkins, 'check-in')} on {_plural(self.days_with_checkins, 'day')} {span}.",
            f"Mood averaged {self.mood_mean:.1f} out of 5 (lowest {self.mood_min}, highest {self.mood_max}).",
            f"Distress averaged {self.distress_mean:.1f} out of 10 "
            f"(lowest {self.distress_min}, highest {self.distress_max}).",
        ]
        if self.first_half_mood_mean is not None and self.second_half_mood_mean is not None:
            lines.append(
                f"Mood averaged {self.first_half_mood_mean:.1f} in the first half of the period "
                f"and {self.second_half_mood_mean:.1f} in the second half."
            )
        if self.first_half_distress_mean is not None and self.second_half_distress_mean is not None:
            lines.append(
                f"Distress averaged {self.first_half_distress_mean:.1f} in the first half of the period "
                f"and {self.second_half_distress_mean:.1f} in the second half."
            )
        return lines

    def as_text(self) -> str:
        return " ".join(self.lines())


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def trend_summary(samples: Iterable[MoodSample], start: date, end: date) -> TrendSummary:
    """Facts for [start, end]; halves split the days evenly (the first half gets the extra day)."""
    _check_range(start, end)
    inside = [s for s in samples if start <= s.created_at.date() <= end]
    middle = start + timedelta(days=((end - start).days) // 2)
    first = [s for s in inside if s.created_at.date() <= middle]
    second = [s for s in inside if s.created_at.date() > middle]

    def mean(items: list[MoodSample], pick: Callable[[MoodSample], int]) -> float | None:
        return statistics.fmean(pick(s) for s in items) if items else None

    def mood(s: MoodSample) -> int:
        return s.mood

    def distress(s: MoodSample) -> int:
        return s.distress

    return TrendSummary(
        start=start,
        end=end,
        checkins=len(inside),
        days_with_checkins=len({s.created_at.date() for s in inside}),
        mood_mean=mean(inside, mood),
        mood_min=min((s.mood for s in inside), default=None),
        mood_max=max((s.mood for s in inside), default=None),
        distress_mean=mean(inside, distress),
        distress_min=min((s.distress for s in inside), default=None),
        distress_max=max((s.distress for s in inside), default=None),
        first_half_mood_mean=mean(first, mood),
        second_half_mood_mean=mean(second, mood),
        first_half_distress_mean=mean(first, distress),
        second_half_distress_mean=mean(second, distress),
    )
