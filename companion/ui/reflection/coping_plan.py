"""My coping plan (safety-plan style): five short lists, saved as the person types, printable as one page.

One item per line. The plan autosaves a moment after typing stops and on lock; it prints
through companion.export.pdf (see plan_print.py): a preview dialog, the system print
dialog (which also offers "print to file"), nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QPlainTextEdit, QVBoxLayout, QWidget

from companion.errors import CompanionError
from companion.reflection.records import MAX_PLAN_ITEM_LEN, PLAN_SECTIONS, CopingPlan
from companion.ui.reflection.plan_print import fitting_document, prepare_printer, print_plan, section_title
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, fill_with, hbox, label, named
from companion.ui.widgets.reflow import scroll_area

AUTOSAVE_MS = 900
HINTS = {
    "warning_signs": "e.g. not sleeping, skipping meals, going quiet",
    "self_help": "e.g. cold water on my face, the 5-4-3-2-1 exercise, a walk",
    "people_and_places": "e.g. Sam (text first), the library, my sister's kitchen",
    "professionals": "e.g. my counsellor, Tuesdays; my doctor's surgery",
    "crisis_lines": "e.g. a support line I've checked for where I live",
}


class CopingPlanWidget(QWidget):
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._dirty = False
        self._loading = False
        self._loaded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        frame, lay = card(18)
        heading = label(self.tr("My coping plan"), "heading")
        self.preview_button = button(self.tr("Print preview…"), self.tr("Print preview of the coping plan"))
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button = button(self.tr("Print…"), self.tr("Print the coping plan"))
        self.print_button.clicked.connect(self.open_print_dialog)
        lay.addLayout(hbox(heading, self.preview_button, self.print_button, grow=heading))
        lay.addWidget(label(self.tr(
            "A plan for harder moments, made while things are calmer. One item per line; any part can stay "
            "empty. It saves as you type and prints on one page."), "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.edits: dict[str, QPlainTextEdit] = {}
        for i, (name, _english) in enumerate(PLAN_SECTIONS):
            title = section_title(name)
            edit = named(QPlainTextEdit(), title, self.tr("One item per line"))
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr(HINTS[name]))
            edit.setFixedHeight(104)
            edit.textChanged.connect(self._on_changed)
            self.edits[name] = edit
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(label(title, buddy=edit))
            cell.addWidget(edit)
            if name == "crisis_lines":
                cell.addWidget(label(self.tr("The Support lines tab can add a line here for you."), "muted"))
            grid.addLayout(cell, i // 2, i % 2)
        lay.addLayout(grid)
        self.status = label("", "status")
        self.status.setAccessibleName(self.tr("Coping plan status"))
        lay.addWidget(self.status)
        lay.addWidget(label(self.tr("If you are in danger right now, please call your local emergency number."),
                            "muted"))

        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(4, 8, 12, 12)
        col.addWidget(frame)
        col.addStretch(1)
        fill_with(self, scroll_area(inner))
        session.about_to_lock.connect(self.save_now)

    # -- data ----------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        if self._dirty:
            return  # never overwrite what the person is typing

        def done(plan: CopingPlan):
            if not self._dirty:
                self._fill(plan)
                self._loaded = True

        self.session.run(lambda v: v.coping_plan.get(), done, self._show_error, name="coping plan")

    def _fill(self, plan: CopingPlan) -> None:
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.setPlainText("\n".join(getattr(plan, name)))
                edit.document().clearUndoRedoStacks()
        finally:
            self._loading = False

    def plan(self) -> CopingPlan:
        """The plan as typed (raises InvalidInputError with one sentence if a list is too long)."""
        values = {}
        for name, edit in self.edits.items():
            values[name] = tuple(line.strip()[:MAX_PLAN_ITEM_LEN] for line in edit.toPlainText().splitlines()
                                 if line.strip())
        return CopingPlan(**values)

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(self.tr("Not saved yet"))
        self._timer.start()

    def save_now(self) -> bool:
        self._timer.stop()
        if not self._dirty or not self.session.is_open:
            return False
        try:
            plan = self.plan()
        except CompanionError as error:
            self.status.setText(str(error))
            return False
        self._dirty = False
        self.status.setText(self.tr("Saving…"))

        def done(_r):
            if not self._dirty:
                self.status.setText(self.tr("Saved"))
            self.saved.emit()

        def failed(error):
            self._dirty = True
            self._show_error(error)

        self.session.run(lambda v: v.coping_plan.save(plan), done, failed, name="save coping plan")
        return True

    def add_line(self, section: str, text: str) -> None:
        """Append one item (e.g. a support line from the directory) and save."""
        edit = self.edits[section]
        existing = edit.toPlainText().rstrip("\n")
        edit.setPlainText(f"{existing}\n{text}" if existing else text)
        self._on_changed()
        self.save_now()

    # -- printing ------------------------------------------------------------------------------
    @staticmethod
    def _fit(plan: CopingPlan, printer):
        """The plan's document, sized to fit `printer` (whose page is set up for it)."""
        document = fitting_document(plan)
        prepare_printer(printer, document)
        return document

    def print_to(self, printer) -> int:
        """Paint the plan onto a QPrinter (tests, and the dialogs below). Returns pages printed."""
        plan = self.plan()
        return print_plan(plan, printer, self._fit(plan, printer))

    def _new_printer(self):
        from PySide6.QtPrintSupport import QPrinter

        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def _print_setup(self, make_dialog, accessible: str):
        """What both print dialogs start from: the plan as typed, a new printer, the document fitted
        to it, and `make_dialog(printer, self)` named `accessible`, deleted on close and keeping the
        printer alive. None (with the reason in the status line) when the plan cannot be read."""
        try:
            plan = self.plan()
        except CompanionError as error:
            self.status.setText(str(error))
            return None
        printer = self._new_printer()
        document = self._fit(plan, printer)
        dialog = make_dialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAccessibleName(accessible)
        dialog._printer = printer  # (kept alive with the dialog)
        return plan, printer, document, dialog

    def open_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        setup = self._print_setup(QPrintPreviewDialog, self.tr("Print preview"))
        if setup is None:
            return
        plan, _printer, document, dialog = setup
        dialog.setWindowTitle(self.tr("Print preview: my coping plan"))
        dialog.paintRequested.connect(lambda p: print_plan(plan, p, document))
        self.preview_dialog = dialog
        dialog.open()

    def open_print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        setup = self._print_setup(QPrintDialog, self.tr("Print the coping plan"))
        if setup is None:
            return
        plan, printer, document, dialog = setup

        def accepted():
            try:
                print_plan(plan, printer, document)
                self.status.setText(self.tr("Sent to the printer."))
            except CompanionError as error:
                self.status.setText(str(error))

        dialog.accepted.connect(accepted)
        QDialog.open(dialog)  # QPrintDialog.open is the (receiver, member) overload in PySide6

    def _show_error(self, error: BaseException) -> None:
        self.status.setText(str(error) if isinstance(error, CompanionError) else self.tr("That did not work."))

    def forget(self) -> None:
        self._timer.stop()
        self._dirty = False
        self._loaded = False
        self._fill(CopingPlan())
        self.status.setText("")
        dialog = getattr(self, "preview_dialog", None)
        if dialog is not None:
            try:
                dialog.reject()
            except RuntimeError:
                pass
            self.preview_dialog = None
