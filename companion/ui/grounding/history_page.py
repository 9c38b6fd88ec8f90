"""Practice history and "what has helped me": averages of the person's own ratings, without judgement.

Only facts: how often, how many times both ratings were given, the average before and
after, and the average change in plain words ("1.5 points lower after, on average").
Stopped practices are counted but never averaged in. No streaks, no scores.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from companion.ui.grounding.models import HelpedSummaryModel, PracticeHistoryModel, PracticeRow
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
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.helped_model = HelpedSummaryModel(self)
        self.history_model = PracticeHistoryModel(self)
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
        self.set_data([], [], {})

    def set_data(self, records, summaries, titles: dict[str, str]) -> None:
        self.history_model.set_rows(PracticeRow(r, titles.get(r.exercise_id, r.exercise_id)) for r in records)
        self.helped_model.set_rows(summaries, titles)
        has = self.history_model.total > 0
        self.empty.setText("" if has else self.tr(
            "Nothing here yet. Exercises you do while your journal is unlocked are noted here, "
            "with any ratings you chose to give."))
        self.empty.setVisible(not has)
        self.helped_view.setVisible(has)
        self.history_view.setVisible(has)

    def forget(self) -> None:
        self.history_model.clear()
        self.helped_model.clear()
        self.set_data([], [], {})

