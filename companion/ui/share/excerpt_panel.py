"""The right-hand side of the share wizard's "Entries" tab: one entry's text, whole or passages.

Chosen passages are drawn in the current theme's selection colours (Highlight behind
HighlightedText, a pair every theme keeps at 4.5:1 or more) *and underlined*, and listed by
their words below the text, so the choice never rests on colour alone. The panel only
shows; ChooseStep holds the choices and connects the controls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.export.selection import index_from_utf16, snap_to_words, utf16_from_index
from companion.ui.share.passage_model import PassageListModel
from companion.ui.share.radios import tab_reachable_radios
from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.reflow import flow_row


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChooseStep", text)  # (the words were ChooseStep's; they keep its context)


def passage_format(palette: QPalette) -> QTextCharFormat:
    """How a chosen passage is drawn: the palette's selection pair, and underlined."""
    fmt = QTextCharFormat()
    fmt.setBackground(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
    fmt.setForeground(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)  # not colour alone
    fmt.setFontUnderline(True)
    return fmt


class ExcerptPanelWidget(QWidget):
    """The entry's title, "Share this entry", whole or passages, its text, and the chosen passages."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.passages = PassageListModel(self)
        self._marked: tuple[str, list[tuple[int, int]]] = ("", [])  # (body, spans) highlighted now
        # Another theme: draw the passages again in its colours, once the new palette (and the
        # style sheet's selection colours) have reached the text view.
        self._remark = QTimer(self)
        self._remark.setSingleShot(True)
        self._remark.setInterval(0)
        self._remark.timeout.connect(lambda: self.mark(*self._marked) if self._marked[1] else None)
        self.entry_title = label(_tr("Choose an entry on the left to see its text here."), "heading")
        self.include_check = named(QCheckBox(_tr("Share this entry")), _tr("Share this entry"))
        self.whole_radio = named(QRadioButton(_tr("The whole entry")), _tr("Share the whole entry"))
        self.part_radio = named(QRadioButton(_tr("Only passages I select")),
                                _tr("Share only passages I select"))
        tab_reachable_radios([self.whole_radio, self.part_radio])
        self.whole_radio.setChecked(True)
        modes = flow_row(self.include_check, self.whole_radio, self.part_radio, spacing=14)  # wraps at large text
        self.text_view = named(QPlainTextEdit(), _tr("Entry text"),
                               _tr("Select a passage with Shift and the arrow keys, then press Ctrl+E to add it"))
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_view.setTabChangesFocus(True)
        self.text_view.installEventFilter(self)
        self.add_passage = button(_tr("Add selected passage"), _tr("Add the selected text as a passage"),
                                  tooltip=_tr("Add the selected text as a passage (Ctrl+E)"))
        self.hint = label(_tr("Select text with the mouse, or with Shift and the arrow keys, then add it "
                              "(Ctrl+E). Passages are widened to whole words."), "muted")
        self.passage_view = named(QListView(), _tr("Chosen passages"))
        self.passage_view.setModel(self.passages)
        self.passage_view.setMaximumHeight(110)
        self.remove_passage = button(_tr("Remove passage"), _tr("Remove the selected passage"))
        passage_row = flow_row(self.add_passage, self.remove_passage)  # wraps at large text

        rl = QVBoxLayout(self)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.setSpacing(8)
        rl.addWidget(self.entry_title)
        rl.addWidget(modes)
        rl.addWidget(self.text_view, 1)
        rl.addWidget(self.hint)
        rl.addWidget(passage_row)
        rl.addWidget(self.passage_view)

    # -- showing ---------------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self.text_view.setPlainText("")
        self.text_view.document().clearUndoRedoStacks()
        self.entry_title.setText(_tr("Choose an entry on the left to see its text here."))
        self.passages.clear()
        self._marked = ("", [])
        for widget in (self.include_check, self.whole_radio, self.part_radio, self.text_view):
            widget.setEnabled(False)

    def show_text(self, title: str, body: str) -> None:
        self.entry_title.setText(title or _tr("Untitled entry"))
        self.text_view.setPlainText(body)
        for widget in (self.include_check, self.whole_radio, self.part_radio, self.text_view):
            widget.setEnabled(True)

    def show_pick(self, body: str, included: bool, whole: bool, spans) -> None:
        """The controls and passages for how the entry is chosen (without emitting their signals)."""
        for widget in (self.include_check, self.whole_radio, self.part_radio):
            widget.blockSignals(True)
        self.include_check.setChecked(included)
        (self.whole_radio if whole else self.part_radio).setChecked(True)
        for widget in (self.include_check, self.whole_radio, self.part_radio):
            widget.blockSignals(False)
        self.passages.set_spans(body, spans)

    def mark(self, body: str, spans) -> None:
        """Highlight and underline these passages (code-point ranges of body) in the text."""
        self._marked = (body, list(spans))
        fmt = passage_format(self.text_view.palette())
        selections = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(utf16_from_index(body, start))
            cursor.setPosition(utf16_from_index(body, end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.text_view.setExtraSelections(selections)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._remark.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.text_view and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._remark.start()
        return False

    def update_buttons(self, has_entry: bool) -> None:
        self.add_passage.setEnabled(has_entry and self.text_view.textCursor().hasSelection())
        self.remove_passage.setEnabled(has_entry and self.passage_view.currentIndex().isValid())

    # -- the text selection ----------------------------------------------------------------------
    def selected_span(self, body: str) -> tuple[int, int] | None:
        """The selected text as a code-point range of body, widened to whole words and without
        the blank space at either end; None if nothing (or only blank space) is selected."""
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            return None
        start = index_from_utf16(body, cursor.selectionStart())
        end = index_from_utf16(body, cursor.selectionEnd())
        start, end = snap_to_words(body, start, end)
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def clear_selection(self) -> None:
        cursor = self.text_view.textCursor()
        cursor.clearSelection()
        self.text_view.setTextCursor(cursor)

    def select_text(self, body: str, start: int, end: int) -> None:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(utf16_from_index(body, start))
        cursor.setPosition(utf16_from_index(body, end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)

    def go_to(self, body: str, start: int) -> None:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(utf16_from_index(body, start))
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()
