"""Browse the exercises: search, kind, length and favourites on the left; the chosen one on the right.

Keyboard path: the search box first (Ctrl+F); Down moves into the list; arrows choose an
exercise; Enter (or Start) begins it once its notes have been read on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from companion.exercises.model import Exercise
from companion.exercises.validate import CATEGORIES
from companion.ui.grounding.delegate import ExerciseDelegate
from companion.ui.grounding.details import ExerciseDetailsWidget
from companion.ui.grounding.models import ExerciseListModel, ExerciseRoles
from companion.ui.grounding.words import category_label
from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.search_bar import ResultsList, SearchEdit, filter_combo
from companion.ui.widgets.search_bar import add_shortcuts, list_column, list_splitter

LENGTHS = (None, 2, 5, 10)


class LibraryPage(QWidget):
    new_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._all: list[Exercise] = []  # as shown (already in the person's language)
        self._favourites: set[str] = set()
        self._custom: set[str] = set()
        self.model = ExerciseListModel(self)
        self._build()

    def _build(self) -> None:
        # (the list is small and in memory: it filters as you type, with no pause)
        self.search_edit = SearchEdit(self.tr("Search exercises"), on_change=self.apply_filters,
                                      on_down=self.focus_list)
        self.category_combo = filter_combo(self.tr("Kind of exercise"), (
            (self.tr("All kinds"), ""), *((category_label(category), category) for category in CATEGORIES),
        ), on_change=self.apply_filters)
        self.length_combo = filter_combo(self.tr("Length"), (
            (self.tr("Any length") if minutes is None else self.tr("Up to %1 minutes").replace("%1", str(minutes)),
             minutes or 0) for minutes in LENGTHS
        ), on_change=self.apply_filters)
        self.favourites_check = named(QCheckBox(self.tr("Favourites only")), self.tr("Show favourites only"))
        self.favourites_check.toggled.connect(lambda _on: self.apply_filters())

        filters = QHBoxLayout()
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.length_combo, 1)

        self.list_view = ResultsList(self.tr("Exercises"))  # (Escape is left to the page)
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ExerciseDelegate(self.list_view))
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.activated.connect(self._on_list_activated)
        self.info = label("", "muted")
        self.info.setAccessibleName(self.tr("Search results"))
        self.info.setVisible(False)

        self.new_button = button(self.tr("New exercise…"), self.tr("Write a new exercise"))
        self.new_button.clicked.connect(self.new_requested)
        self.import_button = button(self.tr("Import pack…"), self.tr("Import an exercise pack"))
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = button(self.tr("Export pack…"), self.tr("Export exercises to a pack"))
        self.export_button.clicked.connect(self.export_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        left = list_column(self.search_edit, filters, self.favourites_check, self.info, (self.list_view, 1), buttons)

        self.details = ExerciseDetailsWidget()
        self.splitter = list_splitter(left, self.details, (420, 560))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)

        add_shortcuts(self, (("Ctrl+F", self.focus_search),))

    # -- data ------------------------------------------------------------------------------
    def set_exercises(self, exercises: list[Exercise], favourites, custom_ids) -> None:
        self._all = list(exercises)
        self._favourites = set(favourites)
        self._custom = set(custom_ids)
        self.apply_filters()

    def set_favourites(self, favourites) -> None:
        self._favourites = set(favourites)
        self.model.set_favourites(self._favourites)
        if self.favourites_check.isChecked():
            self.apply_filters()

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self._all if e.id == exercise_id), None)

    def apply_filters(self) -> None:
        from companion.exercises.library import ExerciseLibrary

        current = self.current_id()
        category = self.category_combo.currentData() or None
        minutes = self.length_combo.currentData() or None
        text = self.search_edit.text().strip() or None
        found = ExerciseLibrary(self._all).find(category=category, max_minutes=minutes, text=text)
        if self.favourites_check.isChecked():
            found = [e for e in found if e.id in self._favourites]
        self.model.set_rows(found, self._favourites, self._custom)
        filtered = bool(category or minutes or text or self.favourites_check.isChecked())
        if not found and self._all:
            self._show_info(self.tr("Nothing matches. Fewer words or another kind may help.")
                            if filtered else "")
        elif filtered:
            self._show_info(self.tr("%1 of %2 exercises").replace("%1", str(len(found))).replace("%2", str(len(self._all))))
        else:
            self._show_info("")
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row, 0))
        elif current:
            self.details.show_exercise(None)

    def _show_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setAccessibleDescription(text)
        self.info.setVisible(bool(text))

    def current_id(self) -> str | None:
        index = self.list_view.currentIndex()
        return index.data(ExerciseRoles.Id) if index.isValid() else (
            self.details.exercise.id if self.details.exercise is not None else None)

    def select(self, exercise_id: str) -> bool:
        row = self.model.row_of(exercise_id)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.model.index(row, 0))
        return True

    # -- navigation ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.focus_and_select()

    def focus_list(self) -> None:
        self.list_view.setFocus()
        if not self.list_view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        exercise = current.data(ExerciseRoles.Exercise) if current.isValid() else None
        if exercise is None:
            return
        self.details.show_exercise(exercise, favourite=exercise.id in self._favourites,
                                   custom=exercise.id in self._custom)

    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.details.start_button.setFocus()

    def forget(self) -> None:
        self._all = []
        self._favourites = set()
        self._custom = set()
        self.model.clear()
        self.search_edit.setText("")
        self.category_combo.setCurrentIndex(0)
        self.length_combo.setCurrentIndex(0)
        self.favourites_check.setChecked(False)
        self._show_info("")
        self.details.forget()
