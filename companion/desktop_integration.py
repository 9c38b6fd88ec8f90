"""The per-user menu entry and icon on Linux desktops, as Companion or disguised as Notes/Tasks.

Qt-free. Everything is written under a data directory (`$XDG_DATA_HOME`, normally
~/.local/share), following the freedesktop Desktop Entry and Icon Theme specs:

    <data_home>/applications/<desktop id>.desktop
    <data_home>/icons/hicolor/<N>x<N>/apps/<icon name>.png   (16 ... 512)
    <data_home>/icons/hicolor/scalable/apps/<icon name>.svg

Only one entry exists at a time: installing one mode removes the others, so someone
who switches to the disguise is not left with a "Companion" entry in their menu. The
disguised entries mention Companion nowhere: not in the file name, the name, the
comment, the keywords or the icon. The program path on the Exec line is whatever
folder the person unpacked Companion into; docs/install.md says so.

Callers: the Settings page (`install_desktop_entry(mode, data_home, exec_path)`),
the bundle's `companion-install-desktop` program and `python -m companion.desktop_integration`
(`cli_main`), and `companion desktop-entry ...` once cli/main.py lists this module
among its optional command modules (`register`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

APP_ID = "io.github.companion_journal.Companion"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class EntryStyle:
    """How one mode looks in the menu."""

    mode: str
    desktop_id: str  # file name without .desktop
    icon_name: str  # hicolor icon name
    artwork: str  # base name of the runtime icon files in companion/resources/icons
    name: str
    generic_name: str
    comment: str
    categories: str
    keywords: str
    wm_class: str  # Qt's WM_CLASS class is the application name set in app.py

    @property
    def file_name(self) -> str:
        return f"{self.desktop_id}.desktop"


STYLES: dict[str, EntryStyle] = {
    "normal": EntryStyle(
        mode="normal", desktop_id=APP_ID, icon_name=APP_ID, artwork="companion",
        name="Companion", generic_name="Private Journal",
        comment="Write, check in and practise grounding, privately and offline",
        categories="Office;", keywords="journal;diary;private;encrypted;grounding;offline;",
        wm_class="companion",
    ),
    "notes": EntryStyle(
        mode="notes", desktop_id="simple-notes", icon_name="simple-notes", artwork="notes",
        name="Notes", generic_name="Notes", comment="Write notes",
        categories="Utility;", keywords="notes;text;", wm_class="notes",
    ),
    "tasks": EntryStyle(
        mode="tasks", desktop_id="simple-tasks", icon_name="simple-tasks", artwork="tasks",
        name="Tasks", generic_name="To-do List", comment="Keep a list of tasks",
        categories="Utility;", keywords="tasks;todo;list;", wm_class="tasks",
    ),
}
# The Settings page speaks in the startup-settings vocabulary ("off", "notes", "tasks");
# "disguise" alone means the default disguise.
ALIASES = {"off": "normal", "disguise": "notes"}
MODES = tuple(STYLES) + tuple(ALIASES)


class DesktopIntegrationError(Exception):
    """The entry could not be written (bad program path, unwritable folder)."""


@dataclass
class Change:
    """What an install or removal did, for the Settings page to report."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def style_for(mode: str) -> EntryStyle:
    try:
        return STYLES[ALIASES.get(mode, mode)]
    except KeyError:
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}") from None


def desktop_file_id(mode: str) -> str:
    """The desktop file id for `mode`; app.py can pass it to QGuiApplication.setDesktopFileName
    so Wayland docks match the window to the entry."""
    return style_for(mode).desktop_id


def unsupported_reason(platform: str | None = None) -> str | None:
    """Why menu entries cannot be installed this way here, or None if they can."""
    platform = platform or sys.platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        return "Menu entries are only added this way on Linux; see docs/install.md for your system."
    if os.path.exists("/.flatpak-info"):
        return "In the Flatpak, the menu entry belongs to Flatpak and cannot be changed from inside the app."
    return None


def is_supported(platform: str | None = None) -> bool:
    """True on freedesktop systems (Linux, the BSDs), outside a Flatpak sandbox."""
    return unsupported_reason(platform) is None


def default_data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the spec requires), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def default_exec_path() -> str:
    """The `companion` program to start from the menu.

    In the PyInstaller bundle it sits beside this program (`companion` and
    `companion-install-desktop` share one folder); in a source install it is the
    console script beside the running Python.
    """
    if getattr(sys, "frozen", False):
        candidate = Path(sys.executable).with_name("companion")
        if candidate.is_file():
            return str(candidate)
    beside = shutil.which("companion", path=str(Path(sys.executable).parent))
    found = beside or shutil.which("companion")
    if not found:
        raise DesktopIntegrationError("could not find the `companion` program; pass its path explicitly")
    return str(Path(found).absolute())


# -- rendering ------------------------------------------------------------------------------

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _escape_string(value: str) -> str:
    """Escape a value of type string (Desktop Entry spec, "Possible value types")."""
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")


def exec_quote(argument: str) -> str:
    """Quote one Exec argument: the quoting rule first, then the string escape rule."""
    if not argument or any(ch in argument for ch in "\n\r\0"):
        raise DesktopIntegrationError("the program path must be non-empty and on one line")
    if set(argument) & _RESERVED:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
        argument = f'"{inner}"'
    return _escape_string(argument.replace("%", "%%"))


def render_desktop_entry(mode: str, exec_path: str, *, try_exec: bool = True) -> str:
    """The .desktop file text for `mode`, starting `exec_path` with no arguments.

    `try_exec` adds TryExec with the same program, so the entry disappears from the menu
    if the folder it points to is deleted (absolute paths only).
    """
    style = style_for(mode)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",  # desktop-file-validate 0.26 (Debian 12) knows versions up to 1.4
        f"Name={style.name}",
        f"GenericName={style.generic_name}",
        f"Comment={style.comment}",
        f"Icon={style.icon_name}",
        f"Exec={exec_quote(exec_path)}",
    ]
    if try_exec and os.path.isabs(exec_path):
        lines.append(f"TryExec={_escape_string(exec_path)}")
    lines += [
        "Terminal=false",
        f"Categories={style.categories}",
        f"Keywords={style.keywords}",
        "StartupNotify=true",
        f"StartupWMClass={style.wm_class}",
    ]
    return "\n".join(lines) + "\n"


# -- icons ----------------------------------------------------------------------------------

def _icon_resource(artwork: str, suffix: str):
    return resources.files("companion.resources.icons").joinpath(f"{artwork}{suffix}")


def icon_targets(style: EntryStyle, data_home: Path) -> dict[Path, object]:
    """Installed icon path -> packaged resource, for every size of `style`'s icon."""
    hicolor = Path(data_home) / "icons" / "hicolor"
    targets: dict[Path, object] = {
        hicolor / "scalable" / "apps" / f"{style.icon_name}.svg": _icon_resource(style.artwork, ".svg")
    }
    for size in ICON_SIZES:
        targets[hicolor / f"{size}x{size}" / "apps" / f"{style.icon_name}.png"] = (
            _icon_resource(style.artwork, f"-{size}.png"))
    return targets


def entry_path(mode: str, data_home: Path) -> Path:
    return Path(data_home) / "applications" / style_for(mode).file_name


# -- install / remove -----------------------------------------------------------------------

def _write(path: Path, data: bytes, change: Change) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(data)
        os.chmod(temporary, 0o644)  # readable by the desktop shell whatever the app's umask
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DesktopIntegrationError(f"could not write {path}: {exc.strerror or exc}") from exc
    change.written.append(path)


def _remove_style(style: EntryStyle, data_home: Path, change: Change) -> None:
    for path in [Path(data_home) / "applications" / style.file_name, *icon_targets(style, data_home)]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopIntegrationError(f"could not remove {path}: {exc.strerror or exc}") from exc
        change.removed.append(path)


def _touch_theme(data_home: Path) -> None:
    """Icon caches notice changes by the theme folder's modification time."""
    hicolor = Path(data_home) / "icons" / "hicolor"
    if hicolor.is_dir():
        try:
            os.utime(hicolor)
        except OSError:
            pass


def install_desktop_entry(mode: str, data_home: Path | None = None, exec_path: str | None = None) -> Change:
    """Install the entry and icons for `mode` ("normal", "notes", "tasks"; also "off" and
    "disguise"), removing every other mode's entry and icons."""
    style = style_for(mode)
    data_home = Path(data_home) if data_home is not None else default_data_home()
    exec_path = exec_path or default_exec_path()
    text = render_desktop_entry(style.mode, exec_path)  # validates the path before touching disk
    change = Change()
    for other in STYLES.values():
        if other is not style:
            _remove_style(other, data_home, change)
    for target, source in icon_targets(style, data_home).items():
        _write(target, source.read_bytes(), change)
    _write(entry_path(style.mode, data_home), text.encode("utf-8"), change)
    _touch_theme(data_home)
    return change


def remove_desktop_entries(data_home: Path | None = None) -> Change:
    """Remove every Companion entry and icon, in every mode. Nothing else is touched."""
    data_home = Path(data_home) if data_home is not None else default_data_home()
    change = Change()
    for style in STYLES.values():
        _remove_style(style, data_home, change)
    _touch_theme(data_home)
    return change


def installed_modes(data_home: Path | None = None) -> list[str]:
    """Modes whose .desktop file is present (normally none or one)."""
    data_home = Path(data_home) if data_home is not None else default_data_home()
    return [m for m in STYLES if entry_path(m, data_home).is_file()]


# -- command line ---------------------------------------------------------------------------

def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", choices=("install", "remove", "status"), default="install",
                        help="install (default), remove every entry, or show what is installed")
    parser.add_argument("--mode", default="normal", choices=MODES,
                        help="normal: Companion; notes or tasks: a plain-looking entry (default: normal)")
    parser.add_argument("--data-home", type=Path, default=None,
                        help="where to install (default: $XDG_DATA_HOME or ~/.local/share)")
    parser.add_argument("--exec", dest="exec_path", default=None,
                        help="the companion program to start (default: the one beside this program)")


def _run(args: argparse.Namespace, out) -> int:
    reason = unsupported_reason()
    if reason:
        print(reason, file=out)
        return 2
    if args.action == "status":
        modes = installed_modes(args.data_home)
        print(", ".join(modes) if modes else "no menu entry installed", file=out)
        return 0
    if args.action == "remove":
        change = remove_desktop_entries(args.data_home)
        print(f"Removed {len(change.removed)} files." if change.removed else "Nothing to remove.", file=out)
        return 0
    change = install_desktop_entry(args.mode, args.data_home, args.exec_path)
    style = style_for(args.mode)
    print(f"Added \"{style.name}\" to the applications menu ({entry_path(style.mode, args.data_home or default_data_home())}).",
          file=out)
    if change.removed:
        print("Removed the previous menu entry.", file=out)
    return 0


def cli_main(argv: list[str] | None = None) -> int:
    """`companion-install-desktop [install|remove|status] [--mode M] [--data-home DIR] [--exec PATH]`."""
    parser = argparse.ArgumentParser(
        prog="companion-install-desktop",
        description="Add Companion to your applications menu, or a plain Notes/Tasks entry instead.")
    _add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return _run(args, sys.stdout)
    except (DesktopIntegrationError, ValueError) as exc:
        print(f"companion-install-desktop: {exc}", file=sys.stderr)
        return 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """`companion desktop-entry ...` for cli/main.py's optional command modules."""
    parser = subparsers.add_parser("desktop-entry", help="add or remove the applications-menu entry (Linux)")
    _add_arguments(parser)
    parser.set_defaults(handler=_cli_handler)


def _cli_handler(args: argparse.Namespace, ctx) -> int:
    from companion.errors import CompanionError

    try:
        return _run(args, ctx.out)
    except (DesktopIntegrationError, ValueError) as exc:
        raise CompanionError(str(exc)) from exc


if __name__ == "__main__":
    sys.exit(cli_main())
