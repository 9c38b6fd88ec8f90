"""What the unlock screen costs at start-up: only what it needs is loaded before it is shown.

Start-up time is measured by benchmarks/startup.py; this keeps the cheap part of it from
creeping back (a module imported at the top of the wrong file is enough).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Not needed to show the unlock screen: loaded later (the sections, the log file, the
# single-instance server's first request, the window icon, the vault core on the worker).
LATER = (
    "dataclasses",  # companion.paths is the first module the app imports
    "logging.handlers",  # the log file opens a moment after the first screen
    "PySide6.QtNetwork",  # the single-instance server is a plain AF_UNIX socket on POSIX
    "companion.ui.shortcuts_dialog",
    "companion.ui.icons",
    "companion.ui.widgets.reflow",  # wrapping rows and check boxes: the unlock screen has none
    "companion.ui.pages.first_run",
    "companion.ui.pages.journal",
    "companion.ui.pages.settings",
    "companion.vault",
)
# Still not loaded once the first turn of the event loop (watchers, shortcuts, icon, server) is over.
NOT_IN_FIRST_TURN = ("dataclasses", "logging.handlers", "PySide6.QtNetwork", "companion.ui.shortcuts_dialog")

CODE = """
import json, sys
from pathlib import Path
from companion.paths import AppPaths
from companion.app import run_app

seen = {}

def shown():
    seen["shown"] = sorted(sys.modules)
    import PySide6.QtCore, PySide6.QtWidgets
    # PySide6 builds a class (and all its enums) on first use: the Qt namespace costs ~17 ms, QStyle ~5 ms.
    seen["qt_classes"] = [name for name in ("Qt",) if name in vars(PySide6.QtCore)] + [
        name for name in ("QStyle",) if name in vars(PySide6.QtWidgets)]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen["styled"] = bool(QApplication.instance().styleSheet())  # set after building, before show()

    def after_first_turn():
        seen["turn"] = sorted(sys.modules)
        QApplication.quit()

    QTimer.singleShot(100, after_first_turn)

status = run_app(Path(sys.argv[1]), AppPaths.resolve(), ["companion"], on_shown=shown)
print(json.dumps(seen))
sys.exit(status)
"""


def _start(tmp_path, vault_dir) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(tmp_path / "home"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.run([sys.executable, "-c", CODE, str(vault_dir)], env=env, capture_output=True, text=True,
                          cwd=Path(__file__).parents[2], timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_unlock_screen_is_shown_before_anything_it_does_not_need_is_loaded(tmp_path, vault_dir):
    seen = _start(tmp_path, vault_dir)
    loaded = set(seen["shown"])
    assert [m for m in LATER if m in loaded] == []
    assert [m for m in NOT_IN_FIRST_TURN if m in set(seen["turn"])] == []
    assert seen["styled"]
    assert (tmp_path / "home" / "logs" / "companion.log").exists()  # opened later, or on the way out


def test_the_unlock_screen_does_not_build_the_qt_namespace(tmp_path, vault_dir):
    """`from PySide6.QtCore import Qt` at the top of a module on the start path costs ~17 ms
    (every Qt.* enum is built at once) and `QStyle` ~5 ms: import them inside the functions
    that use them, as the unlock screen's modules do."""
    seen = _start(tmp_path, vault_dir)
    assert seen["qt_classes"] == []


def test_the_help_keys_are_the_shortcuts_page_keys():
    from companion.ui.main_window import HELP_KEYS
    from companion.ui.shortcuts_dialog import OPEN_KEYS

    assert HELP_KEYS == OPEN_KEYS
