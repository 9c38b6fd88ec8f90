"""Practice history with a long log: the table is paged from the store on the worker, while the
summary ("what has helped me", and whether there is anything) covers every practice."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex

from companion.store.checkins import PracticeRepository
from companion.ui.grounding.models import HISTORY_PAGE, HelpedSummaryModel, PracticeHistoryModel
from tests.ui.conftest import unlock
from tests.ui.grounding.grounding_helpers import open_grounding, vault_call

COUNT = 2 * HISTORY_PAGE + 37


def log_practices(vault) -> None:
    start = datetime(2026, 1, 5, 8, 0)
    for i in range(COUNT):
        exercise = ("box-breathing", "five-senses")[i % 2]
        pid = vault.practices.start(exercise, start + timedelta(hours=i), None, 6 if i % 3 else None)
        vault.practices.finish(pid, start + timedelta(hours=i, minutes=4), i % 5 != 0, 3 if i % 3 else None)


def test_history_pages_the_log_and_sums_all_of_it(qtbot, make_app, vault_dir, monkeypatch):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    vault_call(qtbot, harness, log_practices)

    def no_whole_log(self, limit=100_000):
        raise AssertionError("the history must not read the whole log")

    monkeypatch.setattr(PracticeRepository, "records", no_whole_log)
    page = open_grounding(qtbot, harness)
    page.show_history()
    history = page.history
    model = history.history_model
    qtbot.waitUntil(lambda: model.rowCount() == HISTORY_PAGE and history.total == COUNT, timeout=5000)
    qtbot.wait(50)
    assert model.rowCount() == HISTORY_PAGE  # only the first page was read
    assert page.status.text() == ""  # no error was said
    assert history.history_view.isVisible() and not history.empty.isVisible()
    # the summary counts every practice, not only the rows read so far
    helped = history.helped_model
    times = [int(helped.index(r, HelpedSummaryModel.TIMES).data()) for r in range(helped.rowCount())]
    assert sum(times) == COUNT and len(times) == 2
    newest = model.row(0).record.started_at
    assert newest == datetime(2026, 1, 5, 8, 0) + timedelta(hours=COUNT - 1)

    # scrolling to the end reads the next pages, on the worker, in order
    view = history.history_view
    while model.canFetchMore(QModelIndex()) or model.is_loading:
        view.scrollToBottom()
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)
    assert model.rowCount() == COUNT
    starts = [model.row(i).record.started_at for i in range(COUNT)]
    assert starts == sorted(starts, reverse=True) and len(set(starts)) == COUNT
    assert model.index(COUNT - 1, PracticeHistoryModel.EXERCISE).data() == "Box breathing"

    # locking forgets every row and figure
    harness.session.lock("manual")
    assert model.rowCount() == 0 and helped.rowCount() == 0 and history.total == 0
    assert not model.canFetchMore(QModelIndex())
