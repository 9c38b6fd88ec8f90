"""Writing: autosave, lock and come back, switching entries, metadata, Markdown, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from companion.journal.model import ShareState
from companion.ui.models.entry_list import Roles
from companion.vault.core import Vault
from tests.ui.conftest import PASSPHRASE, unlock, wait_saved


def _typed(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_write_lock_unlock_the_text_is_there(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    editor = journal.editor
    _typed(qtbot, editor.title_edit, "Evening")
    _typed(qtbot, editor.body, "Today I set a boundary and held it.")
    assert editor.dirty
    assert editor.status.text() == "Not saved yet"
    qtbot.keyClick(harness.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    qtbot.waitUntil(lambda: not harness.session.is_open)
    assert harness.window.screens.currentWidget() is harness.window.unlock_page
    assert editor.body.toPlainText() == ""
    unlock(qtbot, harness)
    qtbot.waitUntil(lambda: journal.list_model.entry_count == 5)
    top = journal.list_model.entry_index(0)
    assert top.data(Roles.Title) == "Evening"
    journal.list_view.setCurrentIndex(top)
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "Today I set a boundary and held it.")
    assert editor.title_edit.text() == "Evening"


def test_autosave_is_debounced_and_runs_off_the_gui_thread(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    editor = harness.window.journal.editor
    _typed(qtbot, editor.body, "Small steps count.")
    assert editor.current_id is None  # nothing written yet: still within the debounce
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=5000)
    assert editor.current_id is not None
    assert editor.metrics["snapshot_ms"] and max(editor.metrics["snapshot_ms"]) < 10
    entry = harness.tasks.run_sync(lambda: harness.session._vault.entries.get(editor.current_id))
    assert entry.body == "Small steps count."
    # more typing updates the same entry rather than making a new one
    _typed(qtbot, editor.body, " And rest too.")
    wait_saved(qtbot, harness)
    count = harness.tasks.run_sync(lambda: harness.session._vault.entries.count())
    assert count == 5


def test_empty_new_entry_is_not_saved(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    editor = harness.window.journal.editor
    _typed(qtbot, editor.body, "x")
    qtbot.keyClick(editor.body, Qt.Key.Key_Backspace)
    wait_saved(qtbot, harness)
    assert harness.tasks.run_sync(lambda: harness.session._vault.entries.count()) == 4


def test_switching_entries_saves_and_metadata_round_trips(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    editor = journal.editor
    journal.list_view.setCurrentIndex(journal.list_model.entry_index(1))
    first_id = journal.list_model.entry_index(1).data(Roles.Id)
    qtbot.waitUntil(lambda: editor.current_id == first_id)
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    _typed(qtbot, editor.body, " Added.")
    editor.tags_edit.setText("therapy, courage")
    editor.tags_edit.textEdited.emit(editor.tags_edit.text())
    editor.share_combo.setCurrentIndex(editor.share_combo.findData("ready"))
    editor.pinned_check.setChecked(True)
    editor.never_check.setChecked(True)
    editor.note_edit.setText("hard topic")
    editor.note_edit.textEdited.emit("hard topic")
    # switch away immediately: the pending edits are saved on the switch
    journal.list_view.setCurrentIndex(journal.list_model.entry_index(3))
    qtbot.waitUntil(lambda: editor.current_id == journal.list_model.entry_index(3).data(Roles.Id))
    harness.tasks.wait_idle()
    entry = harness.tasks.run_sync(lambda: harness.session._vault.entries.get(first_id))
    assert entry.body.endswith(" Added.")
    assert set(entry.tags) == {"therapy", "courage"}
    assert entry.share_state == ShareState.READY and entry.pinned and entry.never_resurface
    assert entry.content_note == "hard topic"
    row = journal.list_model.row_of(first_id)
    qtbot.waitUntil(lambda: "Content note" in (journal.list_model.index(row, 0).data(Roles.Markers) or []))


def test_markdown_shortcuts_and_exact_round_trip(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    editor = harness.window.journal.editor
    body = editor.body
    body.setFocus()
    qtbot.keyClicks(body, "brave")
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "**brave**"
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step
    assert body.toPlainText() == "brave"
    qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(body, Qt.Key.Key_H, mods)
    assert body.toPlainText().startswith("# ")
    qtbot.keyClick(body, Qt.Key.Key_H, mods)
    assert body.toPlainText().startswith("## ")
    body.setPlainText("one\ntwo")
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_L, mods)
    assert body.toPlainText() == "- one\n- two"
    qtbot.keyClick(body, Qt.Key.Key_Q, mods)
    assert body.toPlainText() == "> - one\n> - two"
    # exact round trip of awkward Markdown, through the store and back
    tricky = "# T\u00a0itle\r\n\r\n* a\tb  \r\n> q\u2028x\r\n\r\n```\r\ncode\r\n```\r\n"
    body.set_markdown(tricky)
    assert body.markdown() == tricky
    body.set_markdown("trailing spaces   \n\n\nnbsp\u00a0end\n")
    assert body.markdown() == "trailing spaces   \n\n\nnbsp\u00a0end\n"
    body.set_markdown("")
    _typed(qtbot, body, "x")
    body.set_markdown(tricky)
    editor._on_changed()
    wait_saved(qtbot, harness)
    saved = harness.tasks.run_sync(lambda: harness.session._vault.entries.get(editor.current_id))
    assert saved.body == tricky


def test_preview_and_word_count(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    editor = harness.window.journal.editor
    _typed(qtbot, editor.body, "**one** two three")
    qtbot.waitUntil(lambda: editor.word_count.text() == "3 words")
    editor.preview_button.click()
    assert editor.body_stack.currentWidget() is editor.preview
    assert "one" in editor.preview.toPlainText() and "**" not in editor.preview.toPlainText()
    editor.preview_button.click()
    assert editor.preview.toPlainText() == ""


def test_delete_goes_to_recently_deleted_with_undo(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    editor = journal.editor
    entry_id = journal.list_model.entry_index(0).data(Roles.Id)
    journal.list_view.setCurrentIndex(journal.list_model.entry_index(0))
    qtbot.waitUntil(lambda: editor.current_id == entry_id)
    editor.delete_button.click()
    qtbot.waitUntil(lambda: journal.undo_banner.isVisible())
    assert journal.list_model.row_of(entry_id) == -1
    journal.undo_button.click()
    qtbot.waitUntil(lambda: journal.list_model.row_of(entry_id) >= 0)
    qtbot.waitUntil(lambda: editor.current_id == entry_id)
    # delete again, then restore from the Recently deleted dialog
    editor.delete_button.click()
    qtbot.waitUntil(lambda: journal.list_model.row_of(entry_id) == -1)
    journal.deleted_button.click()
    from companion.ui.dialogs import RecentlyDeletedDialog

    dialog = journal.findChild(RecentlyDeletedDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: journal.list_model.row_of(entry_id) >= 0)
    dialog.reject()


def test_new_entry_saved_on_quit(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    editor = harness.window.journal.editor
    _typed(qtbot, editor.body, "Last words before closing")
    harness.window.close()  # closing the window locks, which saves
    harness.parts.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        bodies = [e.body for e in vault.entries.get_many(vault.entries.all_ids())]
    assert "Last words before closing" in bodies


def test_entries_with_a_content_note_open_behind_a_gentle_gate(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    journal = harness.window.journal
    editor = journal.editor
    noted = next(e for e in journal.list_model.summaries() if e.has_content_note)
    row = journal.list_model.row_of(noted.id)
    journal.list_view.setFocus()
    journal.list_view.setCurrentIndex(journal.list_model.index(row, 0))
    qtbot.keyClick(journal.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.title_edit.text() == "A hard evening")
    assert editor.gated and not editor.body.isVisible()
    assert editor.gate_text.text() == "Content note: memories"
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.gate_button)
    qtbot.keyClick(editor.gate_button, Qt.Key.Key_Space)
    assert not editor.gated and editor.body.isVisible()
    assert "breathing exercise" in editor.body.toPlainText()


def test_sigterm_saves_what_was_typed(tmp_path, vault_dir):
    """A plain `kill` (or logging out) while typing: the words are saved, the vault closed."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "child.py"
    script.write_text(f"""
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import companion.ui
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from companion.app import _save_on_session_end, build
from companion.paths import AppPaths
app = QApplication([])
paths = AppPaths.resolve({str(tmp_path / 'home')!r})
parts = build(Path({str(vault_dir)!r}), paths, quit_fn=app.quit)
_save_on_session_end(app, parts)
parts.window.show()

def typed():
    editor = parts.window.journal.editor
    editor.body.insertPlainText("Words typed right before the kill")
    assert editor.dirty
    os.kill(os.getpid(), signal.SIGTERM)  # within the autosave debounce

parts.session.unlocked.connect(lambda: QTimer.singleShot(50, typed))
parts.window.unlock_page.field.edit.setText({PASSPHRASE!r})
parts.window.unlock_page.submit()
QTimer.singleShot(20000, app.quit)
code = app.exec()
parts.close()
print("exited", code)
""")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).parents[2])
    assert "exited" in done.stdout, done.stderr[-800:]
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        bodies = [e.body for e in vault.entries.get_many(vault.entries.all_ids())]
    assert "Words typed right before the kill" in bodies
