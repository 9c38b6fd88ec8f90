"""Settings → "Your data": the whole journal out (unencrypted, behind a clear warning) and other
journals in (jrnl, Day One, a Markdown folder, Companion's JSON), all or nothing.

An export needs an explicit tick first ("I understand this copy is not encrypted"), and
the tick is cleared after every export, so each one is a fresh decision. An import runs in
one transaction: if the source is damaged, one sentence says so and nothing is added.
Afterwards a short report says how many entries came in and what was skipped, and why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QListView,
    QWidget,
)

from companion.errors import CompanionError
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, field_row, fill_with, form_layout, hbox, label, named
from companion.ui.widgets.reflow import WrappingCheckBox

EXPORT_KINDS = ("json", "markdown-folder")
IMPORT_KINDS = ("jrnl", "dayone", "markdown", "json")


class YourDataSection(QWidget):
    """A Settings section. `imported` carries the ImportReport after a successful import."""

    exported = Signal(str)  # the path written
    imported = Signal(object)  # importers.report.ImportReport

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._busy = False
        from PySide6.QtCore import QStringListModel

        self.skipped = QStringListModel(self)
        self._build()
        self._safety_timer = QTimer(self)
        self._safety_timer.setSingleShot(True)
        self._safety_timer.setInterval(250)
        self._safety_timer.timeout.connect(self._check_export_folder)
        self.export_path.textChanged.connect(lambda _t: self._safety_timer.start())
        session.locked.connect(lambda _r: self.forget())

    def _build(self) -> None:
        frame, lay = card(18)
        lay.addWidget(label(self.tr("Your data"), "heading"))
        lay.addWidget(label(self.tr("Your journal is yours: take all of it elsewhere, or bring in the journal you "
                                    "kept before."), "muted"))

        # -- export everything ------------------------------------------------------------------------
        lay.addWidget(label(self.tr("Export everything"), "heading"))
        self.export_warning = label(self.tr(
            "This makes a copy of every entry that is NOT encrypted. Anyone who can open the file or folder can "
            "read all of it, and a synced folder may copy it off this device. Keep it somewhere only you can "
            "reach, and delete it when you no longer need it."))
        self.export_warning.setProperty("role", "error")
        lay.addWidget(self.export_warning)
        form = form_layout()
        self.export_kind = named(QComboBox(), self.tr("Export format"))
        self.export_kind.addItem(self.tr("One JSON file (Companion can read it back)"), "json")
        self.export_kind.addItem(self.tr("A folder of Markdown files, one per entry"), "markdown-folder")
        self.export_kind.currentIndexChanged.connect(self._on_export_kind_changed)
        form.addRow(label(self.tr("Format"), wrap=False, buddy=self.export_kind), self.export_kind)
        self.export_path = named(QLineEdit(), self.tr("Where to write the export"))
        self.export_choose = button(self.tr("Choose…"), self.tr("Choose where to write the export"))
        self.export_choose.clicked.connect(self._choose_export_path)
        form.addRow(label(self.tr("Save to"), wrap=False, buddy=self.export_path),
                    field_row(self.export_path, self.export_choose))
        lay.addLayout(form)
        self.private_dialog = named(WrappingCheckBox(self.tr("Keep it out of the system's list of recent files")),
                                    self.tr("Keep the export out of the system's list of recent files"),
                                    self.tr("Uses Companion's own file dialog instead of the system's"))
        self.private_dialog.setChecked(True)
        lay.addWidget(self.private_dialog)
        self.export_folder_note = label("", "error")
        self.export_folder_note.setVisible(False)
        lay.addWidget(self.export_folder_note)
        self.confirm = named(WrappingCheckBox(self.tr("I understand this copy is not encrypted")),
                             self.tr("I understand this copy is not encrypted"))
        self.confirm.toggled.connect(self._update_export_button)
        lay.addWidget(self.confirm)
        self.export_button = button(self.tr("Export everything, unencrypted"))
        self.export_button.clicked.connect(self.export_all)
        lay.addLayout(hbox(self.export_button))
        self.export_message = label("", "status")
        self.export_message.setAccessibleName(self.tr("Export: result"))
        lay.addWidget(self.export_message)

        # -- import -------------------------------------------------------------------------------------------
        lay.addSpacing(6)
        lay.addWidget(label(self.tr("Bring in another journal"), "heading"))
        lay.addWidget(label(self.tr(
            "Everything comes in, or nothing does: a damaged file changes nothing. Entries already in your "
            "journal are skipped."), "muted"))
        form2 = form_layout()
        self.import_kind = named(QComboBox(), self.tr("Import from"))
        for kind, text in (("jrnl", self.tr("jrnl (its text journal, or its JSON export)")),
                           ("dayone", self.tr("Day One (its JSON export, zip or .json)")),
                           ("markdown", self.tr("A folder of Markdown files")),
                           ("json", self.tr("A Companion JSON export"))):
            self.import_kind.addItem(text, kind)
        self.import_kind.currentIndexChanged.connect(lambda _i: self._update_import_button())
        form2.addRow(label(self.tr("From"), wrap=False, buddy=self.import_kind), self.import_kind)
        self.import_path = named(QLineEdit(), self.tr("File or folder to import"))
        self.import_path.textChanged.connect(lambda _t: self._update_import_button())
        self.import_choose = button(self.tr("Choose…"), self.tr("Choose what to import"))
        self.import_choose.clicked.connect(self._choose_import_path)
        form2.addRow(label(self.tr("File"), wrap=False, buddy=self.import_path),
                     field_row(self.import_path, self.import_choose))
        lay.addLayout(form2)
        self.import_button = button(self.tr("Import"), self.tr("Import into my journal"))
        self.import_button.clicked.connect(self.import_now)
        lay.addLayout(hbox(self.import_button))
        self.import_message = label("", "status")
        self.import_message.setAccessibleName(self.tr("Import: result"))
        lay.addWidget(self.import_message)
        self.skipped_view = named(QListView(), self.tr("What was not imported, and why"))
        self.skipped_view.setModel(self.skipped)
        self.skipped_view.setMaximumHeight(110)
        self.skipped_view.setVisible(False)
        lay.addWidget(self.skipped_view)

        fill_with(self, frame)
        self._on_export_kind_changed()
        self._update_import_button()

    # -- export ----------------------------------------------------------------------------------------------
    def _default_export_path(self) -> Path:
        from companion.ui.share.output_step import default_folder

        name = "journal-export.json" if self.export_kind.currentData() == "json" else "journal-export"
        return default_folder() / name

    def _on_export_kind_changed(self, *_args) -> None:
        text = self.export_path.text().strip()
        default_names = {"journal-export.json", "journal-export"}
        if not text or Path(text).name in default_names:
            self.export_path.setText(str(self._default_export_path()))
        self._update_export_button()

    def _update_export_button(self, *_args) -> None:
        self.export_button.setEnabled(self.confirm.isChecked() and not self._busy)

    def _dialog(self, title: str, start: str) -> QFileDialog:
        dialog = QFileDialog(self, title, start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.private_dialog.isChecked():
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.file_dialog = dialog
        return dialog

    def _choose_export_path(self) -> None:
        dialog = self._dialog(self.tr("Export everything to"), self.export_path.text().strip())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if self.export_kind.currentData() == "json":
            dialog.setNameFilter(self.tr("JSON (*.json)"))
            dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(self.export_path.setText)
        dialog.open()

    def _check_export_folder(self) -> None:
        from companion.export.safety import synced_service

        text = self.export_path.text().strip()
        service = synced_service(Path(text).expanduser()) if text else None
        self.export_folder_note.setText(self.tr(
            "This folder looks like it is synced by %1, so the unencrypted copy may be copied off this device."
        ).replace("%1", service) if service else "")
        self.export_folder_note.setVisible(bool(service))

    def export_all(self) -> None:
        if not self.confirm.isChecked():
            self.export_message.setText(self.tr("Please tick “I understand this copy is not encrypted” first."))
            return
        text = self.export_path.text().strip()
        if not text:
            self.export_message.setText(self.tr("Please choose where to write the export."))
            return
        from companion.export.output import write_full_export

        kind = self.export_kind.currentData()
        path = Path(text).expanduser()
        self._check_export_folder()
        self._set_busy(True)
        self.export_message.setText(self.tr("Writing the export…"))

        def done(result):
            out, count = result
            self._set_busy(False)
            self.confirm.setChecked(False)  # each export is its own decision
            self.export_message.setText(self.tr("Wrote %1 entries, unencrypted, to %2. Keep it somewhere safe.")
                                        .replace("%1", str(count)).replace("%2", str(out)))
            self.exported.emit(str(out))

        def failed(error):
            self._set_busy(False)
            self.export_message.setText(str(error) if isinstance(error, CompanionError)
                                        else self.tr("The export could not be written; nothing was saved."))

        task = self.session.run(lambda v: write_full_export(v, kind, path), done, failed, name="export everything")
        if task is None:
            self._set_busy(False)

    # -- import ---------------------------------------------------------------------------------------------------
    def _update_import_button(self) -> None:
        self.import_button.setEnabled(bool(self.import_path.text().strip()) and not self._busy)

    def _choose_import_path(self) -> None:
        kind = self.import_kind.currentData()
        dialog = self._dialog(self.tr("Choose what to import"), self.import_path.text().strip() or str(Path.home()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        if kind == "markdown":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_path.setText)
        dialog.open()

    def import_now(self) -> None:
        text = self.import_path.text().strip()
        if not text:
            return
        from companion.importers import import_path

        kind = self.import_kind.currentData()
        path = Path(text).expanduser()
        self._set_busy(True)
        self.skipped.setStringList([])
        self.skipped_view.setVisible(False)
        self.import_message.setText(self.tr("Importing…"))

        def done(report):
            self._set_busy(False)
            self.import_message.setText(self.describe(report))
            self.skipped.setStringList(list(report.skipped))
            self.skipped_view.setVisible(bool(report.skipped))
            self.imported.emit(report)
            self._reload_journal()

        def failed(error):
            self._set_busy(False)
            self.import_message.setText(str(error) if isinstance(error, CompanionError)
                                        else self.tr("That could not be imported; nothing was added."))

        task = self.session.run(lambda v: import_path(v.entries, kind, path), done, failed, name="import")
        if task is None:
            self._set_busy(False)

    def describe(self, report) -> str:
        imported = (self.tr("Imported 1 entry.") if report.imported == 1
                    else self.tr("Imported %1 entries.").replace("%1", str(report.imported)))
        parts = [imported]
        if report.duplicates:
            parts.append(self.tr("1 was already in your journal and was skipped.") if report.duplicates == 1
                         else self.tr("%1 were already in your journal and were skipped.")
                         .replace("%1", str(report.duplicates)))
        if report.skipped:
            parts.append(self.tr("Some things were not imported; they are listed below."))
        return " ".join(parts)

    def _reload_journal(self) -> None:
        # The journal list shows the new entries at once (the window owns the Journal page).
        journal = getattr(self.window(), "journal", None)
        model = getattr(journal, "list_model", None)
        if model is not None and self.session.is_open:
            model.reload()

    # -- state ------------------------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_export_button()
        self._update_import_button()
        for widget in (self.export_kind, self.export_path, self.export_choose, self.import_kind, self.import_path,
                       self.import_choose):
            widget.setEnabled(not busy)

    def forget(self) -> None:
        self._busy = False
        self.confirm.setChecked(False)
        for edit in (self.import_path,):
            edit.setText("")
        self.export_path.setText("")
        self._on_export_kind_changed()
        for lab in (self.export_message, self.import_message, self.export_folder_note):
            lab.setText("")
        self.export_folder_note.setVisible(False)
        self.skipped.setStringList([])
        self.skipped_view.setVisible(False)
        self._set_busy(False)
