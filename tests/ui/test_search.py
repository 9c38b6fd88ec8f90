"""Search: debounced, ranked, highlighted, filterable and keyboard-driven."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from companion.ui.models.entry_list import Roles
from tests.ui.conftest import unlock


def _search(qtbot, journal, text):
    journal.search_edit.setFocus()
    journal.search_edit.setText("")
    qtbot.keyClicks(journal.search_edit, text)
    qtbot.waitUntil(lambda: journal.info.isVisible() and journal.search_is_active(), timeout=5000)


def test_typing_searches_with_ranked_highlighted_results(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    _search(qtbot, journal, "birds")
    model = journal.search_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert journal.info.text() == "2 entries match, best matches first."
    snippets = [model.index(i, 0).data(Roles.Preview) for i in range(2)]
    assert all("<b><u>" in s.lower() for s in snippets)
    # the title match ranks first (titles weigh more): "Morning walk" holds **birds** in its body only,
    # the other has "Birds" in its body too, so both appear; order comes from the store's ranking
    assert {model.index(i, 0).data(Roles.Id) for i in range(2)} == {1, 4}


def test_keyboard_path_search_to_entry_and_back(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    journal = window.journal
    window.activateWindow()
    qtbot.keyClick(journal.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is journal.search_edit)
    qtbot.keyClicks(journal.search_edit, "boundaries")
    qtbot.keyClick(journal.search_edit, Qt.Key.Key_Down)  # into the results (searches at once)
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is journal.list_view)
    if not journal.list_view.currentIndex().isValid():
        journal.list_view.setCurrentIndex(journal.search_model.index(0, 0))
    qtbot.keyClick(journal.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: journal.editor.title_edit.text() == "Therapy notes", timeout=5000)
    assert QApplication.focusWidget() is journal.editor.body
    # Escape in the list goes back to the box; Escape in the box clears the search
    journal.list_view.setFocus()
    qtbot.keyClick(journal.list_view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is journal.search_edit
    qtbot.keyClick(journal.search_edit, Qt.Key.Key_Escape)
    assert journal.search_edit.text() == ""
    qtbot.waitUntil(lambda: not journal.search_is_active(), timeout=5000)


def test_filters_tag_state_and_dates(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    journal.filters_button.click()
    qtbot.waitUntil(lambda: journal.tag_filter.count() > 1)
    journal.tag_filter.setCurrentIndex(journal.tag_filter.findData("small wins"))
    qtbot.waitUntil(lambda: journal.search_is_active() and journal.search_model.rowCount() == 2, timeout=5000)
    journal.state_filter.setCurrentIndex(journal.state_filter.findData("ready"))
    qtbot.waitUntil(lambda: journal.info.text().startswith("Nothing matches"), timeout=5000)
    journal.tag_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 1, timeout=5000)
    journal.state_filter.setCurrentIndex(0)
    journal.since_check.setChecked(True)
    journal.since_edit.setDate(QDate(2026, 3, 4))
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 2, timeout=5000)
    journal.until_check.setChecked(True)
    journal.until_edit.setDate(QDate(2026, 3, 4))
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 1, timeout=5000)
    # hiding the filters drops them: back to the plain list
    journal.filters_button.click()
    qtbot.waitUntil(lambda: not journal.search_is_active(), timeout=5000)
    assert journal.list_view.model() is journal.list_model and journal.list_model.entry_count == 4


def test_search_syntax_errors_are_one_sentence(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    journal.search_edit.setText("since:yesterday")
    qtbot.waitUntil(lambda: journal.info.isVisible(), timeout=5000)
    assert journal.info.text() == "since: needs a date like 2026-03-14 (got 'yesterday')."
    _search(qtbot, journal, "tag:therapy")
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 1, timeout=5000)


def test_editing_while_searching_keeps_results_current(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    _search(qtbot, journal, "kindly")
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 1)
    journal.list_view.setCurrentIndex(journal.search_model.index(0, 0))
    qtbot.waitUntil(lambda: journal.editor.title_edit.text() == "Therapy notes", timeout=5000)
    journal.editor.body.setFocus()
    journal.editor.body.selectAll()
    qtbot.keyClicks(journal.editor.body, "Rewritten")
    journal.editor.save_now("test")
    qtbot.waitUntil(lambda: journal.search_model.rowCount() == 0, timeout=5000)
