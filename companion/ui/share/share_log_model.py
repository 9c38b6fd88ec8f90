"""What was shared when (the share log), one row per share, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QObject, Qt

from companion.ui.share.model_words import format_label, local_time, template_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


class ShareLogModel(QAbstractListModel):
    """What was shared when: one row per share, newest first, with the entries' titles."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []  # store.share_log.ShareRecord
        self._titles: dict[int, str] = {}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def describe(self, record) -> str:
        when = local_time(record.shared_at)
        stamp = (QLocale().toString(QDate(when.year, when.month, when.day), "d MMM yyyy") + when.strftime(", %H:%M")
                 if when is not None else record.shared_at)
        parts = [stamp, f"{format_label(record.format)}, {template_label(record.template)}"]
        if record.recipe:
            parts.append(_tr("recipe “%1”").replace("%1", record.recipe))
        names = []
        for shared in record.entries:
            title = self._titles.get(shared.entry_id) or _tr("Untitled entry")
            if shared.excerpts:
                count = len(shared.excerpts)
                title += " " + (_tr("(1 passage)") if count == 1 else _tr("(%1 passages)").replace("%1", str(count)))
            names.append(title)
        if names:
            parts.append("; ".join(names))
        extra = [self._section_label(kind) for kind in record.sections]
        if extra:
            parts.append(", ".join(extra))
        return " — ".join(parts)

    @staticmethod
    def _section_label(kind: str) -> str:
        return {"trend": _tr("check-in trend"), "exercises": _tr("exercises"), "strengths": _tr("milestones and strengths"),
                "bring": _tr("what I'd like to bring"), "questions": _tr("questions")}.get(kind, kind)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(record)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def set_rows(self, records: list, titles: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._titles = dict(titles)
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def clear(self) -> None:
        self.set_rows([], {})
