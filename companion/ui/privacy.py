"""Settings → "Privacy": what Companion protects and what it cannot, in short words, and
"Delete everything" behind a deliberate confirmation (the passphrase and a typed phrase).

The long version is docs/security.md; the two must say the same thing.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from companion.paths import AppPaths
from companion.ui.session import Session
from companion.ui.widgets.common import button, card, label, named

ERASE_PHRASE = "delete everything"


class PrivacySection(QWidget):
    def __init__(self, session: Session, quit_fn: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._quit = quit_fn
        frame, lay = card(18)
        lay.addWidget(label(self.tr("Privacy"), "heading"))
        lay.addWidget(label(self.tr(
            "Everything you write here is encrypted on this computer and never sent anywhere: Companion "
            "does not use the internet at all. Without your passphrase (or recovery code), your journal, "
            "its backups and its search index cannot be read.")))
        lay.addWidget(label(self.tr(
            "What it cannot protect against: someone using this computer while Companion is unlocked, "
            "spyware or a keylogger, someone who makes you unlock it, and files you export or print. "
            "With \u201cremember on this device\u201d on, anyone who can use your computer account can open it. "
            "Someone looking at this computer can still see that Companion is installed."), "muted"))
        lay.addWidget(label(self.tr("Delete everything"), "heading"))
        lay.addWidget(label(self.tr(
            "This erases the journal, its backups, its settings and logs, and the keychain item, then closes "
            "Companion. It cannot be undone. Copies made outside Companion (exports, your own backups, "
            "cloud sync) are not reached. On SSDs some old blocks can linger, but without the erased key "
            "file they cannot be read."), "muted"))
        self.passphrase = named(QLineEdit(), self.tr("Your passphrase, to confirm"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.phrase = named(QLineEdit(), self.tr("Type: delete everything"))
        self.phrase.setPlaceholderText(self.tr("Type: delete everything"))
        self.erase_button = button(self.tr("Delete everything\u2026"), self.tr("Delete everything"))
        self.erase_button.clicked.connect(self.erase)
        self.message = label("", "status")
        for widget in (self.passphrase, self.phrase, self.erase_button, self.message):
            lay.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        session.locked.connect(lambda _reason: self._forget())

    def _forget(self) -> None:
        self.passphrase.setText("")
        self.phrase.setText("")
        self.message.setText("")

    def erase(self) -> None:
        typed = self.phrase.text().strip().lower()
        if typed not in (ERASE_PHRASE, self.tr("delete everything").lower()):
            self.message.setText(self.tr("Nothing was deleted. To erase everything, type: delete everything"))
            return
        passphrase = self.passphrase.text()
        self.passphrase.setText("")

        def check(vault) -> bool:
            return vault.verify_passphrase(passphrase)

        self.session.run(check, self._on_checked, on_error=lambda e: self.message.setText(str(e)),
                         name="confirm erase")

    def _on_checked(self, right: bool) -> None:
        if not right:
            self.message.setText(self.tr("That passphrase is not right; nothing was deleted."))
            return
        folder = self.session.vault_dir
        paths = AppPaths.resolve()
        self.session.lock("erase")

        def erase() -> None:
            from companion.vault.erase import erase_everything

            erase_everything(folder, [paths.config_dir, paths.log_dir])

        self.session.tasks.submit(erase, on_done=lambda _r: self._quit(),
                                  on_error=lambda e: self.message.setText(str(e)), name="erase everything")
