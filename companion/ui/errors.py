"""One error dialog for unexpected problems, with a copyable report that holds no journal content.

Typed core errors (CompanionError) are expected and explained: they are shown as their
one sentence. Anything else is a bug: the dialog says so calmly and offers a report
made only of versions, the error's type and where in Companion's code it happened.
The error's message and any local values are left out, because they could hold what
someone wrote.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, qVersion

from companion import __version__
from companion.errors import CompanionError

TYPE_CHECKING = False  # (no typing import after Qt: PySide6 reads the source of each; docs/performance.md)
if TYPE_CHECKING:
    from typing import Callable

_PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def build_report(exc_type: type[BaseException], tb) -> str:
    """Versions, the exception type and code locations. Never the message or any values."""
    import platform
    import traceback

    lines = [
        f"Companion {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}",
        f"System {platform.system()} {platform.release()} {platform.machine()}",
        "",
        f"Error type: {exc_type.__module__}.{exc_type.__qualname__}",
        "Where (innermost last):",
    ]
    for frame in traceback.extract_tb(tb):
        path = Path(frame.filename)
        try:
            shown = "companion/" + str(path.resolve().relative_to(_PACKAGE_ROOT))
        except ValueError:
            shown = path.name  # library code: the file name only, never a home-folder path
        lines.append(f"  {shown}:{frame.lineno} in {frame.name}")
    lines += ["", "The error's own message was left out, in case it held something you wrote."]
    return "\n".join(lines)


class ErrorReporter(QObject):
    """Installs sys.excepthook / threading.excepthook; shows at most one dialog at a time.

    `clipboard` is a ClipboardGuard, or a callable returning one (made only if a report is copied).
    """

    _from_thread = Signal(object, object, object)

    def __init__(self, clipboard, parent_window: Callable[[], object], show_sentence: Callable[[str], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._clipboard = clipboard
        self._parent_window = parent_window
        self._show_sentence = show_sentence
        self._dialog = None  # the one ErrorDialog on screen, if any
        self._previous = None
        self._previous_thread = None
        self.reports: list[str] = []
        self._from_thread.connect(self.handle)

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self._hook
        self._previous_thread, threading.excepthook = threading.excepthook, self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = self._previous_thread
            self._previous = None

    def _hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return
        self.handle(exc_type, exc, tb)

    def _thread_hook(self, args) -> None:
        self._from_thread.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type, exc, tb) -> None:
        if isinstance(exc, CompanionError):
            self._show_sentence(str(exc))
            return
        from companion.log import get_logger

        get_logger("ui").error("unexpected error: %s", exc_type.__name__)
        report = build_report(exc_type, tb)
        self.reports.append(report)
        if self._dialog is not None:
            return  # one dialog at a time; the first problem is usually the one that matters
        from companion.ui.error_dialog import ErrorDialog

        clipboard = self._clipboard() if callable(self._clipboard) else self._clipboard
        self._dialog = ErrorDialog(report, clipboard, self._parent_window())
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.open()

    def handle_exception(self, exc: BaseException) -> None:
        self.handle(type(exc), exc, exc.__traceback__)

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None
