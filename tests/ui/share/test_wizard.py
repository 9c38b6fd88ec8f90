"""The share wizard on a real vault, driven by the keyboard: choose, protect, preview, write."""

from __future__ import annotations

import os
import re
import tempfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.ui.models.entry_list import Roles
from companion.ui.share.wizard import CHOOSE, OUTPUT, PREVIEW, PROTECT
from tests.ui.share.helpers import (
    EXCERPT,
    NAME,
    TAIL_CANARY,
    UNCHOSEN_CANARY,
    activate,
    alt,
    open_share,
    pdf_text,
)


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _choose_two_entries_by_keyboard(qtbot, wizard) -> None:
    choose = wizard.choose
    assert choose.search_edit.hasFocus()
    qtbot.keyClick(choose.search_edit, Qt.Key.Key_Down)  # into the list: the first entry is current
    view = choose.list_view
    assert view.hasFocus()
    first = view.currentIndex()
    assert first.data(Roles.Title) == "Tuesday thoughts"  # "ready to share" comes first
    qtbot.keyClick(view, Qt.Key.Key_Space)  # choose it, whole
    assert "Chosen: whole entry" in first.data(Roles.Markers)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the "Other entries" header, to "Long day"
    assert view.currentIndex().data(Roles.Title) == "Long day"
    qtbot.keyClick(view, Qt.Key.Key_Return)  # open it on the right; focus moves to "Share this entry"
    qtbot.waitUntil(lambda: choose.current_id == view.currentIndex().data(Roles.Id))
    assert choose.include_check.hasFocus()
    qtbot.keyClick(choose.include_check, Qt.Key.Key_Space)
    assert choose.include_check.isChecked()
    qtbot.keyClick(choose.include_check, Qt.Key.Key_Tab)
    assert choose.whole_radio.hasFocus()
    qtbot.keyClick(choose.whole_radio, Qt.Key.Key_Tab)
    assert choose.part_radio.hasFocus()
    qtbot.keyClick(choose.part_radio, Qt.Key.Key_Space)
    assert choose.part_radio.isChecked() and not choose.whole_radio.isChecked()
    for _ in range(3):  # on to the text
        if choose.text_view.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert choose.text_view.hasFocus()
    qtbot.keyClick(choose.text_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(choose.text_view, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(choose.text_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert choose.passages.rowCount() == 1
    assert EXCERPT in choose.passages.index(0, 0).data()
    assert len(choose.text_view.extraSelections()) == 1  # shown as a highlighted, underlined range
    assert choose.chosen_info.text() == "Chosen: 1 whole entry and passages from 1 entry."


def test_whole_flow_by_keyboard_writes_only_what_was_chosen(qtbot, make_app, share_vault, tmp_path):
    harness = make_app(share_vault)
    page, wizard = open_share(qtbot, harness)
    _choose_two_entries_by_keyboard(qtbot, wizard)

    alt(qtbot, wizard.choose.text_view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.current_step == PROTECT)  # (a mnemonic clicks after a short animation)
    protect = wizard.protect
    qtbot.waitUntil(lambda: protect.suggestions.rowCount() > 0)
    assert protect.term_edit.hasFocus()
    qtbot.keyClicks(protect.term_edit, NAME.lower())  # any case
    qtbot.keyClick(protect.term_edit, Qt.Key.Key_Return)
    assert [r.term for r in protect.redactions.redactions()] == [NAME.lower()]
    assert protect.suggestions.stringList() == [f"{NAME} Rivers"]  # "Sam" is taken; the full name is offered

    alt(qtbot, protect.term_edit, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.current_step == PREVIEW)  # (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: wizard.prepared is not None, timeout=10000)
    assert wizard.preview.page_count > 0
    assert wizard.preview.page_count == wizard.prepared.pages
    assert "page" in wizard.preview.pages_label.text()

    alt(qtbot, QApplication.focusWidget(), Qt.Key.Key_N)
    qtbot.waitUntil(lambda: wizard.current_step == OUTPUT)  # (a mnemonic clicks after a short animation)
    output = wizard.output
    assert output.kind == "pdf" and output.format_buttons["pdf"].hasFocus()
    temp_before = set(os.listdir(tempfile.gettempdir()))
    written = {}
    for kind in ("pdf", "md", "html"):
        output.format_buttons[kind].setFocus()
        qtbot.keyClick(output.format_buttons[kind], Qt.Key.Key_Space)
        assert output.kind == kind
        target = tmp_path / "out" / f"reflection.{kind}"
        target.parent.mkdir(exist_ok=True)
        output.path_edit.setFocus()
        output.path_edit.selectAll()
        qtbot.keyClicks(output.path_edit, str(target))
        output.go_button.setFocus()
        qtbot.keyClick(output.go_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda t=target: not output.is_busy and t.exists(), timeout=15000)
        assert "Saved" in output.result.text()
        if kind == "pdf":  # the file has exactly the pages previewed (written by its own layout)
            pages = wizard.preview.page_count
            assert output.result.text().startswith(f"Saved {pages} page"), output.result.text()
        written[kind] = target
    qtbot.waitUntil(lambda: page.log.rowCount() == 3, timeout=5000)  # every share is in the log

    texts = {"pdf": pdf_text(written["pdf"]), "md": written["md"].read_text("utf-8"),
             "html": written["html"].read_text("utf-8")}
    for kind, text in texts.items():
        assert "garden" in text, kind  # the whole entry
        assert EXCERPT.split()[0] in text, kind  # the excerpt
        assert not _whole_word(NAME, text), kind  # redacted everywhere
        assert TAIL_CANARY not in text, kind  # the part of the entry that was not selected
        assert UNCHOSEN_CANARY not in text, kind  # the entry that was not chosen
    assert "<link" not in texts["html"] and "src=" not in texts["html"]  # self-contained
    assert set(os.listdir(tempfile.gettempdir())) - temp_before == set()  # nothing left in the temp folder
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["reflection.html", "reflection.md",
                                                                    "reflection.pdf"]

    # the share log and "shared on"
    assert "PDF" in page.log.index(2, 0).data() and "Long day (1 passage)" in page.log.index(0, 0).data()
    model = wizard.choose.entries
    qtbot.waitUntil(lambda: model.entry_count == 3 and not model.is_loading and not model.canFetchMore())
    marks = {model.row_data(r).title: model.index(r, 0).data(Roles.Markers)
             for r in range(model.rowCount()) if model.row_data(r)}
    assert any(m.startswith("Shared on") for m in marks["Tuesday thoughts"])
    assert not any(m.startswith("Shared on") for m in marks["Unchosen"])

    # Done goes back to the Share page, which forgets the choices
    wizard.cancel_button.setFocus()
    qtbot.keyClick(wizard.cancel_button, Qt.Key.Key_Space)
    assert page.stack.currentIndex() == 0 and wizard.choose.picks == {}


def test_cancelling_a_pdf_leaves_no_file(qtbot, make_app, share_vault, tmp_path, monkeypatch):
    from companion.export import pdf

    original = pdf.PdfExportJob.start

    def start_cancelled(job):
        job.cancel()  # as if Stop were pressed before the first page
        original(job)

    harness = make_app(share_vault)
    _page, wizard = open_share(qtbot, harness)
    wizard.choose.set_pick(wizard.choose.entries.row_data(1).id, __import__(
        "companion.ui.share.choose_step", fromlist=["EntryPick"]).EntryPick())
    wizard.go_next()
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.prepared is not None, timeout=10000)
    wizard.go_next()
    monkeypatch.setattr(pdf.PdfExportJob, "start", start_cancelled)
    target = tmp_path / "out" / "stopped.pdf"
    target.parent.mkdir()
    wizard.output.path_edit.setText(str(target))
    wizard.output.start()
    assert wizard.output.stop_button.isVisible()
    qtbot.waitUntil(lambda: not wizard.output.is_busy, timeout=10000)
    assert wizard.output.result.text() == "Stopped. No file was written."
    assert list(target.parent.iterdir()) == []


def test_synced_folder_warning_and_recipes(qtbot, make_app, share_vault, tmp_path):
    harness = make_app(share_vault)
    page, wizard = open_share(qtbot, harness)
    qtbot.keyClick(wizard.choose.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.choose.list_view, Qt.Key.Key_Space)
    wizard.choose.trend_check.setChecked(True)  # optional sections come after the entries
    wizard.choose.questions_edit.setPlainText("How do you rest?\n\n")
    wizard.go_next()
    protect = wizard.protect
    protect.add_term("garden", "[place]")
    protect.template_combo.setCurrentIndex(protect.template_combo.findData("personal"))
    protect.dates_combo.setCurrentIndex(protect.dates_combo.findData("month"))
    protect.recipe_name.setFocus()
    qtbot.keyClicks(protect.recipe_name, "Tuesday group")
    qtbot.keyClick(protect.recipe_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: protect.recipes.names() == ["Tuesday group"], timeout=5000)
    assert "Saved" in protect.recipe_status.text()

    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.prepared is not None, timeout=10000)
    assert [section.kind for section in wizard.prepared.document.sections] == ["entry", "trend", "questions"]
    wizard.go_next()
    dropbox = tmp_path / "Dropbox" / "group"
    dropbox.mkdir(parents=True)
    output = wizard.output
    output.path_edit.setText(str(dropbox / "reflection.pdf"))
    output.check_now()
    assert output.warning.isVisibleTo(wizard) and "Dropbox" in output.warning.text()
    output.path_edit.setText(str(tmp_path / "reflection.pdf"))
    output.check_now()
    assert not output.warning.isVisibleTo(wizard)

    # back on the Share page: start again with the recipe; its protections are applied
    wizard.stop()
    qtbot.waitUntil(lambda: page.recipes.rowCount() == 1, timeout=5000)
    page.recipe_view.setFocus()
    qtbot.keyClick(page.recipe_view, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is wizard and wizard.current_step == CHOOSE
    qtbot.waitUntil(lambda: [r.term for r in protect.redactions.redactions()] == ["garden"], timeout=5000)
    options = protect.options()
    assert options.template.value == "personal" and options.dates.value == "month"
    assert protect.redactions.redactions()[0].placeholder == "[place]"


def test_lock_forgets_everything_shown(qtbot, make_app, share_vault):
    harness = make_app(share_vault)
    page, wizard = open_share(qtbot, harness)
    qtbot.keyClick(wizard.choose.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.choose.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.choose.current_id is not None)
    wizard.choose.include_check.setChecked(True)
    wizard.protect.add_term("Sam")
    harness.session.lock("manual")
    assert wizard.choose.entries.rowCount() == 0 and wizard.choose.picks == {}
    assert wizard.choose.text_view.toPlainText() == "" and wizard.choose.bodies == {}
    assert wizard.protect.redactions.rowCount() == 0 and wizard.protect.suggestions.rowCount() == 0
    assert wizard.prepared is None and page.log.rowCount() == 0 and page.stack.currentIndex() == 0


def test_every_wizard_step_is_named_and_reachable_by_tab(qtbot, make_app, share_vault):
    from tests.ui.test_accessibility import check_screen

    harness = make_app(share_vault)
    page, wizard = open_share(qtbot, harness)
    window = harness.window
    check_screen(qtbot, window, "share: choose")
    qtbot.keyClick(wizard.choose.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.choose.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.choose.current_id is not None)
    wizard.choose.include_check.setChecked(True)
    wizard.choose.part_radio.setChecked(True)
    wizard.choose.select_text(0, 5)
    wizard.choose.add_selected_passage()
    wizard.choose.passage_view.setCurrentIndex(wizard.choose.passages.index(0, 0))
    check_screen(qtbot, window, "share: choose, with a passage")
    wizard.choose.tabs.setCurrentIndex(1)
    wizard.choose.bring_edit.setPlainText("Something")
    check_screen(qtbot, window, "share: more to bring")
    wizard.choose.tabs.setCurrentIndex(0)
    wizard.go_next()
    wizard.protect.add_term("Sam")
    wizard.protect.table.setCurrentIndex(wizard.protect.redactions.index(0, 0))
    qtbot.waitUntil(lambda: wizard.protect.suggestions.rowCount() > 0)
    check_screen(qtbot, window, "share: protect")
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.prepared is not None, timeout=10000)
    check_screen(qtbot, window, "share: preview")
    wizard.go_next()
    check_screen(qtbot, window, "share: output")
    wizard.stop()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0)
    activate(qtbot, window)
    check_screen(qtbot, window, "share: start page")


def test_print_paints_every_page_off_the_gui_thread(qtbot, make_app, share_vault, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from tests.ui.share.helpers import pdf_text

    harness = make_app(share_vault)
    page, wizard = open_share(qtbot, harness)
    qtbot.keyClick(wizard.choose.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.choose.list_view, Qt.Key.Key_Space)
    wizard.go_next()
    wizard.protect.add_term(NAME)
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.prepared is not None, timeout=10000)
    wizard.go_next()
    wizard.output.set_kind("print")
    assert not wizard.output.file_box.isVisibleTo(wizard) and wizard.output.go_button.text() == "Print…"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the print dialog's printer, sent to a file here
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    wizard.output.print_to(printer)
    qtbot.waitUntil(lambda: not wizard.output.is_busy, timeout=10000)
    assert wizard.output.result.text() == "Sent 1 page to the printer."
    text = pdf_text(tmp_path / "printed.pdf")
    assert "garden" in text and not _whole_word(NAME, text)
    qtbot.waitUntil(lambda: page.log.rowCount() == 1, timeout=5000)
    assert page.log.index(0, 0).data().split(" — ")[1].startswith("Printed")
