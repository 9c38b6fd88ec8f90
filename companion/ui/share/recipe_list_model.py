"""Saved share recipes ("Tuesday group"), listed with what they set, in words."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from companion.export.selection import ShareRecipe
from companion.ui.share.model_words import dates_label, template_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)  # (one context for every Share model)


class RecipeListModel(QAbstractListModel):
    """Saved recipes ("Tuesday group"): name, then what they set, in words."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ShareRecipe] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def describe(self, recipe: ShareRecipe) -> str:
        words = len(recipe.redactions)
        hidden = _tr("1 word hidden") if words == 1 else _tr("%1 words hidden").replace("%1", str(words))
        dates = dates_label(recipe.dates.value if recipe.dates is not None else None)
        return f"{template_label(recipe.template.value)}, {dates}, {hidden}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        recipe = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{recipe.name} — {self.describe(recipe)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{recipe.name}. {self.describe(recipe)}"
        if role == Qt.ItemDataRole.EditRole:
            return recipe.name
        if role == Qt.ItemDataRole.UserRole:
            return recipe
        return None

    def set_rows(self, recipes: list[ShareRecipe]) -> None:
        self.beginResetModel()
        self._rows = list(recipes)
        self.endResetModel()

    def recipe(self, row: int) -> ShareRecipe | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def names(self) -> list[str]:
        return [r.name for r in self._rows]

    def clear(self) -> None:
        self.set_rows([])
