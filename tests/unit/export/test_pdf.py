"""PDF: pages and text for a known selection, neutral metadata, no stray files, workers, printers."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

import pytest

from companion.export.compose import compose
from companion.export.selection import (
    DatePrecision,
    EntryChoice,
    Paper,
    Redaction,
    Sections,
    ShareOptions,
    ShareSelection,
    Template,
)

pytestmark = pytest.mark.gui

LOREM = (
    "Some days the quiet is loud. I notice my shoulders, the chair, the light on the wall. "
    "I name five things I can see and the room comes back. "
)


def known_document(make_entry, *, template=Template.GROUP, paper=Paper.A4, redactions=(Redaction("Sam"),)):
    entries = [
        make_entry(i, f"Entry {i} opens. Sam was there.\n\n" + LOREM * 6 + "\n\n- one thing\n- another", f"Day {i}",
                   date=f"2026-03-{i:02d} 20:00")
        for i in range(1, 9)
    ]
    entries.append(make_entry(99, "UNCHOSENCANARY text", "UNCHOSENCANARY"))
    selection = ShareSelection(
        entries=tuple(EntryChoice(i) for i in range(1, 9)),
        sections=Sections(questions=("What do you do when the quiet is loud?",)),
        options=ShareOptions(redactions=redactions, template=template, paper=paper,
                             dates=DatePrecision.NONE if template is Template.GROUP else None),
    )
    return compose(selection, entries)


def pages_of(info: str) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


EXPECTED_PAGES = {Template.GROUP: 6, Template.PERSONAL: 4}


@pytest.mark.parametrize("template", [Template.GROUP, Template.PERSONAL])
def test_known_selection_pages_and_text(qapp, pdftools, make_entry, tmp_path, template):
    from companion.export.pdf import page_count, render_pdf

    document = known_document(make_entry, template=template)
    path = tmp_path / "share.pdf"
    seen: list[tuple[int, int]] = []
    result = render_pdf(document, path, progress=lambda done, total: seen.append((done, total)))
    assert result.pages == page_count(document) == EXPECTED_PAGES[template]
    assert seen[0] == (0, result.pages) and seen[-1] == (result.pages, result.pages) and len(seen) == result.pages + 1
    text = pdftools.text(path)
    assert pages_of(pdftools.info(path)) == result.pages
    heading = "A reflection I chose to share" if template is Template.GROUP else "My reflection"
    assert text.startswith(heading)
    positions = [text.index(f"Day {i}") for i in range(1, 9)]
    assert positions == sorted(positions)
    assert text.count("[name] was there.") == 8
    assert "Sam" not in text and "UNCHOSENCANARY" not in text
    assert "What do you do when the quiet is loud?" in text
    assert f"{result.pages} / {result.pages}" in re.sub(r"\s*/\s*", " / ", text)
    assert ("2026" in text) is (template is Template.PERSONAL)
    assert path.stat().st_mode & 0o777 == 0o600


def test_metadata_is_neutral(qapp, pdftools, make_entry, tmp_path):
    from companion.export.pdf import render_pdf

    path = tmp_path / "share.pdf"
    render_pdf(known_document(make_entry), path)
    info = pdftools.info(path)
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Reflection"
    assert fields["Author"].strip() == "" and fields["Creator"].strip() == ""
    assert fields["Producer"].strip().startswith("Qt ")
    assert "Page size" in fields and "A4" in fields["Page size"]
    xmp = pdftools.info(path, meta=True)
    assert "uuid:00000000-0000-0000-0000-000000000000" in xmp
    raw = path.read_bytes()
    for word in (b"Companion", b"companion", b"Day 1", b"Sam", os.uname().nodename.encode()):
        assert word not in raw


def test_metadata_title_left_empty_when_its_word_is_hidden(qapp, pdftools, make_entry, tmp_path):
    from companion.export.pdf import render_pdf

    document = known_document(make_entry, redactions=(Redaction("reflection"),))
    assert document.file_title == ""
    render_pdf(document, tmp_path / "x.pdf")
    title = next(line for line in pdftools.info(tmp_path / "x.pdf").splitlines() if line.startswith("Title"))
    assert title.split(":", 1)[1].strip() == ""
    assert "reflection" not in pdftools.text(tmp_path / "x.pdf").casefold()


def test_letter_paper(qapp, pdftools, make_entry, tmp_path):
    from companion.export.pdf import render_pdf

    render_pdf(known_document(make_entry, paper=Paper.LETTER), tmp_path / "x.pdf")
    assert "612 x 792 pts (letter)" in pdftools.info(tmp_path / "x.pdf")


def test_no_new_files_in_temp_or_destination(qapp, make_entry, tmp_path, monkeypatch):
    from companion.export.pdf import ExportCancelledError, render_pdf

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()
    document = known_document(make_entry)
    render_pdf(document, out / "share.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["share.pdf"]
    cancel = threading.Event()

    def stop_after_two(done, total):
        if done == 2:
            cancel.set()

    with pytest.raises(ExportCancelledError):
        render_pdf(document, out / "second.pdf", progress=stop_after_two, cancel=cancel)
    assert sorted(p.name for p in out.iterdir()) == ["share.pdf"]
    assert list(temp.iterdir()) == []


def test_missing_folder_is_one_sentence(qapp, make_entry, tmp_path):
    from companion.errors import InvalidInputError
    from companion.export.pdf import render_pdf

    with pytest.raises(InvalidInputError, match="does not exist"):
        render_pdf(known_document(make_entry), tmp_path / "nowhere" / "x.pdf")


def test_job_runs_on_a_worker_thread_with_progress(qapp, qtbot, make_entry, tmp_path, pdftools):
    from PySide6.QtCore import QThread

    from companion.export import pdf

    threads: list[object] = []
    real = pdf.paint_pages

    def spy(*args, **kwargs):
        threads.append(QThread.currentThread())
        return real(*args, **kwargs)

    document = known_document(make_entry)
    job = pdf.PdfExportJob(document, tmp_path / "share.pdf")
    progress: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    pdf.paint_pages = spy
    try:
        with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
            job.start()
    finally:
        pdf.paint_pages = real
    result = blocker.args[0]
    assert threads and threads[0] is not qapp.thread()
    assert result.pages == progress[-1][0] == progress[-1][1]
    assert "[name] was there." in pdftools.text(result.path)


def test_cancelled_job_reports_failure_and_leaves_nothing(qapp, qtbot, make_entry, tmp_path):
    from companion.export import pdf

    job = pdf.PdfExportJob(known_document(make_entry), tmp_path / "share.pdf")
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=20000) as blocker:
        job.start()
    assert isinstance(blocker.args[0], pdf.ExportCancelledError)
    assert job.wait(5)
    assert list(tmp_path.iterdir()) == []


def test_painting_into_a_printer_honours_page_ranges(qapp, pdftools, make_entry, tmp_path):
    from PySide6.QtGui import QPageRanges
    from PySide6.QtPrintSupport import QPrinter

    from companion.export.pdf import build_text_document, configure_printer, paint_to_printer

    document = known_document(make_entry)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    configure_printer(printer, document)
    assert paint_to_printer(document, printer) == EXPECTED_PAGES[Template.GROUP]
    assert pages_of(pdftools.info(tmp_path / "printed.pdf")) == EXPECTED_PAGES[Template.GROUP]

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    configure_printer(printer, document)
    ranges = QPageRanges()
    ranges.addPage(2)
    printer.setPageRanges(ranges)
    paint_to_printer(build_text_document(document), printer)
    assert pages_of(pdftools.info(tmp_path / "page2.pdf")) == 1
    assert "Day 1" not in pdftools.text(tmp_path / "page2.pdf")


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed (./dev.sh test installs it)")
def test_cli_pdf_export_creates_no_file_outside_its_folder(vault, passphrase_file, tmp_path, pdftools):
    """Every file the whole `companion export pdf` process creates, traced by the kernel."""
    from companion.journal.model import EntryDraft, ShareState

    vault.entries.add_many([EntryDraft(body=f"Ready entry {i}. " + LOREM, title=f"R{i}", share_state=ShareState.READY,
                                       entry_date=f"2026-03-0{i} 10:00") for i in range(1, 4)])
    vault_dir = vault.folder
    vault.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPANION_", "XDG_", "DISPLAY", "WAYLAND"))}
    env.update(HOME=str(home), TMPDIR=str(temp), PYTHONDONTWRITEBYTECODE="1", COMPANION_HOME=str(home / "c"),
               COMPANION_KDF_TARGET_MS="1")
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must choose offscreen by itself when there is no display
    trace = tmp_path / "trace.log"
    command = [
        "strace", "-f", "-qq", "-e", "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,symlink",
        "-o", str(trace), sys.executable, "-m", "companion", "--vault", str(vault_dir),
        "--passphrase-file", str(passphrase_file), "export", "pdf", "--out", str(out_dir / "share.pdf"),
        "--share-state", "ready",
    ]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    created = []
    for line in trace.read_text().splitlines():
        match = re.search(r'(?:open|openat|creat)\((?:AT_FDCWD, )?"([^"]+)", ([A-Z_|]+)', line)
        if match and ("O_CREAT" in match.group(2) or "creat(" in line):
            if "= -1" not in line:
                created.append(match.group(1))
        match = re.search(r'(?:mkdir|mkdirat|rename\w*|link|symlink)\((?:AT_FDCWD, )?"[^"]*"(?:, (?:AT_FDCWD, )?"([^"]+)")?', line)
        if match and match.group(1) and "= -1" not in line:
            created.append(match.group(1))
    # the CLI's event log (names and error types only; tests/cli checks it holds no entry text)
    allowed = (str(out_dir), str(vault_dir), str(home / ".cache" / "fontconfig"), "/dev/", str(home / "c" / "logs"))
    stray = [p for p in created if not os.path.abspath(p).startswith(allowed)]
    assert not stray, stray
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in out_dir.iterdir()) == ["share.pdf"]
    assert "Ready entry 3." in pdftools.text(out_dir / "share.pdf")
