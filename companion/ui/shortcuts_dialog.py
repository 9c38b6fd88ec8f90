"""Keyboard shortcuts: every shortcut the window has, grouped by where it works (F1 or Ctrl+?).

The list is read from the live window, so shortcuts that sections add later appear by
themselves: every QShortcut and every QAction with a shortcut under the window. Known
ones get a written description (DESCRIPTIONS); any other is described by its action's
text, the tooltip that mentions its key, or the name of the control it belongs to.
Keys that are not shortcuts but keyboard paths (Tab, Shift three times, arrows) are
listed too, so nothing depends on a mouse. The exercise player is built only when an
exercise first starts, so its keys (DESCRIPTIONS under PLAYER) are listed from here
until then; tests/a11y/test_player_keys.py checks they are the keys it really binds.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.reflow import fit_to_content

# Shortcuts that show this page (MainWindow.finish_startup registers them).
OPEN_KEYS = ("F1", "Ctrl+?")
_CONTEXT = "ShortcutsDialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# (class name of the widget that owns the shortcut, portable key text) -> what it does.
DESCRIPTIONS = {
    ("MainWindow", "Ctrl+L"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Lock the journal"),
    ("MainWindow", "Ctrl+G"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Ground me now: a short grounding exercise"),
    ("MainWindow", "F1"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Show these keyboard shortcuts"),
    ("MainWindow", "Ctrl+?"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Show these keyboard shortcuts"),
    ("JournalPage", "Ctrl+F"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Search your entries"),
    ("JournalPage", "Ctrl+N"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Write a new entry"),
    ("JournalPage", "Ctrl+S"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Save now (Companion also saves as you write)"),
    ("EntryEditor", "Ctrl+Shift+P"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Switch between writing and preview"),
    ("LibraryPage", "Ctrl+F"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the exercises"),
    ("PlayerWidget", "Space"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Pause or resume the exercise"),
    ("PlayerWidget", "Esc"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Stop the exercise, at any moment"),
    ("PlayerWidget", "Right"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Go on to the next step"),
    ("PlayerWidget", "-"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Slower breathing"),
    ("PlayerWidget", "+"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Faster breathing"),
    ("PlayerWidget", "="): QT_TRANSLATE_NOOP("ShortcutsDialog", "Faster breathing"),
    ("CheckInPage", "Ctrl+Shift+K"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Start a check-in"),
    ("CheckInFormWidget", "Ctrl+Return"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the check-in"),
    ("CheckInFormWidget", "Ctrl+Enter"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the check-in"),
    ("ChooseStep", "Ctrl+E"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Add the selected passage"),
    ("ChooseStep", "Ctrl+F"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Search your entries"),
    ("PreviewStep", "Ctrl++"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in"),
    ("PreviewStep", "Ctrl+="): QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in"),
    ("PreviewStep", "Ctrl+-"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom out"),
    ("PreviewStep", "Ctrl+PgDown"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Next page"),
    ("PreviewStep", "Ctrl+PgUp"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous page"),
    ("ShareWizard", "Esc"): QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave sharing (nothing is written)"),
}

# The exercise player (companion/ui/grounding/player.py): its keys are in DESCRIPTIONS above.
PLAYER = "PlayerWidget"

# Parts that live in more than one place (the player runs in Grounding and in "Ground me now"):
# their shortcuts get an area of their own. Class name of an ancestor of the owner -> area.
AREAS = {
    PLAYER: QT_TRANSLATE_NOOP("ShortcutsDialog", "During an exercise"),
}

# Keyboard paths that are not shortcut objects: (keys, what they do).
PATHS = (
    ("Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move to the next control")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move to the previous control")),
    ("Space", QT_TRANSLATE_NOOP("ShortcutsDialog", "Press the focused button or tick the focused box")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chosen entry or exercise; press the main button of a dialog")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog without changing anything; clear a search box")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Move within lists, scales, choices and tabs")),
    ("Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "From a search box, move into its results")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next tab, where a page has tabs")),
)


class ShortcutRow:
    __slots__ = ("area", "keys", "text")

    def __init__(self, area: str, keys: str, text: str):
        self.area, self.keys, self.text = area, keys, text


def _portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


def _is_sequence(keys: str) -> bool:
    """A real key sequence ("Ctrl+L"), not words such as "Shift, three times"."""
    return "," not in keys and " " not in keys.strip() and QKeySequence(keys).count() == 1


def _owner(obj) -> QWidget | None:
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent


def _action_owner(action: QAction) -> QWidget | None:
    widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
    return widgets[0] if widgets else _owner(action)


def _from_tooltips(owner: QWidget, keys: str) -> str:
    """A tooltip in `owner` that names the key, e.g. "Pause or resume (Space)" -> "Pause or resume"."""
    native = _native(keys)
    for widget in [owner, *owner.findChildren(QWidget)]:
        tip = widget.toolTip()
        for shown in {keys, native}:
            if shown and f"({shown})" in tip:
                return re.sub(r"\s*\([^()]*\)\s*$", "", tip).strip() or tip
    return ""


def _describe(owner: QWidget | None, keys: str, action_text: str = "", whats_this: str = "") -> str:
    if owner is not None:
        for cls in type(owner).__mro__:
            known = DESCRIPTIONS.get((cls.__name__, keys))
            if known:
                return _t(known)
    for text in (action_text.replace("&", ""), whats_this):
        if text.strip():
            return text.strip()
    if owner is None:
        return ""
    return _from_tooltips(owner, keys) or owner.accessibleName() or owner.windowTitle()


def collect(window) -> list[ShortcutRow]:
    """Every shortcut of `window` (a MainWindow), grouped by area: anywhere first, then each section."""
    sections = list(getattr(window, "sections", []))
    anywhere = _t("Anywhere")
    order = [anywhere] + [s.title for s in sections] + [_t(a) for a in AREAS.values()]
    rows: list[ShortcutRow] = []
    seen: set[tuple[str, str]] = set()

    def area_of(owner: QWidget | None) -> str:
        widget = owner
        while widget is not None:
            if type(widget).__name__ in AREAS:
                return _t(AREAS[type(widget).__name__])
            widget = widget.parentWidget()
        for section in sections:
            if owner is not None and (owner is section.widget or section.widget.isAncestorOf(owner)):
                return section.title
        return anywhere

    def add(area: str, keys: str, text: str) -> None:
        if keys and text and (area, keys) not in seen:
            seen.add((area, keys))
            rows.append(ShortcutRow(area, keys, text))

    # sections: the navigation items say which key opens them
    nav = getattr(window, "nav", None)
    for i, section in enumerate(sections):
        tip = nav.item(i).toolTip() if nav is not None and i < nav.count() else ""
        found = re.search(r"\(([^()]+)\)\s*$", tip)
        if found:
            add(anywhere, found.group(1), _t("Go to %1").replace("%1", section.title))
    quick = getattr(getattr(window, "startup", None), "quick_exit_shortcut", "")
    if quick:
        add(anywhere, quick, _t("Quick exit: hide Companion at once"))
    for shortcut in window.findChildren(QShortcut):
        keys = _portable(shortcut.key())
        if not keys or not shortcut.isEnabled() and _owner(shortcut) is window:
            continue
        owner = _owner(shortcut)
        if owner is window and keys in {r.keys for r in rows if r.area == anywhere}:
            continue  # already listed as a section key or quick exit
        add(area_of(owner), keys, _describe(owner, keys, whats_this=shortcut.whatsThis()))
    for action in window.findChildren(QAction):
        owner = _action_owner(action)
        for sequence in action.shortcuts():
            keys = _portable(sequence)
            add(area_of(owner), keys, _describe(owner, keys, action.text(), action.whatsThis()))
    if hasattr(window, "ground_now") or any(getattr(s, "key", "") == "grounding" for s in sections):
        # an exercise can start from anywhere (Ctrl+G), also before any player has been built
        during = _t(AREAS[PLAYER])
        for (owner_class, keys), text in DESCRIPTIONS.items():
            if owner_class == PLAYER:
                add(during, keys, _t(text))
    if getattr(getattr(window, "startup", None), "quick_exit_shift", False):
        rows.append(ShortcutRow(anywhere, _t("Shift, three times"), _t("Quick exit: hide Companion at once")))
    general = _t("Moving around")
    for keys, text in PATHS:
        rows.append(ShortcutRow(general, keys if _is_sequence(keys) else _t(keys), _t(text)))
    order.append(general)
    rows.sort(key=lambda r: order.index(r.area) if r.area in order else len(order))
    return rows


class _WrappingRows(QStyledItemDelegate):
    """Rows as tall as their wrapped words at the column's real width (a tree view alone sizes
    every row for one line, and long descriptions end in "…" at large text)."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        if index.column() == 0:  # keys (and area names) stay on one line; the column fits them
            return super().sizeHint(option, index)
        wrapped = QStyleOptionViewItem(option)
        width = self._view.columnWidth(index.column())
        wrapped.rect = QRect(0, 0, max(1, width), 10_000)  # (a valid rect: the style wraps only then)
        return super().sizeHint(wrapped, index)


class ShortcutsDialog(QDialog):
    """A read-only list, grouped by area; Esc or Close leaves it."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.base_size = QSize(640, 560)  # at 100% text; it grows with the text, up to the screen
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 20, 22, 18)
        lay.setSpacing(12)
        lay.addWidget(label(self.tr("Keyboard shortcuts"), "heading"))
        lay.addWidget(label(self.tr(
            "Everything in Companion can be done with the keyboard. Shortcuts that belong to a page "
            "work while that page is open."), "muted"))
        self.rows = collect(window)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        groups: dict[str, QStandardItem] = {}
        for row in self.rows:
            group = groups.get(row.area)
            if group is None:
                group = QStandardItem(row.area)
                group.setEditable(False)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                blank = QStandardItem("")
                blank.setEditable(False)
                blank.setData(row.area, Qt.ItemDataRole.AccessibleTextRole)  # a screen reader still hears the area
                self.model.appendRow([group, blank])
                groups[row.area] = group
            keys = QStandardItem(_native(row.keys) if _is_sequence(row.keys) else row.keys)
            keys.setEditable(False)
            text = QStandardItem(row.text)
            text.setEditable(False)
            keys.setData(f"{keys.text()}: {row.text}", Qt.ItemDataRole.AccessibleTextRole)
            group.appendRow([keys, text])
        self.view = named(QTreeView(), self.tr("Keyboard shortcuts"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(_WrappingRows(self.view))
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, self.model.invisibleRootItem().index(), True)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, max(self.view.columnWidth(0) + 24, 180))
        # descriptions wrap onto more lines (never "…") whenever the columns change width
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.header().sectionResized.connect(lambda *_: self.view.doItemsLayout())
        lay.addWidget(self.view, 1)
        close = button(self.tr("Close"), primary=True)
        close.clicked.connect(self.accept)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(close)
        lay.addLayout(foot)
        self.view.setFocus()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt API (open() and show() come here)
        if visible and not self.isVisible():
            fit_to_content(self, self.base_size)
        super().setVisible(visible)

    def keys_listed(self) -> set[str]:
        """Portable key texts shown (tests compare them with the window's shortcuts)."""
        return {row.keys for row in self.rows}


def show_shortcuts(window) -> ShortcutsDialog:
    """Open (or bring forward) the shortcuts page for `window`."""
    existing = getattr(window, "_shortcuts_dialog", None)
    try:
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    except RuntimeError:  # deleted on close
        pass
    dialog = ShortcutsDialog(window)
    window._shortcuts_dialog = dialog
    dialog.open()
    return dialog
