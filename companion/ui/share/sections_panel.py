"""The share wizard's "More to bring (optional)" tab: a check-in summary, exercises practised (and
which helped), milestones and strengths, what I'd like to bring, and questions for the group.

Anything here is optional, and only what is ticked goes out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.ui.share.section_models import ExerciseChoiceModel, RecordChoiceModel
from companion.ui.widgets.common import label, named
from companion.ui.widgets.reflow import WrappingCheckBox, scroll_area

TREND_PERIODS = (14, 28, 91)  # days


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChooseStep", text)  # (the words were ChooseStep's; they keep its context)


class SectionsPanelWidget(QScrollArea):
    """The optional sections, scrolling as one column."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.exercises = ExerciseChoiceModel(self)
        self.records = RecordChoiceModel(self)
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(12, 12, 16, 16)
        col.setSpacing(10)
        col.addWidget(label(_tr("Anything here is optional, and only what you tick goes out."), "muted"))

        self.trend_check = named(QCheckBox(_tr("A short summary of my check-ins")),
                                 _tr("Include a short summary of my check-ins"))
        self.trend_period = named(QComboBox(), _tr("Check-in period"))
        for days, text in zip(TREND_PERIODS, (_tr("the last 2 weeks"), _tr("the last 4 weeks"),
                                              _tr("the last 3 months"))):
            self.trend_period.addItem(text, days)
        self.trend_period.setCurrentIndex(1)
        self.trend_period.setEnabled(False)
        self.trend_check.toggled.connect(self.trend_period.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.trend_check)
        row.addWidget(self.trend_period)
        row.addStretch(1)
        col.addLayout(row)

        self.exercise_check = named(WrappingCheckBox(_tr("Exercises I practised, and which helped")),
                                    _tr("Include exercises I practised"))
        self.exercise_view = named(QTableView(), _tr("Exercises practised"),
                                   _tr("Space ticks Include or This helped in the current column"))
        self.exercise_view.setModel(self.exercises)
        self.exercise_view.verticalHeader().setVisible(False)
        self.exercise_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.exercise_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.exercise_view.setMaximumHeight(150)
        self.exercise_view.setEnabled(False)
        self.exercise_check.toggled.connect(self.exercise_view.setEnabled)
        self.exercise_empty = label(_tr("No exercises practised yet."), "muted")
        col.addWidget(self.exercise_check)
        col.addWidget(self.exercise_view)
        col.addWidget(self.exercise_empty)

        self.records_check = named(QCheckBox(_tr("Milestones and strengths")),
                                   _tr("Include milestones and strengths"))
        self.records_view = named(QListView(), _tr("Milestones and strengths to include"))
        self.records_view.setModel(self.records)
        self.records_view.setMaximumHeight(130)
        self.records_view.setEnabled(False)
        self.records_check.toggled.connect(self.records_view.setEnabled)
        self.records_empty = label(_tr("No milestones or strengths written down yet."), "muted")
        col.addWidget(self.records_check)
        col.addWidget(self.records_view)
        col.addWidget(self.records_empty)

        self.bring_edit = named(QPlainTextEdit(), _tr("What I'd like to bring to the group"))
        self.bring_edit.setTabChangesFocus(True)
        self.bring_edit.setPlaceholderText(_tr("Optional"))
        self.bring_edit.setMaximumHeight(100)
        bring_label = label(_tr("What I'd like to bring to the group"), "heading")
        bring_label.setBuddy(self.bring_edit)
        col.addWidget(bring_label)
        col.addWidget(self.bring_edit)
        self.questions_edit = named(QPlainTextEdit(), _tr("Questions for the group, one per line"))
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(_tr("Optional; one question per line"))
        self.questions_edit.setMaximumHeight(100)
        questions_label = label(_tr("Questions for the group"), "heading")
        questions_label.setBuddy(self.questions_edit)
        col.addWidget(questions_label)
        col.addWidget(self.questions_edit)
        col.addStretch(1)
        scroll_area(inner, frame=False, area=self)

    def set_optional_data(self, exercise_rows, record_rows) -> None:
        self.exercises.set_rows(exercise_rows)
        self.records.set_rows(record_rows)
        has_ex, has_rec = bool(exercise_rows), bool(record_rows)
        self.exercise_check.setEnabled(has_ex)
        self.exercise_view.setVisible(has_ex)
        self.exercise_empty.setVisible(not has_ex)
        self.records_check.setEnabled(has_rec)
        self.records_view.setVisible(has_rec)
        self.records_empty.setVisible(not has_rec)

    # -- reading the choices -------------------------------------------------------------------------
    def trend_days(self) -> int | None:
        return int(self.trend_period.currentData()) if self.trend_check.isChecked() else None

    def bring_text(self) -> str:
        return self.bring_edit.toPlainText()

    def questions(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.questions_edit.toPlainText().splitlines() if line.strip())

    def forget(self) -> None:
        """Drop everything written and ticked (lock, cancel)."""
        for edit in (self.bring_edit, self.questions_edit):
            edit.setPlainText("")
            edit.document().clearUndoRedoStacks()
        for check in (self.trend_check, self.exercise_check, self.records_check):
            check.setChecked(False)
        self.set_optional_data([], [])
