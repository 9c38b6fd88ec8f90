"""Item models of the Share section: entries to choose from, passages, words to hide, optional
sections, saved recipes and the share log.

`ShareEntryModel` is lazy like the journal list: pages are read on the database worker when
the view scrolls near the end. Entries marked "ready to share" come first, then the others,
each group under a header row that arrow keys pass over. Every marker is a word (Chosen,
Ready to share, Shared on …), never colour alone, and rows are drawn by the journal's
EntryDelegate so they look the same as in the Journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from companion.export.selection import DEFAULT_PLACEHOLDER, Redaction, ShareRecipe
from companion.journal.model import ShareState
from companion.ui.models.entry_list import SUMMARY_ROLES, Roles, share_label, summary_data

PAGE_SIZE = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareModels", text)


def short_date(value: str) -> str:
    """'2026-03-02 08:15' or '2026-03-14T09:30:00Z' -> '2 Mar 2026' in the person's locale."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def local_time(utc_stamp: str) -> datetime | None:
    """A share-log time (UTC, '…Z') as local time."""
    try:
        return datetime.fromisoformat(utc_stamp).astimezone()
    except ValueError:
        return None


def shared_on_label(utc_stamp: str) -> str:
    when = local_time(utc_stamp)
    shown = short_date(when.date().isoformat()) if when is not None else utc_stamp
    return _tr("Shared on %1").replace("%1", shown)


# --- entries to choose from -----------------------------------------------------------------------


@dataclass(frozen=True)
class ShareRow:
    """One entry in the choose list: enough to show, never the whole body."""

    id: int
    entry_date: str
    title: str
    preview: str
    tags: tuple[str, ...] = ()
    share_state: ShareState = ShareState.PRIVATE
    shared_at: str | None = None  # the last time it was shared (UTC), if ever


class _Header:
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


# fetch(phase_query, cursor, limit, deliver(rows, next_cursor)); deliver runs on the GUI thread
Fetcher = Callable[[object, object, int, Callable[[list[ShareRow], object], None]], None]


class ShareEntryModel(QAbstractListModel):
    """Entries in groups ("Ready to share" first), fetched a page at a time. Checkable: chosen or not."""

    choice_toggled = Signal(int, bool)  # entry id, chosen
    page_loaded = Signal(int)
    loading_changed = Signal(bool)

    def __init__(self, fetcher: Fetcher | None = None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._fetcher = fetcher
        self._page_size = page_size
        self._items: list[ShareRow | _Header] = []
        self._phases: list[tuple[str, object]] = []  # (header text, query)
        self._phase = 0
        self._cursor: object = None
        self._phase_started = False
        self._exhausted = True
        self._pending = False
        self._generation = 0
        self._chosen: dict[int, str] = {}  # entry id -> how ("Whole entry", "2 passages")

    def set_fetcher(self, fetcher: Fetcher | None) -> None:
        self._fetcher = fetcher

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._items):
            return None
        row = self._items[index.row()]
        if isinstance(row, _Header):
            if role in (Qt.ItemDataRole.DisplayRole, Roles.DayHeader, Qt.ItemDataRole.AccessibleTextRole):
                return row.text
            if role == Roles.IsHeader:
                return True
            return None
        if role in SUMMARY_ROLES:
            return summary_data(row, role, short_date)
        if role == Roles.Markers:
            return self.markers(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [row.title or _tr("Untitled entry"), short_date(row.entry_date), *self.markers(row)]
            if row.preview:
                parts.append(row.preview[:120])
            return ". ".join(parts)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self._items[index.row()]
        if isinstance(row, _Header):
            return False
        chosen = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.choice_toggled.emit(row.id, chosen)  # the wizard decides, then calls set_choice()
        return True

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], _Header):
            return Qt.ItemFlag.ItemNeverHasChildren
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def markers(self, row: ShareRow) -> list[str]:
        found = []
        how = self._chosen.get(row.id)
        if how:
            found.append(_tr("Chosen: %1").replace("%1", how))
        if ShareState(row.share_state) != ShareState.PRIVATE:
            found.append(share_label(row.share_state))
        if row.shared_at:
            found.append(shared_on_label(row.shared_at))
        return found

    # -- lazy pages -----------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._pending and self._fetcher is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._pending = True
        self.loading_changed.emit(True)
        generation = self._generation
        _header, query = self._phases[self._phase]
        self._fetcher(query, self._cursor, self._page_size,
                      lambda rows, cursor: self._on_page(generation, rows, cursor))

    def _on_page(self, generation: int, rows: list[ShareRow], cursor: object) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.loading_changed.emit(False)
        items: list[ShareRow | _Header] = []
        if rows and not self._phase_started:
            items.append(_Header(self._phases[self._phase][0]))
            self._phase_started = True
        items.extend(rows)
        if len(rows) < self._page_size:
            self._phase += 1
            self._cursor = None
            self._phase_started = False
            self._exhausted = self._phase >= len(self._phases)
        else:
            self._cursor = cursor
        if items:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._items.extend(items)
            self.endInsertRows()
        self.page_loaded.emit(len(rows))
        if not rows and not self._exhausted:
            self.fetchMore()  # an empty group: go straight on to the next one

    def fetch_failed(self) -> None:
        self._pending = False
        self._exhausted = True
        self.loading_changed.emit(False)

    @property
    def is_loading(self) -> bool:
        return self._pending

    # -- changes from the wizard ------------------------------------------------------------------
    def load(self, phases: list[tuple[str, object]]) -> None:
        """Start again with these groups: [(header, query), ...], fetched in order. Choices are kept."""
        self.beginResetModel()
        self._generation += 1
        self._items = []
        self._phases = list(phases)
        self._phase = 0
        self._cursor = None
        self._phase_started = False
        self._exhausted = not self._phases
        self._pending = False
        self.endResetModel()
        self.fetchMore()

    def clear(self) -> None:
        """Forget every row and every choice (on lock or cancel). Nothing is fetched until load()."""
        self.beginResetModel()
        self._generation += 1
        self._items = []
        self._phases = []
        self._exhausted = True
        self._pending = False
        self._chosen = {}
        self.endResetModel()

    def set_choice(self, entry_id: int, how: str | None) -> None:
        """Mark an entry chosen ("Whole entry", "2 passages") or not (None)."""
        if how:
            self._chosen[entry_id] = how
        else:
            self._chosen.pop(entry_id, None)
        row = self.row_of(entry_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def clear_choices(self) -> None:
        ids = list(self._chosen)
        self._chosen = {}
        for entry_id in ids:
            row = self.row_of(entry_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def row_of(self, entry_id: int) -> int:
        for i, item in enumerate(self._items):
            if isinstance(item, ShareRow) and item.id == entry_id:
                return i
        return -1

    def row_data(self, row: int) -> ShareRow | None:
        if 0 <= row < len(self._items):
            item = self._items[row]
            return item if isinstance(item, ShareRow) else None
        return None

    def first_entry_index(self) -> QModelIndex:
        for i, item in enumerate(self._items):
            if isinstance(item, ShareRow):
                return self.index(i, 0)
        return QModelIndex()

    @property
    def entry_count(self) -> int:
        return sum(1 for item in self._items if isinstance(item, ShareRow))


# --- passages of the entry being chosen ---------------------------------------------------------------


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


# --- words to hide -------------------------------------------------------------------------------------


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


# --- optional sections --------------------------------------------------------------------------------


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


# --- saved recipes and the share log -----------------------------------------------------------------


def template_label(value: str) -> str:
    return {"group": _tr("Group-safe"), "personal": _tr("Personal copy")}.get(value, value)


def format_label(value: str) -> str:
    return {"pdf": "PDF", "md": "Markdown", "html": "HTML", "txt": _tr("Plain text"),
            "print": _tr("Printed")}.get(value, value)


def dates_label(value: str | None) -> str:
    return {None: _tr("the template's dates"), "exact": _tr("exact dates"), "week": _tr("dates by week"),
            "month": _tr("dates by month"), "none": _tr("no dates")}.get(value, str(value))


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
