"""The error dialog: one at a time, a copyable report without journal content; typed errors as a sentence."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

from companion.errors import StorageFullError
from companion.ui.error_dialog import ErrorDialog
from companion.ui.errors import ErrorReporter, build_report
from companion.ui.safety import ClipboardGuard
from companion.ui.strength import estimate

CANARY = "my-private-words-canary"


def _raise(message: str):
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()


def test_report_holds_no_content_and_no_home_paths():
    exc_type, exc, tb = _raise(CANARY)
    report = build_report(exc_type, tb)
    assert CANARY not in report
    assert "builtins.ValueError" in report
    assert "test_errors.py" in report
    assert str(__import__("pathlib").Path.home()) not in report or "/root" == str(__import__("pathlib").Path.home())


def test_excepthook_shows_one_dialog_with_copy(qtbot, qapp):
    sentences: list[str] = []
    guard = ClipboardGuard(lambda: True)
    reporter = ErrorReporter(guard, lambda: None, sentences.append)
    reporter.install()
    try:
        assert sys.excepthook == reporter._hook
        reporter._hook(*_raise(CANARY))
        reporter._hook(*_raise(CANARY + "2"))
        dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
        assert len(dialogs) == 1 and len(reporter.reports) == 2
        dialog = dialogs[0]
        assert CANARY not in dialog.report.toPlainText()
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.report.toPlainText()
        assert guard.clear_ours()  # the app put it there, so the app may clear it
        dialog.accept()
        # typed errors are a sentence, not a dialog
        reporter.handle_exception(StorageFullError())
        assert sentences == [str(StorageFullError())]
        assert reporter._dialog is None
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter._hook


def test_worker_errors_without_a_handler_reach_the_reporter(qtbot, make_app, vault_dir):
    from tests.ui.conftest import unlock

    harness = make_app(vault_dir)
    unlock(qtbot, harness)
    seen = []
    harness.parts.errors.handle_exception = seen.append
    harness.session.run(lambda v: 1 / 0)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ZeroDivisionError)


def test_strength_feedback_is_gentle():
    assert estimate("short").level == 0
    assert estimate("password1").level == 1
    assert estimate("correct horse battery staple").level >= 3
    assert estimate("aaaaaaaaaaaa").level == 1
    assert estimate("Tr0ub4dor&3x!").level >= 2
