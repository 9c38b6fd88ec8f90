"""The share wizard's print preview on a long selection: time to the first page, and GUI stalls.

    .venv/bin/python benchmarks/ui_preview.py [--pages 50] [--runs 3]

Drives the real window: unlocks a synthetic vault, opens Share, chooses whole entries
until the document has at least --pages pages (group-safe template, 14 pt), then presses
Next on the Protect step. Reported:

- time to first page shown: from pressing Next to page 1 painted in the preview (the
  entries are read on the database worker, composed and laid out on the thread pool, and
  the pages painted into the preview on the GUI thread);
- the GUI thread's longest stall meanwhile, and while scrolling through every page of the
  preview (one scroll step every 16 ms, each followed by a synchronous repaint).

Stalls are measured with an event-loop lag probe: a 4 ms QTimer whose QElapsedTimer
records how late each tick arrives; a 60 Hz frame is 16.7 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ui_common import PASSPHRASE, build_vault, median, pump_until, open_app

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE_MS = 4


class LagProbe:
    """Ticks every PROBE_MS on the GUI thread; `worst` is the longest gap beyond that (ms)."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0

    def start(self) -> None:
        self.gaps = []
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append(max(0.0, (now - self._last) / 1e6 - PROBE_MS))
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return max(self.gaps) if self.gaps else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--entries", type=int, default=400, help="entries in the synthetic vault")
    args = parser.parse_args(argv)
    vault = build_vault(args.entries)

    app, parts = open_app(vault, (1180, 760))
    from companion.ui.share.choose_step import EntryPick
    from companion.ui.share.wizard import PREVIEW

    window = parts.window
    probe = LagProbe()
    try:
        window.unlock_page.field.edit.setText(PASSPHRASE)
        window.unlock_page.submit()
        pump_until(app, lambda: parts.session.is_open, timeout=120)
        window.show_section("share")
        page = next(s.widget for s in window.sections if s.key == "share")
        page.start_wizard()
        wizard = page.wizard
        model = wizard.choose.entries
        pump_until(app, lambda: model.entry_count > 0 and not model.is_loading)

        def prepare(count: int) -> None:
            while model.entry_count < count and model.canFetchMore():
                model.fetchMore()
                pump_until(app, lambda: not model.is_loading)
            wizard.choose.picks.clear()
            for row in range(model.rowCount()):
                data = model.row_data(row)
                if data is not None and len(wizard.choose.picks) < count:
                    wizard.choose.set_pick(data.id, EntryPick())
            wizard._show_step(PREVIEW - 1)

        count = max(10, args.pages)  # a first guess, refined from the page count
        prepare(count)
        wizard.go_next()
        pump_until(app, lambda: wizard.prepared is not None, timeout=120)
        while wizard.prepared.pages < args.pages:
            count = int(count * args.pages / max(1, wizard.prepared.pages)) + 2
            prepare(count)
            wizard.go_next()
            pump_until(app, lambda: wizard.prepared is not None, timeout=120)
        pages = wizard.prepared.pages
        print(f"{len(wizard.choose.picks)} whole entries -> {pages} pages (group-safe, 14 pt, A4)")

        preview = wizard.preview
        view = preview.view
        first_ms, build_stall, scroll_stall, scroll_steps = [], [], [], []
        for _ in range(args.runs):
            wizard._show_step(PREVIEW - 1)
            preview.set_document(None)
            app.processEvents()
            probe.start()
            start = time.perf_counter()
            wizard.go_next()
            pump_until(app, lambda: wizard.prepared is not None and preview.page_count > 0, timeout=120)
            view.viewport().repaint()
            first_ms.append((time.perf_counter() - start) * 1000)
            build_stall.append(probe.stop())

            preview.preview.fitToWidth()
            bar = view.verticalScrollBar()
            bar.setValue(0)
            app.processEvents()
            probe.start()
            steps = 0
            while bar.value() < bar.maximum():
                bar.setValue(bar.value() + max(1, bar.pageStep() // 2))
                view.viewport().repaint()
                steps += 1
                end = time.perf_counter() + 0.016
                while time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.001)
            scroll_stall.append(probe.stop())
            scroll_steps.append(steps)
        print(f"  time to first page shown: median {median(first_ms):.0f} ms "
              f"(runs: {', '.join(f'{v:.0f}' for v in first_ms)})")
        print(f"  longest GUI-thread stall while it was built: median {median(build_stall):.1f} ms "
              f"(runs: {', '.join(f'{v:.1f}' for v in build_stall)})")
        print(f"  longest GUI-thread stall while scrolling all {pages} pages at fit-to-width "
              f"({scroll_steps[0]} steps): median {median(scroll_stall):.1f} ms "
              f"(runs: {', '.join(f'{v:.1f}' for v in scroll_stall)})")
    finally:
        parts.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
