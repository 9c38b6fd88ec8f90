"""Dialogs: recently deleted, change passphrase, recovery code, restore. All non-blocking (open())."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.ui.models.entry_list import EntryListModel, Roles
from companion.ui.session import Session
from companion.ui.widgets.common import BusyLine, PassphraseField, StrengthMeter, button, label, named
from companion.ui.widgets.reflow import FlowLayout, WrappingCheckBox
from companion.ui.widgets.scroll_dialog import ScrollDialog
from companion.ui.widgets.entry_delegate import EntryDelegate
from companion.vault.core import MIN_PASSPHRASE_CHARS


def sentence(error: BaseException, fallback: str) -> str:
    return str(error) if isinstance(error, CompanionError) else fallback


class RecoveryCodeView(QWidget):
    """Shows a recovery code once, with Copy and an "I have saved it" confirmation."""

    confirmed_changed = Signal(bool)

    def __init__(self, clipboard, parent: QWidget | None = None):
        super().__init__(parent)
        self._clipboard = clipboard
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.35)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setProperty("role", "code")
        named(self.code, self.tr("Recovery code"))
        self.copy_button = button(self.tr("Copy"), self.tr("Copy recovery code"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copied = label("", "status")
        self.saved_check = named(WrappingCheckBox(self.tr("I have written it down or stored it somewhere safe")),
                                 self.tr("I have saved the recovery code"))
        self.saved_check.toggled.connect(self.confirmed_changed)
        row = FlowLayout(spacing=8)  # Copy goes below the code when both do not fit (large text)
        self.code.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.code)
        row.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.copied)
        lay.addWidget(self.saved_check)

    def show_code(self, code: str) -> None:
        self.code.setText(code)
        self.code.setAccessibleDescription(" ".join(code))
        self.saved_check.setChecked(False)
        self.copied.setText("")

    def _on_copy_clicked(self) -> None:
        self._clipboard.place(self.code.text())
        self.copied.setText(self.tr("Copied. Companion clears it from the clipboard when it locks."))

    def forget(self) -> None:
        self.code.setText("")
        self.code.setAccessibleDescription("")
        self.saved_check.setChecked(False)


class RecoveryCodeDialog(ScrollDialog):
    def __init__(self, code: str, clipboard, parent: QWidget | None = None):
        super().__init__(self.tr("Your new recovery code"), parent)
        self.layout_.addWidget(label(self.tr(
            "This code opens your journal if you forget your passphrase. It is shown only this once. "
            "Keep it somewhere only you can reach, away from this device if you can. "
            "Any earlier recovery code no longer works.")))
        self.view = RecoveryCodeView(clipboard)
        self.view.show_code(code)
        self.layout_.addWidget(self.view)
        self.done_button = button(self.tr("Done"), primary=True)
        self.done_button.setEnabled(False)
        self.view.confirmed_changed.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.add_buttons(self.done_button)

    def done(self, result: int) -> None:
        self.view.forget()
        super().done(result)


class ChangePassphraseDialog(ScrollDialog):
    def __init__(self, session: Session, reduced_motion: bool, parent: QWidget | None = None):
        super().__init__(self.tr("Change passphrase"), parent)
        self.session = session
        self.current = PassphraseField(self.tr("Current passphrase"))
        self.new = PassphraseField(self.tr("New passphrase"))
        self.repeat = PassphraseField(self.tr("New passphrase again"))
        self.meter = StrengthMeter()
        self.new.edit.textChanged.connect(self.meter.update_for)
        for text, field in ((self.tr("Current passphrase"), self.current), (self.tr("New passphrase"), self.new),
                            (self.tr("New passphrase again"), self.repeat)):
            self.layout_.addWidget(label(text, buddy=field.edit))
            self.layout_.addWidget(field)
            if field is self.new:
                self.layout_.addWidget(self.meter)
        self.layout_.addWidget(label(self.tr(
            "Your entries are not rewritten; only the lock on them changes. The recovery code "
            "and this device's keychain (if you use them) keep working."), "muted"))
        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = BusyLine(reduced_motion)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.busy)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = button(self.tr("Change passphrase"), primary=True)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.repeat.returnPressed.connect(self._on_ok_clicked)
        self.add_buttons(self.cancel_button, self.ok_button)

    def _on_ok_clicked(self) -> None:
        current, new, repeat = self.current.text(), self.new.text(), self.repeat.text()
        if len(new) < MIN_PASSPHRASE_CHARS:
            self._say(self.tr("Please choose a passphrase of at least 8 characters."), self.new)
            return
        if new != repeat:
            self._say(self.tr("The two new passphrases are not the same yet."), self.repeat)
            return

        def work(vault):
            if not vault.verify_passphrase(current):
                return False
            vault.change_passphrase(new)
            return True

        self.ok_button.setEnabled(False)
        self.busy.start(self.tr("Changing the passphrase…"))
        self.session.run(work, self._on_changed, self._on_failed, name="change passphrase")

    def _on_changed(self, changed: bool) -> None:
        self.busy.stop()
        if not changed:
            self.ok_button.setEnabled(True)
            self._say(self.tr("That is not the current passphrase."), self.current)
            return
        self.accept()

    def _on_failed(self, error) -> None:
        self.busy.stop()
        self.ok_button.setEnabled(True)
        self._say(sentence(error, self.tr("The passphrase could not be changed; nothing was changed.")), self.current)

    def _say(self, text: str, focus: PassphraseField) -> None:
        self.message.setText(text)
        focus.edit.setFocus()
        focus.edit.selectAll()

    def done(self, result: int) -> None:
        for field in (self.current, self.new, self.repeat):
            field.forget()
        super().done(result)


class RestoreDialog(ScrollDialog):
    """Choose a backup folder and the passphrase that opens it."""

    chosen = Signal(str, str)  # folder, passphrase

    def __init__(self, start_folder: str, parent: QWidget | None = None):
        super().__init__(self.tr("Restore from a backup"), parent)
        self.layout_.addWidget(label(self.tr(
            "Restoring replaces the journal you have now with the backup. The current journal is not "
            "deleted: it is kept aside in the journal folder. Companion locks, restores, then opens the backup.")))
        self.folder = named(QLineEdit(start_folder), self.tr("Backup folder"))
        self.browse = button(self.tr("Choose…"), self.tr("Choose backup folder"))
        self.browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.layout_.addWidget(label(self.tr("Backup folder"), buddy=self.folder))
        self.layout_.addLayout(row)
        self.passphrase = PassphraseField(self.tr("Passphrase of the backup"))
        self.layout_.addWidget(label(self.tr("Passphrase that opens the backup"), buddy=self.passphrase.edit))
        self.layout_.addWidget(self.passphrase)
        self.message = label("", "error")
        self.layout_.addWidget(self.message)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button = button(self.tr("Restore"), primary=True)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.add_buttons(cancel, self.ok_button)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _on_ok_clicked(self) -> None:
        folder = self.folder.text().strip()
        if not folder or not (Path(folder) / "vault.key").exists():
            self.message.setText(self.tr("That folder does not hold a Companion backup (vault.db and vault.key)."))
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Please enter the passphrase that opens the backup."))
            self.passphrase.edit.setFocus()
            return
        self.chosen.emit(folder, self.passphrase.text())
        self.accept()

    def done(self, result: int) -> None:
        self.passphrase.forget()
        super().done(result)


class RecentlyDeletedDialog(ScrollDialog):
    restored = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(self.tr("Recently deleted"), parent)
        self.session = session
        self.base_size = QSize(520, 460)
        days = int(session.setting("journal.deleted_days", 30))
        self.layout_.addWidget(label(self.tr(
            "Deleted entries wait here for %1 days, then are removed for good. "
            "You can bring one back, or remove it now.").replace("%1", str(days))))
        self.model = EntryListModel(self._fetch, self, page_size=200, group_by_day=False)
        self.view = named(QListView(), self.tr("Deleted entries"))
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setModel(self.model)
        self.layout_.addWidget(self.view, 1)
        self.message = label("", "status")
        self.layout_.addWidget(self.message)
        self.restore_button = button(self.tr("Restore"), self.tr("Restore selected entry"), primary=True)
        self.purge_button = button(self.tr("Delete for good"), self.tr("Delete selected entry for good"))
        close = button(self.tr("Close"))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.purge_button.clicked.connect(self._on_purge_clicked)
        close.clicked.connect(self.reject)
        self.add_buttons(close, self.restore_button, start=(self.purge_button,))
        self.model.reload()

    def _fetch(self, after, limit, deliver) -> None:
        if after is not None:
            deliver([])
            return
        self.session.run(lambda v: v.entries.deleted(limit), deliver, name="recently deleted")

    def _selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Roles.Id) if index.isValid() else None

    def _on_restore_clicked(self) -> None:
        entry_id = self._selected_id()
        if entry_id is None:
            self.message.setText(self.tr("Choose an entry first."))
            return

        def done(_):
            self.model.remove(entry_id)
            self.message.setText(self.tr("Restored. It is back in your journal."))
            self.restored.emit(entry_id)

        self.session.run(lambda v: v.entries.restore(entry_id), done, name="restore entry")

    def _on_purge_clicked(self) -> None:
        entry_id = self._selected_id()
        if entry_id is None:
            self.message.setText(self.tr("Choose an entry first."))
            return
        if self.purge_button.property("confirm") != entry_id:
            self.purge_button.setProperty("confirm", entry_id)
            self.message.setText(self.tr("Press “Delete for good” again to remove it permanently."))
            return

        def done(_):
            self.model.remove(entry_id)
            self.message.setText(self.tr("Removed for good."))

        self.purge_button.setProperty("confirm", None)
        self.session.run(lambda v: v.entries.purge(entry_id), done, name="purge entry")
