"""Shared helpers for the desktop-app benchmarks: a cached synthetic vault and a Qt event pump."""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / ".work"
PASSPHRASE = "benchmark passphrase words"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_WORDS = (
    "the a and to of I it was in that felt my me today with for but not so this just morning walk "
    "sleep tired calm breath breathing tea friend therapy window rain quiet small win hard evening "
    "remember noticed body shoulders hands warm cold light dark river bird tree garden kitchen call "
    "mother work boundary safe here now steady slow gentle kind enough tried again better worse okay"
).split()


def _body(rng: random.Random, words: int) -> str:
    # Zipf-like: common words far more often than rare ones.
    weights = [1 / (i + 1) for i in range(len(_WORDS))]
    chosen = rng.choices(_WORDS, weights=weights, k=words)
    sentences, i = [], 0
    while i < len(chosen):
        n = rng.randint(6, 18)
        sentences.append(" ".join(chosen[i : i + n]).capitalize() + ".")
        i += n
    return " ".join(sentences)


def build_vault(entries: int, *, fresh: bool = False) -> Path:
    """A vault with `entries` synthetic entries (median ~180 words), cached under benchmarks/.work."""
    from companion.journal.model import EntryDraft
    from companion.security.kdf import KdfParams
    from companion.vault.core import Vault

    folder = WORK / f"vault-{entries}"
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if (folder / "vault.key").exists():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1234)
    start = time.perf_counter()
    print(f"building a {entries:,}-entry vault in {folder} (once; cached) …", flush=True)
    vault = Vault.create(folder, PASSPHRASE, kdf_params=KdfParams(os.urandom(16)))
    try:
        base = time.time() - entries * 3600 * 6
        chunk = 5000
        for first in range(0, entries, chunk):
            drafts = []
            for i in range(first, min(entries, first + chunk)):
                when = time.localtime(base + i * 3600 * 6 + rng.randint(0, 3000))
                drafts.append(EntryDraft(
                    title=" ".join(rng.sample(_WORDS, 3)).capitalize() if rng.random() < 0.8 else "",
                    body=_body(rng, max(20, int(rng.lognormvariate(5.2, 0.5)))),
                    tags=tuple(rng.sample(["sleep", "therapy", "walks", "small wins", "hard days"], rng.randint(0, 2))),
                    entry_date=time.strftime("%Y-%m-%d %H:%M", when),
                ))
            vault.entries.add_many(drafts)
    finally:
        vault.close()
    print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)
    return folder


def quiet_qt_messages() -> None:
    """Keep the offscreen plugin's 'does not support …' notes out of benchmark output."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode, _context, message):
        if mode != QtMsgType.QtDebugMsg and "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def pump_until(app, condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("benchmark condition not reached")
        app.processEvents()
        time.sleep(0.0005)


def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values, q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def open_app(vault: Path, size: tuple[int, int] = (1100, 720)):
    """(QApplication, AppParts): the real window on `vault`, shown offscreen, in a throwaway home."""
    import tempfile

    import companion.ui  # noqa: F401 - shiboken workaround before Qt is used
    from PySide6.QtWidgets import QApplication

    quiet_qt_messages()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from companion.app import build
    from companion.paths import AppPaths

    home = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    parts = build(vault, AppPaths(home, home / "config", home / "logs"), quit_fn=lambda: None)
    parts.session.housekeeping_delay_ms = None
    parts.window.resize(*size)
    parts.window.show()
    pump_until(app, lambda: parts.window.isVisible())
    return app, parts
