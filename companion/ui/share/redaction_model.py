"""The words to hide in a share, and what is printed instead of each."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from companion.export.selection import DEFAULT_PLACEHOLDER, Redaction


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


class RedactionModel(QAbstractTableModel):
    """The redaction list: a word or phrase, and what is printed instead. Both columns are editable."""

    TERM, PLACEHOLDER = 0, 1
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Redaction] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in (0, 1):
            return (_tr("Word or name to hide"), _tr("Printed instead"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() not in (0, 1):
            return None
        row = self._rows[index.row()]
        value = row.term if index.column() == self.TERM else row.placeholder
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("“%1” is printed as “%2”").replace("%1", row.term).replace("%2", row.placeholder)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        text = " ".join(str(value).split())
        row = self._rows[index.row()]
        if index.column() == self.TERM:
            if not text:
                return False
            self._rows[index.row()] = replace(row, term=text)
        elif index.column() == self.PLACEHOLDER:
            self._rows[index.row()] = replace(row, placeholder=text)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.changed.emit()

    def add(self, term: str, placeholder: str = DEFAULT_PLACEHOLDER) -> int:
        """Add a term (or change the placeholder of one already listed). Returns its row."""
        term = " ".join(term.split())
        placeholder = " ".join(placeholder.split())
        for i, row in enumerate(self._rows):
            if row.term.casefold() == term.casefold():
                self.setData(self.index(i, self.PLACEHOLDER), placeholder)
                return i
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first)
        self._rows.append(Redaction(term, placeholder))
        self.endInsertRows()
        self.changed.emit()
        return first

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def redactions(self) -> tuple[Redaction, ...]:
        return tuple(self._rows)

    def terms(self) -> set[str]:
        return {r.term.casefold() for r in self._rows}

    def clear(self) -> None:
        self.set_rows([])
