"""The pieces a search page is built from: search box, filter boxes, result list, and the
list column beside the chosen item.

The Journal, the exercise library and the share wizard's "Entries" tab share one keyboard
path: Ctrl+F to the search box ("Search (Ctrl+F)", with a clear button); Down or Enter move
into the results; Escape in the box clears it; where the page asks for it, Escape in the list
goes back to the box. What differs stays with each page: what a search does, how long it
waits, which filters it offers and how they are laid out, what sits under the list.

No container widget is put around the controls: they sit in the page's own column
(`list_column`), in the order the page gives, so tab order and the accessibility tree are as
each page builds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QListView, QSplitter, QVBoxLayout, QWidget

from companion.ui.widgets.common import named


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchBar", text)


class SearchEdit(QLineEdit):
    """A page's search box: named, "Search (Ctrl+F)", a clear button.

    Down or Enter emit `go_down` (move into the results); Escape clears the text (and, once
    empty, is left to the page). `on_change` runs on every edit (start a debounce timer there
    for searches that cost something); `on_down` is connected to `go_down`.
    """

    go_down = Signal()

    def __init__(self, name: str, description: str = "", *, on_change: Callable[[], None] | None = None,
                 on_down: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, name, description)
        self.setPlaceholderText(_tr("Search (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        if on_change is not None:
            self.textChanged.connect(lambda _t: on_change())
        self.returnPressed.connect(self.go_down)
        if on_down is not None:
            self.go_down.connect(on_down)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.setText("")
            return
        super().keyPressEvent(event)

    def focus_and_select(self) -> None:
        """Where Ctrl+F lands: the box, its text selected so typing replaces it."""
        self.setFocus()
        self.selectAll()


class ResultsList(QListView):
    """The list under a search box: one row chosen at a time, smooth scrolling, rows of one
    height, no horizontal scroll bar. With `on_escape`, Escape emits `escape_pressed` (hand
    focus back to the search box) instead of going on to the page."""

    escape_pressed = Signal()

    def __init__(self, name: str, description: str = "", *, on_escape: Callable[[], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        named(self, name, description)
        self._takes_escape = on_escape is not None
        if on_escape is not None:
            self.escape_pressed.connect(on_escape)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)  # rows share one height: no per-row measuring

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._takes_escape and event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


def debounce(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer: each start() begins the wait again; `slot` runs after `ms` of quiet."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def filter_combo(name: str, items: Iterable[tuple[str, object]] = (), *, min_length: int = 0,
                 on_change: Callable[[], None] | None = None) -> QComboBox:
    """A named filter box with (text, data) items. min_length: it is sized to about that many
    characters rather than to its longest item (tag names can be long)."""
    combo = named(QComboBox(), name)
    for text, data in items:
        combo.addItem(text, data)
    if min_length:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min_length)
    if on_change is not None:
        combo.currentIndexChanged.connect(lambda _i: on_change())
    return combo


def set_tag_choices(combo: QComboBox, names: Iterable[str]) -> None:
    """Fill a tag filter with "Any tag" and "#name" items, keeping the chosen tag when it is
    still there, without emitting its signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(_tr("Any tag"), "")
    for name in names:
        combo.addItem("#" + name, name)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def list_column(*rows) -> QWidget:
    """The list side of a search page, top to bottom in reading (and Tab) order: the search box
    (or its row), the filters, the list and what goes under it. A row is a widget, a layout, or
    (widget, stretch): give the list stretch 1 to take the spare height. 6 px of room on the
    right, toward the splitter; 8 px between rows."""
    column = QWidget()
    lay = QVBoxLayout(column)
    lay.setContentsMargins(0, 0, 6, 0)
    lay.setSpacing(8)
    for row in rows:
        if isinstance(row, tuple):
            lay.addWidget(*row)
        elif isinstance(row, QWidget):
            lay.addWidget(row)
        else:
            lay.addLayout(row)
    return column


def list_splitter(column: QWidget, detail: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """The list column on the left and what is chosen on the right, 2 : 3 as the window grows;
    neither side can be dragged shut. `sizes`: the first widths, before the person moves it."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(column)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    return splitter


def add_shortcuts(widget: QWidget, bindings: Iterable[tuple[str, Callable[[], object]]]) -> None:
    """Keys that work anywhere inside `widget` (and only there): Ctrl+F to the search box, …"""
    for keys, slot in bindings:
        action = QAction(widget)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
