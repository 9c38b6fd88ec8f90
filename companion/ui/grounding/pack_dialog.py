"""Packs: look at everything a pack holds before importing it; export chosen exercises to a pack file.

A pack is only text (checked in full by the core reader before this dialog opens): nothing
in it runs, links are never followed, and an invalid file changes nothing. Importing asks
first, and a newer version of an exercise already here replaces it only then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from companion.errors import CompanionError
from companion.exercises.model import Exercise
from companion.exercises.packs import Pack
from companion.ui.grounding.models import ExerciseListModel
from companion.ui.grounding.words import tr
from companion.ui.widgets.common import button, label, named
from companion.ui.widgets.scroll_dialog import ScrollDialog


def choose_file(parent: QWidget, title: str, on_chosen: Callable[[str], None], *, save: bool = False,
                suggested: str = "") -> QFileDialog:
    """A non-blocking file dialog (Qt's own, not the platform's), calling on_chosen(path)."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setNameFilter(tr("Companion packs (*.json *.companion-pack);;All files (*)"))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        if suggested:
            dialog.selectFile(suggested)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def import_preview(pack: Pack, custom_versions: dict[str, int], shipped_ids: set[str]) -> str:
    """What importing would do, in one or two plain sentences."""
    add = sum(1 for e in pack.exercises if e.id not in shipped_ids and e.id not in custom_versions)
    update = sum(1 for e in pack.exercises if e.id in custom_versions and e.version > custom_versions[e.id])
    same = sum(1 for e in pack.exercises if e.id in custom_versions and e.version <= custom_versions[e.id])
    shipped = sum(1 for e in pack.exercises if e.id in shipped_ids)
    parts = [tr("Importing would add %1 and update %2 to a newer version.")
             .replace("%1", _count(add)).replace("%2", _count(update))]
    if same:
        parts.append(tr("%1 already here in this version or newer and would stay as it is.").replace("%1", _count(same)))
    if shipped:
        parts.append(tr("%1 the same id as one of Companion's own and would be left out.").replace("%1", _count(shipped, True)))
    if pack.prompts:
        parts.append(tr("Its %1 journal prompts would be added to your own prompts.").replace("%1", str(len(pack.prompts))))
    return " ".join(parts)


def _count(n: int, has: bool = False) -> str:
    if has:
        return tr("1 exercise has") if n == 1 else tr("%1 exercises have").replace("%1", str(n))
    if n == 1:
        return tr("1 exercise")
    return tr("%1 exercises").replace("%1", str(n))


def report_sentence(report) -> str:
    parts = []
    if report.added:
        parts.append(tr("Added %1.").replace("%1", _count(len(report.added))))
    if report.updated:
        parts.append(tr("Updated %1.").replace("%1", _count(len(report.updated))))
    if report.unchanged:
        parts.append(tr("%1 already here, left as it was.").replace("%1", _count(len(report.unchanged))))
    if report.refused:
        parts.append(tr("%1 the same id as Companion's own, left out.").replace("%1", _count(len(report.refused), True)))
    if report.prompts:
        parts.append(tr("%1 journal prompts added.").replace("%1", str(report.prompts)))
    return " ".join(parts) or tr("Nothing needed changing.")


class PackImportDialog(ScrollDialog):
    imported = Signal(object)  # PackImportReport

    def __init__(self, session, pack: Pack, file_name: str, custom_versions: dict[str, int],
                 shipped_ids: set[str], parent: QWidget | None = None):
        super().__init__(self.tr("Import a pack"), parent)
        self.session = session
        self.pack = pack
        self._shipped = set(shipped_ids)
        self.base_size = QSize(620, 560)
        self.layout_.addWidget(label(self.tr(
            "This is everything in “%1”. Nothing is added until you choose Import. A pack is only text: "
            "nothing in it can run, and its author's name is as written in the file, not checked.")
            .replace("%1", file_name)))
        self.contents = named(QPlainTextEdit(), self.tr("What the pack holds"))
        self.contents.setReadOnly(True)
        self.contents.setTabChangesFocus(True)
        self.contents.setPlainText(pack.describe(known_ids=self._shipped | set(custom_versions)))
        self.layout_.addWidget(self.contents, 1)
        self.preview = label(import_preview(pack, custom_versions, self._shipped))
        self.layout_.addWidget(self.preview)
        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.layout_.addWidget(self.message)
        self.cancel_button = button(self.tr("Not now"), self.tr("Do not import"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = button(self.tr("Import"), self.tr("Import this pack"), primary=True)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.add_buttons(self.cancel_button, self.import_button)

    def _on_import_clicked(self) -> None:
        pack, shipped = self.pack, self._shipped
        self.import_button.setEnabled(False)

        def done(report):
            self.imported.emit(report)
            self.accept()

        def failed(error):
            self.import_button.setEnabled(True)
            self.message.setText(str(error) if isinstance(error, CompanionError)
                                 else self.tr("The pack could not be imported; nothing was changed."))

        task = self.session.run(lambda v: v.exercises.import_pack(pack, shipped), done, failed, name="import pack")
        if task is None:
            failed(RuntimeError("locked"))


class PackExportDialog(ScrollDialog):
    exported = Signal(str, int)  # path, number of exercises

    def __init__(self, tasks, exercises: list[Exercise], custom_ids: set[str], preselect: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Export a pack"), parent)
        self.tasks = tasks
        self._by_id = {e.id: e for e in exercises}
        self.base_size = QSize(560, 600)
        self.layout_.addWidget(label(self.tr(
            "Choose exercises to put in a pack file you can give to others, for example a group you practise "
            "with. A pack holds only the exercises' text: nothing from your journal, and no history.")))
        self.model = ExerciseListModel(self, checkable=True)
        self.model.set_rows(exercises, (), custom_ids)
        for exercise_id in custom_ids:
            self.model.set_checked(exercise_id, True)
        if preselect:
            self.model.set_checked(preselect, True)
        self.list_view = named(QListView(), self.tr("Exercises to include"))
        self.list_view.setModel(self.model)
        self.layout_.addWidget(self.list_view, 1)
        form = QFormLayout()
        self.title_edit = named(QLineEdit(self.tr("Our grounding exercises")), self.tr("Pack title"))
        self.author_edit = named(QLineEdit(), self.tr("Made by (optional)"))
        self.author_edit.setPlaceholderText(self.tr("For example, the Tuesday group"))
        self.version_spin = named(QSpinBox(), self.tr("Pack version"))
        self.version_spin.setRange(1, 1_000_000)
        for text, widget in ((self.tr("Title"), self.title_edit), (self.tr("Made by"), self.author_edit),
                             (self.tr("Version"), self.version_spin)):
            form.addRow(label(text, buddy=widget, wrap=False), widget)
        self.layout_.addLayout(form)
        self.layout_.addWidget(label(self.tr(
            "Raise the version when you change an exercise, so people who import it again are offered the update."),
            "muted"))
        self.message = label("", "status")
        self.message.setAccessibleName(self.tr("Message"))
        self.layout_.addWidget(self.message)
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = button(self.tr("Save pack…"), self.tr("Save the pack to a file"), primary=True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.add_buttons(self.close_button, self.save_button)

    def chosen(self) -> list[Exercise]:
        return [self._by_id[i] for i in self.model.checked_ids()]

    def _on_save_clicked(self) -> None:
        if not self.chosen():
            self.message.setText(self.tr("Choose at least one exercise first."))
            return
        if not self.title_edit.text().strip():
            self.message.setText(self.tr("Please give the pack a title."))
            self.title_edit.setFocus()
            return
        name = "-".join(self.title_edit.text().lower().split())[:40] or "pack"
        choose_file(self, self.tr("Save the pack"), self.save_to, save=True, suggested=f"{name}.json")

    def save_to(self, path: str) -> None:
        """Build, check and write the pack on the worker (off the GUI thread)."""
        from companion.exercises.packs import make_pack, write_pack

        chosen = self.chosen()
        title, author, version = self.title_edit.text().strip(), self.author_edit.text().strip(), self.version_spin.value()
        target = Path(path)

        def work():
            write_pack(target, make_pack(title, author, version, chosen))
            return len(chosen)

        def done(count):
            self.message.setText(self.tr("Saved a pack with %1 to %2.").replace("%1", _count(count))
                                 .replace("%2", str(target)))
            self.exported.emit(str(target), count)

        def failed(error):
            self.message.setText(str(error) if isinstance(error, CompanionError)
                                 else self.tr("The pack could not be saved there. Another folder may work."))

        self.message.setText(self.tr("Saving…"))
        self.tasks.submit(work, on_done=done, on_error=failed, name="export pack")
