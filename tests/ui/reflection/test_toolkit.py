"""Toolkit: trigger log found by journal search, strengths, small wins and the look back, my people,
the coping plan (saved, printed to a PDF QPrinter with no temporary files), support lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QTextBrowser

from companion.ui.reflection import preferences as prefs
from tests.ui.conftest import unlock
from tests.ui.reflection.helpers import in_vault, open_app, settle, show_toolkit


def test_a_trigger_log_is_saved_to_the_journal_and_found_by_search(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.trigger_log)
    log = toolkit.trigger_log
    log.fields["what_happened"].setPlainText("A door slammed in the stairwell")
    log.fields["noticed_body"].setPlainText("shaky hands")
    log.intensity.set_value(7)
    log.fields["what_helped"].setPlainText("naming five blue things")
    log.save_button.click()
    qtbot.waitUntil(lambda: log.model.rowCount() == 1)
    assert log.status.text() == "Saved in your journal."
    assert all(edit.toPlainText() == "" for edit in log.fields.values()) and log.intensity.value is None

    journal = harness.window.journal
    qtbot.waitUntil(lambda: journal.list_model.entry_count == 5)
    harness.window.show_section("journal")
    journal.search_edit.setText("stairwell")
    journal.run_search()
    qtbot.waitUntil(lambda: journal.search_is_active() and journal.search_model.rowCount() == 1)
    hit_id = journal.search_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    entry = in_vault(harness, lambda v: v.entries.get(hit_id))
    assert entry.kind == "trigger" and "trigger log" in entry.tags
    assert "shaky hands" in entry.body and "7/10" in entry.body

    # edit it from the toolkit: the journal entry follows
    harness.window.show_section("toolkit")
    log.list_view.setCurrentIndex(log.model.index(0, 0))
    log.edit_button.click()
    qtbot.waitUntil(lambda: log.fields["what_happened"].toPlainText() == "A door slammed in the stairwell")
    assert log.intensity.value == 7
    log.fields["next_time"].setPlainText("headphones on the stairs")
    log.save_button.click()
    qtbot.waitUntil(lambda: log.status.text() == "Changes saved.")
    stored = in_vault(harness, lambda v: v.trigger_logs.get(hit_id))
    assert stored.next_time == "headphones on the stairs" and stored.what_helped == "naming five blue things"


def test_strengths_small_wins_and_people(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.strengths)
    s = toolkit.strengths
    s.strength_edit.setFocus()
    qtbot.keyClicks(s.strength_edit, "I keep showing up")
    qtbot.keyClick(s.strength_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: s.strengths.rowCount() == 1)
    s.win_edit.setText("Answered the phone")
    s.win_date.setDate(QDate(2026, 3, 2))
    s.add_win_button.click()
    qtbot.waitUntil(lambda: s.milestones.rowCount() == 1)
    s.win_edit.setText("Slept through")
    s.win_date.setDate(QDate(2026, 4, 9))
    s.add_win_button.click()
    qtbot.waitUntil(lambda: s.milestones.rowCount() == 2)
    assert in_vault(harness, lambda v: [x.text for x in v.strengths.all()]) == ["I keep showing up"]
    wins = in_vault(harness, lambda v: [(m.text, m.date) for m in v.milestones.all()])
    assert wins == [("Slept through", date(2026, 4, 9)), ("Answered the phone", date(2026, 3, 2))]
    s.look_back_button.click()
    assert s.win_stack.currentWidget() is s.look_back
    text = s.look_back.toPlainText()
    assert text.index("April 2026") < text.index("Slept through") < text.index("March 2026") \
        < text.index("Answered the phone")
    for word in ("streak", "score", "missed"):
        assert word not in text.lower()
    s.look_back_button.click()
    s.milestone_view.setCurrentIndex(s.milestones.index(1, 0))
    s.remove_win_button.click()
    qtbot.waitUntil(lambda: s.milestones.rowCount() == 1)
    assert in_vault(harness, lambda v: [m.text for m in v.milestones.all()]) == ["Slept through"]

    toolkit.show_part(toolkit.people)
    p = toolkit.people
    settle(qtbot, harness)
    p.name_edit.setText("Sam")
    p.reach_edit.setText("text first, evenings")
    p.note_edit.setPlainText("good at quiet company")
    p.save_button.click()
    qtbot.waitUntil(lambda: p.model.rowCount() == 1)
    p.list_view.setCurrentIndex(p.model.index(0, 0))
    p.edit_button.click()
    assert p.name_edit.text() == "Sam" and p.save_button.text() == "Save changes"
    p.reach_edit.setText("call after 6")
    p.save_button.click()
    qtbot.waitUntil(lambda: "call after 6" in p.model.index(0, 0).data())
    [sam] = in_vault(harness, lambda v: v.people.all())
    assert (sam.name, sam.how_to_reach, sam.note) == ("Sam", "call after 6", "good at quiet company")
    p.name_edit.setText("")
    p.save_button.click()
    assert p.status.text() != "" and p.model.rowCount() == 1  # a name is needed: said in one sentence


def test_coping_plan_saves_and_prints_one_page_to_a_pdf_printer(qtbot, make_app, vault_dir, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    harness, sections = open_app(qtbot, make_app, vault_dir)
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.plan)
    plan = toolkit.plan
    plan.edits["warning_signs"].setPlainText("not sleeping\nskipping meals")
    plan.edits["self_help"].setPlainText("cold water on my face\n#5-4-3-2-1 exercise")
    plan.edits["people_and_places"].setPlainText("Sam (text first)")
    assert plan.status.text() == "Not saved yet"
    qtbot.waitUntil(lambda: plan.status.text() == "Saved", timeout=5000)
    stored = in_vault(harness, lambda v: v.coping_plan.get())
    assert stored.warning_signs == ("not sleeping", "skipping meals")
    assert stored.self_help == ("cold water on my face", "#5-4-3-2-1 exercise")

    # a support line from the directory can go straight into the plan
    toolkit.show_part(toolkit.support)
    support = toolkit.support
    qtbot.waitUntil(lambda: support.model.rowCount() > 0)
    support.list_view.setCurrentIndex(support.model.index(0, 0))
    first = support.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    support.plan_button.click()
    qtbot.waitUntil(lambda: plan.status.text() == "Saved")
    assert in_vault(harness, lambda v: v.coping_plan.get()).crisis_lines == (f"{first.name}: {first.number}",)

    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    out = tmp_path / "out"
    out.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "plan.pdf"))
    pages = plan.print_to(printer)
    assert pages == 1
    data = (out / "plan.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert sorted(p.name for p in out.iterdir()) == ["plan.pdf"]
    assert list(system_tmp.iterdir()) == []  # nothing written anywhere else


def test_the_print_preview_closes_on_lock_and_the_plan_is_saved_first(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.plan)
    toolkit.plan.edits["self_help"].setPlainText("a walk")
    assert toolkit.plan.dirty
    toolkit.plan.preview_button.click()
    dialog = toolkit.plan.preview_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    harness.session.lock("manual")  # before the autosave: the lock saves it
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert toolkit.plan.edits["self_help"].toPlainText() == ""
    unlock(qtbot, harness)
    assert in_vault(harness, lambda v: v.coping_plan.get()).self_help == ("a walk",)


def test_support_lines_say_check_where_you_live_and_never_link(qtbot, make_app, vault_dir):
    harness, sections = open_app(qtbot, make_app, vault_dir)
    toolkit = show_toolkit(qtbot, harness, sections, lambda t: t.support)
    support = toolkit.support
    qtbot.waitUntil(lambda: support.model.rowCount() > 0)
    assert support.check_label.text() == "Check the number where you live."
    assert "never dials" in support.note.text() and support.directory.checked in support.note.text()
    for lab in support.findChildren(QLabel):
        assert not lab.openExternalLinks() and "href" not in lab.text()
    for browser in support.findChildren(QTextBrowser):  # (there are none; kept as a guard)
        assert not browser.openExternalLinks()
    row = support.model.index(0, 0).data()
    assert "source:" in row and "checked" in row

    gb = support.country_combo.findData("GB")
    support.country_combo.setCurrentIndex(gb)
    assert harness.session.setting(prefs.SUPPORT_COUNTRY) == "GB"
    assert all(line.country == "GB" for line in support.model.rows())
    count = support.model.rowCount()
    support.own_name.setText("Local women's centre")
    support.own_number.setText("0123 456 789")
    support.add_button.click()
    assert support.model.rowCount() == count + 1
    assert support.model.index(0, 0).data().startswith("Local women's centre — 0123 456 789")
    assert "added by you" in support.model.index(0, 0).data()
    support.list_view.setCurrentIndex(support.model.index(0, 0))
    assert support.remove_button.isEnabled()
    support.remove_button.click()
    assert support.model.rowCount() == count
