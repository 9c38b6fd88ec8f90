"""Extract, merge and compile Companion's translations (Qt's .ts → .qm workflow).

    .venv/bin/python companion/i18n/update_translations.py            # extract + compile + report
    .venv/bin/python companion/i18n/update_translations.py --list es  # also list what is untranslated
    .venv/bin/python companion/i18n/update_translations.py --merge es done.json   # add translations

Safe to run again at any time (idempotent):

1. `pyside6-lupdate` re-extracts every tr()/translate() string from companion/ui and
   companion/app.py into ts/companion_<lang>.ts, keeping every existing translation.
2. Strings lupdate cannot see are added too: calls to small module-level wrappers such as
   `def tr(text): return QCoreApplication.translate("Grounding", text)`, and fixed word
   lists translated by name (`translate("MoodWords", MOOD_WORDS[level])`), read from the
   modules themselves.
3. A string that is new in one place but already translated elsewhere (same English text)
   gets that translation, so moving code between classes never loses work; strings that
   no longer exist are dropped.
4. `pyside6-lrelease` compiles qm/companion_<lang>.qm (shipped as package data).
5. It reports, per language, how many strings are still untranslated.

`--merge LANG FILE.json` adds translations from a JSON object: either {"English": "…"} or
{"Context": {"English": "…"}}; a list value is a plural's forms.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
ROOT = PACKAGE.parent
TS_DIR = HERE / "ts"
QM_DIR = HERE / "qm"
LANGUAGES = ("es",)

# Word lists translated by value where the code cannot name them: context -> "module:attribute".
VOCABULARIES = {
    "FeelingWords": "companion.reflection.checkins:FEELING_WORDS",
}


# Core modules (no Qt) whose returned sentences the UI shows through companion.ui.i18n.core_text().
CORE_RETURNS = ("security/device.py",)


def core_strings() -> set[tuple[str, str]]:
    """Every string literal a function in CORE_RETURNS returns, in the "CoreMessages" context."""
    found = set()
    for name in CORE_RETURNS:
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Return) and _literal(node.value):
                found.add(("CoreMessages", _literal(node.value)))
    return found


def sources() -> list[Path]:
    found = sorted(p for p in (PACKAGE / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return found + [PACKAGE / "app.py"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


# -- strings lupdate cannot see -------------------------------------------------------------
def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication"))


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def extra_strings(path: Path, warnings: list[str]) -> set[tuple[str, str]]:
    """(context, text) pairs from wrapper calls and word lists in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _literal(node.value)
            if value is not None:
                constants[node.targets[0].id] = value

    def context_of(node) -> str | None:
        if _literal(node) is not None:
            return _literal(node)
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return None

    # module-level wrappers: def name(text, context="Ctx"): return QCoreApplication.translate(ctx, text)
    wrappers: dict[str, tuple[int, str | None, int | None]] = {}  # name -> (text arg, fixed ctx, ctx arg)
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1 or not isinstance(node.body[0], ast.Return):
            continue
        call = node.body[0].value
        if not isinstance(call, ast.Call) or not _is_translate(call) or len(call.args) < 2:
            continue
        params = [a.arg for a in node.args.args]
        text_arg = call.args[1]
        if not isinstance(text_arg, ast.Name) or text_arg.id not in params:
            continue
        ctx_node = call.args[0]
        fixed = context_of(ctx_node)
        ctx_index = None
        if fixed is None and isinstance(ctx_node, ast.Name) and ctx_node.id in params:
            ctx_index = params.index(ctx_node.id)
            defaults = node.args.defaults
            offset = len(params) - len(defaults)
            if ctx_index >= offset:
                fixed = _literal(defaults[ctx_index - offset])
        if fixed is not None:
            wrappers[node.name] = (params.index(text_arg.id), fixed, ctx_index)

    found: set[tuple[str, str]] = set()
    module = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in wrappers:
            text_index, context, ctx_index = wrappers[node.func.id]
            if len(node.args) > text_index and _literal(node.args[text_index]) is not None:
                if ctx_index is not None and len(node.args) > ctx_index and _literal(node.args[ctx_index]):
                    context = _literal(node.args[ctx_index])
                for kw in node.keywords:
                    if ctx_index is not None and _literal(kw.value) and kw.arg not in (None, "text"):
                        context = _literal(kw.value)
                found.add((context, _literal(node.args[text_index])))
            continue
        if not _is_translate(node) or len(node.args) < 2:
            continue
        context = context_of(node.args[0])
        text = node.args[1]
        if context is None:
            continue
        if _literal(text) is not None:
            found.add((context, _literal(text)))  # (lupdate may not resolve a named context)
            continue
        if context in VOCABULARIES or context == "CoreMessages":
            continue
        if isinstance(text, ast.Subscript) and isinstance(text.value, ast.Name):
            if module is None:
                module = importlib.import_module(_module_name(path))
            words = getattr(module, text.value.id, None)
            values = words.values() if hasattr(words, "values") else words
            if values is not None:
                found.update((context, w) for w in values if isinstance(w, str))
                continue
        if not (isinstance(text, ast.Name) and text.id in {a.arg for f in ast.walk(tree)
                                                             if isinstance(f, ast.FunctionDef)
                                                             and f.name in wrappers for a in f.args.args}):
            warnings.append(f"{path.relative_to(ROOT)}:{node.lineno}: translate({context!r}, …) with text "
                            "this script cannot list; add it to VOCABULARIES")
    return found


def vocabulary_strings() -> set[tuple[str, str]]:
    found = set()
    for context, where in VOCABULARIES.items():
        module_name, attribute = where.split(":")
        words = getattr(importlib.import_module(module_name), attribute)
        values = words.values() if hasattr(words, "values") else words
        found.update((context, w) for w in values if isinstance(w, str))
    return found


def write_extra_source(folder: Path, pairs: set[tuple[str, str]]) -> Path:
    """A Python file of QT_TRANSLATE_NOOP lines that lupdate reads like any source."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, text in sorted(pairs):
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})")
    path = folder / "companion_extra_strings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- the .ts file ----------------------------------------------------------------------------
def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield context, name, message


def _translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    if tr is None:
        return []
    forms = tr.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [tr.text or ""]


def _set_translation(message: ET.Element, values: list[str], finished: bool = True) -> None:
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    for child in list(tr):
        tr.remove(child)
    if message.get("numerus") == "yes":
        tr.text = None
        for value in values:
            ET.SubElement(tr, "numerusform").text = value
    else:
        tr.text = values[0] if values else ""
    if finished:
        tr.attrib.pop("type", None)
    else:
        tr.set("type", "unfinished")


def is_translated(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return all(v.strip() for v in _translations(message)) and bool(_translations(message))


def tidy(ts_path: Path) -> None:
    """Drop messages without a context, reuse translations of the same text, drop vanished ones."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    memory: dict[tuple[str, bool], list[str]] = {}
    for _context, _name, message in _messages(root):
        tr = message.find("translation")
        values = _translations(message)
        if tr is not None and values and all(v.strip() for v in values) and tr.get("type") != "unfinished":
            memory.setdefault((message.findtext("source") or "", message.get("numerus") == "yes"), values)
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.findall("message")):
            tr = message.find("translation")
            if not name or (tr is not None and tr.get("type") in ("vanished", "obsolete")):
                context.remove(message)
                continue
            key = (message.findtext("source") or "", message.get("numerus") == "yes")
            if not is_translated(message) and key in memory:
                _set_translation(message, memory[key])
            for location in message.findall("location"):
                message.remove(location)
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree, "    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    text = ts_path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                       '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts_path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def merge(ts_path: Path, table: dict) -> int:
    """Add translations from `table` ({"English": "…"} or {"Context": {"English": "…"}}). Returns how many."""
    tree = ET.parse(ts_path)
    count = 0
    for _context, name, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = table.get(name, {}).get(source) if isinstance(table.get(name), dict) else None
        if value is None:
            value = table.get(source)
        if value is None or isinstance(value, dict):
            continue
        values = value if isinstance(value, list) else [value]
        if message.get("numerus") == "yes" and len(values) == 1:
            values = values * 2
        if _translations(message) != values or not is_translated(message):
            _set_translation(message, values)
            count += 1
    ET.indent(tree, "    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    tidy(ts_path)
    return count


def untranslated(ts_path: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path)
    return [(name, message.findtext("source") or "") for _c, name, message in _messages(tree.getroot())
            if not is_translated(message)]


def total(ts_path: Path) -> int:
    return sum(1 for _ in _messages(ET.parse(ts_path).getroot()))


def update(languages=LANGUAGES, quiet: bool = False) -> dict[str, tuple[int, int]]:
    """Extract, merge, compile. Returns {lang: (strings, untranslated)}."""
    sys.path.insert(0, str(ROOT))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    files = sources()
    warnings: list[str] = []
    extra: set[tuple[str, str]] = vocabulary_strings() | core_strings()
    for path in files:
        extra |= extra_strings(path, warnings)
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        extra_file = write_extra_source(Path(tmp), extra)
        for lang in languages:
            ts_path = TS_DIR / f"companion_{lang}.ts"
            subprocess.run([tool("pyside6-lupdate"), *map(str, files), str(extra_file), "-locations", "none",
                            "-source-language", "en", "-target-language", lang, "-ts", str(ts_path)],
                           check=True, capture_output=True, text=True)
            tidy(ts_path)
            qm_path = QM_DIR / f"companion_{lang}.qm"
            subprocess.run([tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)],
                           check=True, capture_output=True, text=True)
            report[lang] = (total(ts_path), len(untranslated(ts_path)))
    if not quiet:
        for warning in warnings:
            print("warning:", warning)
        for lang, (count, missing) in report.items():
            print(f"{lang}: {count} strings, {missing} untranslated")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", metavar="LANG", help="list the untranslated strings of LANG")
    parser.add_argument("--merge", nargs=2, metavar=("LANG", "JSON"), help="add translations from a JSON file")
    args = parser.parse_args(argv)
    if args.merge:
        lang, table_path = args.merge
        update((lang,), quiet=True)  # make sure every current string is in the file first
        count = merge(TS_DIR / f"companion_{lang}.ts", json.loads(Path(table_path).read_text(encoding="utf-8")))
        print(f"{lang}: {count} translations added or changed")
    update()
    if args.list:
        for context, source in untranslated(TS_DIR / f"companion_{args.list}.ts"):
            print(f"{context}\t{source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
