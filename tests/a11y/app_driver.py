"""Test-only driver: runs the real app (companion.app.run_app) and walks every screen on request.

    python tests/a11y/app_driver.py PASSPHRASE      (COMPANION_HOME points at a made vault)

It prints one JSON line per screen it reaches — {"event": "stop", "name": …} — and waits for
a line "next" on standard input before it moves on, so a screen reader client (the AT-SPI
dumper) can read the screen meanwhile; the Qt event loop keeps running, so accessibility
requests are answered. At the end it prints {"event": "done"} and quits. The walk is
tests/a11y/screens.py's: unlock screen, every section and tab, the dialogs their "…"
buttons open, the shortcuts page, and the grounding player on a breathing step.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import companion.ui  # noqa: E402,F401 - the shiboken workaround before Qt is used
from PySide6.QtCore import QObject, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


class Commands(QObject):
    received = Signal(str)


def emit(**message) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def describe_specials(root: QWidget) -> list[dict]:
    """Widgets that must carry a description: images and the breath pacer."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        is_pacer = w.objectName() == "BreathPacer" or "Pacer" in type(w).__name__
        pixmap = getattr(w, "pixmap", None)
        is_image = callable(pixmap) and w.inherits("QLabel") and not w.pixmap().isNull()
        if is_pacer or is_image:
            found.append({"kind": "pacer" if is_pacer else "image", "name": w.accessibleName(),
                          "class": type(w).__name__})
    return found


def steps(window, passphrase: str):
    from tests.a11y.screens import Sleep, Stop, Wait, paced, walk

    yield Sleep(300)
    yield Stop("unlock screen", window, "screen")
    page = window.unlock_page
    page.field.edit.setText(passphrase)
    page.unlock_button.click()
    yield Wait(lambda: window.session.is_open, 20000)
    yield Sleep(400)
    yield from walk(window, player_until=paced)


class Runner(QObject):
    def __init__(self, window, passphrase: str):
        super().__init__(window)
        self.window = window
        self.steps = steps(window, passphrase)
        self.waiting_for: str | None = None
        self.commands = Commands(self)
        self.commands.received.connect(self._on_command, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._read_stdin, daemon=True).start()

    def _read_stdin(self) -> None:
        for line in sys.stdin:
            self.commands.received.emit(line.strip())
        self.commands.received.emit("quit")

    def _on_command(self, command: str) -> None:
        if command == "quit":
            QApplication.quit()
        elif command == "next" and self.waiting_for == "next":
            self.waiting_for = None
            self.advance()

    def advance(self) -> None:
        from tests.a11y.screens import Sleep, Stop, Wait

        try:
            step = next(self.steps)
        except StopIteration:
            emit(event="done")
            self.waiting_for = "quit"
            return
        except Exception as error:  # noqa: BLE001 - reported to the test, which fails with it
            emit(event="error", message=f"{type(error).__name__}: {error}")
            self.waiting_for = "quit"
            return
        if isinstance(step, Sleep):
            QTimer.singleShot(step.ms, self.advance)
        elif isinstance(step, Wait):
            deadline = time.monotonic() + step.timeout_ms / 1000

            def poll():
                if step.condition() or time.monotonic() > deadline:
                    self.advance()
                else:
                    QTimer.singleShot(20, poll)

            poll()
        elif isinstance(step, Stop):
            self.waiting_for = "next"
            emit(event="stop", name=step.name, kind=step.kind, section=step.section,
                 title=step.root.windowTitle(), specials=describe_specials(step.root))


def main() -> int:
    passphrase = sys.argv[1]
    from companion.app import run_app
    from companion.paths import AppPaths

    paths = AppPaths.resolve()

    def on_shown() -> None:
        from companion.ui.main_window import MainWindow

        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.resize(1280, 900)
        runner = Runner(window, passphrase)
        emit(event="ready")
        runner.advance()

    return run_app(paths.default_vault, paths, [sys.argv[0]], on_shown=on_shown)


if __name__ == "__main__":
    sys.exit(main())
