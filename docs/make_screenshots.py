"""Launch the app offscreen on a generated demo journal and save a PNG of every screen.

    .venv/bin/python docs/make_screenshots.py [--out docs/screenshots]

Everything happens in a temporary COMPANION_HOME that is removed afterwards; the demo
entries are invented, gentle examples. The script drives the real window (first run,
unlock, journal, search, settings, lock, quick exit) exactly as a person would.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COMPANION_KDF_TARGET_MS", "1")  # demo only: the cheapest allowed parameters
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import companion.ui  # noqa: E402,F401 - applies the shiboken workaround before Qt is used
from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DEMO_PASSPHRASE = "lantern meadow quiet tea"
SIZE = (1180, 760)


def demo_drafts():
    from companion.journal.model import EntryDraft, ShareState

    now = datetime.now().replace(second=0, microsecond=0)

    def at(days: int, hour: int, minute: int = 0) -> str:
        return (now - timedelta(days=days)).replace(hour=hour, minute=minute).strftime("%Y-%m-%d %H:%M")

    return [
        EntryDraft(title="Walk by the river", entry_date=at(9, 17, 30), tags=("walks", "calm"),
                   body="> The river doesn't hurry, and still gets there.\n\nSaw a heron standing completely "
                        "still. I stood still too, for a minute. It felt like being allowed to rest."),
        EntryDraft(title="Sleep", entry_date=at(6, 7, 10), tags=("sleep",),
                   body="Woke at 4 again. Did the slow breathing (in 4, out 6) and got back to sleep by five. "
                        "Better than last week."),
        EntryDraft(title="Before therapy", entry_date=at(4, 16, 0), tags=("therapy",),
                   share_state=ShareState.READY, pinned=True,
                   body="Questions I want to bring:\n\n1. Why mornings feel heavier\n2. How to say no without "
                        "explaining myself\n3. The dream that keeps coming back"),
        EntryDraft(title="Hard evening", entry_date=at(2, 22, 15), tags=("hard days", "grounding"),
                   content_note="a flashback", share_state=ShareState.MAYBE,
                   body="It came back tonight. I named five things I could see: the lamp, the blue mug, "
                        "my shoes, the window, the plant. I am here. It is now. I am safe in my room."),
        EntryDraft(title="Things that helped this week", entry_date=at(1, 20, 5), tags=("small wins", "calm"),
                   body="- Tea with Sam\n- The 5-4-3-2-1 exercise on the bus\n- Going to bed before midnight "
                        "twice\n- Saying *no* to the extra shift, kindly"),
        EntryDraft(title="A small win", entry_date=at(0, 9, 40), tags=("small wins",),
                   body="I made it to the grocery store today and didn't rush out. I noticed my shoulders were "
                        "up near my ears and let them drop. **That counts.**\n\nCalm enough to choose what I "
                        "wanted, not just what was closest."),
    ]


class Shooter:
    def __init__(self, app: QApplication, out: Path):
        self.app = app
        self.out = out
        self.saved: list[str] = []

    def pump(self, seconds: float = 0.15) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def wait(self, condition, timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the app did not reach the expected state")
            self.app.processEvents()
            time.sleep(0.005)
        self.pump(0.1)

    def shot(self, widget: QWidget, name: str) -> None:
        self.pump(0.1)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path.name)
        print(f"saved {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).parent / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def quiet(mode, _context, message):  # the offscreen plugin's "does not support ..." notes
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and \
                "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    home = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    os.environ["COMPANION_HOME"] = str(home)
    app = QApplication([sys.argv[0]])
    from companion.app import build
    from companion.paths import AppPaths
    from companion.ui import theme
    from companion.ui.startup import StartupSettings

    theme.apply(app, "light", 1.0)
    paths = AppPaths.resolve(home)
    parts = build(paths.default_vault, paths, startup=StartupSettings(theme="light"), quit_fn=lambda: None)
    window = parts.window
    session = parts.session
    shooter = Shooter(app, out)
    try:
        window.resize(*SIZE)
        window.show()
        shooter.pump(0.3)
        fr = window.first_run

        # -- first run --------------------------------------------------------------
        shooter.shot(window, "01-first-run-welcome")
        fr.welcome_next.click()
        fr.pass1.edit.setText(DEMO_PASSPHRASE)
        fr.pass2.edit.setText(DEMO_PASSPHRASE)
        shooter.shot(window, "02-first-run-passphrase")
        fr.create_button.click()
        shooter.wait(lambda: fr.steps.currentWidget() is fr.recovery)
        shooter.shot(window, "03-first-run-recovery-offer")
        fr.make_code.click()
        shooter.wait(lambda: fr.code_view.isVisible())
        fr.code_view.saved_check.setChecked(True)
        shooter.shot(window, "04-first-run-recovery-code")
        fr.code_next.click()
        shooter.wait(lambda: fr.steps.currentWidget() is fr.done_step)
        shooter.shot(window, "05-first-run-ready")

        # the keychain step only appears where a keychain works: show it as it would look
        fr.show_step(fr.device_step)
        fr.step_label.setText("Step 4 of 5")
        shooter.shot(window, "06-first-run-keychain")
        fr.show_step(fr.done_step)
        fr.start_button.click()
        shooter.wait(lambda: window.screens.currentWidget() is window.shell)

        # -- demo entries, then the journal -----------------------------------------------
        drafts = demo_drafts()
        session.run(lambda v: v.entries.add_many(drafts), lambda _ids: window.journal.list_model.reload())
        journal = window.journal
        shooter.wait(lambda: journal.list_model.entry_count == len(drafts) and not journal.list_model.is_loading)
        journal.refresh_tags()
        journal.list_view.setCurrentIndex(journal.list_model.entry_index(0))
        shooter.wait(lambda: journal.editor.title_edit.text() == "A small win")
        shooter.shot(window, "07-journal")

        helped = next(e for e in journal.list_model.summaries() if e.title == "Things that helped this week")
        journal.list_view.setCurrentIndex(journal.list_model.index(journal.list_model.row_of(helped.id), 0))
        shooter.wait(lambda: journal.editor.title_edit.text() == "Things that helped this week")
        journal.editor.preview_button.setChecked(True)
        shooter.shot(window, "08-journal-preview")
        journal.editor.preview_button.setChecked(False)

        # -- search ------------------------------------------------------------------------
        journal.search_edit.setText("calm")
        shooter.wait(lambda: journal.search_is_active() and journal.search_model.rowCount() > 0)
        shooter.shot(window, "09-search")
        journal.filters_button.setChecked(True)
        journal.tag_filter.setCurrentIndex(journal.tag_filter.findData("small wins"))
        shooter.wait(lambda: journal.search_model.rowCount() > 0)
        shooter.pump(0.3)
        shooter.shot(window, "10-search-filters")
        journal.filters_button.setChecked(False)
        journal.search_edit.setText("")
        shooter.wait(lambda: not journal.search_is_active())

        # -- settings -----------------------------------------------------------------------
        window.show_section("settings")
        settings = window.settings_page
        shooter.wait(lambda: settings._keychain_reason != "unknown")
        shooter.shot(window, "11-settings")
        bar = settings.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2 + 80)
        shooter.shot(window, "12-settings-unlocking")
        bar.setValue(bar.maximum())
        shooter.shot(window, "13-settings-backups")
        bar.setValue(0)
        window.show_section("journal")

        # -- dark and high contrast --------------------------------------------------------------
        for name, key in (("14-journal-dark", "dark"), ("15-journal-high-contrast", "high-contrast")):
            theme.apply(app, key, 1.0)
            shooter.shot(window, name)
        theme.apply(app, "light", 1.0)

        # -- lock and unlock -----------------------------------------------------------------------
        session.lock("manual")
        shooter.wait(lambda: window.screens.currentWidget() is window.unlock_page)
        shooter.shot(window, "16-unlock")
        window.unlock_page.field.edit.setText("not the passphrase")
        window.unlock_page.submit()
        shooter.wait(lambda: bool(window.unlock_page.message.text()))
        shooter.shot(window, "17-unlock-wrong-passphrase")
        window.unlock_page.mode_button.click()
        shooter.shot(window, "18-unlock-recovery-code")
        window.unlock_page.mode_button.click()
        window.unlock_page.field.edit.setText(DEMO_PASSPHRASE)
        window.unlock_page.submit()
        shooter.wait(lambda: session.is_open and journal.list_model.rowCount() > 0)

        # -- quick exit to the neutral screen ------------------------------------------------------------
        window.startup.quick_exit_action = "neutral"
        window.quick_exit()
        shooter.wait(lambda: window.neutral.isVisible())
        window.neutral.resize(*SIZE)
        shooter.shot(window.neutral, "19-quick-exit-neutral-screen")
        print(f"quick exit hid every window in {window.last_hide_ms:.1f} ms")
    finally:
        parts.close()
        window.neutral.hide()
        shutil.rmtree(home, ignore_errors=True)
    print(f"{len(shooter.saved)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
