"""A whole desktop session, scripted, for the offline proof: start, unlock, write, search,
export a PDF, practise a grounding exercise, lock, quit. Prints "smoke ok" at the end.

Usage: python gui_smoke.py WORKDIR   (run under strace by test_gui_offline.py)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from companion.app import build  # noqa: E402
from companion.paths import AppPaths  # noqa: E402
from companion.security.kdf import KdfParams  # noqa: E402
from companion.vault import Vault  # noqa: E402

PASSPHRASE = "offline smoke passphrase"


def wait(app: QApplication, condition, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {condition}")
        app.processEvents()
        time.sleep(0.01)


def main(work: Path) -> None:
    folder = work / "vault"
    Vault.create(folder, PASSPHRASE, kdf_params=KdfParams(os.urandom(16))).close()
    app = QApplication(["companion"])
    paths = AppPaths(work / "home", work / "home" / "config", work / "home" / "logs")
    parts = build(folder, paths, quit_fn=app.quit, kdf_params=KdfParams(os.urandom(16)))
    window = parts.window
    window.show()
    page = window.unlock_page
    page.field.edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait(app, lambda: parts.session.is_open)
    editor = window.journal.editor
    editor.title_edit.setText("Offline")
    editor.body.setPlainText("Written with no network at all.")
    editor.save_now("smoke")
    wait(app, lambda: parts.tasks.pending == 0 and not editor.dirty)
    window.journal.search_edit.setText("network")
    wait(app, lambda: window.journal.search_model.rowCount() > 0)

    def export(vault):
        from companion.export import pdf
        from companion.export.compose import compose
        from companion.export.selection import EntryChoice, ShareSelection

        entries = vault.entries.get_many(vault.entries.all_ids())
        selection = ShareSelection(entries=tuple(EntryChoice(e.id) for e in entries))
        return pdf.render_pdf(compose(selection, entries), work / "share.pdf").pages

    assert parts.tasks.run_sync(lambda: export(parts.session._vault)) >= 1
    window.ground_now()  # the guided player starts an exercise (and logs the practice)
    deadline = time.monotonic() + 2
    wait(app, lambda: time.monotonic() > deadline)
    wait(app, lambda: parts.tasks.pending == 0)
    practised = parts.tasks.run_sync(lambda: len(parts.session._vault.practices.records()))
    assert practised >= 1, "the grounding exercise was not started"
    parts.session.lock("manual")
    wait(app, lambda: not parts.session.is_open)
    parts.close()
    print("smoke ok", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
