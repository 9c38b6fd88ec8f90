"""Settings → Your data: the full export needs an explicit go-ahead; a damaged import changes nothing."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.conftest import unlock


def _your_data(qtbot, harness):
    unlock(qtbot, harness)
    window = harness.window
    window.show_section("settings")
    return window.settings_page.your_data


def test_export_everything_needs_the_explicit_confirmation(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    data = _your_data(qtbot, harness)
    target = tmp_path / "journal.json"
    data.export_path.setText(str(target))
    assert not data.export_button.isEnabled()
    data.export_all()  # even if called directly: nothing without the tick
    assert "I understand" in data.export_message.text() and not target.exists()

    data.confirm.setFocus()
    qtbot.keyClick(data.confirm, Qt.Key.Key_Space)
    assert data.export_button.isEnabled()
    qtbot.keyClick(data.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: target.exists() and "Wrote" in data.export_message.text(), timeout=5000)
    document = json.loads(target.read_text("utf-8"))
    assert document["format"] == "companion-export" and len(document["entries"]) == 4
    assert not data.confirm.isChecked() and not data.export_button.isEnabled()  # each export is its own decision
    assert (target.stat().st_mode & 0o777) == 0o600


def test_markdown_folder_export_and_synced_note(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    data = _your_data(qtbot, harness)
    data.export_kind.setCurrentIndex(data.export_kind.findData("markdown-folder"))
    folder = tmp_path / "OneDrive" / "journal"
    folder.parent.mkdir()
    data.export_path.setText(str(folder))
    data._check_export_folder()
    assert data.export_folder_note.isVisibleTo(data) and "OneDrive" in data.export_folder_note.text()
    data.confirm.setChecked(True)
    data.export_all()
    qtbot.waitUntil(lambda: folder.is_dir() and "Wrote 4 entries" in data.export_message.text(), timeout=5000)
    assert len(list(folder.glob("*.md"))) == 4


def test_malformed_import_shows_one_sentence_and_imports_nothing(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    data = _your_data(qtbot, harness)
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "companion-export", "version": 1, "entries": [{"date": ', encoding="utf-8")
    data.import_kind.setCurrentIndex(data.import_kind.findData("json"))
    data.import_path.setText(str(bad))
    data.import_button.setFocus()
    qtbot.keyClick(data.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: data.import_message.text() not in ("", "Importing…"), timeout=5000)
    message = data.import_message.text()
    assert "\n" not in message and message.endswith(".") and message.count(". ") == 0, message
    assert "nothing" in message.lower()
    count = harness.tasks.run_sync(lambda: harness.session._vault.entries.count())
    assert count == 4


def test_import_reports_what_came_in_and_the_journal_shows_it(qtbot, make_app, vault_dir, tmp_path):
    harness = make_app(vault_dir)
    data = _your_data(qtbot, harness)
    source = tmp_path / "journal.txt"
    source.write_text("[2025-01-02 09:00] New year walk.\nCold and bright.\n\n"
                      "[2025-01-03 10:00] Tea.\nWarm hands.\n", encoding="utf-8")
    data.import_kind.setCurrentIndex(data.import_kind.findData("jrnl"))
    data.import_path.setText(str(source))
    with qtbot.waitSignal(data.imported, timeout=5000) as signal:
        data.import_now()
    assert signal.args[0].imported == 2
    assert data.import_message.text() == "Imported 2 entries."
    journal = harness.window.journal
    qtbot.waitUntil(lambda: journal.list_model.entry_count == 6, timeout=5000)
    data.import_now()  # the same file again: duplicates are skipped
    qtbot.waitUntil(lambda: "already in your journal" in data.import_message.text(), timeout=5000)
    assert data.import_message.text().startswith("Imported 0 entries. 2 were already")


def test_your_data_is_named_and_reachable(qtbot, make_app, vault_dir):
    from tests.ui.test_accessibility import check_screen

    harness = make_app(vault_dir)
    data = _your_data(qtbot, harness)
    data.confirm.setChecked(True)
    data.import_path.setText("/nowhere")
    check_screen(qtbot, harness.window, "settings with Your data")
