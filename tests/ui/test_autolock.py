"""Auto-lock: after idle time nothing in the application still holds what was written."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from companion.ui.models.entry_list import Roles
from companion.ui.startup import StartupSettings
from tests.ui.conftest import unlock, wait_saved

CANARY = "zebracanary"


def _model_texts(model: QAbstractItemModel):
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
             Roles.Title, Roles.Preview, Roles.Tags, Roles.Markers, Qt.ItemDataRole.EditRole]
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, 0)
        for role in roles:
            value = index.data(role)
            if value:
                yield str(value)


def texts_held_by_the_application():
    """Every string a widget, model, undo stack or the clipboard could still show."""
    found: list[str] = [QGuiApplication.clipboard().text()]
    models: set[int] = set()
    for widget in QApplication.allWidgets():
        found += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                  widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
            while widget.isUndoAvailable():  # what Ctrl+Z would bring back
                widget.undo()
                found.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append(widget.toPlainText())
            doc = widget.document()
            for _ in range(200):
                if not doc.isUndoAvailable():
                    break
                doc.undo()
                found.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
            found += [str(widget.itemData(i)) for i in range(widget.count())]
        for model in widget.findChildren(QAbstractItemModel):
            if id(model) not in models:
                models.add(id(model))
                found += list(_model_texts(model))
        view_model = getattr(widget, "model", None)
        if callable(view_model):
            try:
                m = view_model()
            except TypeError:
                m = None
            if isinstance(m, QAbstractItemModel) and id(m) not in models:
                models.add(id(m))
                found += list(_model_texts(m))
    return found


def test_after_auto_lock_no_widget_holds_the_canary(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    window = harness.window
    journal = window.journal
    editor = journal.editor
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, f"Title {CANARY}")
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, f"My secret {CANARY} words")
    qtbot.keyClicks(editor.tags_edit, f"{CANARY}tag")
    editor.tags_edit.textEdited.emit(editor.tags_edit.text())
    qtbot.keyClicks(editor.note_edit, f"note {CANARY}")
    wait_saved(qtbot, harness)
    journal.refresh_tags()
    # search for it, so the search box, results model and snippets hold it too
    journal.search_edit.setFocus()
    qtbot.keyClicks(journal.search_edit, CANARY)
    qtbot.waitUntil(lambda: journal.search_is_active() and journal.search_model.rowCount() == 1, timeout=5000)
    journal.filters_button.click()
    qtbot.waitUntil(lambda: journal.tag_filter.findData(f"{CANARY}tag") >= 0)
    editor.body.selectAll()
    editor.body.copy()  # copied out of the app
    assert CANARY in QGuiApplication.clipboard().text()
    editor.preview_button.click()
    assert any(CANARY in t for t in texts_held_by_the_application())

    # now walk away: a short idle time for the test
    window.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: not harness.session.is_open, timeout=5000)
    assert harness.session.lock_reason == "idle"
    assert window.screens.currentWidget() is window.unlock_page
    assert "quiet while" in window.unlock_page.message.text()
    leftovers = [t for t in texts_held_by_the_application() if CANARY in t]
    assert leftovers == []


def test_lock_on_minimise(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    harness.window.showMinimized()
    qtbot.waitUntil(lambda: not harness.session.is_open)
    assert harness.session.lock_reason == "minimise"


def test_auto_lock_can_be_never(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir, startup=StartupSettings())
    unlock(qtbot, harness)
    harness.session.set_setting("lock.idle_minutes", 0)
    assert harness.window.idle.interval_ms == 0
    harness.window._on_session_setting_changed("lock.idle_minutes", 0)
    qtbot.wait(150)
    assert harness.session.is_open


def test_screen_lock_signal_locks(qtbot, make_app, vault_dir):
    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    harness.window.screen_lock.screen_locked.emit()
    assert not harness.session.is_open
    assert harness.session.lock_reason == "screen lock"


def test_screen_lock_is_heard_over_the_session_dbus(tmp_path):
    """Where a session D-Bus exists, the desktop's ActiveChanged(true) signal is heard."""
    import shutil
    import subprocess
    import sys

    import pytest

    if not (shutil.which("dbus-run-session") and shutil.which("dbus-send")):
        pytest.skip("no D-Bus tools here")
    script = tmp_path / "probe.py"
    script.write_text(
        "import os, subprocess, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import companion.ui\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from companion.ui.safety import ScreenLockWatcher\n"
        "w = ScreenLockWatcher(); got = []\n"
        "w.screen_locked.connect(lambda: got.append(1))\n"
        "subprocess.run(['dbus-send', '--session', '--type=signal', '/org/freedesktop/ScreenSaver',\n"
        "                'org.freedesktop.ScreenSaver.ActiveChanged', 'boolean:true'], check=True)\n"
        "end = time.time() + 5\n"
        "while not got and time.time() < end:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print('available', w.available, 'heard', bool(got))\n"
    )
    done = subprocess.run(["dbus-run-session", "--", sys.executable, str(script)], capture_output=True,
                          text=True, timeout=60)
    assert "available True heard True" in done.stdout, done.stderr[-500:]


def test_idle_lock_applies_during_first_run_and_forgets_the_code(qtbot, make_app, tmp_path):
    harness = make_app(tmp_path / "fresh")
    fr = harness.window.first_run
    fr.welcome_next.click()
    fr.pass1.edit.setText("a calm long passphrase")
    fr.pass2.edit.setText("a calm long passphrase")
    fr.create_button.click()
    qtbot.waitUntil(lambda: fr.steps.currentWidget() is fr.recovery, timeout=10000)
    fr.make_code.click()
    qtbot.waitUntil(lambda: bool(fr.code_view.code.text()), timeout=10000)
    harness.window.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: not harness.session.is_open, timeout=5000)
    assert fr.code_view.code.text() == ""
    assert harness.window.screens.currentWidget() is harness.window.unlock_page
