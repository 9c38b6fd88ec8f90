"""Practice history and "what has helped me": averages of the person's own ratings, without judgement.

Only facts: how often, how many times both ratings were given, the average before and
after, and the average change in plain words ("1.5 points lower after, on average").
Stopped practices are counted but never averaged in. No streaks, no scores.

Everything is read on the session's database worker. The summary ("what has helped me",
and whether there is anything at all) is the store's SQL aggregates over every practice;
the practices themselves are paged into the table as it scrolls (PracticeHistoryModel).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from companion.ui.grounding.models import HelpedSummaryModel, PracticeHistoryModel
from companion.ui.widgets.common import label, named


def _table(model, name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1 if isinstance(model, PracticeHistoryModel) else 0, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view


class HistoryPage(QWidget):
    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._on_error: Callable[[BaseException], None] | None = None
        self.total = 0  # practices in the whole log (an aggregate, not rows read)
        self.helped_model = HelpedSummaryModel(self)
        self.history_model = PracticeHistoryModel(self._fetch_page, self)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 8, 4, 4)
        col.setSpacing(8)
        col.addWidget(label(self.tr("What has helped me"), "heading"))
        col.addWidget(label(self.tr(
            "Averages of your own ratings before and after exercises you went through to the end, when you gave "
            "both. They describe, they don't judge: any number is okay, and one day says little. "
            "Times you stopped early are counted, not averaged."), "muted"))
        self.helped_view = _table(self.helped_model, self.tr("What has helped me"))
        col.addWidget(self.helped_view, 2)
        col.addWidget(label(self.tr("Practices"), "heading"))
        self.history_view = _table(self.history_model, self.tr("Practices"))
        col.addWidget(self.history_view, 3)
        self.empty = label("", "muted")
        self.empty.setAccessibleName(self.tr("History status"))
        col.addWidget(self.empty)
        self._show_summary(0, [], {})

    def reload(self, titles: dict[str, str], on_error: Callable[[BaseException], None] | None = None) -> None:
        """Read the summary and the newest page again (titles: exercise id -> title shown)."""
        if self.session is None:
            return
        self._generation += 1
        generation = self._generation
        self._on_error = on_error

        def done(result) -> None:
            if generation == self._generation:
                total, summaries = result
                self._show_summary(total, summaries, titles)

        self.session.run(lambda v: (v.practices.count(), v.practices.summaries()), done, self._failed,
                         name="practice summary")
        self.history_model.reload(titles)  # (queued after the summary on the same worker)

    def _fetch_page(self, after, limit, deliver) -> None:
        def failed(error: BaseException) -> None:
            self.history_model.fetch_failed()
            self._failed(error)

        task = None
        if self.session is not None:
            task = self.session.run(lambda v: v.practices.page(after, limit), deliver, failed, name="practice page")
        if task is None:
            self.history_model.fetch_failed()

    def _failed(self, error: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(error)

    def _show_summary(self, total: int, summaries, titles: dict[str, str]) -> None:
        self.total = total
        self.helped_model.set_rows(summaries, titles)
        has = total > 0
        self.empty.setText("" if has else self.tr(
            "Nothing here yet. Exercises you do while your journal is unlocked are noted here, "
            "with any ratings you chose to give."))
        self.empty.setVisible(not has)
        self.helped_view.setVisible(has)
        self.history_view.setVisible(has)

    def forget(self) -> None:
        self._generation += 1
        self._on_error = None
        self.history_model.clear()
        self.helped_model.clear()
        self._show_summary(0, [], {})
