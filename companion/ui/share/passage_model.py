"""The passages chosen in one entry (the share wizard's excerpt list)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


class PassageListModel(QAbstractListModel):
    """The passages chosen in one entry: (start, end) code-point ranges into its body, in order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._body = ""
        self._spans: list[tuple[int, int]] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._spans)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._spans):
            return None
        start, end = self._spans[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " ".join(self._body[start:end].split())
            if len(text) > 90:
                text = text[:60].rstrip() + " … " + text[-24:].lstrip()
            return _tr("Passage %1: “%2”").replace("%1", str(index.row() + 1)).replace("%2", text)
        if role == Qt.ItemDataRole.UserRole:
            return (start, end)
        return None

    def set_spans(self, body: str, spans) -> None:
        self.beginResetModel()
        self._body = body
        self._spans = sorted(tuple(s) for s in spans)
        self.endResetModel()

    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def clear(self) -> None:
        self.set_spans("", [])
