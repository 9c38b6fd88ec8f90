"""Work for the share wizard that needs no database: composing and laying out the document.

Vault reads go through Session.run (the one database worker). Composing the chosen text
into an ExportDocument and laying it out as pages is pure CPU work, so it runs on Qt's
thread pool instead and never waits behind (or holds up) the database worker.

`prepare_document` builds the QTextDocument on the pool thread, lays it out at the PDF's
resolution (so the page count is known before the preview opens), then hands the
document to the GUI thread, where the print preview paints it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], None]):
        super().__init__()
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        self._fn()


class PoolCall(QObject):
    """fn() on the thread pool; `done(result)` or `failed(error)` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn

    def start(self, pool: QThreadPool | None = None) -> PoolCall:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._work))
        return self

    def _work(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI, never lost
            self.failed.emit(exc.with_traceback(None))
        else:
            self.done.emit(result)


@dataclass
class PreparedDocument:
    document: Any  # export.document.ExportDocument (already redacted)
    text_document: Any  # QTextDocument, owned by the GUI thread, laid out once
    pages: int
    page_device: Any = None  # (QPdfWriter, QBuffer) the layout was made for; kept with the document

    def release(self) -> None:
        """Let Qt delete the document and its page device (on the GUI thread)."""
        self.text_document.deleteLater()
        for obj in self.page_device or ():
            obj.deleteLater()
        self.page_device = None


def prepare_document(selection, entries, labels, target_thread: QThread) -> PreparedDocument:
    """Compose, build and lay out (on a pool thread); the QTextDocument moves to `target_thread`."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    from companion.export.compose import compose
    from companion.export.pdf import build_text_document, configure_writer, paginate

    document = compose(selection, entries, labels=labels)
    text_document = build_text_document(document)
    # An idle QPdfWriter (it never paints; nothing is written) stands in for the page: the layout
    # made against it is the PDF's layout, which the preview printer (same resolution, paper and
    # margins) then paints without laying the document out again on the GUI thread.
    buffer = QBuffer()
    writer = QPdfWriter(buffer)
    configure_writer(writer, document.layout)
    paginate(text_document, writer)
    pages = text_document.pageCount()
    for obj in (text_document, writer, buffer):
        obj.moveToThread(target_thread)
    return PreparedDocument(document, text_document, pages, (writer, buffer))
