"""Settings: locking, quick exit, appearance, unlocking, backups.

Sensitive settings live inside the encrypted vault (Session.set_setting). Quick exit,
appearance and disguise must already work on the unlock screen, so they live in the
small startup file instead (they describe the app, never the journal).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion import __version__
from companion.security import device
from companion.ui import startup as startup_mod
from companion.ui.dialogs import ChangePassphraseDialog, RecoveryCodeDialog, RestoreDialog, sentence
from companion.ui.session import Session
from companion.ui.startup import StartupSettings
from companion.ui.widgets.common import button, card, field_row, fill_with, form_layout, hbox, held, label, named
from companion.ui.widgets.reflow import WrappingCheckBox, flow_row, scroll_area, text_scale


class SettingsPage(QWidget):
    def __init__(self, session: Session, startup: StartupSettings,
                 apply_startup: Callable[[StartupSettings], None], clipboard, reduced_motion: bool,
                 screen_lock_available: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.startup = startup
        self._apply_startup = apply_startup
        self._clipboard = clipboard
        self._reduced_motion = reduced_motion
        self._loading = False
        self._keychain_reason: str | None = "unknown"
        self._menu_installed = False

        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(4, 4, 12, 24)
        col.setSpacing(16)
        heading = label(self.tr("Settings"), "title")
        col.addWidget(heading)
        col.addWidget(self._locking_section(screen_lock_available))
        col.addWidget(self._quick_exit_section())
        col.addWidget(self._appearance_section())
        col.addWidget(self._unlocking_section())
        col.addWidget(self._backups_section())
        col.addWidget(self._about_section())
        # -- "Your data" (full export and import), owned by the Share area: companion/ui/share/portability.py
        from companion.ui.share.portability import YourDataSection
        self.your_data = YourDataSection(session)
        col.addWidget(self.your_data)
        # -- end of "Your data"
        # -- "Privacy" (what is and is not protected; delete everything): companion/ui/privacy.py
        from companion.ui.privacy import PrivacySection
        self.privacy = PrivacySection(session, lambda: self.window().close())
        col.addWidget(self.privacy)
        col.addStretch(1)
        self._column = inner
        self._fit_column()  # (again whenever the text size changes: changeEvent)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(inner, 1)
        hl.addStretch(0)
        self.scroll = scroll_area(holder)
        fill_with(self, self.scroll)

        session.unlocked.connect(self.refresh)
        session.locked.connect(lambda _r: self._forget())

    COLUMN_WIDTH = 760  # px at 100% text: a comfortable line length

    def _fit_column(self) -> None:
        """The column keeps the same line length in words at any text size (wider at 200%)."""
        self._column.setMaximumWidth(round(self.COLUMN_WIDTH * max(1.0, text_scale(self))))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()

    # -- sections ------------------------------------------------------------------------
    def _section(self, title: str, intro: str = "") -> tuple[QWidget, QFormLayout]:
        frame, lay = card(18)
        lay.addWidget(label(title, "heading"))
        if intro:
            lay.addWidget(label(intro, "muted"))
        form = form_layout()
        lay.addLayout(form)
        return frame, form

    def _row(self, form: QFormLayout, text: str, widget: QWidget, note: str = "") -> None:
        form.addRow(label(text, wrap=False, buddy=widget), held(hbox(widget)))
        if note:
            form.addRow(label(note, "muted"))  # a full-width row wraps properly

    def _locking_section(self, screen_lock_available: bool) -> QWidget:
        frame, form = self._section(self.tr("Locking"))
        self.idle_spin = named(QSpinBox(), self.tr("Lock after minutes without use"))
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setSuffix(self.tr(" minutes"))
        self.idle_spin.setMinimumWidth(140)
        self.idle_spin.valueChanged.connect(lambda v: self._vault_set("lock.idle_minutes", int(v)))
        self._row(form, self.tr("Lock after"), self.idle_spin, self.tr("Minutes without typing or moving the mouse."))
        self.minimise_check = named(WrappingCheckBox(self.tr("Lock when Companion is minimised")),
                                    self.tr("Lock when Companion is minimised"))
        self.minimise_check.toggled.connect(lambda on: self._vault_set("lock.on_minimise", on))
        form.addRow(self.minimise_check)
        self.screen_check = named(WrappingCheckBox(self.tr("Lock when the screen locks")), self.tr("Lock when the screen locks"))
        self.screen_check.toggled.connect(lambda on: self._vault_set("lock.on_screen_lock", on))
        form.addRow(self.screen_check)
        if not screen_lock_available:
            self.screen_check.setEnabled(False)
            self.screen_check.setAccessibleDescription(self.tr("Not available here"))
            form.addRow(label(self.tr(
                "This system does not tell Companion when the screen locks, so this option is not available. "
                "Locking after a few idle minutes covers the same moment."), "muted"))
        return frame

    def _quick_exit_section(self) -> QWidget:
        frame, form = self._section(self.tr("Quick exit"), self.tr(
            "Quick exit saves what you were writing, hides every Companion window at once and locks. "
            "These choices are kept outside the journal so they also work on the unlock screen."))
        self.action_combo = named(QComboBox(), self.tr("After quick exit"))
        for key, text in (("quit", self.tr("Close Companion")), ("minimise", self.tr("Minimise, locked")),
                          ("neutral", self.tr("Show a plain, empty notes window"))):
            self.action_combo.addItem(text, key)
        self.action_combo.currentIndexChanged.connect(self._on_startup_widget_changed)
        self._row(form, self.tr("Afterwards"), self.action_combo)
        self.shift_check = named(WrappingCheckBox(self.tr("Shift pressed three times")), self.tr("Quick exit with Shift pressed three times"))
        self.shift_check.toggled.connect(self._on_startup_widget_changed)
        form.addRow(self.shift_check)
        self.shortcut_combo = named(QComboBox(), self.tr("Extra quick exit key"))
        for key in startup_mod.QUICK_EXIT_SHORTCUTS:
            self.shortcut_combo.addItem(key or self.tr("None"), key)
        self.shortcut_combo.currentIndexChanged.connect(self._on_startup_widget_changed)
        self._row(form, self.tr("Extra key"), self.shortcut_combo)
        return frame

    def _appearance_section(self) -> QWidget:
        frame, form = self._section(self.tr("Appearance"))
        self.theme_combo = named(QComboBox(), self.tr("Theme"))
        for key, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                          ("dark", self.tr("Dark")), ("high-contrast", self.tr("High contrast"))):
            self.theme_combo.addItem(text, key)
        self.size_combo = named(QComboBox(), self.tr("Text size"))
        for scale, text in zip(startup_mod.TEXT_SCALES, (self.tr("Small"), self.tr("Normal"), self.tr("Large"),
                                                          self.tr("Larger"), self.tr("Very large"),
                                                          self.tr("Extra large"), self.tr("Largest"))):
            self.size_combo.addItem(self.tr("%1 (%2%)").replace("%1", text).replace("%2", str(round(scale * 100))),
                                    scale)
        self.motion_combo = named(QComboBox(), self.tr("Motion"))
        for key, text in (("system", self.tr("Follow the system")), ("reduce", self.tr("Reduce motion")),
                          ("full", self.tr("Allow motion"))):
            self.motion_combo.addItem(text, key)
        self.disguise_combo = named(QComboBox(), self.tr("Window name and icon"))
        for key, text in (("off", self.tr("Companion")), ("notes", self.tr("Notes (neutral)")),
                          ("tasks", self.tr("Tasks (neutral)"))):
            self.disguise_combo.addItem(text, key)
        # -- language and keyboard shortcuts (accessibility/i18n, issue 9): companion/ui/i18n.py, shortcuts_dialog.py
        from companion.ui.i18n import LANGUAGES

        self.language_combo = named(QComboBox(), self.tr("Language"))
        self.language_combo.addItem(self.tr("Follow the system"), "system")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        # -- end of language
        for combo in (self.theme_combo, self.size_combo, self.motion_combo, self.disguise_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._on_startup_widget_changed)
        self._row(form, self.tr("Theme"), self.theme_combo)
        self._row(form, self.tr("Text size"), self.size_combo)
        self._row(form, self.tr("Motion"), self.motion_combo, self.tr("Changes to motion apply the next time Companion starts."))
        self._row(form, self.tr("Language"), self.language_combo,
                  self.tr("Changes to the language apply the next time Companion starts."))
        self._row(form, self.tr("Window name"), self.disguise_combo, self.tr(
            "A neutral name and plain icon for the window and taskbar; an app-menu entry made here follows it. "
            "Some desktops group the window under its new name only after a restart."))
        self.menu_button = button(self.tr("Add to the app menu"), self.tr("Add to the app menu"))
        self.menu_button.clicked.connect(self._on_menu_clicked)
        self.menu_status = label("", "muted")
        form.addRow(held(hbox(self.menu_button, self.menu_status, grow=self.menu_status)))
        # keyboard shortcuts page (accessibility, issue 9): also F1 and Ctrl+? from anywhere
        self.shortcuts_button = button(self.tr("Keyboard shortcuts…"), tooltip=self.tr("Every shortcut (F1)"))
        self.shortcuts_button.clicked.connect(self._on_shortcuts_clicked)
        form.addRow(held(hbox(self.shortcuts_button)))
        return frame

    def _on_shortcuts_clicked(self) -> None:
        from companion.ui.shortcuts_dialog import show_shortcuts  # accessibility (issue 9)

        show_shortcuts(self.window())

    def _unlocking_section(self) -> QWidget:
        frame, form = self._section(self.tr("Unlocking"))
        self.device_check = named(WrappingCheckBox(self.tr("Remember on this device")), self.tr("Remember on this device"))
        self.device_check.toggled.connect(self._on_device_toggled)
        self.device_note = label("", "muted")
        form.addRow(self.device_check)
        form.addRow(self.device_note)
        self.change_button = button(self.tr("Change passphrase…"))
        self.change_button.clicked.connect(self._on_change_clicked)
        form.addRow(held(hbox(self.change_button)))
        self.recovery_status = label("", "muted")
        self.recovery_new = button(self.tr("Create a new recovery code…"))
        self.recovery_new.clicked.connect(self._on_recovery_new_clicked)
        self.recovery_remove = button(self.tr("Remove recovery code"))
        self.recovery_remove.clicked.connect(self._on_recovery_remove_clicked)
        row = flow_row(self.recovery_new, self.recovery_remove, spacing=6)  # wraps at large text
        form.addRow(self.recovery_status)
        form.addRow(row)
        self.unlock_message = label("", "status")
        form.addRow(self.unlock_message)
        return frame

    def _backups_section(self) -> QWidget:
        frame, form = self._section(self.tr("Backups"), self.tr(
            "Backups are encrypted copies; they open with the passphrase in use when they were made."))
        self.auto_check = named(WrappingCheckBox(self.tr("Keep automatic daily backups")), self.tr("Keep automatic daily backups"))
        self.auto_check.toggled.connect(lambda on: self._vault_set("backups.automatic", on))
        form.addRow(self.auto_check)
        form.addRow(label(self.tr("Kept beside the journal: the last 7 days and 4 weeks."), "muted"))
        self.folder_edit = named(QLineEdit(), self.tr("Folder for backups you make"))
        self.folder_edit.setPlaceholderText(self.tr("Beside the journal"))
        self.folder_edit.editingFinished.connect(lambda: self._vault_set("backups.folder", self.folder_edit.text().strip()))
        self.folder_button = button(self.tr("Choose…"), self.tr("Choose backup folder"))
        self.folder_button.clicked.connect(self._on_choose_folder_clicked)
        form.addRow(label(self.tr("Backup folder"), wrap=False, buddy=self.folder_edit),
                    field_row(self.folder_edit, self.folder_button))
        self.backup_button = button(self.tr("Back up now"))
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = button(self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        buttons = flow_row(self.backup_button, self.restore_button, spacing=6)  # wraps at large text
        form.addRow(buttons)
        self.backup_message = label("", "status")
        form.addRow(self.backup_message)
        return frame

    def _about_section(self) -> QWidget:
        frame, form = self._section(self.tr("About"))
        self.location = named(QLineEdit(), self.tr("Journal folder"))
        self.location.setReadOnly(True)
        location_label = label(self.tr("Journal folder"), wrap=False)
        location_label.setBuddy(self.location)
        form.addRow(location_label, self.location)
        form.addRow(label(self.tr("Version"), wrap=False), label(__version__, "muted"))
        form.addRow(label(self.tr(
            "Companion never connects to the internet and shows no notifications. Encryption protects the "
            "files at rest; it cannot protect against someone watching the screen or software that records "
            "this device."), "muted"))
        return frame

    # -- load / save -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill every control from the startup settings and the vault (after unlock)."""
        s = self.startup
        self._loading = True
        try:
            self.idle_spin.setValue(int(self.session.setting("lock.idle_minutes")))
            self.minimise_check.setChecked(bool(self.session.setting("lock.on_minimise")))
            if self.screen_check.isEnabled():
                self.screen_check.setChecked(bool(self.session.setting("lock.on_screen_lock")))
            self.auto_check.setChecked(bool(self.session.setting("backups.automatic")))
            self.folder_edit.setText(str(self.session.setting("backups.folder") or ""))
            for combo, value in ((self.action_combo, s.quick_exit_action), (self.shortcut_combo, s.quick_exit_shortcut),
                                 (self.theme_combo, s.theme), (self.size_combo, s.text_scale),
                                 (self.motion_combo, s.motion), (self.disguise_combo, s.disguise),
                                 (self.language_combo, s.language)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.shift_check.setChecked(s.quick_exit_shift)
            self.device_check.setChecked(self.session.info.remembered_on_device)
        finally:
            self._loading = False
        self.location.setText(str(self.session.vault_dir))
        self._applied_disguise = s.disguise
        self._refresh_menu_entry()
        self._show_recovery_status()
        self.device_note.setText(self.tr("Checking the keychain…"))
        self.session.tasks.submit(device.availability, on_done=self._on_keychain_checked,
                                  on_error=lambda _e: self._on_keychain_checked("unavailable"), name="keychain")

    def _on_keychain_checked(self, reason: str | None) -> None:
        self._keychain_reason = reason
        remembered = self.session.info.remembered_on_device
        self.device_check.setEnabled(reason is None or remembered)
        if reason is None or remembered:
            self.device_note.setText(self.tr(
                "Opens without your passphrase while you are signed in to this computer, so anyone who can "
                "use your signed-in account could open it too. Your passphrase always keeps working."))
        else:
            from companion.ui.i18n import core_text  # (issue 9: the core's sentence, translated)

            self.device_note.setText(core_text(reason))

    def _show_recovery_status(self) -> None:
        has = self.session.info.has_recovery_code
        self.recovery_status.setText(self.tr("A recovery code is set up.") if has else self.tr("No recovery code yet."))
        self.recovery_remove.setEnabled(has)

    def _vault_set(self, key: str, value) -> None:
        if not self._loading:
            self.session.set_setting(key, value)

    def _on_startup_widget_changed(self, *_args) -> None:
        if self._loading:
            return
        self.startup = self.startup.replace(
            quick_exit_action=self.action_combo.currentData(),
            quick_exit_shift=self.shift_check.isChecked(),
            quick_exit_shortcut=self.shortcut_combo.currentData(),
            theme=self.theme_combo.currentData(),
            text_scale=self.size_combo.currentData(),
            motion=self.motion_combo.currentData(),
            disguise=self.disguise_combo.currentData(),
            language=self.language_combo.currentData(),
        )
        previous_disguise = getattr(self, "_applied_disguise", None)
        self._apply_startup(self.startup)
        if previous_disguise is not None and previous_disguise != self.startup.disguise and self._menu_installed:
            self._install_menu_entry()  # the menu entry follows the window's name
        self._applied_disguise = self.startup.disguise

    # -- the app-menu entry (Linux desktops) -------------------------------------------------------
    def _refresh_menu_entry(self) -> None:
        from companion import desktop_integration as di

        self._menu_installed = False
        reason = di.unsupported_reason()
        if reason:
            self.menu_button.setEnabled(False)
            self.menu_status.setText(reason)
            return
        self._menu_installed = bool(di.installed_modes())
        self.menu_button.setText(self.tr("Remove from the app menu") if self._menu_installed
                                 else self.tr("Add to the app menu"))
        self.menu_button.setAccessibleName(self.menu_button.text())
        self.menu_status.setText("")

    def _on_menu_clicked(self) -> None:
        if self._menu_installed:
            from companion import desktop_integration as di

            self.session.tasks.submit(di.remove_desktop_entries, on_done=lambda _c: self._menu_done(
                self.tr("Removed from the app menu.")), on_error=self._menu_failed, name="menu entry")
        else:
            self._install_menu_entry()

    def _install_menu_entry(self) -> None:
        from companion import desktop_integration as di

        mode = self.startup.disguise
        self.session.tasks.submit(di.install_desktop_entry, mode, on_done=lambda _c: self._menu_done(
            self.tr("The app menu shows it as “%1”.").replace("%1", di.style_for(mode).name)),
            on_error=self._menu_failed, name="menu entry")

    def _menu_done(self, message: str) -> None:
        self._refresh_menu_entry()
        self.menu_status.setText(message)

    def _menu_failed(self, error) -> None:
        self.menu_status.setText(sentence(error, self.tr("The app menu entry could not be changed.")))

    # -- unlocking actions ---------------------------------------------------------------------
    def _on_device_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.device_check.setEnabled(False)

        def done(_):
            self.session.info.remembered_on_device = on
            self.device_check.setEnabled(True)
            self.unlock_message.setText(self.tr("This device will open the journal without the passphrase.") if on
                                        else self.tr("This device no longer keeps a key; the passphrase is needed."))

        def failed(error):
            self._loading = True
            self.device_check.setChecked(not on)
            self._loading = False
            self.device_check.setEnabled(True)
            self.unlock_message.setText(sentence(error, self.tr("The keychain did not answer.")))

        fn = (lambda v: v.remember_on_device()) if on else (lambda v: v.forget_device())
        self.session.run(fn, done, failed, name="device key")

    def _on_change_clicked(self) -> None:
        dialog = ChangePassphraseDialog(self.session, self._reduced_motion, self)
        dialog.accepted.connect(lambda: self.unlock_message.setText(self.tr("Your passphrase has been changed.")))
        dialog.open()

    def _on_recovery_new_clicked(self) -> None:
        self.unlock_message.setText(self.tr("Making a recovery code…"))

        def done(code: str):
            self.session.info.has_recovery_code = True
            self._show_recovery_status()
            self.unlock_message.setText("")
            RecoveryCodeDialog(code, self._clipboard, self).open()

        def failed(error):
            self.unlock_message.setText(sentence(error, self.tr("A recovery code could not be made.")))

        self.session.run(lambda v: v.create_recovery_code(), done, failed, name="recovery code")

    def _on_recovery_remove_clicked(self) -> None:
        if self.recovery_remove.property("confirm") != "yes":
            self.recovery_remove.setProperty("confirm", "yes")
            self.unlock_message.setText(self.tr("Press “Remove recovery code” again to stop the code from working."))
            return
        self.recovery_remove.setProperty("confirm", None)

        def done(_):
            self.session.info.has_recovery_code = False
            self._show_recovery_status()
            self.unlock_message.setText(self.tr("The recovery code no longer opens the journal."))

        self.session.run(lambda v: v.revoke_recovery_code(), done, name="revoke recovery code")

    # -- backups -------------------------------------------------------------------------------
    def _on_choose_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for backups"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self._vault_set("backups.folder", folder)

    def _on_backup_clicked(self) -> None:
        chosen = self.folder_edit.text().strip()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        self.backup_message.setText(self.tr("Writing an encrypted backup…"))
        self.backup_button.setEnabled(False)

        def work(vault):
            from companion.security.atomic import unused_path

            base = Path(chosen).expanduser() if chosen else vault.backups_path
            base.mkdir(parents=True, exist_ok=True, mode=0o700)
            return vault.snapshot_to(unused_path(base / f"backup-{stamp}"))

        def done(path):
            self.backup_button.setEnabled(True)
            self.backup_message.setText(self.tr("Saved an encrypted backup in %1.").replace("%1", str(path)))

        def failed(error):
            self.backup_button.setEnabled(True)
            self.backup_message.setText(sentence(error, self.tr("The backup could not be written.")))

        self.session.run(work, done, failed, name="backup")

    def _on_restore_clicked(self) -> None:
        start = self.folder_edit.text().strip() or str(self.session.vault_dir / "backups")
        dialog = RestoreDialog(start, self)
        dialog.chosen.connect(self._restore)
        dialog.open()

    def _restore(self, folder: str, passphrase: str) -> None:
        self.session.restore_backup(Path(folder), passphrase, on_error=self._on_restore_failed)

    def _on_restore_failed(self, error) -> None:
        # The session is locked now; the unlock screen shows what happened.
        self.session.unlock_failed.emit(error)

    def _forget(self) -> None:
        self._loading = True
        try:
            self.folder_edit.setText("")
            self.location.setText("")
        finally:
            self._loading = False
        for lab in (self.unlock_message, self.backup_message):
            lab.setText("")
