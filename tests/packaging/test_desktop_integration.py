"""The per-user menu entry: one mode at a time, valid files, a disguise with no trace of Companion."""

from __future__ import annotations

import argparse
import io
import os
import stat
import subprocess
from pathlib import Path

import pytest

from companion import desktop_integration as di

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ALL_MODES = ("normal", "notes", "tasks")
EXEC = "/opt/apps/notes-app/run"  # a program path without the app's name, as a disguise user would choose


def parse_exec(value: str) -> list[str]:
    """Split an Exec value the way the Desktop Entry spec says launchers must (independent of the code)."""
    unescaped, i = [], 0
    while i < len(value):  # the string-type escapes come first
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "\\" + value[i + 1]))
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    args, current, quoted, i, started = [], [], False, 0, False
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current.append(text[i + 1])
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted, started = True, True
        elif ch == " ":
            if current or started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
        i += 1
    if current or started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def read_entry(path):
    keys = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        key, _, value = line.partition("=")
        keys[key] = value
    return keys


@pytest.fixture
def validate(desktop_file_validate):
    def check(path) -> None:
        result = subprocess.run([desktop_file_validate, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr
    return check


def our_files(data_home):
    return sorted(p.relative_to(data_home).as_posix() for p in data_home.rglob("*") if p.is_file())


@pytest.mark.parametrize("mode", ALL_MODES)
def test_each_mode_installs_a_valid_entry_and_every_icon_size(tmp_path, mode, validate):
    change = di.install_desktop_entry(mode, tmp_path, EXEC)
    style = di.style_for(mode)
    entry = tmp_path / "applications" / f"{style.desktop_id}.desktop"
    validate(entry)
    keys = read_entry(entry)
    assert keys["Icon"] == style.icon_name and keys["Name"] == style.name
    assert parse_exec(keys["Exec"]) == [EXEC] and keys["TryExec"] == EXEC
    for size in di.ICON_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{style.icon_name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{style.icon_name}.svg").is_file()
    assert len(change.written) == len(di.ICON_SIZES) + 2 and change.removed == []
    assert di.installed_modes(tmp_path) == [mode]


@pytest.mark.parametrize("mode", ["notes", "tasks"])
def test_disguised_entry_mentions_companion_nowhere(tmp_path, mode):
    di.install_desktop_entry(mode, tmp_path, EXEC)
    for path in tmp_path.rglob("*"):
        assert "companion" not in path.name.lower()
        if path.is_file() and path.suffix in (".desktop", ".svg"):
            text = path.read_text(encoding="utf-8").lower()
            for word in ("companion", "journal", "diary", "grounding", "trauma", "abuse", "disguise"):
                assert word not in text, f"{path.name} says {word!r}"


def test_switching_modes_leaves_only_the_new_entry(tmp_path):
    di.install_desktop_entry("normal", tmp_path, EXEC)
    normal_files = set(our_files(tmp_path))
    change = di.install_desktop_entry("disguise", tmp_path, EXEC)  # "disguise" means Notes
    assert di.installed_modes(tmp_path) == ["notes"]
    assert {p.relative_to(tmp_path).as_posix() for p in change.removed} == normal_files
    assert not any("io.github.companion_journal" in f for f in our_files(tmp_path))
    di.install_desktop_entry("off", tmp_path, EXEC)  # the Settings vocabulary: off = normal
    assert di.installed_modes(tmp_path) == ["normal"]
    assert set(our_files(tmp_path)) == normal_files


def test_remove_takes_away_every_mode_and_nothing_else(tmp_path):
    other = tmp_path / "applications" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    other_icon = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"x")
    di.install_desktop_entry("tasks", tmp_path, EXEC)
    change = di.remove_desktop_entries(tmp_path)
    assert len(change.removed) == len(di.ICON_SIZES) + 2
    assert our_files(tmp_path) == ["applications/org.example.Other.desktop",
                                   "icons/hicolor/48x48/apps/org.example.Other.png"]
    assert di.installed_modes(tmp_path) == []
    assert di.remove_desktop_entries(tmp_path).removed == []  # idempotent


@pytest.mark.parametrize("path", [
    "/home/a b/Companion (copy)/companion",
    '/tmp/quote"and`tick/$HOME/x',
    "/tmp/100%/back\\slash/it's/companion",
    "/tmp/semi;colon&amp|pipe/~tilde/*star?/#hash/=eq",
])
def test_program_paths_with_reserved_characters_round_trip(tmp_path, path, validate):
    di.install_desktop_entry("normal", tmp_path, path)
    entry = di.entry_path("normal", tmp_path)
    validate(entry)
    keys = read_entry(entry)
    assert parse_exec(keys["Exec"]) == [path]


def test_a_path_on_two_lines_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(di.DesktopIntegrationError):
        di.install_desktop_entry("normal", tmp_path, "/tmp/evil\nExec=rm -rf ~")
    assert our_files(tmp_path) == []


def test_unknown_mode_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown mode"):
        di.install_desktop_entry("calculator", tmp_path, EXEC)


def test_files_are_readable_by_the_desktop_even_under_the_apps_private_umask(tmp_path):
    old = os.umask(0o077)
    try:
        di.install_desktop_entry("normal", tmp_path, EXEC)
    finally:
        os.umask(old)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert not list(tmp_path.rglob("*.tmp"))


def test_default_data_home_follows_xdg_and_ignores_a_relative_value(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert di.default_data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    assert di.default_data_home() == di.Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert di.default_data_home() == di.Path.home() / ".local" / "share"


def test_default_program_is_the_companion_script_beside_this_python():
    path = di.default_exec_path()
    assert os.path.isabs(path) and os.path.basename(path) == "companion" and os.access(path, os.X_OK)


def test_only_freedesktop_systems_are_supported():
    assert di.is_supported("linux")
    assert not di.is_supported("win32") and not di.is_supported("darwin")


def test_cli_installs_reports_and_removes(tmp_path, capsys):
    assert di.cli_main(["--mode", "tasks", "--data-home", str(tmp_path), "--exec", EXEC]) == 0
    assert 'Added "Tasks"' in capsys.readouterr().out
    assert di.cli_main(["status", "--data-home", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "tasks"
    assert di.cli_main(["remove", "--data-home", str(tmp_path)]) == 0
    assert our_files(tmp_path) == []
    assert di.cli_main(["--data-home", str(tmp_path), "--exec", "bad\npath"]) == 1
    assert "one line" in capsys.readouterr().err


def test_register_adds_a_companion_subcommand(tmp_path):
    """cli/main.py can list this module among its optional command modules."""
    parser = argparse.ArgumentParser()
    di.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["desktop-entry", "install", "--mode", "notes", "--data-home", str(tmp_path),
                              "--exec", EXEC])

    class Ctx:
        out = io.StringIO()

    assert args.handler(args, Ctx) == 0
    assert di.installed_modes(tmp_path) == ["notes"]
    assert "Notes" in Ctx.out.getvalue()


@pytest.mark.parametrize("mode, name", [("normal", "io.github.companion_journal.Companion.desktop"),
                                        ("notes", "simple-notes.desktop")])
def test_shipped_desktop_files_are_what_the_code_writes(mode, name, validate):
    """packaging/*.desktop (used by Flatpak and system packages) cannot drift from the code."""
    assert (PACKAGING / name).read_text(encoding="utf-8") == di.render_desktop_entry(mode, "companion",
                                                                                      try_exec=False)
    validate(PACKAGING / name)
