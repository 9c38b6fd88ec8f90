"""Scrolling the journal list of a large vault: time per lazily fetched page, and per repaint.

    .venv/bin/python benchmarks/ui_scroll.py [--entries 100000] [--pages 40]

Scrolls the real list view to the bottom again and again (which makes the model fetch
the next keyset page on the worker), and reports the time from reaching the end to the
new rows being painted, plus the time of a full viewport repaint. A frame at 60 Hz is
16.7 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ui_common import PASSPHRASE, build_vault, median, percentile, pump_until, open_app  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args(argv)
    vault = build_vault(args.entries)


    app, parts = open_app(vault, (1100, 720))
    window = parts.window
    try:
        window.unlock_page.field.edit.setText(PASSPHRASE)
        window.unlock_page.submit()
        model = window.journal.list_model
        view = window.journal.list_view
        pump_until(app, lambda: model.rowCount() > 0 and not model.is_loading, timeout=120)
        page_ms, paint_ms = [], []

        bar = view.verticalScrollBar()
        for _ in range(args.pages):
            rows = model.rowCount()
            pump_until(app, lambda: bar.maximum() > 0)  # the batched layout has caught up
            start = time.perf_counter()
            bar.setValue(bar.maximum())  # at the end, the view asks the model for more

            def next_page_in(r=rows) -> bool:
                if bar.value() != bar.maximum():
                    bar.setValue(bar.maximum())  # (the layout grew meanwhile: keep at the end)
                return model.rowCount() > r and not model.is_loading

            pump_until(app, next_page_in, timeout=30)
            view.viewport().repaint()
            page_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            view.viewport().repaint()
            paint_ms.append((time.perf_counter() - start) * 1000)
        page_ms = page_ms[1:]  # the first includes the list's initial layout
        print(f"scrolled {model.rowCount():,} of {args.entries:,} entries in {args.pages} lazily fetched pages")
        print(f"  reach the end -> next page painted: median {median(page_ms):.1f} ms, "
              f"p95 {percentile(page_ms, 0.95):.1f} ms (page read on the worker)")
        print(f"  full viewport repaint: median {median(paint_ms):.2f} ms, p95 {percentile(paint_ms, 0.95):.2f} ms")
    finally:
        parts.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
