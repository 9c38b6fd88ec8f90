"""Step 4 of the share wizard: print, or save as PDF, Markdown, HTML or plain text.

Every file is written beside its destination under a hidden temporary name and renamed
into place (PdfExportJob for PDF, export.output.write_share_text for the rest), so no
plaintext passes through the system temp folder and a stopped or failed export leaves
nothing. The file dialog is Qt's own by default, which keeps the file out of the
system's recent-files list; a folder that looks synced to a cloud service is named.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.export.output import SUFFIXES
from companion.ui.share.jobs import PoolCall
from companion.ui.share.radios import tab_reachable_radios
from companion.ui.widgets.common import button, card, label, named
from companion.ui.widgets.reflow import WrappingCheckBox, flow_row

FORMATS = ("print", "pdf", "md", "html", "txt")
DEFAULT_NAME = "reflection"


def default_folder() -> Path:
    home = Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home


class OutputStep(QWidget):
    written = Signal(str, str)  # format ("pdf", "md", "html", "txt", "print"), path ("" for print)
    busy_changed = Signal(bool)

    def __init__(self, reduced_motion=False, parent: QWidget | None = None):
        super().__init__(parent)
        self._reduced_motion = reduced_motion
        self.prepared = None  # jobs.PreparedDocument
        self.job = None  # PdfExportJob while a PDF is being written
        self._call: PoolCall | None = None
        self._build()
        self._safety_timer = QTimer(self)
        self._safety_timer.setSingleShot(True)
        self._safety_timer.setInterval(250)
        self._safety_timer.timeout.connect(self._check_destination)
        self.path_edit.textChanged.connect(lambda _t: self._safety_timer.start())

    def _build(self) -> None:
        box, lay = card(18)
        lay.addWidget(label(self.tr("How would you like to bring it?"), "heading"))
        self.format_buttons: dict[str, QRadioButton] = {}
        texts = {
            "print": (self.tr("Print it"), self.tr("Print with the system's print dialog")),
            "pdf": (self.tr("Save as PDF"), self.tr("Save as PDF: the pages exactly as previewed")),
            "md": (self.tr("Save as Markdown"), self.tr("Save as Markdown text")),
            "html": (self.tr("Save as HTML"), self.tr("Save as a self-contained HTML page")),
            "txt": (self.tr("Save as plain text"), self.tr("Save as plain text")),
        }
        for kind in FORMATS:
            text, accessible = texts[kind]
            radio = named(QRadioButton(text), accessible)
            self.format_buttons[kind] = radio
            radio.toggled.connect(self._on_format_toggled)
        lay.addWidget(flow_row(*self.format_buttons.values(), spacing=14))  # wraps at large text
        tab_reachable_radios(list(self.format_buttons.values()))

        self.file_box = QWidget()
        fb = QVBoxLayout(self.file_box)
        fb.setContentsMargins(0, 6, 0, 0)
        fb.setSpacing(8)
        self.path_edit = named(QLineEdit(), self.tr("File to save"))
        self.choose_button = button(self.tr("Choose…"), self.tr("Choose where to save"))
        self.choose_button.clicked.connect(self.choose_destination)
        path_row = QHBoxLayout()
        path_label = label(self.tr("Save to"), wrap=False)
        path_label.setBuddy(self.path_edit)
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        fb.addLayout(path_row)
        self.private_dialog = named(
            WrappingCheckBox(self.tr("Keep this file out of the system's list of recent files")),
            self.tr("Keep this file out of the system's list of recent files"),
            self.tr("Uses Companion's own file dialog instead of the system's"))
        self.private_dialog.setChecked(True)
        fb.addWidget(self.private_dialog)
        self.warning = label("", "error")
        self.warning.setAccessibleName(self.tr("About this folder"))
        self.warning.setVisible(False)
        fb.addWidget(self.warning)
        lay.addWidget(self.file_box)

        self.log_check = named(WrappingCheckBox(self.tr("Note this in my share log (kept inside the locked journal)")),
                               self.tr("Note this share in my share log"))
        self.log_check.setChecked(True)
        lay.addWidget(self.log_check)
        lay.addWidget(label(self.tr("The log keeps when and what was shared, never where the file went."), "muted"))

        self.go_button = button(self.tr("Save"), primary=True)
        self.go_button.setDefault(False)
        self.go_button.setAutoDefault(False)
        self.go_button.clicked.connect(self.start)
        self.stop_button = button(self.tr("Stop"), self.tr("Stop writing the file"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.progress.setAccessibleName(self.tr("Pages written"))
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeft)
        actions.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)
        actions.addWidget(self.progress, 1)
        lay.addSpacing(4)
        lay.addLayout(actions)
        self.result = label("", "status")
        self.result.setAccessibleName(self.tr("Result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        outer.addWidget(box)
        outer.addStretch(1)
        self.format_buttons["pdf"].setChecked(True)

    # -- format and destination ---------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return next((k for k, b in self.format_buttons.items() if b.isChecked()), "pdf")

    def set_kind(self, kind: str) -> None:
        self.format_buttons[kind].setChecked(True)

    def _on_format_toggled(self, on: bool) -> None:
        if not on:
            return
        kind = self.kind
        self.file_box.setVisible(kind != "print")
        words = {"print": self.tr("Print…"), "pdf": self.tr("Save PDF"), "md": self.tr("Save Markdown"),
                 "html": self.tr("Save HTML"), "txt": self.tr("Save text")}
        self.go_button.setText(words[kind])
        self.go_button.setAccessibleName(words[kind].rstrip("…"))
        text = self.path_edit.text().strip()
        if kind != "print":
            if text:
                path = Path(text)
                if path.suffix.lower() in (".pdf", ".md", ".html", ".txt", ".htm", ".markdown"):
                    self.path_edit.setText(str(path.with_suffix(SUFFIXES[kind])))
            else:
                self.path_edit.setText(str(default_folder() / (DEFAULT_NAME + SUFFIXES[kind])))

    def choose_destination(self) -> None:
        """Qt's own dialog by default (nothing reaches the system's recent files); non-blocking."""
        kind = self.kind
        filters = {"pdf": self.tr("PDF (*.pdf)"), "md": self.tr("Markdown (*.md)"), "html": self.tr("HTML (*.html)"),
                   "txt": self.tr("Plain text (*.txt)")}
        dialog = QFileDialog(self, self.tr("Save the share as"), self.path_edit.text().strip()
                             or str(default_folder()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(filters.get(kind, ""))
        dialog.setDefaultSuffix(SUFFIXES.get(kind, "").lstrip("."))
        if self.private_dialog.isChecked():
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.path_edit.setText)
        self.file_dialog = dialog
        dialog.open()

    def _check_destination(self) -> None:
        from companion.export.safety import synced_service

        text = self.path_edit.text().strip()
        notes = []
        if text and self.kind != "print":
            path = Path(text).expanduser()
            service = synced_service(path)
            if service:
                notes.append(self.tr("This folder looks like it is synced by %1, so the file may be copied off "
                                     "this device. Choosing a folder that is not synced keeps it here.").replace("%1", service))
            if path.is_file():
                notes.append(self.tr("A file with this name is already there; saving replaces it."))
        self.warning.setText(" ".join(notes))
        self.warning.setVisible(bool(notes))

    def check_now(self) -> None:
        self._safety_timer.stop()
        self._check_destination()

    # -- writing -----------------------------------------------------------------------------------------
    def set_document(self, prepared) -> None:
        self.prepared = prepared
        self.result.setText("")
        self.go_button.setEnabled(prepared is not None)

    @property
    def is_busy(self) -> bool:
        return self.job is not None or self._call is not None

    def start(self) -> None:
        if self.prepared is None or self.is_busy:
            return
        kind = self.kind
        if kind == "print":
            self.open_print_dialog()
            return
        text = self.path_edit.text().strip()
        if not text:
            self.result.setText(self.tr("Please choose where to save the file."))
            self.path_edit.setFocus()
            return
        from companion.export.output import check_destination

        try:
            path = check_destination(text)
        except CompanionError as error:
            self.result.setText(str(error))
            return
        self.check_now()
        self.result.setText("")
        if kind == "pdf":
            self._write_pdf(path)
        else:
            self._write_text(kind, path)

    def _set_busy(self, busy: bool, words: str = "") -> None:
        self.go_button.setEnabled(not busy and self.prepared is not None)
        self.stop_button.setVisible(busy and self.job is not None)
        self.progress.setVisible(busy and not self._motion_reduced() or (busy and self.job is not None))
        for radio in self.format_buttons.values():
            radio.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        if busy:
            self.result.setText(words)
        self.busy_changed.emit(busy)

    def _motion_reduced(self) -> bool:
        value = self._reduced_motion
        return bool(value() if callable(value) else value)

    def _write_pdf(self, path: Path) -> None:
        from companion.export.pdf import PdfExportJob

        job = PdfExportJob(self.prepared.document, path, parent=self)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(lambda result: self._on_pdf_finished(job, result))
        job.failed.connect(lambda error: self._on_failed(job, error))
        self.job = job
        self.progress.setRange(0, max(1, self.prepared.pages))
        self.progress.setValue(0)
        self._set_busy(True, self.tr("Writing the PDF…"))
        job.start()

    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setAccessibleDescription(self.tr("%1 of %2 pages").replace("%1", str(done))
                                               .replace("%2", str(total)))

    def _on_pdf_finished(self, job, result) -> None:
        if job is not self.job:
            return
        self.job = None
        self._set_busy(False)
        pages = result.pages
        extent = self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1", str(pages))
        self.result.setText(self.tr("Saved %1 to %2.").replace("%1", extent).replace("%2", str(result.path)))
        self.written.emit("pdf", str(result.path))

    def _write_text(self, kind: str, path: Path) -> None:
        from companion.export.output import write_share_text

        document = self.prepared.document
        call = PoolCall(lambda: write_share_text(document, kind, path), self)
        call.done.connect(lambda out: self._on_text_written(call, kind, out))
        call.failed.connect(lambda error: self._on_failed(call, error))
        self._call = call
        self.progress.setRange(0, 0)
        self._set_busy(True, self.tr("Writing the file…"))
        call.start()

    def _on_text_written(self, call, kind: str, out) -> None:
        if call is not self._call:
            return
        self._call = None
        call.deleteLater()
        self._set_busy(False)
        self.result.setText(self.tr("Saved to %1.").replace("%1", str(out)))
        self.written.emit(kind, str(out))

    def _on_failed(self, source, error) -> None:
        if source is not self.job and source is not self._call:
            return
        from companion.export.pdf import ExportCancelledError

        self.job = None
        self._call = None
        self._set_busy(False)
        if isinstance(error, ExportCancelledError):
            self.result.setText(self.tr("Stopped. No file was written."))
        elif isinstance(error, CompanionError):
            self.result.setText(str(error))
        elif isinstance(error, OSError):
            self.result.setText(self.tr("The file could not be written there; nothing was saved."))
        else:
            self.result.setText(self.tr("Something went wrong while writing; nothing was saved."))

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.result.setText(self.tr("Stopping…"))

    # -- printing -------------------------------------------------------------------------------------------
    def open_print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from companion.export.pdf import RESOLUTION, configure_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(RESOLUTION)
        configure_printer(printer, self.prepared.document)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        self._printer = printer  # kept alive while the dialog is open
        dialog.open()

    def print_to(self, printer) -> None:
        """Paint the pages onto `printer` on the thread pool (the print dialog's printer, or a test's)."""
        from companion.export.pdf import paint_to_printer

        if self.prepared is None or self.is_busy:
            return
        document = self.prepared.document
        self._printer = printer
        call = PoolCall(lambda: paint_to_printer(document, printer), self)
        call.done.connect(lambda pages: self._on_printed(call, pages))
        call.failed.connect(lambda error: self._on_failed(call, error))
        self._call = call
        self.progress.setRange(0, 0)
        self._set_busy(True, self.tr("Sending the pages to the printer…"))
        call.start()

    def _on_printed(self, call, pages: int) -> None:
        if call is not self._call:
            return
        self._call = None
        call.deleteLater()
        self._set_busy(False)
        self.result.setText(self.tr("Sent 1 page to the printer.") if pages == 1 else
                            self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))
        self.written.emit("print", "")

    # -- lock ------------------------------------------------------------------------------------------------
    def forget(self) -> None:
        if self.job is not None:
            self.job.cancel()  # (its file is removed by the job itself)
        self.job = None
        self._call = None
        self.prepared = None
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        for radio in self.format_buttons.values():
            radio.setEnabled(True)
        self.path_edit.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.result.setText("")
        self.warning.setText("")
        self.warning.setVisible(False)
        self.go_button.setEnabled(False)
