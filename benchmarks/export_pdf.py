"""PDF of 200 entries: our whole pipeline vs Qt printing the same document to a bare QPdfWriter.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_pdf.py [--entries 200] [--rounds 7]

Ours (what the share wizard's worker runs, from entries to a renamed file on disk):
    compose (markdown parse + redaction of 5 terms) -> QTextDocument via QTextCursor ->
    paginate at 300 dpi -> paint every page with progress -> fsync -> rename.
Baselines (Qt alone, A4, 300 dpi, same text):
    qt-markdown: render_markdown(document) -> QTextDocument.setMarkdown -> print_(QPdfWriter)
                 (the floor in shared/reference/performance-facts.md, ~0.8 s there);
    qt-same-doc: our QTextDocument (already built) -> print_(QPdfWriter), i.e. Qt's own
                 pagination and painting of the identical document.
Runs alternate and medians are compared, because the machine is noisy. Target: ours <= 1.5x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import corpus  # noqa: E402

from companion.export.pdf import build_text_document, ensure_application, render_pdf  # noqa: E402
from companion.export.compose import compose  # noqa: E402
from companion.export.markdown import render_markdown  # noqa: E402
from companion.export.selection import (  # noqa: E402
    EntryChoice,
    Redaction,
    ShareOptions,
    ShareSelection,
    Template,
)
from companion.journal.model import Entry  # noqa: E402

TARGET = 1.5


def entries(n: int) -> list[Entry]:
    found = []
    for i, draft in enumerate(corpus.drafts(n), 1):
        found.append(Entry(id=i, uuid=f"{i:032x}", created_at="", updated_at="", entry_date=draft.entry_date or "",
                           title=draft.title, body=draft.body, tags=draft.tags))
    return found


def selection(n: int) -> ShareSelection:
    return ShareSelection(
        entries=tuple(EntryChoice(i) for i in range(1, n + 1)),
        options=ShareOptions(
            redactions=tuple(Redaction(t) for t in ("garden", "coffee", "mom", "tomorrow", "quokka")),
            template=Template.PERSONAL,
        ),
    )


def ours(items: list[Entry], n: int, folder: Path) -> tuple[float, int, float]:
    gaps: list[float] = []
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if done:
            gaps.append(now - last[0])
        last[0] = now

    start = time.perf_counter()
    document = compose(selection(n), items)
    result = render_pdf(document, folder / "ours.pdf", progress=progress)
    return time.perf_counter() - start, result.pages, max(gaps) if gaps else 0.0


def _writer(path: Path):
    from PySide6.QtGui import QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return writer


def qt_markdown(markdown: str, folder: Path) -> float:
    from PySide6.QtGui import QTextDocument

    start = time.perf_counter()
    document = QTextDocument()
    document.setMarkdown(markdown)
    writer = _writer(folder / "qt-md.pdf")
    document.print_(writer)
    del writer
    return time.perf_counter() - start


def qt_same_document(text_document, folder: Path) -> float:
    start = time.perf_counter()
    writer = _writer(folder / "qt-same.pdf")
    text_document.print_(writer)
    del writer
    return time.perf_counter() - start


def pages_of(path: Path) -> int | None:
    import shutil
    import subprocess

    if not shutil.which("pdfinfo"):
        return None
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    line = next((l for l in out.splitlines() if l.startswith("Pages:")), "")
    return int(line.split()[1]) if line else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    ensure_application()
    items = entries(args.entries)
    document = compose(selection(args.entries), items)
    markdown = render_markdown(document)
    chars = sum(len(e.body) + len(e.title) for e in items)
    times: dict[str, list[float]] = {"ours": [], "qt-markdown": [], "qt-same-doc": []}
    pages = 0
    worst_gap = 0.0
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        folder = Path(tmp)
        ours(items, args.entries, folder)  # warm-up: fonts, imports
        qt_markdown(markdown, folder)
        for round_number in range(args.rounds):
            order = ["ours", "qt-markdown", "qt-same-doc"]
            if round_number % 2:
                order.reverse()
            for name in order:
                if name == "ours":
                    seconds, pages, gap = ours(items, args.entries, folder)
                    worst_gap = max(worst_gap, gap)
                elif name == "qt-markdown":
                    seconds = qt_markdown(markdown, folder)
                else:
                    text_document = build_text_document(document)  # not timed: Qt is given the built document
                    seconds = qt_same_document(text_document, folder)
                    del text_document
                times[name].append(seconds)
        md_pages = pages_of(folder / "qt-md.pdf")
        same_pages = pages_of(folder / "qt-same.pdf")
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"entries: {args.entries}, characters: {chars:,}, rounds: {args.rounds} (medians, alternating order)")
    print(f"ours         {median['ours']:.3f} s  {pages} pages  (compose + build + paginate + paint + fsync + rename)")
    print(f"qt-markdown  {median['qt-markdown']:.3f} s  {md_pages} pages  (setMarkdown + print_ to QPdfWriter)")
    print(f"qt-same-doc  {median['qt-same-doc']:.3f} s  {same_pages} pages  (print_ of our built QTextDocument)")
    ratio_md = median["ours"] / median["qt-markdown"]
    ratio_same = median["ours"] / median["qt-same-doc"]
    print(f"ratio ours / qt-markdown: {ratio_md:.2f}x   ours / qt-same-doc: {ratio_same:.2f}x   target <= {TARGET}x")
    print(f"longest gap between progress updates: {worst_gap * 1000:.0f} ms")
    return 0 if max(ratio_md, ratio_same) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
