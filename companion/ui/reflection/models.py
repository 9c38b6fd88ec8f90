"""Item models for the reflection pages: check-ins (lazy, newest first) and small record lists.

Every list reads through a QAbstractListModel with a `set_rows()` entry point and role
constants, so views never hold data of their own and `clear()` drops everything on lock.
Check-ins can grow without bound, so that model fetches keyset pages off the GUI thread
(canFetchMore/fetchMore) like the journal list; the other lists are small by nature.

Words for the scales are translated here, once, from the fixed English in the core.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QObject, Qt

from companion.reflection.checkins import ENERGY_WORDS, FEELING_WORDS, MOOD_WORDS, CheckIn

PAGE_SIZE = 50


def _tr(text: str, context: str = "Reflection") -> str:
    return QCoreApplication.translate(context, text)


# The core keeps the scale words in English (stored data and the CLI agree on them);
# these wrappers are what a translator sees.
def mood_text(level: int) -> str:
    return QCoreApplication.translate("MoodWords", MOOD_WORDS[level])


def energy_text(level: int) -> str:
    return QCoreApplication.translate("EnergyWords", ENERGY_WORDS[level])


def feeling_text(word: str) -> str:
    return QCoreApplication.translate("FeelingWords", word) if word in FEELING_WORDS else word


def day_text(day: date, today: date | None = None) -> str:
    """'Today', 'Yesterday' or a short local date."""
    today = today or date.today()
    delta = (today - day).days
    if delta == 0:
        return _tr("Today")
    if delta == 1:
        return _tr("Yesterday")
    fmt = "ddd d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def checkin_summary(checkin: CheckIn, today: date | None = None) -> tuple[str, str]:
    """(first line, second line) in words; numbers only where the scale is a number."""
    when = f"{day_text(checkin.created_at.date(), today)} {checkin.created_at.strftime('%H:%M')}"
    first = _tr("%1 · mood: %2 · distress %3 of 10").replace("%1", when).replace(
        "%2", mood_text(checkin.mood)).replace("%3", str(checkin.distress))
    if checkin.energy is not None:
        first += " · " + _tr("energy: %1").replace("%1", energy_text(checkin.energy))
    details = []
    if checkin.present:
        details.append(", ".join(feeling_text(w) for w in checkin.present))
    if checkin.note:
        note = " ".join(checkin.note.split())
        details.append(note if len(note) <= 90 else note[:89] + "…")
    if checkin.entry_id is not None:
        details.append(_tr("linked to an entry"))
    return first, " — ".join(details)


class Roles:
    Id = Qt.ItemDataRole.UserRole + 1
    Item = Qt.ItemDataRole.UserRole + 2  # the dataclass behind the row
    Secondary = Qt.ItemDataRole.UserRole + 3  # the second line of text, if any


class RowsModel(QAbstractListModel):
    """A list of plain values. Subclasses say how a row reads (`lines`) and what its id is."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what a row says -------------------------------------------------------------------
    def lines(self, row: Any) -> tuple[str, str]:  # pragma: no cover - overridden
        return str(row), ""

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first, second = self.lines(row)
            return f"{first}\n{second}" if second else first
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            first, second = self.lines(row)
            return f"{first}. {second}" if second else first
        if role == Roles.Id:
            return self.row_id(row)
        if role == Roles.Item:
            return row
        if role == Roles.Secondary:
            return self.lines(row)[1]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- rows -----------------------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Any]:
        return list(self._rows)

    def item(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int:
        for i, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return i
        return -1

    def replace(self, value: Any) -> bool:
        i = self.row_of(self.row_id(value))
        if i < 0:
            return False
        self._rows[i] = value
        index = self.index(i, 0)
        self.dataChanged.emit(index, index)
        return True

    def remove(self, row_id: Any) -> bool:
        i = self.row_of(row_id)
        if i < 0:
            return False
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        self.endRemoveRows()
        return True

    def insert(self, position: int, value: Any) -> None:
        position = max(0, min(position, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, value)
        self.endInsertRows()


# deliver(rows) is called on the GUI thread with the next page (possibly empty)
CheckInFetcher = Callable[[tuple[datetime, int] | None, int, Callable[[list[CheckIn]], None]], None]


class CheckInListModel(RowsModel):
    """Check-ins, newest first, a page at a time as the view scrolls."""

    def __init__(self, fetch: CheckInFetcher | None = None, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._more = fetch is not None
        self._loading = False
        self._generation = 0
        self.today: date | None = None  # tests pin "today"

    def lines(self, row: CheckIn) -> tuple[str, str]:
        return checkin_summary(row, self.today)

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Forget the rows and fetch the first page again."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._more = False  # (views may ask during the reset; the first page is asked for below)
        self._loading = False
        self.endResetModel()
        self._more = self._fetch is not None
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self._generation += 1
        self._loading = False
        self._more = False
        super().set_rows([])

    def set_rows(self, rows) -> None:
        self._generation += 1
        self._loading = False
        self._more = False
        super().set_rows(rows)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation = self._generation
        after = None
        if self._rows:
            last = self._rows[-1]
            after = (last.created_at, last.id)

        def deliver(rows: list[CheckIn]) -> None:
            if generation != self._generation:
                return  # reloaded or cleared meanwhile
            if len(rows) < self._page_size:
                self._more = False
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self._loading = False  # (only now: views may ask for more while the rows go in)

        self._fetch(after, self._page_size, deliver)

    def fetch_failed(self) -> None:
        self._loading = False
        self._more = False

    def add_newest(self, checkin: CheckIn) -> None:
        """A new check-in goes where its time puts it (usually the top)."""
        position = 0
        while position < len(self._rows) and (self._rows[position].created_at, self._rows[position].id) > \
                (checkin.created_at, checkin.id or 0):
            position += 1
        self.insert(position, checkin)


class PromptListModel(RowsModel):
    def __init__(self, category_title: Callable[[str], str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._category_title = category_title or (lambda c: c)

    def lines(self, row) -> tuple[str, str]:
        second = self._category_title(row.category)
        if row.content_note:
            second += " · " + _tr("content note: %1").replace("%1", row.content_note)
        return row.text.replace("\n", " "), second


class StrengthListModel(RowsModel):
    def lines(self, row) -> tuple[str, str]:
        return row.text.replace("\n", " "), ""


class MilestoneListModel(RowsModel):
    def lines(self, row) -> tuple[str, str]:
        when = QLocale().toString(QDate(row.date.year, row.date.month, row.date.day), "d MMM yyyy")
        return row.text.replace("\n", " "), when


class PeopleListModel(RowsModel):
    def lines(self, row) -> tuple[str, str]:
        parts = [p for p in (row.how_to_reach, " ".join((row.note or "").split())) if p]
        return row.name, " — ".join(parts)


class EntryListModel(RowsModel):
    """Journal entries shown inside the toolkit (trigger logs, "on this day"): EntrySummary or Entry."""

    def lines(self, row) -> tuple[str, str]:
        entry_date = row.entry_date
        try:
            day = datetime.strptime(entry_date, "%Y-%m-%d %H:%M").date()
            when = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        except ValueError:
            when = entry_date
        title = row.title or _tr("Untitled")
        preview = getattr(row, "preview", None)
        if preview is None:
            preview = " ".join(getattr(row, "body", "")[:160].split())
        preview = " ".join(preview.replace("**", "").replace("__", "").split())  # (Markdown marks read badly)
        markers = []
        if getattr(row, "content_note", "") or getattr(row, "has_content_note", False):
            markers.append(_tr("content note"))
        first = f"{when} · {title}" + (f" ({', '.join(markers)})" if markers else "")
        return first, preview[:140]


class SupportLineListModel(RowsModel):
    """Shipped support lines and the person's own ones (dicts with the same keys)."""

    def row_id(self, row) -> Any:
        return row.id if hasattr(row, "id") else row.get("id")

    def lines(self, row) -> tuple[str, str]:
        get = (lambda k: getattr(row, k, None)) if hasattr(row, "id") else row.get
        name, number = get("name"), get("number")
        ways = get("ways") or ()
        how = {("call",): _tr("call"), ("text",): _tr("text"),
               ("call", "text"): _tr("call or text"), ("text", "call"): _tr("call or text")}.get(tuple(ways), "")
        first = f"{name} — {number}" + (f" ({how})" if how else "")
        parts = [p for p in (get("area"), get("purpose"), get("hours")) if p]
        if get("source"):
            parts.append(_tr("source: %1, checked %2").replace("%1", get("source")).replace("%2", get("checked") or ""))
        else:
            parts.append(_tr("added by you"))
        return first, " · ".join(parts)
