"""Item models for the grounding screens: exercises, practice history, "what has helped me", steps.

Each model has one `set_rows()` entry point and `clear()` (called when the journal locks),
except the history model: it reads the practice log a page at a time from the database
worker (canFetchMore/fetchMore, keyset paging like the journal list), because the log
grows for as long as someone uses the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from companion.exercises.model import Exercise
from companion.reflection.stats import ExerciseSummary, PracticeRecord
from companion.ui.grounding.words import category_label, ending_record_label, intensity_label, minutes_label, tr
from companion.ui.models.paging import KeysetPagedModel

HISTORY_PAGE = 100


class ExerciseRoles:
    Id = Qt.ItemDataRole.UserRole + 1
    Title = Qt.ItemDataRole.UserRole + 2
    Summary = Qt.ItemDataRole.UserRole + 3
    Meta = Qt.ItemDataRole.UserRole + 4  # "Breathing · about 4 min · gentle"
    Markers = Qt.ItemDataRole.UserRole + 5  # words, never colour alone
    Favourite = Qt.ItemDataRole.UserRole + 6
    Custom = Qt.ItemDataRole.UserRole + 7
    Exercise = Qt.ItemDataRole.UserRole + 8


def exercise_meta(exercise: Exercise) -> str:
    return " · ".join((category_label(exercise.category), minutes_label(exercise.duration_minutes),
                       intensity_label(exercise.intensity)))


class ExerciseListModel(QAbstractListModel):
    """Exercises to browse (or, with checkable=True, to choose for a pack)."""

    def __init__(self, parent: QObject | None = None, *, checkable: bool = False):
        super().__init__(parent)
        self._rows: list[Exercise] = []
        self._favourites: set[str] = set()
        self._custom: set[str] = set()
        self._checkable = checkable
        self._checked: set[str] = set()

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == ExerciseRoles.Title:
            return e.title
        if role == ExerciseRoles.Id:
            return e.id
        if role == ExerciseRoles.Summary or role == Qt.ItemDataRole.ToolTipRole:
            return e.summary
        if role == ExerciseRoles.Meta:
            return exercise_meta(e)
        if role == ExerciseRoles.Markers:
            return self._markers(e)
        if role == ExerciseRoles.Favourite:
            return e.id in self._favourites
        if role == ExerciseRoles.Custom:
            return e.id in self._custom
        if role == ExerciseRoles.Exercise:
            return e
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [e.title, exercise_meta(e), *self._markers(e), e.summary]
            return ". ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            return Qt.CheckState.Checked if e.id in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not self._checkable or role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        exercise_id = self._rows[index.row()].id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._checked.add(exercise_id)
        else:
            self._checked.discard(exercise_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _markers(self, e: Exercise) -> list[str]:
        found = []
        if e.id in self._favourites:
            found.append(tr("Favourite"))
        if e.id in self._custom:
            found.append(tr("Yours"))
        return found

    # -- changes -------------------------------------------------------------------------
    def set_rows(self, exercises: Iterable[Exercise], favourites: Iterable[str] = (),
                 custom_ids: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._rows = list(exercises)
        self._favourites = set(favourites)
        self._custom = set(custom_ids)
        self._checked &= {e.id for e in self._rows}
        self.endResetModel()

    def set_favourites(self, favourites: Iterable[str]) -> None:
        self._favourites = set(favourites)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._favourites = set()
        self._custom = set()
        self._checked = set()
        self.endResetModel()

    # -- queries -------------------------------------------------------------------------
    def exercise(self, row: int) -> Exercise | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, exercise_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == exercise_id), -1)

    def checked_ids(self) -> list[str]:
        return [e.id for e in self._rows if e.id in self._checked]

    def set_checked(self, exercise_id: str, checked: bool) -> None:
        row = self.row_of(exercise_id)
        if row >= 0:
            self.setData(self.index(row, 0), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)


# -- practice history ------------------------------------------------------------------------

@dataclass(frozen=True)
class PracticeRow:
    id: int  # the practice log's row id (with started_at, the keyset position of the next page)
    record: PracticeRecord
    title: str  # the exercise's title, or its id if it is no longer here


# fetch(after, limit, deliver): read up to `limit` practices older than `after` ((started_at, id),
# or None for the newest) on the database worker; deliver(rows) runs on the GUI thread with
# [(id, PracticeRecord), ...] newest first (store.checkins.LoggedPractice), possibly empty.
HistoryFetcher = Callable[[tuple[datetime, int] | None, int, Callable[[list], None]], None]


def when_text(moment: datetime) -> str:
    """'Mon 2 Mar 2026, 08:15' in the person's language."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(value, "ddd d MMM yyyy, HH:mm")


def length_text(record: PracticeRecord) -> str:
    if record.ended_at is None:
        return "—"
    seconds = max(0, int((record.ended_at - record.started_at).total_seconds()))
    if seconds < 60:
        return tr("%1 s").replace("%1", str(seconds))
    return tr("%1 min").replace("%1", str(round(seconds / 60)))


def rating_text(value: int | None) -> str:
    return "—" if value is None else str(value)


class _TableModel(QAbstractTableModel):
    """A table over `self._rows` with COLUMNS columns, titled by `headers()` (translated on first use)."""

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] | None = None

    def _header_texts(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def headers(self) -> list[str]:
        if self._headers is None:
            self._headers = self._header_texts()
        return self._headers

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return self.headers()[section]
        return None

    def _row_at(self, index: QModelIndex) -> Any:
        """The row behind a cell, or None when the index is not one of this table's cells."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < self.COLUMNS:
            return None
        return self._rows[index.row()]


class PracticeHistoryModel(KeysetPagedModel, _TableModel):
    """Newest first, read from the practice log HISTORY_PAGE rows at a time as the view scrolls.

    Like the journal list (both page through companion.ui.models.paging.KeysetPagedModel):
    canFetchMore/fetchMore ask the fetcher (the database worker) for the page after the last
    row shown (keyset on started_at, id) and append it when it arrives. Only the rows
    scrolled to are ever read; totals come from the store's aggregates.
    """

    WHEN, EXERCISE, LENGTH, ENDING, BEFORE, AFTER = range(6)
    COLUMNS = 6

    def __init__(self, fetcher: HistoryFetcher | None = None, parent: QObject | None = None, *,
                 page: int = HISTORY_PAGE):
        super().__init__(parent)
        self._init_pages(fetcher, page)
        self._titles: dict[str, str] = {}

    def _header_texts(self) -> list[str]:
        return [tr("When"), tr("Exercise"), tr("Length"), tr("Ending"), tr("Before"), tr("After")]

    # -- Qt model API ---------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        r = row.record
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (when_text(r.started_at), row.title, length_text(r), ending_record_label(r.completed),
                    rating_text(r.distress_before), rating_text(r.distress_after))[col]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col in (self.BEFORE, self.AFTER):
                value = r.distress_before if col == self.BEFORE else r.distress_after
                label = self.headers()[col]
                return f"{label}: " + (tr("not rated") if value is None else tr("%1 of 10").replace("%1", str(value)))
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.LENGTH, self.BEFORE, self.AFTER):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- lazy pages (paging.KeysetPagedModel) ------------------------------------------------
    def _keyset(self, row: PracticeRow) -> tuple[datetime, int]:
        return row.record.started_at, row.id

    def _page_rows(self, rows: list) -> list[PracticeRow]:
        return [PracticeRow(practice_id, record, self._titles.get(record.exercise_id, record.exercise_id))
                for practice_id, record in rows]

    # -- changes from the page ------------------------------------------------------------
    def reload(self, titles: dict[str, str] | None = None) -> None:
        """Start again from the newest practice (titles: exercise id -> title shown)."""
        if titles is not None:
            self._titles = dict(titles)
        super().reload()

    def clear(self) -> None:
        """Forget every row (on lock). Nothing is fetched until reload()."""
        self._titles = {}
        super().clear()

    def row(self, n: int) -> PracticeRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None


# -- what has helped me --------------------------------------------------------------------

def change_text(change: float | None) -> str:
    """'2.0 lower', '0.5 higher', 'about the same': words, not a sign or a colour."""
    if change is None:
        return "—"
    if abs(change) < 0.05:
        return tr("about the same")
    amount = f"{abs(change):.1f}"
    return (tr("%1 lower") if change < 0 else tr("%1 higher")).replace("%1", amount)


def change_sentence(change: float | None) -> str:
    """Neutral words for a mean change (after minus before): lower or higher, never better or worse."""
    if change is None:
        return tr("no practices with both ratings yet")
    if abs(change) < 0.05:
        return tr("about the same before and after, on average")
    amount = f"{abs(change):.1f}"
    if change < 0:
        return tr("%1 points lower after, on average").replace("%1", amount)
    return tr("%1 points higher after, on average").replace("%1", amount)


def mean_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class HelpedSummaryModel(_TableModel):
    """Per exercise: how often, how many with both ratings, and the average ratings and change.

    Rows are (ExerciseSummary, title shown), sorted by title."""

    EXERCISE, TIMES, RATED, BEFORE, AFTER, CHANGE = range(6)
    COLUMNS = 6

    def _header_texts(self) -> list[str]:
        return [tr("Exercise"), tr("Times"), tr("Rated both times"), tr("Average before"),
                tr("Average after"), tr("Average change")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        s, title = row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (title, str(s.total_practices), str(s.rated_practices), mean_text(s.mean_before),
                    mean_text(s.mean_after), change_text(s.mean_change))[col]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == self.CHANGE:
                return change_sentence(s.mean_change)
            return f"{self.headers()[col]}: {self.data(index, Qt.ItemDataRole.DisplayRole)}"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CHANGE:
            return change_sentence(s.mean_change)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.EXERCISE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def set_rows(self, summaries: Iterable[ExerciseSummary], titles: dict[str, str]) -> None:
        self.beginResetModel()
        rows = [(s, titles.get(s.exercise_id, s.exercise_id)) for s in summaries]
        self._rows = sorted(rows, key=lambda pair: pair[1].casefold())
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def summary(self, row: int) -> ExerciseSummary | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None


# -- steps in the editor -----------------------------------------------------------------

class StepListModel(QAbstractListModel):
    """The steps of an exercise being written: plain dicts in the exercise file's own shape."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return step_caption(self._rows[index.row()])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("Step %1: %2").replace("%1", str(index.row() + 1)).replace("%2", step_caption(self._rows[index.row()]))
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def set_rows(self, steps: Iterable[dict]) -> None:
        self.beginResetModel()
        self._rows = [dict(s) for s in steps]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def steps(self) -> list[dict]:
        return [dict(s) for s in self._rows]

    def step(self, row: int) -> dict | None:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else None

    def replace(self, row: int, step: dict) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = dict(step)
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def insert(self, row: int, step: dict) -> int:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, dict(step))
        self.endInsertRows()
        self._renumbered()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._renumbered()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self._renumbered()
        return target

    def _renumbered(self) -> None:
        """Spoken names carry the step number, which moves with inserts, removals and moves."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.AccessibleTextRole])


def step_caption(step: dict) -> str:
    text = " ".join(str(step.get("text", "")).split()) or tr("(no text yet)")
    if len(text) > 70:
        text = text[:68] + "…"
    if "breathing" in step:
        kind = tr("paced breathing")
    elif "duration_seconds" in step:
        kind = tr("%1 s").replace("%1", f"{step['duration_seconds']:g}")
    else:
        kind = tr("waits for Next")
    return f"{text} ({kind})"
