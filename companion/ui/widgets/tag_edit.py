"""Comma-separated tags with completion of the word being typed, from the tags already in use."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from companion.journal.model import normalize_tag


class TagEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_known_tags(self, tags: list[str]) -> None:
        self._model.setStringList(sorted(tags, key=str.lower))

    def tags(self) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for part in self.text().split(","):
            tag = normalize_tag(part)
            if tag and tag.lower() not in seen:
                seen[tag.lower()] = tag
        return tuple(seen.values())

    def set_tags(self, tags) -> None:
        self.setText(", ".join(tags))  # setText also drops the undo history

    def _current_prefix(self) -> str:
        before = self.text()[: self.cursorPosition()]
        return normalize_tag(before.split(",")[-1])

    def _on_text_edited(self, _text: str) -> None:
        prefix = self._current_prefix()
        if not prefix:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _on_completer_activated(self, completion: str) -> None:
        pos = self.cursorPosition()
        text = self.text()
        start = text.rfind(",", 0, pos) + 1
        before = text[:start] + (" " if start else "")
        after = text[pos:]
        self.setText(before + completion + ", " + after.lstrip(", "))
        self.setCursorPosition(len(before + completion) + 2)
