"""ExportDocument -> PDF (QPdfWriter) or a printer (QPrinter), through a QTextDocument.

Threads: everything here except `PdfExportJob`'s signal delivery may run on a worker
thread. Qt documents QTextDocument and its cursor/format classes as reentrant, and
QPainter as usable off the GUI thread on QImage, QPrinter and QPicture; QPdfWriter is
the same kind of paged device as a PDF QPrinter. Each call builds its own
QTextDocument and writer, and no QWidget, QPixmap or application object is touched.
A QGuiApplication must exist (fonts); `ensure_application()` makes an offscreen one
for the CLI. tests/unit/export/test_pdf.py renders on a worker thread under the
strict Qt-warning check to keep this honest.

Files: the PDF is written to a hidden temporary file *in the destination folder*
(created 0600), fsynced, then renamed over the destination; on any error or
cancellation the temporary file is removed. Qt writes the PDF stream itself; nothing
goes to the system temp folder (checked by a test under strace).

Metadata: title "Reflection" (ExportDocument.file_title: empty if that word is hidden), empty author
and creator, a null document id. Qt always writes its producer ("Qt 6.x") and the
creation time; neither can be set through QPdfWriter, and neither says anything about
the person or the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QRunnable, QSizeF, Qt, QThreadPool, QUuid, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from companion.errors import CompanionError, InvalidInputError, StorageFullError
from companion.export.document import (
    Block,
    CodeBlock,
    ExportDocument,
    Heading,
    Inline,
    Layout,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
)
from companion.export.selection import Paper, Template
from companion.security.atomic import fsync_dir

RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 18, 20, 12)  # left, top, right, bottom (the page number sits above the bottom one)
FOOTER_MM = 10
NEUTRAL_TITLE = "Reflection"
FONT_FAMILIES = ["Atkinson Hyperlegible", "Noto Sans", "DejaVu Sans", "Verdana", "Arial"]
MONO_FAMILIES = ["DejaVu Sans Mono", "Noto Sans Mono", "Menlo", "Consolas", "Courier New"]
_PX_PER_PT = 96 / 72  # QTextDocument block margins are in 96-dpi pixels, scaled to the device

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class ExportCancelledError(CompanionError):
    exit_code = 1
    default_message = "The export was stopped; no file was written."


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int


def ensure_application():
    """The running QGuiApplication, or a new offscreen one (CLI). Qt stays unimported until needed."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and no_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["companion"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
    return app


# --- building the QTextDocument ----------------------------------------------------------------


def page_layout(layout: Layout) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A4 if layout.paper is Paper.A4 else QPageSize.PageSizeId.Letter)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


class _Builder:
    def __init__(self, document: ExportDocument):
        self.size = float(document.layout.text_size)
        self.group = document.layout.template is Template.GROUP
        self.doc = QTextDocument()
        self.doc.setUndoRedoEnabled(False)
        self.doc.setDocumentMargin(0)
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(self.size)
        self.doc.setDefaultFont(font)
        self.cursor = QTextCursor(self.doc)
        self.first = True
        self.text_color = QBrush(QColor("#1a1a1a"))
        self.muted = QBrush(QColor("#555555"))
        self.line_height = 150.0 if self.group else 135.0

    # formats
    def char(self, *, scale: float = 1.0, bold: bool = False, italic: bool = False, code: bool = False,
             muted: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.size * scale * (0.9 if code else 1.0))
        if bold:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        if italic:
            fmt.setFontItalic(True)
        if code:
            fmt.setFontFamilies(MONO_FAMILIES)
        fmt.setForeground(self.muted if muted else self.text_color)
        return fmt

    def block(self, *, top: float = 0.0, bottom: float = 0.6, indent_pt: float = 0.0,
              align=None, line_height: float | None = None) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top * self.size * _PX_PER_PT)
        fmt.setBottomMargin(bottom * self.size * _PX_PER_PT)
        if indent_pt:
            fmt.setLeftMargin(indent_pt * _PX_PER_PT)
        if align is not None:
            fmt.setAlignment(align)
        fmt.setLineHeight(line_height or self.line_height, 1)  # 1 = ProportionalHeight
        return fmt

    def new_block(self, block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(block_fmt)
            self.cursor.setBlockCharFormat(char_fmt)
            self.cursor.setCharFormat(char_fmt)
            self.first = False
        else:
            self.cursor.insertBlock(block_fmt, char_fmt)

    def runs(self, runs: Inline, *, scale: float = 1.0, bold: bool = False, muted: bool = False,
             italic: bool = False) -> None:
        for run in runs:
            fmt = self.char(scale=scale, bold=bold or run.bold, italic=italic or run.italic, code=run.code,
                            muted=muted)
            self.cursor.insertText(run.text.replace("\n", "\u2028"), fmt)

    def text(self, text: str, fmt: QTextCharFormat) -> None:
        self.cursor.insertText(text.replace("\n", "\u2028"), fmt)

    # document parts
    def build(self, document: ExportDocument) -> QTextDocument:
        self.new_block(self.block(bottom=1.0), self.char(scale=1.6, bold=True))
        self.text(document.title, self.char(scale=1.6, bold=True))
        if document.intro:
            self.new_block(self.block(), self.char())
            self.text(document.intro, self.char())
        for number, section in enumerate(document.sections):
            if section.heading:
                self.new_block(self.block(top=1.4, bottom=0.3), self.char(scale=1.3, bold=True))
                self.text(" ".join(section.heading.split()), self.char(scale=1.3, bold=True))
            else:
                self.rule(top=1.0)
            for meta in section.meta:
                self.new_block(self.block(bottom=0.1), self.char(scale=0.85, muted=True))
                self.text(meta, self.char(scale=0.85, muted=True))
            if section.meta:
                fmt = self.cursor.blockFormat()
                fmt.setBottomMargin(0.8 * self.size * _PX_PER_PT)
                self.cursor.setBlockFormat(fmt)
            for block in section.blocks:
                self.add(block, indent_pt=0.0)
        return self.doc

    def rule(self, top: float = 0.6) -> None:
        fmt = self.block(top=top, bottom=0.6)
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                        QTextLength(QTextLength.Type.PercentageLength, 100))
        self.new_block(fmt, self.char())

    def add(self, block: Block, indent_pt: float) -> None:
        if isinstance(block, Paragraph):
            if not block.runs:
                return
            if block.role == "subheading":
                self.new_block(self.block(top=0.8, bottom=0.2, indent_pt=indent_pt), self.char(bold=True))
                self.runs(block.runs, bold=True)
            elif block.role == "gap":
                self.new_block(self.block(indent_pt=indent_pt, align=Qt.AlignmentFlag.AlignHCenter),
                               self.char(muted=True))
                self.runs(block.runs, muted=True)
            elif block.role in ("meta", "note"):
                self.new_block(self.block(indent_pt=indent_pt), self.char(scale=0.85, muted=True))
                self.runs(block.runs, scale=0.85, muted=True)
            else:
                self.new_block(self.block(indent_pt=indent_pt), self.char())
                self.runs(block.runs)
        elif isinstance(block, Heading):
            scale = {3: 1.15, 4: 1.05}.get(block.level, 1.0)
            self.new_block(self.block(top=0.8, bottom=0.3, indent_pt=indent_pt), self.char(scale=scale, bold=True))
            self.runs(block.runs, scale=scale, bold=True)
        elif isinstance(block, ListBlock):
            lists: dict[int, object] = {}
            for item in block.items:
                self.new_block(self.block(bottom=0.25, indent_pt=indent_pt), self.char())
                existing = lists.get(item.level)
                if existing is None:
                    fmt = QTextListFormat()
                    if block.ordered:
                        fmt.setStyle(QTextListFormat.Style.ListDecimal)
                        if item.level == 0 and block.start != 1:
                            fmt.setStart(block.start)
                    else:
                        fmt.setStyle(QTextListFormat.Style.ListDisc if item.level % 2 == 0
                                     else QTextListFormat.Style.ListCircle)
                    fmt.setIndent(item.level + 1)
                    lists[item.level] = self.cursor.createList(fmt)
                    for deeper in [lvl for lvl in lists if lvl > item.level]:
                        del lists[deeper]
                else:
                    existing.add(self.cursor.block())
                self.runs(item.runs)
            fmt = self.cursor.blockFormat()
            fmt.setBottomMargin(0.6 * self.size * _PX_PER_PT)
            self.cursor.setBlockFormat(fmt)
        elif isinstance(block, Quote):
            for child in block.blocks:
                self.add(child, indent_pt=indent_pt + 18)
        elif isinstance(block, CodeBlock):
            for line in block.text.split("\n"):
                fmt = self.block(bottom=0.0, indent_pt=indent_pt + 6, line_height=120.0)
                fmt.setBackground(QBrush(QColor("#f2f2f2")))
                self.new_block(fmt, self.char(code=True))
                self.text(line, self.char(code=True))
            fmt = self.cursor.blockFormat()
            fmt.setBottomMargin(0.6 * self.size * _PX_PER_PT)
            self.cursor.setBlockFormat(fmt)
        elif isinstance(block, Rule):
            self.rule()
        elif isinstance(block, Table):
            self.new_block(self.block(bottom=0.2, indent_pt=indent_pt), self.char())
            fmt = QTextTableFormat()
            fmt.setCellPadding(4)
            fmt.setCellSpacing(0)
            fmt.setBorder(0.5)
            fmt.setBorderBrush(QBrush(QColor("#999999")))
            fmt.setHeaderRowCount(1)
            columns = len(block.header)
            table = self.cursor.insertTable(len(block.rows) + 1, columns, fmt)
            for row, cells in enumerate([block.header, *block.rows]):
                for column in range(columns):
                    text = cells[column] if column < len(cells) else ""
                    cell_cursor = table.cellAt(row, column).firstCursorPosition()
                    cell_cursor.insertText(" ".join(text.split()), self.char(scale=0.9, bold=row == 0))
            self.cursor.movePosition(QTextCursor.MoveOperation.End)


def build_text_document(document: ExportDocument) -> QTextDocument:
    """A QTextDocument for the ExportDocument (no paint device yet: see `paginate`)."""
    return _Builder(document).build(document)


# --- pages -------------------------------------------------------------------------------------


def paginate(text_document: QTextDocument, device) -> tuple[QRectF, float]:
    """Lay the document out for `device` (QPdfWriter or QPrinter); returns (page body rect, footer height)."""
    footer = FOOTER_MM / 25.4 * device.logicalDpiY()
    width, height = float(device.width()), float(device.height())
    layout = text_document.documentLayout()
    laid_out_for = layout.paintDevice()
    same_metrics = laid_out_for is not None and laid_out_for.logicalDpiY() == device.logicalDpiY() \
        and laid_out_for.logicalDpiX() == device.logicalDpiX()
    layout.setPaintDevice(device)
    size = QSizeF(width, height - footer)
    # setPageSize always lays the whole document out again; a document already laid out for
    # these pages (the share wizard prepares its preview on a worker thread) keeps its layout.
    if not same_metrics or text_document.pageSize() != size:
        text_document.setPageSize(size)
    return QRectF(0, 0, width, height - footer), footer


def paint_pages(
    text_document: QTextDocument,
    painter: QPainter,
    device,
    *,
    page_numbers: bool = True,
    pages: list[int] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Paint every page (or the 1-based `pages`) with `painter`, which is active on `device`.

    Returns the number of pages in the document. `progress(done, total)` is called on
    the calling thread after each page; `cancel` is checked before each page.
    """
    body, footer = paginate(text_document, device)
    total = text_document.pageCount()
    wanted = [p for p in (pages or range(1, total + 1)) if 1 <= p <= total]
    if progress:
        progress(0, len(wanted))
    layout = text_document.documentLayout()
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#aaaaaa"))  # rules between entries
    context.palette = palette
    number_font = QFont()
    number_font.setFamilies(FONT_FAMILIES)
    number_font.setPointSizeF(9)
    metrics = QFontMetricsF(number_font, device)
    for done, page in enumerate(wanted):
        if cancel is not None and cancel.is_set():
            raise ExportCancelledError()
        if done:
            device.newPage()
        painter.save()
        top = (page - 1) * body.height()
        painter.translate(0, -top)
        view = QRectF(0, top, body.width(), body.height())
        painter.setClipRect(view)
        context.clip = view
        layout.draw(painter, context)
        painter.restore()
        if page_numbers:
            painter.save()
            painter.setFont(number_font)
            painter.setPen(QColor("#555555"))
            label = f"{page} / {total}"
            baseline = body.height() + footer - metrics.descent()
            painter.drawText(QRectF(0, baseline - metrics.height(), body.width(), metrics.height() + 1),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), label)
            painter.restore()
        if progress:
            progress(done + 1, len(wanted))
    return total


def configure_writer(writer: QPdfWriter, layout: Layout, title: str = NEUTRAL_TITLE) -> None:
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(layout))
    writer.setTitle(title)
    writer.setCreator("")
    writer.setAuthor("")
    writer.setDocumentId(QUuid())  # the null id: nothing that could link two exports


def configure_printer(printer, document: ExportDocument) -> None:
    """Page size, margins and neutral names on a QPrinter before a print or preview dialog opens."""
    printer.setPageLayout(page_layout(document.layout))
    printer.setDocName(document.file_title)
    printer.setCreator("")


def page_count(document: ExportDocument) -> int:
    """Pages the PDF will have (lays the document out at 300 dpi; writes nothing)."""
    from PySide6.QtCore import QBuffer

    buffer = QBuffer()
    writer = QPdfWriter(buffer)
    configure_writer(writer, document.layout)
    text_document = build_text_document(document)
    paginate(text_document, writer)
    return text_document.pageCount()


def paint_to_printer(
    document: ExportDocument | QTextDocument,
    printer,
    *,
    page_numbers: bool | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Paint onto a QPrinter (the print dialog's, or QPrintPreviewDialog.paintRequested's).

    Honours the page ranges chosen in the print dialog. Returns the document's page count.
    """
    if isinstance(document, ExportDocument):
        text_document = build_text_document(document)
        numbers = document.layout.page_numbers if page_numbers is None else page_numbers
    else:
        text_document = document
        numbers = True if page_numbers is None else page_numbers
    ranges = printer.pageRanges()
    pages = None
    if not ranges.isEmpty():
        pages = [p for p in range(ranges.firstPage(), ranges.lastPage() + 1) if ranges.contains(p)]
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageFullError("The printer could not be started; nothing was printed.")
    try:
        return paint_pages(text_document, painter, printer, page_numbers=numbers, pages=pages,
                           progress=progress, cancel=cancel)
    finally:
        painter.end()


def render_pdf(
    document: ExportDocument,
    path: str | os.PathLike,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PdfResult:
    """Write `document` as a PDF at `path` (replaced atomically). Safe to call on a worker thread.

    Raises ExportCancelledError if `cancel` is set (no file is left), InvalidInputError if
    the folder does not exist, StorageFullError if it cannot be written.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise InvalidInputError(f"The folder {folder} does not exist.")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise StorageFullError(f"{folder} cannot be written to; nothing was saved.") from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        pages = _paint_file(document, temp, folder, progress, cancel)
        with open(temp, "rb+") as handle:
            if handle.seek(0, os.SEEK_END) == 0:
                raise StorageFullError(f"The PDF could not be written to {folder}; nothing was saved.")
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return PdfResult(target, pages)


def _paint_file(document, temp: Path, folder: Path, progress, cancel) -> int:
    """Paint into `temp`. Every Qt object is released here, on this thread, even on error:
    an exception's traceback must not carry a QTextDocument to another thread."""
    writer = QPdfWriter(str(temp))
    text_document = None
    painter = QPainter()
    try:
        configure_writer(writer, document.layout, document.file_title)
        text_document = build_text_document(document)
        if not painter.begin(writer):
            raise StorageFullError(f"{folder} cannot be written to; nothing was saved.")
        try:
            return paint_pages(text_document, painter, writer, page_numbers=document.layout.page_numbers,
                               progress=progress, cancel=cancel)
        finally:
            painter.end()
    finally:
        del painter, text_document, writer


# --- a job for the wizard ----------------------------------------------------------------------


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], None]):
        super().__init__()
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:  # noqa: D401 - Qt API
        self._fn()


class PdfExportJob(QObject):
    """Writes a PDF on a QThreadPool thread; signals arrive on the thread that owns the job (the GUI).

        job = PdfExportJob(document, path, parent=self)
        job.progressed.connect(self._on_job_progressed)    # (pages done, pages in all)
        job.finished.connect(self._on_job_finished)        # PdfResult
        job.failed.connect(self._on_job_failed)            # CompanionError (str() is the sentence to show)
        job.start(); ...; job.cancel()                     # cancel -> failed(ExportCancelledError)
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, document: ExportDocument, path: str | os.PathLike, *,
                 pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._path = Path(path)
        self._cancel = threading.Event()
        self._pool = pool or QThreadPool.globalInstance()
        self._done = threading.Event()

    def start(self) -> None:
        self._pool.start(_Runnable(self._work))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is over (tests, shutdown)."""
        return self._done.wait(timeout)

    def _work(self) -> None:
        try:
            result = render_pdf(self._document, self._path, progress=self.progressed.emit, cancel=self._cancel)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI, never lost
            self.failed.emit(exc.with_traceback(None))
        else:
            self.finished.emit(result)
        finally:
            self._done.set()


__all__ = [
    "ExportCancelledError",
    "PdfExportJob",
    "PdfResult",
    "build_text_document",
    "configure_printer",
    "configure_writer",
    "ensure_application",
    "page_count",
    "page_layout",
    "paint_pages",
    "paint_to_printer",
    "render_pdf",
]
