"""Which automatic backups to keep: the newest of each of the last 7 days that have one,
then the newest of each of the 4 ISO weeks before those. Pure, so it is tested on dates alone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

DAILY = 7
WEEKLY = 4


def to_keep(stamps: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY) -> set[datetime]:
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set()
    days: set = set()
    oldest_daily = None
    for stamp in ordered:
        if stamp.date() in days:
            continue
        if len(days) == daily:
            break
        days.add(stamp.date())
        keep.add(stamp)
        oldest_daily = stamp
    weeks: set = set()
    for stamp in ordered:
        if oldest_daily is not None and stamp >= oldest_daily:
            continue
        week = stamp.isocalendar()[:2]
        if oldest_daily is not None and week == oldest_daily.isocalendar()[:2]:
            continue
        if week in weeks:
            continue
        if len(weeks) == weekly:
            break
        weeks.add(week)
        keep.add(stamp)
    return keep
