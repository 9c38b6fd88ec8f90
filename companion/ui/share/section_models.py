"""The optional sections of a share ("More to bring"): exercises practised, milestones and strengths."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from companion.ui.share.model_words import short_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


@dataclass
class ExerciseRow:
    exercise_id: str
    name: str
    summary: object  # reflection.stats.ExerciseSummary
    include: bool = False
    helped: bool = False  # the person's own word: "this helped"; unticked means "not said"


class ExerciseChoiceModel(QAbstractTableModel):
    """Exercises practised: tick to include, and tick "This helped" where it did."""

    NAME, PRACTISED, HELPED = 0, 1, 2

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ExerciseRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (_tr("Include"), _tr("Times practised"), _tr("This helped"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 3:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.PRACTISED:
                return str(row.summary.total_practices)
            return _tr("Helped") if row.helped else _tr("Not said")
        if role == Qt.ItemDataRole.CheckStateRole and column in (self.NAME, self.HELPED):
            on = row.include if column == self.NAME else row.helped
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.NAME:
                return f"{row.name}, " + (_tr("included") if row.include else _tr("not included"))
            if column == self.HELPED:
                return _tr("This helped") if row.helped else _tr("Not said whether this helped")
            return _tr("Practised %1 times").replace("%1", str(row.summary.total_practices))
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() not in (0, 2):
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row = self._rows[index.row()]
        if index.column() == self.NAME:
            row.include = on
        else:
            row.helped = on
            if on:
                row.include = True
                self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 0))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in (self.NAME, self.HELPED):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def set_rows(self, rows: list[ExerciseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def chosen(self) -> list[ExerciseRow]:
        return [r for r in self._rows if r.include]

    def clear(self) -> None:
        self.set_rows([])


@dataclass
class RecordRow:
    kind: str  # "milestone" or "strength"
    record: object  # reflection.records.Milestone / Strength
    include: bool = True


class RecordChoiceModel(QAbstractListModel):
    """Milestones and strengths, each ticked to include."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[RecordRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " ".join(row.record.text.split())
            if row.kind == "milestone":
                return _tr("Milestone, %1: %2").replace("%1", short_date(row.record.date.isoformat())) \
                    .replace("%2", text)
            return _tr("Strength: %1").replace("%1", text)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._rows[index.row()].include = on
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def set_rows(self, rows: list[RecordRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def chosen(self, kind: str) -> list:
        return [r.record for r in self._rows if r.include and r.kind == kind]

    def clear(self) -> None:
        self.set_rows([])
