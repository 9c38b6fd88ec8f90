"""Builds the two reflection sections for the main window and wires them to the journal.

MainWindow._add_feature_sections calls `reflection_pages(window)` (once; it is cached per
window). Everything the pages need from elsewhere is passed in as a callback, so the
pages never reach into the journal or the shell themselves:

- write_with_prompt(prompt): a new journal entry with the prompt attached, then the journal;
- open_entry(entry_id): the journal, with that entry open;
- entries_changed(): the journal list reloads (after a trigger log is saved);
- open_grounding(): the "grounding" section if it exists, otherwise nothing.

It also puts the grounding invitation above the journal, offered after an entry with a
content note is saved (once per entry).
"""

from __future__ import annotations

import weakref

from companion.ui.reflection.checkin_page import CheckInPage
from companion.ui.reflection.invitation import HeavyEntryWatcher, InvitationWidget
from companion.ui.reflection.toolkit_page import ToolkitPage

_BUILT: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class ReflectionSections:
    def __init__(self, window):
        self._window = weakref.ref(window)
        session = window.session
        journal = window.journal
        self.checkins = CheckInPage(session, self.write_with_prompt, self.open_grounding, self.open_entry)
        self.toolkit = ToolkitPage(session, self.write_with_prompt, self.entries_changed, self.open_entry)
        self.toolkit.prompts.prompts_changed.connect(self.checkins.prompt.invalidate)
        self.journal_invitation = InvitationWidget(session, self.open_grounding)
        journal.add_notice(self.journal_invitation)
        self.heavy_entries = HeavyEntryWatcher(journal.editor, self.journal_invitation)

    @property
    def window(self):
        return self._window()

    def write_with_prompt(self, prompt) -> None:
        window = self.window
        if window is None:
            return
        window.journal.new_entry_from_prompt(prompt)
        window.show_section("journal")
        window.journal.editor.body.setFocus()

    def open_entry(self, entry_id: int) -> None:
        window = self.window
        if window is None:
            return
        window.show_section("journal")
        window.journal.editor.open_entry(entry_id)
        window.journal.editor.focus_when_shown()

    def entries_changed(self) -> None:
        window = self.window
        if window is not None and window.session.is_open:
            window.journal.list_model.reload()

    def open_grounding(self) -> None:
        window = self.window
        if window is not None and any(section.key == "grounding" for section in window.sections):
            window.show_section("grounding")


def reflection_pages(window) -> ReflectionSections:
    """The reflection sections of `window`, built on first call."""
    sections = _BUILT.get(window)
    if sections is None:
        sections = ReflectionSections(window)
        _BUILT[window] = sections
    return sections
