"""The grounding item models through pytest-qt's model tester, plus their words (never judging)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt

from companion.exercises.library import load_shipped
from companion.reflection.stats import PracticeRecord, before_after_summary
from companion.ui.grounding.models import (
    ExerciseListModel,
    ExerciseRoles,
    HelpedSummaryModel,
    PracticeHistoryModel,
    StepListModel,
    change_sentence,
)


def records(n: int) -> list[PracticeRecord]:
    base = datetime(2026, 3, 1, 9, 0)
    out = []
    for i in range(n):
        start = base + timedelta(hours=i)
        out.append(PracticeRecord(
            exercise_id=("box-breathing", "five-senses", "gone-exercise")[i % 3], started_at=start,
            ended_at=start + timedelta(minutes=3) if i % 5 else None, completed=i % 4 != 0,
            distress_before=(i % 11) if i % 2 else None, distress_after=max(0, (i % 11) - 2) if i % 2 else None))
    return list(reversed(out))


def test_exercise_list_model(qtmodeltester):
    shipped = load_shipped()
    model = ExerciseListModel()
    model.set_rows(shipped.all(), {"box-breathing"}, set())
    qtmodeltester.check(model)
    row = model.row_of("box-breathing")
    index = model.index(row, 0)
    assert index.data(ExerciseRoles.Favourite) is True
    assert "Favourite" in index.data(ExerciseRoles.Markers)
    assert "Breathing" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    model.set_favourites(set())
    assert index.data(ExerciseRoles.Favourite) is False
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_checkable_exercise_list_model(qtmodeltester):
    model = ExerciseListModel(checkable=True)
    model.set_rows(load_shipped().all()[:5])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [first.data(ExerciseRoles.Id)]
    assert first.flags() & Qt.ItemFlag.ItemIsUserCheckable


class LogSource:
    """Serves the practice log like PracticeRepository.page: newest first, keyset after (started_at, id).

    deferred=True keeps each request until deliver_next() (as the database worker would)."""

    def __init__(self, recs, *, deferred: bool = False):
        rows = [(i + 1, r) for i, r in enumerate(reversed(recs))]  # ids in insertion order
        self.rows = sorted(rows, key=lambda pair: (pair[1].started_at, pair[0]), reverse=True)
        self.deferred = deferred
        self.requests: list = []

    def page(self, after, limit):
        rows = self.rows
        if after is not None:
            rows = [(i, r) for i, r in rows if (r.started_at, i) < after]
        return rows[:limit]

    def __call__(self, after, limit, deliver):
        self.requests.append((after, limit))
        if self.deferred:
            self.waiting = lambda: deliver(self.page(after, limit))
        else:
            deliver(self.page(after, limit))

    def deliver_next(self):
        waiting, self.waiting = self.waiting, None
        waiting()


def test_practice_history_model_reads_pages_from_the_log(qtmodeltester):
    source = LogSource(records(130))
    model = PracticeHistoryModel(source, page=40)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())  # nothing until reload()
    model.reload({"box-breathing": "Box breathing", "five-senses": "5-4-3-2-1 senses"})
    assert model.rowCount() == 40 and model.canFetchMore(QModelIndex())
    assert source.requests == [(None, 40)]
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 130 and not model.canFetchMore(QModelIndex())
    keys = [(model.row(i).record.started_at, model.row(i).id) for i in range(130)]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 130  # newest first, each once
    assert source.requests[1] == (keys[39], 40)  # the next page starts after the last row shown
    titles = {model.index(i, PracticeHistoryModel.EXERCISE).data() for i in range(130)}
    assert titles == {"Box breathing", "5-4-3-2-1 senses", "gone-exercise"}  # a removed exercise: its id
    unrated = next(i for i in range(130) if model.row(i).record.distress_before is None)
    cell = model.index(unrated, PracticeHistoryModel.BEFORE)
    assert cell.data() == "—" and cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Before: not rated"
    endings = {model.index(i, PracticeHistoryModel.ENDING).data() for i in range(130)}
    assert endings == {"To the end", "Stopped when I chose"}
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_practice_history_model_waits_for_the_worker_and_drops_stale_pages(qtmodeltester):
    source = LogSource(records(90), deferred=True)
    model = PracticeHistoryModel(source, page=40)  # (the tester, attached last, would fetch by itself)
    model.reload({})
    assert model.is_loading and model.rowCount() == 0
    model.fetchMore(QModelIndex())  # (a view scrolling meanwhile asks nothing more)
    assert len(source.requests) == 1 and not model.canFetchMore(QModelIndex())
    source.deliver_next()
    assert model.rowCount() == 40 and not model.is_loading
    model.fetchMore(QModelIndex())
    stale = source.waiting
    model.reload({})  # e.g. a practice was just noted: start again; the old page must not land
    stale()
    assert model.rowCount() == 0 and model.is_loading
    source.deliver_next()
    assert model.rowCount() == 40
    model.fetchMore(QModelIndex())
    model.fetch_failed()  # the worker could not read it: stop asking until the next reload
    assert not model.canFetchMore(QModelIndex()) and model.rowCount() == 40
    qtmodeltester.check(model)


def test_helped_summary_model_in_neutral_words(qtmodeltester):
    model = HelpedSummaryModel()
    summaries = before_after_summary(records(60))
    model.set_rows(summaries, {"box-breathing": "Box breathing", "five-senses": "5-4-3-2-1 senses"})
    qtmodeltester.check(model)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold) and "gone-exercise" in titles
    words = " ".join(str(model.index(r, c).data(Qt.ItemDataRole.AccessibleTextRole))
                     for r in range(model.rowCount()) for c in range(6)).lower()
    for judgement in ("better", "worse", "improv", "fail", "streak", "score"):
        assert judgement not in words
    assert change_sentence(-1.5) == "1.5 points lower after, on average"
    assert change_sentence(0.01) == "about the same before and after, on average"
    assert change_sentence(None) == "no practices with both ratings yet"


def test_step_list_model(qtmodeltester):
    model = StepListModel()
    model.set_rows([{"text": "One"}, {"text": "Two", "duration_seconds": 30},
                    {"text": "Three", "breathing": {"phases": [{"kind": "in", "seconds": 4}], "cycles": 2}}])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Two (30 s)"
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Step 2: Two (30 s)"
    assert model.move(0, 1) == 1 and [s["text"] for s in model.steps()] == ["Two", "One", "Three"]
    model.insert(3, {"text": ""})
    model.remove(0)
    assert [s["text"] for s in model.steps()] == ["One", "Three", ""]
    qtmodeltester.check(model)
