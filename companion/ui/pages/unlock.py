"""The unlock screen: a passphrase field, "use recovery code", nothing about what is inside.

Key derivation runs on the worker; the field stays focused (read-only meanwhile) and a
wrong passphrase gets one calm sentence, with the text selected so it can be retyped.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from companion.errors import CompanionError
from companion.ui.session import Session
from companion.ui.widgets.common import BusyLine, PassphraseField, button, card, centered, label, plain_text


DEVICE_CHECK_DELAY_MS = 150


class UnlockPage(QWidget):
    def __init__(self, session: Session, reduced_motion, app_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._recovery_mode = False
        frame, lay = card()
        # Fixed text only on this first screen (plain=False keeps the Qt namespace, ~40 ms of
        # Python enum building, out of the way of the first paint); messages become plain text
        # the first time one is shown.
        self.title = label(app_title, "title", plain=False)
        self.prompt = label(self.tr("Enter your passphrase to open your journal."), plain=False)
        self.field = PassphraseField(self.tr("Passphrase"))
        self.field_label = label(self.tr("Passphrase"), buddy=self.field.edit, plain=False)
        self.field.returnPressed.connect(self.submit)
        self.message = label("", "error", plain=False)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = BusyLine(reduced_motion)
        self.unlock_button = button(self.tr("Unlock"), primary=True)
        self.unlock_button.clicked.connect(self.submit)
        self.device_button = button(self.tr("Open with this device's keychain"))
        self.device_button.clicked.connect(self._on_device_clicked)
        self.mode_button = button(self.tr("Use recovery code instead"), role="link")
        self.mode_button.clicked.connect(self._on_mode_clicked)

        lay.addWidget(self.title)
        lay.addWidget(self.prompt)
        lay.addWidget(self.field_label)
        lay.addWidget(self.field)
        lay.addWidget(self.message)
        lay.addWidget(self.busy)
        row = QHBoxLayout()
        row.addWidget(self.mode_button)
        row.addStretch(1)
        row.addWidget(self.device_button)
        row.addWidget(self.unlock_button)
        lay.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(frame, 520))

        self._device_check = QTimer(self)
        self._device_check.setSingleShot(True)
        self._device_check.timeout.connect(lambda: self.session.check_device_slot(self._on_device_slot_checked))
        session.unlock_failed.connect(self._on_session_unlock_failed)
        session.unlocked.connect(self._on_session_unlocked)

    def prepare(self, message: str = "") -> None:
        """Shown afresh: empty field, focus in it, device option only when a device key exists."""
        if message:
            plain_text(self.message)
        self._set_mode(False)
        self.field.forget()
        self.field.edit.setReadOnly(False)
        self.message.setText(message)
        self.busy.stop()
        self.unlock_button.setEnabled(True)
        self.device_button.setVisible(False)  # shown once the key file (read on the worker) has a device slot
        self.device_button.setEnabled(True)
        # Not in the way of the first paint: the key file check imports the crypto stack.
        self._device_check.start(DEVICE_CHECK_DELAY_MS)
        self.field.edit.setFocus()

    def _on_device_slot_checked(self, present: bool) -> None:
        self.device_button.setVisible(present and self.session.state == "locked")

    def set_app_title(self, title: str) -> None:
        self.title.setText(title)

    def _set_mode(self, recovery: bool) -> None:
        self._recovery_mode = recovery
        self.field.forget()
        if recovery:
            self.prompt.setText(self.tr("Enter your recovery code. Dashes and spaces do not matter."))
            self.field_label.setText(self.tr("Recovery code"))
            self.field.edit.setAccessibleName(self.tr("Recovery code"))
            self.field.edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.mode_button.setText(self.tr("Use passphrase instead"))
        else:
            self.prompt.setText(self.tr("Enter your passphrase to open your journal."))
            self.field_label.setText(self.tr("Passphrase"))
            self.field.edit.setAccessibleName(self.tr("Passphrase"))
            self.field.edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.mode_button.setText(self.tr("Use recovery code instead"))
        self.field.toggle.setVisible(not recovery)
        self.mode_button.setAccessibleName(self.mode_button.text())

    def _on_mode_clicked(self) -> None:
        self._set_mode(not self._recovery_mode)
        self.message.setText("")
        self.field.edit.setFocus()

    def submit(self) -> None:
        secret = self.field.text()
        if not secret:
            self.message.setText(self.tr("Please enter your recovery code.") if self._recovery_mode
                                 else self.tr("Please enter your passphrase."))
            self.field.edit.setFocus()
            return
        if self.session.state != "locked":
            return
        self._busy(True)
        if self._recovery_mode:
            self.session.unlock(recovery_code=secret)
        else:
            self.session.unlock(passphrase=secret)

    def _on_device_clicked(self) -> None:
        if self.session.state != "locked":
            return
        self._busy(True)
        self.session.unlock(use_device=True)

    def _busy(self, busy: bool) -> None:
        self.field.edit.setReadOnly(busy)  # read-only, not disabled: the field keeps focus
        self.unlock_button.setEnabled(not busy)
        self.device_button.setEnabled(not busy)
        self.mode_button.setEnabled(not busy)
        if busy:
            self.message.setText("")
            self.busy.start(self.tr("Unlocking…"))
        else:
            self.busy.stop()

    def _on_session_unlock_failed(self, error) -> None:
        self._busy(False)
        plain_text(self.message)
        text = str(error) if isinstance(error, CompanionError) else self.tr("The journal could not be opened.")
        self.message.setText(text)
        self.field.edit.setFocus()
        self.field.edit.selectAll()

    def _on_session_unlocked(self) -> None:
        self._busy(False)
        self.field.forget()
        self.message.setText("")
