"""Calendar heat map: Monday-first weeks, out-of-range days marked, counts and mean distress per day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.errors import InvalidInputError
from companion.reflection.checkins import CheckIn
from companion.reflection.stats import heatmap, heatmap_for_weeks, heatmap_for_year


def ci(day: date, distress: int, hour: int = 12) -> CheckIn:
    return CheckIn(datetime.combine(day, time(hour)), mood=3, distress=distress)


SAMPLES = [
    ci(date(2025, 12, 29), 6),
    ci(date(2026, 1, 1), 5),
    ci(date(2026, 1, 4), 1),
    ci(date(2026, 1, 5), 9, hour=8),
    ci(date(2026, 1, 5), 3, hour=22),
    ci(date(2026, 1, 20), 7),
]


def test_weeks_start_on_monday_and_days_outside_are_marked():
    grid = heatmap(SAMPLES, date(2026, 1, 1), date(2026, 1, 14))  # Thursday to Wednesday
    assert len(grid.weeks) == 3
    assert all(len(week) == 7 and week[0].day.weekday() == 0 for week in grid.weeks)
    first_row = grid.weeks[0]
    assert first_row[0].day == date(2025, 12, 29)
    assert [cell.in_range for cell in first_row] == [False, False, False, True, True, True, True]
    assert first_row[0].count == 0 and first_row[0].mean_distress is None  # a check-in exists, but outside
    assert [cell.in_range for cell in grid.weeks[2]] == [True, True, True, False, False, False, False]
    by_day = {cell.day: cell for cell in grid.cells()}
    assert (by_day[date(2026, 1, 1)].count, by_day[date(2026, 1, 1)].mean_distress) == (1, 5.0)
    assert (by_day[date(2026, 1, 5)].count, by_day[date(2026, 1, 5)].mean_distress) == (2, 6.0)
    assert by_day[date(2026, 1, 2)].count == 0 and by_day[date(2026, 1, 2)].mean_distress is None
    assert grid.total_count == 4


def test_a_whole_year():
    grid = heatmap_for_year(SAMPLES, 2026)
    cells = grid.cells()
    assert cells[0].day == date(2025, 12, 29) and cells[-1].day == date(2027, 1, 3)
    assert len(grid.weeks) == 53
    assert sum(cell.in_range for cell in cells) == 365
    assert grid.total_count == 5


def test_the_last_n_weeks_end_today():
    grid = heatmap_for_weeks(SAMPLES, end=date(2026, 1, 14), weeks=3)
    assert grid.start == date(2025, 12, 29)
    assert len(grid.weeks) == 3 and all(cell.in_range for cell in grid.weeks[0])
    assert grid.weeks[-1][3].day == date(2026, 1, 15) and not grid.weeks[-1][3].in_range  # the future
    assert grid.total_count == 5
    with pytest.raises(InvalidInputError):
        heatmap_for_weeks(SAMPLES, end=date(2026, 1, 14), weeks=0)


@settings(max_examples=60, deadline=None, database=None)
@given(
    days=st.lists(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), max_size=60),
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    length=st.integers(min_value=0, max_value=400),
)
def test_property_bin_counts_add_up_to_check_ins_in_range(days, start, length):
    end = start + timedelta(days=length)
    samples = [ci(day, distress=day.day % 11) for day in days]
    grid = heatmap(samples, start, end)
    assert grid.total_count == sum(1 for day in days if start <= day <= end)
    cells = grid.cells()
    assert sum(cell.in_range for cell in cells) == length + 1
    assert all(cell.count == 0 for cell in cells if not cell.in_range)
    assert [b.day - a.day for a, b in zip(cells, cells[1:], strict=False)] == [timedelta(days=1)] * (len(cells) - 1)
    assert cells[0].day.weekday() == 0 and cells[-1].day.weekday() == 6
