"""The search box, result list and tag filter the search pages share (companion/ui/widgets/search_bar.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from companion.ui.widgets.search_bar import ResultsList, SearchEdit, filter_combo, set_tag_choices
from tests.ui.conftest import unlock


def test_search_edit_keys(qtbot):
    downs, changes = [], []
    edit = SearchEdit("Search things", "Words", on_change=lambda: changes.append(1),
                      on_down=lambda: downs.append(1))
    qtbot.addWidget(edit)
    assert (edit.accessibleName(), edit.accessibleDescription()) == ("Search things", "Words")
    assert edit.placeholderText() == "Search (Ctrl+F)"
    assert edit.isClearButtonEnabled()
    qtbot.keyClicks(edit, "ab")
    assert len(changes) == 2
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(downs) == 2  # Down and Enter both move into the results
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""  # the first Escape clears; an empty box leaves Escape to the page


def test_results_list_takes_escape_only_when_asked(qtbot):
    back = []
    taking = ResultsList("Entries", on_escape=lambda: back.append(1))
    plain = ResultsList("Exercises")
    for view in (taking, plain):
        qtbot.addWidget(view)
        assert view.selectionMode() == view.SelectionMode.SingleSelection
        assert view.uniformItemSizes()
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.keyClick(taking, Qt.Key.Key_Escape)
    qtbot.keyClick(plain, Qt.Key.Key_Escape)
    assert back == [1]


def test_tag_choices_keep_the_chosen_tag_without_signals(qtbot):
    changed = []
    holder = QWidget()
    qtbot.addWidget(holder)
    combo = filter_combo("Filter by tag", min_length=10, on_change=lambda: changed.append(1))
    combo.setParent(holder)
    assert combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    set_tag_choices(combo, ["calm", "work"])
    assert [combo.itemText(i) for i in range(combo.count())] == ["Any tag", "#calm", "#work"]
    combo.setCurrentIndex(2)
    assert changed == [1]
    set_tag_choices(combo, ["alpha", "work"])
    assert combo.currentData() == "work" and changed == [1]
    set_tag_choices(combo, ["alpha"])
    assert combo.currentIndex() == 0 and changed == [1]


def test_the_search_pages_share_the_box(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    assert isinstance(journal.search_edit, SearchEdit) and isinstance(journal.list_view, ResultsList)
    assert journal.search_edit.accessibleName() == "Search entries"
    assert journal.search_edit.placeholderText() == "Search (Ctrl+F)"
    qtbot.waitUntil(lambda: journal.tag_filter.count() > 1)  # the journal's tags have come
    assert journal.tag_filter.itemText(0) == "Any tag"
