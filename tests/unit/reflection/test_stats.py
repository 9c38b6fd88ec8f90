"""Series per day/week/month/year, before/after exercises, and the neutral trend summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.errors import InvalidInputError
from companion.reflection.checkins import CheckIn
from companion.reflection.stats import (
    PracticeRecord,
    before_after_summary,
    distress_series,
    mood_series,
    series,
    trend_summary,
)


def ci(day: str, mood: int, distress: int, hour: int = 20) -> CheckIn:
    return CheckIn(datetime.fromisoformat(day) + timedelta(hours=hour), mood=mood, distress=distress)


# 2026-01-01 is a Thursday, so ISO week 2026-W01 runs Monday 2025-12-29 to Sunday 2026-01-04.
KNOWN = [
    ci("2025-12-29", 2, 6),
    ci("2025-12-31", 4, 2, hour=23),
    ci("2026-01-01", 3, 5, hour=0),
    ci("2026-01-04", 5, 1),
    ci("2026-01-05", 1, 9),
    ci("2026-01-19", 4, 3),
]


def test_weekly_series_uses_iso_weeks_across_the_year_end_and_keeps_gaps():
    buckets = mood_series(KNOWN, "week", date(2025, 12, 22), date(2026, 1, 25))
    assert [b.key for b in buckets] == ["2025-W52", "2026-W01", "2026-W02", "2026-W03", "2026-W04"]
    assert [b.count for b in buckets] == [0, 4, 1, 0, 1]
    assert [b.mean for b in buckets] == [None, 3.5, 1.0, None, 4.0]
    week1 = buckets[1]
    assert (week1.start, week1.end) == (date(2025, 12, 29), date(2026, 1, 4))
    assert (week1.min, week1.max) == (2, 5)
    distress = distress_series(KNOWN, "week", date(2025, 12, 22), date(2026, 1, 25))
    assert [b.mean for b in distress] == [None, 3.5, 9.0, None, 3.0]
    assert (distress[1].min, distress[1].max) == (1, 6)


def test_iso_week_one_can_start_in_the_previous_calendar_year():
    buckets = series([ci("2024-12-30", 3, 3)], "mood", "week", date(2024, 12, 30), date(2025, 1, 5))
    assert [b.key for b in buckets] == ["2025-W01"]
    assert buckets[0].count == 1


def test_monthly_and_yearly_means_are_exact():
    months = series(KNOWN, "distress", "month", date(2025, 12, 1), date(2026, 2, 28))
    assert [(b.key, b.count, b.mean) for b in months] == [
        ("2025-12", 2, 4.0),
        ("2026-01", 4, 4.5),
        ("2026-02", 0, None),
    ]
    assert months[0].end == date(2025, 12, 31) and months[2].end == date(2026, 2, 28)
    mood_months = series(KNOWN, "mood", "month", date(2025, 12, 1), date(2026, 1, 31))
    assert [b.mean for b in mood_months] == [3.0, 3.25]
    years = series(KNOWN, "mood", "year", date(2025, 1, 1), date(2026, 12, 31))
    assert [(b.key, b.count, b.mean) for b in years] == [("2025", 2, 3.0), ("2026", 4, 3.25)]


def test_daily_series_never_fills_gaps():
    days = series(KNOWN, "mood", "day", date(2026, 1, 1), date(2026, 1, 6))
    assert [b.mean for b in days] == [3.0, None, None, 5.0, 1.0, None]
    assert all(b.min is None and b.max is None for b in days if b.count == 0)


def test_only_check_ins_inside_the_period_count_even_in_edge_buckets():
    buckets = series(KNOWN, "mood", "week", date(2026, 1, 1), date(2026, 1, 4))
    assert len(buckets) == 1 and buckets[0].start == date(2025, 12, 29)
    assert buckets[0].count == 2 and buckets[0].mean == 4.0  # 2025-12-29 and -31 are outside


def test_bad_arguments_are_refused():
    with pytest.raises(InvalidInputError, match="after its end"):
        series(KNOWN, "mood", "day", date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(InvalidInputError):
        series(KNOWN, "mood", "fortnight", date(2026, 1, 1), date(2026, 1, 2))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        series(KNOWN, "sleep", "day", date(2026, 1, 1), date(2026, 1, 2))  # type: ignore[arg-type]


T0 = datetime(2026, 4, 1, 18, 0)


def practice(exercise, completed, before, after, minutes=5):
    return PracticeRecord(exercise, T0, T0 + timedelta(minutes=minutes), completed, before, after)


def test_before_after_counts_only_completed_practices_with_both_ratings():
    records = [
        practice("box-breathing", True, 8, 5),
        practice("box-breathing", True, 6, 6),
        practice("box-breathing", True, 7, None),
        practice("box-breathing", False, 9, None),
        practice("box-breathing", False, 8, 4),  # stopped: counted, never averaged in
        practice("5-4-3-2-1", False, 7, None),
    ]
    summaries = {s.exercise_id: s for s in before_after_summary(records)}
    assert list(summaries) == ["5-4-3-2-1", "box-breathing"]
    box = summaries["box-breathing"]
    assert (box.rated_practices, box.completed_unrated, box.stopped, box.total_practices) == (2, 1, 2, 5)
    assert (box.mean_before, box.mean_after, box.mean_change) == (7.0, 5.5, -1.5)
    senses = summaries["5-4-3-2-1"]
    assert (senses.rated_practices, senses.stopped) == (0, 1)
    assert senses.mean_change is None and senses.mean_before is None
    assert before_after_summary([]) == []


def test_practice_records_are_validated():
    with pytest.raises(InvalidInputError, match="end before it started"):
        PracticeRecord("box", T0, T0 - timedelta(seconds=1), True, 3, 2)
    with pytest.raises(InvalidInputError, match="Distress after"):
        PracticeRecord("box", T0, None, True, 3, 11)
    with pytest.raises(InvalidInputError):
        PracticeRecord("  ", T0, None, True)


JUDGEMENT_WORDS = (
    "worse",
    "better",
    "improv",
    "declin",
    "streak",
    "progress",
    "fail",
    "miss",
    "good",
    "bad",
    "only",
    "well done",
)


def test_trend_summary_states_neutral_facts():
    summary = trend_summary(KNOWN, date(2025, 12, 29), date(2026, 1, 11))
    assert summary.checkins == 5 and summary.days_with_checkins == 5
    assert summary.mood_mean == 3.0 and (summary.mood_min, summary.mood_max) == (1, 5)
    assert summary.distress_mean == pytest.approx(4.6)
    # 14 days: the first half is 2025-12-29..2026-01-04, the second 2026-01-05..2026-01-11.
    assert summary.first_half_distress_mean == 3.5 and summary.second_half_distress_mean == 9.0
    text = summary.as_text()
    assert "5 check-ins on 5 days" in text
    assert "3.5" in text and "9.0" in text
    for word in JUDGEMENT_WORDS:
        assert word not in text.lower(), word


def test_trend_summary_of_an_empty_period():
    summary = trend_summary(KNOWN, date(2026, 3, 1), date(2026, 3, 31))
    assert summary.checkins == 0 and summary.mood_mean is None
    assert summary.lines() == ["No check-ins between 2026-03-01 and 2026-03-31."]
    single = trend_summary([ci("2026-03-02", 3, 4)], date(2026, 3, 2), date(2026, 3, 2))
    assert single.lines()[0].startswith("1 check-in on 1 day")
    assert single.second_half_mood_mean is None
