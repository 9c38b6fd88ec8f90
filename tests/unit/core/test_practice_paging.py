"""The practice log read a page at a time (keyset on started_at, id), and its summary as SQL aggregates."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from itertools import pairwise

from companion.reflection.stats import before_after_summary

IDS = ("box-breathing", "five-senses", "orienting", "gone-exercise")


def fill(vault, n: int, seed: int = 7) -> None:
    """n practices with many equal start times (ties are broken by id), some stopped, some rated."""
    rng = random.Random(seed)
    base = datetime(2026, 1, 1, 9, 0)
    for _ in range(n):
        started = base + timedelta(minutes=rng.randrange(0, n // 3 + 1))  # about three per minute
        before = rng.choice((None, rng.randrange(0, 11)))
        pid = vault.practices.start(rng.choice(IDS), started, None, before)
        kind = rng.randrange(4)
        if kind == 0:
            continue  # never ended (the app closed meanwhile): counts as stopped
        after = rng.choice((None, rng.randrange(0, 11)))
        vault.practices.finish(pid, started + timedelta(minutes=3), completed=kind != 1, distress_after=after)


def all_pages(vault, limit: int):
    rows, after = [], None
    while True:
        page = vault.practices.page(after, limit)
        assert len(page) <= limit
        rows += page
        if len(page) < limit:
            return rows
        after = (page[-1].record.started_at, page[-1].id)


def test_pages_cover_the_log_once_in_a_stable_order(vault):
    fill(vault, 230)
    rows = all_pages(vault, 40)
    ids = [r.id for r in rows]
    assert len(ids) == 230 == len(set(ids)) == vault.practices.count()
    keys = [(r.record.started_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)  # started_at DESC, then id DESC among equal times
    assert sum(1 for a, b in pairwise(keys) if a[0] == b[0]) > 50  # the ties were really exercised
    assert [r.record for r in rows] == vault.practices.records()  # the same order as the whole log
    # page sizes that divide the log exactly end with one empty page
    assert len(all_pages(vault, 23)) == 230
    assert vault.practices.page(keys[-1], 10) == []


def test_paging_from_any_row_continues_after_it(vault):
    fill(vault, 60, seed=3)
    rows = all_pages(vault, 1000)
    for k in (0, 1, 17, 58, 59):
        after = (rows[k].record.started_at, rows[k].id)
        assert vault.practices.page(after, 5) == rows[k + 1:k + 6]


def test_an_empty_log(vault):
    assert vault.practices.page() == []
    assert vault.practices.count() == 0
    assert vault.practices.summaries() == []


def test_summaries_in_sql_equal_the_summary_of_every_record(vault):
    fill(vault, 300, seed=11)
    assert vault.practices.summaries() == before_after_summary(vault.practices.records())
    totals = {s.exercise_id: s.total_practices for s in vault.practices.summaries()}
    assert sum(totals.values()) == 300


def test_summary_counts_stopped_and_unrated_but_averages_only_rated_completed(vault):
    t = datetime(2026, 2, 1, 8, 0)
    for completed, before, after in ((True, 7, 4), (True, 6, 2), (True, 5, None), (False, 9, 1), (None, 8, None)):
        pid = vault.practices.start("box-breathing", t, None, before)
        if completed is not None:
            vault.practices.finish(pid, t + timedelta(minutes=4), completed, after)
        t += timedelta(hours=1)
    [summary] = vault.practices.summaries()
    assert (summary.rated_practices, summary.completed_unrated, summary.stopped, summary.total_practices) == (2, 1, 2, 5)
    assert (summary.mean_before, summary.mean_after, summary.mean_change) == (6.5, 3.0, -3.5)


def test_a_deep_page_seeks_with_the_time_index(vault):
    fill(vault, 30)
    seen: list[str] = []
    vault._conn.set_trace_callback(seen.append)
    try:
        vault.practices.page((datetime(2026, 1, 1, 9, 5), 10), 10)
    finally:
        vault._conn.set_trace_callback(None)
    [sql] = [s for s in seen if "FROM practices" in s]
    plan = " ".join(str(row[-1]) for row in vault._conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert "practices_by_time" in plan and "TEMP B-TREE" not in plan.upper(), plan
