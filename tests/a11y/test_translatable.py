"""Every user-visible string is translatable, and the Spanish catalogue is complete and compiled.

A pseudo-locale translator wraps every string that goes through tr()/translate() in ⟦…⟧.
Then every screen is walked (tests/a11y/screens.py) and every visible text is read: labels,
buttons, placeholders, tooltips, accessible names and descriptions, window titles, combo
box items, tabs, list and table items, headers. Text left outside the marks never went
through a translation call, so no translation could ever reach it. Content is excluded by
what it is: the test journal's entries, the shipped exercises, prompts and support lines
(translated in their data files), dates and key names.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

import companion
from companion.ui import i18n
from tests.a11y.screens import Stop, run_with_qtbot, walk
from tests.ui.conftest import sample_drafts, unlock

ROOT = Path(companion.__file__).resolve().parent
OPEN, CLOSE = i18n.PseudoTranslator.OPEN, i18n.PseudoTranslator.CLOSE
KEY_NAMES = r"(?:Ctrl|Shift|Alt|Meta|Esc|Escape|Space|Tab|Backtab|Enter|Return|PgUp|PgDown|Right|Left|Up|Down|Del|Delete|Backspace|Home|End|Pause|F\d{1,2})"
KEY_SEQUENCE = re.compile(rf"\b{KEY_NAMES}(?:\s*\+\s*(?:{KEY_NAMES}|[^\s,)]))*\b|(?<=\+)[A-Z0-9?=+-]\b")
SEPARATORS = re.compile(r"\s*(?:[·•—–:;,()\[\]“”\"'«»/|]|\s-\s|\n|(?<=[.?!])\s)\s*")


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def calendar_words() -> re.Pattern:
    """Day and month names (QLocale formats dates; they are not tr() strings)."""
    locale = QLocale()
    names = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        names |= {locale.monthName(m, fmt) for m in range(1, 13)} | {locale.dayName(d, fmt) for d in range(1, 8)}
        names |= {locale.standaloneMonthName(m, fmt) for m in range(1, 13)}
    names |= {locale.amText(), locale.pmText()}
    return re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in names if n), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def content_blob() -> str:
    """Everything that is content rather than interface, joined for substring search."""
    parts: list[str] = [companion.APP_NAME, companion.__version__, *i18n.LANGUAGES.values()]
    for draft in sample_drafts():
        parts += [draft.title, draft.body, re.sub(r"[*_#>`]", "", draft.body), *draft.tags, draft.content_note or ""]
    for path in ROOT.rglob("data/*.json"):
        parts += _strings(json.loads(path.read_text(encoding="utf-8")))
    return "\n".join(p for p in parts if p).lower()


CALENDAR = calendar_words()


def strip_marked(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    return text


def untranslatable(text: str, blob: str) -> bool:
    """True when `text` shows words that neither went through tr() nor are content."""
    rest = CALENDAR.sub(" ", KEY_SEQUENCE.sub(" ", strip_marked(text)))
    for part in SEPARATORS.split(rest):
        part = part.strip(" .!?…%+-=0123456789\t")
        if not re.search(r"[^\W\d_]{2,}", part):
            continue  # numbers, punctuation, single letters
        if part.lower() in blob:
            continue
        return True
    return False


def _plain(text: str, widget: QLabel | None = None) -> str:
    if widget is not None and widget.textFormat() != Qt.TextFormat.PlainText and re.search(r"<[a-zA-Z/][^>]*>", text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of text a person can see or hear under `root`."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}.{what}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() or w.window() is not root.window():
            continue
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        add(w, "accessibleDescription", w.accessibleDescription())
        add(w, "whatsThis", w.whatsThis())
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        if isinstance(w, QLabel):
            add(w, "text", _plain(w.text(), w))
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text().replace("&", ""))
        elif isinstance(w, QLineEdit):
            add(w, "placeholderText", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, "placeholderText", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item {i}", w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab {i}", w.tabText(i).replace("&", ""))
                add(w, f"tab {i} toolTip", w.tabToolTip(i))
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QAbstractSpinBox):
            add(w, "specialValueText", w.specialValueText())
            for attr in ("prefix", "suffix"):
                if hasattr(w, attr):
                    add(w, attr, getattr(w, attr)())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for section in range(min(columns, 8)):
                add(w, "header", str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(min(columns, 8)):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            add(w, f"row {row} {role.name}", value)
    return found


@pytest.fixture
def pseudo_locale(qapp):
    translator = i18n.PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_visible_string_goes_through_a_translation_call(qtbot, pseudo_locale, make_app, vault_dir, light_theme):
    blob = content_blob()
    harness = make_app(vault_dir)
    window = harness.window
    failures: dict[str, set[str]] = {}

    def visit(stop: Stop) -> None:
        for where, text in visible_texts(stop.root):
            if untranslatable(text, blob):
                failures.setdefault(f"{where}: {text!r}", set()).add(stop.name)

    visit(Stop("unlock screen", window, "screen"))
    unlock(qtbot, harness)
    names = run_with_qtbot(qtbot, walk(window), visit)
    assert len(names) > len(window.sections)
    # first run, on a journal that does not exist yet
    fresh = make_app(vault_dir.parent / "fresh").window
    first_run = fresh.first_run
    for step in (first_run.welcome, first_run.passphrase, first_run.recovery, first_run.device_step,
                 first_run.done_step):
        first_run.show_step(step)
        visit(Stop(f"first run: {type(step).__name__} {first_run.steps.indexOf(step)}", fresh, "screen"))
    report = [f"{what}   [{', '.join(sorted(where))}]" for what, where in sorted(failures.items())]
    assert report == [], "text that never went through tr():\n" + "\n".join(report)


def test_the_check_itself_tells_translated_from_untranslated():
    blob = "box breathing\nmorning walk"
    assert not untranslatable(f"{OPEN}Lock{CLOSE}", blob)
    assert not untranslatable(f"{OPEN}{OPEN}Today{CLOSE} · mood: {OPEN}low{CLOSE}{CLOSE}", blob)
    assert not untranslatable(f"Morning walk · {OPEN}3 words{CLOSE}", blob)
    assert not untranslatable(f"{OPEN}Journal{CLOSE} (Ctrl+1)", blob)
    assert not untranslatable("12 / 40", blob)
    assert untranslatable("Lock", blob)
    assert untranslatable(f"{OPEN}Saved{CLOSE} just now", blob)


# -- the Spanish catalogue -------------------------------------------------------------------
TS = ROOT / "i18n" / "ts" / "companion_es.ts"
QM = ROOT / "i18n" / "qm" / "companion_es.qm"


def test_spanish_catalogue_is_complete_and_the_shipped_qm_matches_it(tmp_path):
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert missing == [], f"{len(missing)} untranslated (run companion/i18n/update_translations.py --list es)"
    compiled = tmp_path / "check.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "compile the .ts again: update_translations.py"


def test_the_app_speaks_spanish(qtbot, qapp, make_app, vault_dir, light_theme):
    installed = i18n.install(qapp, "es")
    try:
        assert i18n.current_language() == "es"
        harness = make_app(vault_dir)
        window = harness.window
        assert window.unlock_page.unlock_button.text() == "Desbloquear"
        assert window.quick_exit_button.text() == "Salida rápida"
        unlock(qtbot, harness)
        assert window.lock_button.text() == "Bloquear"
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[0] == "Diario" and titles[-1] == "Ajustes"
        # Qt's own words (dialog buttons) come in Spanish too
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    finally:
        i18n.uninstall(qapp, installed)
    assert i18n.current_language() == "en"


def test_language_follows_the_system_unless_settings_chose_one():
    assert i18n.language_for("system", QLocale("es_MX")) == "es"
    assert i18n.language_for("system", QLocale("fr_FR")) == "en"
    assert i18n.language_for("en", QLocale("es_ES")) == "en"
    assert i18n.language_for("es", QLocale("en_GB")) == "es"
