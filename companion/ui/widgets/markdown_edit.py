"""Plain Markdown editing with gentle highlighting and the usual shortcuts.

The text you type is the text stored: the editor never rewrites Markdown, so it
round-trips exactly (read back with `toRawText`, which keeps non-breaking spaces and
line separators; documents written with CRLF line endings keep them).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_HEADING = re.compile(r"^(#{1,6})\s")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*_\w])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![*_\w])")
_LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s")
_QUOTE = re.compile(r"^\s*>")
_CODE = re.compile(r"`[^`]+`")


class MarkdownHighlighter(QSyntaxHighlighter):
    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        if not text:
            return
        if _HEADING.match(text):
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            self.setFormat(0, len(text), fmt)
            return
        if _QUOTE.match(text):
            fmt = QTextCharFormat()
            fmt.setFontItalic(True)
            self.setFormat(0, len(text), fmt)
        m = _LIST.match(text)
        if m:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            self.setFormat(m.start(1), len(m.group(1)), fmt)
        if "*" in text or "_" in text:
            for m in _BOLD.finditer(text):
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold)
                self.setFormat(m.start(), m.end() - m.start(), fmt)
            for m in _ITALIC.finditer(text):
                fmt = QTextCharFormat()
                fmt.setFontItalic(True)
                self.setFormat(m.start(), m.end() - m.start(), fmt)
        if "`" in text:
            for m in _CODE.finditer(text):
                fmt = QTextCharFormat()
                fmt.setFontFamilies(["monospace"])
                self.setFormat(m.start(), m.end() - m.start(), fmt)


class MarkdownEdit(QPlainTextEdit):
    """The entry body. Tab moves focus (no keyboard trap); shortcuts act on the selection or line."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Body")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._crlf = False
        self.highlighter = MarkdownHighlighter(self.document())
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("bold", self.tr("Bold"), "Ctrl+B", self.toggle_bold),
            ("italic", self.tr("Italic"), "Ctrl+I", self.toggle_italic),
            ("heading", self.tr("Heading"), "Ctrl+Shift+H", self.cycle_heading),
            ("list", self.tr("Bulleted list"), "Ctrl+Shift+L", self.toggle_list),
            ("quote", self.tr("Quote"), "Ctrl+Shift+Q", self.toggle_quote),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    # -- exact text in and out ------------------------------------------------------
    def set_markdown(self, text: str) -> None:
        """Load text; resets undo history (a new document)."""
        self._crlf = "\r\n" in text and "\n" not in text.replace("\r\n", "")
        self.setPlainText(text.replace("\r\n", "\n") if self._crlf else text)

    def markdown(self) -> str:
        raw = self.document().toRawText().replace("\u2029", "\n")
        return raw.replace("\n", "\r\n") if self._crlf else raw

    def forget(self) -> None:
        """Empty the editor and its undo/redo history."""
        self._crlf = False
        self.setPlainText("")

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.focus_lost.emit()

    # -- inline emphasis --------------------------------------------------------------
    def _wrap(self, marker: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            selected = cursor.selectedText()
            n = len(marker)
            if len(selected) >= 2 * n and selected.startswith(marker) and selected.endswith(marker):
                cursor.insertText(selected[n:-n])
                cursor.setPosition(start)
                cursor.setPosition(end - 2 * n, QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.insertText(marker + selected + marker)
                cursor.setPosition(start + n)
                cursor.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.insertText(marker + marker)
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(marker))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def toggle_bold(self) -> None:
        self._wrap("**")

    def toggle_italic(self) -> None:
        self._wrap("*")

    # -- line prefixes ----------------------------------------------------------------
    def _each_line(self, change) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            line = QTextCursor(block)
            line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            text = block.text()
            new = change(text)
            if new != text:
                line.insertText(new)
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()

    def cycle_heading(self) -> None:
        def change(text: str) -> str:
            m = _HEADING.match(text)
            if not m:
                return "# " + text
            level = len(m.group(1))
            rest = text[m.end():]
            return rest if level >= 3 else "#" * (level + 1) + " " + rest

        self._each_line(change)

    def toggle_list(self) -> None:
        self._each_line(lambda t: t[2:] if t.startswith("- ") else "- " + t)

    def toggle_quote(self) -> None:
        self._each_line(lambda t: t[2:] if t.startswith("> ") else (t[1:] if t.startswith(">") else "> " + t))
