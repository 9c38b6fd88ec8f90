"""First run, in a few calm steps: what Companion does and cannot do, a passphrase,
an optional recovery code, and (only where a keychain works) "remember on this device".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from companion.security import device
from companion.ui.dialogs import RecoveryCodeView, sentence
from companion.ui.session import Session
from companion.ui.widgets.common import BusyLine, PassphraseField, StrengthMeter, button, card, centered, label
from companion.vault.core import MIN_PASSPHRASE_CHARS


class FirstRunPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session, clipboard, reduced_motion: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._clipboard = clipboard
        self._keychain_reason: str | None = "unknown"
        frame, self._card = card()
        self.step_label = label("", "muted")
        self._card.addWidget(self.step_label)
        self.steps = QStackedWidget()
        self._card.addWidget(self.steps)
        self.busy = BusyLine(reduced_motion)
        self._card.addWidget(self.busy)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(centered(frame, 620))

        self.welcome = self._welcome_step()
        self.passphrase = self._passphrase_step()
        self.recovery = self._recovery_step()
        self.device_step = self._device_step()
        self.done_step = self._done_step()
        for step in (self.welcome, self.passphrase, self.recovery, self.device_step, self.done_step):
            self.steps.addWidget(step)
        self.show_step(self.welcome)

    # -- steps -----------------------------------------------------------------------
    def _step(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        heading = label(title, "title")
        heading.setAccessibleName(title)
        lay.addWidget(heading)
        return w, lay

    @staticmethod
    def _buttons(lay: QVBoxLayout, *buttons) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        lay.addStretch(1)  # steps share one card size; spare room sits above the buttons
        lay.addSpacing(6)
        lay.addLayout(row)

    def _welcome_step(self) -> QWidget:
        w, lay = self._step(self.tr("Welcome"))
        lay.addWidget(label(self.tr(
            "Companion is a private place to write and to steady yourself. Everything stays on this "
            "device, locked with a passphrase that only you know. There is no account, and nothing is "
            "ever sent anywhere.")))
        lay.addWidget(label(self.tr("What it protects"), "heading"))
        lay.addWidget(label(self.tr(
            "Without your passphrase, nobody who opens, copies or takes the journal files can read them. "
            "It locks itself when you step away, and Quick exit (the button at the top, or Shift pressed "
            "three times) hides it at once.")))
        lay.addWidget(label(self.tr("What it cannot protect against"), "heading"))
        lay.addWidget(label(self.tr(
            "Someone watching you type or looking at the screen while the journal is open; software on "
            "this device that records keys or the screen; or someone who knows your passphrase or makes "
            "you tell it. If you think this device may be watched, a device they cannot reach is safer.")))
        self.welcome_next = button(self.tr("Continue"), primary=True)
        self.welcome_next.clicked.connect(lambda: self.show_step(self.passphrase))
        self._buttons(lay, self.welcome_next)
        return w

    def _passphrase_step(self) -> QWidget:
        w, lay = self._step(self.tr("Choose a passphrase"))
        lay.addWidget(label(self.tr(
            "It locks your journal. Nobody else can reset it for you, so pick something you will remember: "
            "a few unrelated words work well. The next step offers a recovery code, just in case.")))
        self.pass1 = PassphraseField(self.tr("New passphrase"))
        self.pass2 = PassphraseField(self.tr("New passphrase again"))
        self.meter = StrengthMeter()
        self.match = label("", "status")
        self.pass1.edit.textChanged.connect(self._on_passphrase_changed)
        self.pass2.edit.textChanged.connect(self._on_passphrase_changed)
        self.pass2.returnPressed.connect(self._on_create_clicked)
        lay.addWidget(label(self.tr("Passphrase"), buddy=self.pass1.edit))
        lay.addWidget(self.pass1)
        lay.addWidget(self.meter)
        lay.addWidget(label(self.tr("The same passphrase again"), buddy=self.pass2.edit))
        lay.addWidget(self.pass2)
        lay.addWidget(self.match)
        self.create_error = label("", "error")
        lay.addWidget(self.create_error)
        self.pass_back = button(self.tr("Back"))
        self.pass_back.clicked.connect(lambda: self.show_step(self.welcome))
        self.create_button = button(self.tr("Create my journal"), primary=True)
        self.create_button.clicked.connect(self._on_create_clicked)
        self._buttons(lay, self.pass_back, self.create_button)
        return w

    def _recovery_step(self) -> QWidget:
        w, lay = self._step(self.tr("A recovery code, if you want one"))
        lay.addWidget(label(self.tr(
            "A recovery code opens your journal if you ever forget the passphrase. It is shown once. "
            "Keep it somewhere only you can reach. You can also skip this and make one later in Settings.")))
        self.code_view = RecoveryCodeView(self._clipboard)
        self.code_view.setVisible(False)
        lay.addWidget(self.code_view)
        self.recovery_error = label("", "error")
        lay.addWidget(self.recovery_error)
        self.skip_code = button(self.tr("Skip for now"))
        self.skip_code.clicked.connect(self._after_recovery)
        self.make_code = button(self.tr("Create a recovery code"), primary=True)
        self.make_code.clicked.connect(self._on_make_code_clicked)
        self.code_next = button(self.tr("Continue"), primary=True)
        self.code_next.setVisible(False)
        self.code_next.setEnabled(False)
        self.code_next.clicked.connect(self._after_recovery)
        self.code_view.confirmed_changed.connect(self.code_next.setEnabled)
        self._buttons(lay, self.skip_code, self.make_code, self.code_next)
        return w

    def _device_step(self) -> QWidget:
        w, lay = self._step(self.tr("Open without the passphrase on this device?"))
        lay.addWidget(label(self.tr(
            "If you choose this, this device's keychain keeps a key, and Companion opens without asking "
            "for your passphrase while you are signed in to this computer. That also means anyone who "
            "can use your signed-in account could open the journal. Your passphrase keeps working either way.")))
        self.device_error = label("", "error")
        lay.addWidget(self.device_error)
        self.device_no = button(self.tr("Not now"), primary=True)
        self.device_no.clicked.connect(lambda: self.show_step(self.done_step))
        self.device_yes = button(self.tr("Remember on this device"))
        self.device_yes.clicked.connect(self._on_device_yes_clicked)
        self._buttons(lay, self.device_yes, self.device_no)
        return w

    def _done_step(self) -> QWidget:
        w, lay = self._step(self.tr("Your journal is ready"))
        lay.addWidget(label(self.tr(
            "Write as much or as little as you like; every word is saved as you type. "
            "Ctrl+L locks the journal. Shift pressed three times, or the Quick exit button, hides "
            "Companion immediately.")))
        self.start_button = button(self.tr("Start writing"), primary=True)
        self.start_button.clicked.connect(self._on_start_clicked)
        self._buttons(lay, self.start_button)
        return w

    # -- flow --------------------------------------------------------------------------
    def show_step(self, step: QWidget) -> None:
        self.steps.setCurrentWidget(step)
        total = 5 if self._keychain_reason is None else 4
        order = [self.welcome, self.passphrase, self.recovery, self.device_step, self.done_step]
        index = order.index(step) + 1
        if step is self.done_step:
            index = total
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(index)).replace("%2", str(total)))
        focus = {
            self.welcome: self.welcome_next, self.passphrase: self.pass1.edit, self.recovery: self.make_code,
            self.device_step: self.device_no, self.done_step: self.start_button,
        }[step]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_passphrase_changed(self) -> None:
        level = self.meter.update_for(self.pass1.text())
        if self.pass2.text():
            same = self.pass1.text() == self.pass2.text()
            self.match.setText(self.tr("They match.") if same else self.tr("They are not the same yet."))
        else:
            self.match.setText("")
        self.create_error.setText("")
        return level

    def _on_create_clicked(self) -> None:
        p1, p2 = self.pass1.text(), self.pass2.text()
        if len(p1) < MIN_PASSPHRASE_CHARS:
            self.create_error.setText(self.tr("Please choose a passphrase of at least 8 characters."))
            self.pass1.edit.setFocus()
            return
        if p1 != p2:
            self.create_error.setText(self.tr("The two passphrases are not the same yet."))
            self.pass2.edit.setFocus()
            return
        self._set_busy(True, self.tr("Setting up your journal… this takes a moment."))
        self.session.create(p1, self._on_created, self._on_create_failed)

    def _on_created(self) -> None:
        self._set_busy(False)
        self.pass1.forget()
        self.pass2.forget()
        # Ask the keychain off the GUI thread: some keychains answer slowly.
        self.session.tasks.submit(device.availability, on_done=self._on_keychain_checked,
                                  on_error=lambda _e: self._on_keychain_checked("unavailable"), name="keychain")
        self.show_step(self.recovery)

    def _on_keychain_checked(self, reason: str | None) -> None:
        self._keychain_reason = reason
        if self.steps.currentWidget() is self.recovery:
            self.show_step(self.recovery)  # refresh "Step n of N"

    def _on_create_failed(self, error) -> None:
        self._set_busy(False)
        self.create_error.setText(sentence(error, self.tr("The journal could not be created.")))
        self.pass1.edit.setFocus()

    def _on_make_code_clicked(self) -> None:
        self._set_busy(True, self.tr("Making a recovery code…"))

        def done(code: str) -> None:
            self._set_busy(False)
            self.code_view.show_code(code)
            self.code_view.setVisible(True)
            self.make_code.setVisible(False)
            self.skip_code.setVisible(False)
            self.code_next.setVisible(True)
            self.code_view.saved_check.setFocus()

        def failed(error) -> None:
            self._set_busy(False)
            self.recovery_error.setText(sentence(error, self.tr("A recovery code could not be made.")))

        self.session.run(lambda v: v.create_recovery_code(), done, failed, name="recovery code")

    def _after_recovery(self) -> None:
        self.code_view.forget()
        if self._keychain_reason is None:
            self.show_step(self.device_step)
        else:
            self.show_step(self.done_step)

    def _on_device_yes_clicked(self) -> None:
        self._set_busy(True, self.tr("Asking the keychain…"))

        def done(_):
            self._set_busy(False)
            self.session.info.remembered_on_device = True
            self.show_step(self.done_step)

        def failed(error):
            self._set_busy(False)
            self.device_error.setText(sentence(error, self.tr("The keychain did not accept the key.")))

        self.session.run(lambda v: v.remember_on_device(), done, failed, name="remember device")

    def _on_start_clicked(self) -> None:
        self.finished.emit()
        self.session.finish_setup()

    def _set_busy(self, busy: bool, words: str = "") -> None:
        for b in (self.create_button, self.pass_back, self.make_code, self.skip_code, self.device_yes,
                  self.device_no):
            b.setEnabled(not busy)
        if busy:
            self.busy.start(words)
        else:
            self.busy.stop()

    def reset(self) -> None:
        """Back to the start (after a quick exit during setup, say)."""
        self.pass1.forget()
        self.pass2.forget()
        self.code_view.forget()
        self.code_view.setVisible(False)
        self.make_code.setVisible(True)
        self.skip_code.setVisible(True)
        self.code_next.setVisible(False)
        for lab in (self.create_error, self.recovery_error, self.device_error, self.match):
            lab.setText("")
        self._set_busy(False)
        self.show_step(self.welcome)
