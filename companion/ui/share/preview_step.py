"""Step 3 of the share wizard: the exact pages, through Qt's print preview.

The preview printer uses the PDF's resolution (300 dpi), paper and margins, so the pages
shown are the pages written or printed: the same layout, the same page breaks. The
document arrives already composed and laid out (jobs.prepare_document, on the thread
pool); only painting the pages into the preview happens on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView, QSizePolicy, QVBoxLayout, QWidget

from companion.export.pdf import RESOLUTION, configure_printer, paint_to_printer
from companion.ui.widgets.common import BusyLine, button, label, named
from companion.ui.widgets.reflow import flow_row


class PreviewStep(QWidget):
    def __init__(self, reduced_motion=False, parent: QWidget | None = None):
        super().__init__(parent)
        self.prepared = None  # jobs.PreparedDocument
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setResolution(RESOLUTION)
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # preview only: nothing is sent anywhere
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName(self.tr("Preview of the pages"))
        self.preview.paintRequested.connect(self._on_paint_requested)
        self.preview.previewChanged.connect(self._update_page_label)
        self.preview.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        self.view = self.preview.findChild(QGraphicsView)
        if self.view is not None:
            named(self.view, self.tr("Pages"), self.tr("Arrow keys and Page Up/Down scroll; Ctrl+plus and "
                                                      "Ctrl+minus zoom"))
            self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._update_page_label())
        self.busy = BusyLine(reduced_motion)
        self.pages_label = label("", "heading", wrap=False)
        self.pages_label.setAccessibleName(self.tr("Page count"))
        self.page_label = label("", "muted", wrap=False)
        self.previous_button = button(self.tr("Previous page"), tooltip=self.tr("Previous page (Ctrl+Page Up)"))
        self.next_button = button(self.tr("Next page"), tooltip=self.tr("Next page (Ctrl+Page Down)"))
        self.zoom_out_button = button(self.tr("Smaller"), self.tr("Zoom out"), tooltip=self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_in_button = button(self.tr("Larger"), self.tr("Zoom in"), tooltip=self.tr("Zoom in (Ctrl+plus)"))
        self.fit_button = button(self.tr("Fit width"), self.tr("Fit the page to the width"))
        self.whole_button = button(self.tr("Whole page"), self.tr("Show the whole page"))
        self.whole_button.clicked.connect(self.preview.fitInView)
        self.previous_button.clicked.connect(lambda: self.go_to(self.preview.currentPage() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.preview.currentPage() + 1))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.preview.fitToWidth)
        # The page count, then the buttons at the far end while they fit on one row; at large text
        # (or in a narrow window) the buttons go below and wrap onto further rows, in the same order.
        counts = flow_row(self.pages_label, self.page_label)
        counts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the stretch
        buttons = flow_row(self.previous_button, self.next_button, self.zoom_out_button, self.zoom_in_button,
                           self.fit_button, self.whole_button)
        bar = flow_row(counts, buttons, spacing=12)
        note = label(self.tr("These are the exact pages that will be printed or saved as PDF. Markdown, HTML and "
                             "plain text hold the same words without the page layout."), "muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 10, 8, 8)
        lay.setSpacing(8)
        lay.addWidget(bar)
        lay.addWidget(note)
        lay.addWidget(self.busy)
        lay.addWidget(self.preview, 1)
        for keys, slot in (("Ctrl++", self.zoom_in), ("Ctrl+=", self.zoom_in), ("Ctrl+-", self.zoom_out),
                           ("Ctrl+PgDown", lambda: self.go_to(self.preview.currentPage() + 1)),
                           ("Ctrl+PgUp", lambda: self.go_to(self.preview.currentPage() - 1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._update_page_label()

    # -- document -------------------------------------------------------------------------------------
    def show_building(self) -> None:
        self.busy.start(self.tr("Laying out the pages…"))
        self.pages_label.setText("")

    def set_document(self, prepared) -> None:
        """Show these pages (a jobs.PreparedDocument), or none."""
        self.busy.stop()
        self.prepared = prepared
        if prepared is not None:
            configure_printer(self.printer, prepared.document)
        self.preview.updatePreview()
        if prepared is not None:
            self.preview.setCurrentPage(1)
        self._update_page_label()

    def _on_paint_requested(self, printer: QPrinter) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        paint_to_printer(prepared.text_document, printer, page_numbers=prepared.document.layout.page_numbers)

    # -- navigation ---------------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.preview.pageCount() if self.prepared is not None else 0

    def go_to(self, page: int) -> None:
        if self.page_count:
            self.preview.setCurrentPage(max(1, min(self.page_count, page)))
            self._update_page_label()

    def zoom_in(self) -> None:
        self.preview.zoomIn(1.2)

    def zoom_out(self) -> None:
        self.preview.zoomOut(1.2)

    def _update_page_label(self) -> None:
        count = self.page_count
        if not count:
            self.pages_label.setText(self.tr("No pages yet") if self.prepared is None else "")
            self.page_label.setText("")
        else:
            self.pages_label.setText(self.tr("1 page") if count == 1 else self.tr("%1 pages").replace("%1", str(count)))
            self.page_label.setText(self.tr("showing page %1 of %2").replace("%1", str(self.preview.currentPage()))
                                    .replace("%2", str(count)))
        self.pages_label.setAccessibleDescription(self.pages_label.text())
        for b in (self.previous_button, self.next_button, self.zoom_out_button, self.zoom_in_button, self.fit_button,
                  self.whole_button):
            b.setEnabled(count > 0)

    def focus_pages(self) -> None:
        (self.view or self.preview).setFocus()

    def forget(self) -> None:
        self.busy.stop()
        self.set_document(None)
