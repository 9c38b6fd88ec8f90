"""Shipped metadata: AppStream, the desktop files, the Flatpak manifest and the icons."""

from __future__ import annotations

import importlib.util
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import companion
from companion import desktop_integration as di

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / f"{di.APP_ID}.metainfo.xml"
MANIFEST = PACKAGING / "flatpak" / f"{di.APP_ID}.yml"
ICONS = ROOT / "assets" / "icons"
RUNTIME_ICONS = ROOT / "companion" / "resources" / "icons"


def load_script(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def appstream_version(appstreamcli: str) -> tuple[int, ...]:
    out = subprocess.run([appstreamcli, "--version"], capture_output=True, text=True).stdout
    return tuple(int(n) for n in re.search(r"(\d+)\.(\d+)\.(\d+)", out).groups())


def tolerated(appstreamcli: str) -> set[str]:
    """Issues that depend on the validator's age, not on the file.

    appstreamcli < 1.0 does not know the 1.0 `<developer>` tag Flathub requires;
    1.0 and later call the old `<developer_name>` deprecated. Both tags are kept on purpose.
    """
    if appstream_version(appstreamcli) < (1, 0, 0):
        return {"unknown-tag developer"}
    return {"developer-name-tag-deprecated"}


def strict_issues(appstreamcli: str, *args: str) -> list[str]:
    result = subprocess.run([appstreamcli, *args], capture_output=True, text=True)
    issues = [line.strip() for line in result.stdout.splitlines() if re.match(r"\s*[EWI]: ", line)]
    unexpected = [i for i in issues if not any(i.endswith(t) or f" {t}" in i for t in tolerated(appstreamcli))]
    if result.returncode != 0:
        assert not [i for i in issues if i.startswith(("E:", "W:"))], result.stdout + result.stderr
    return unexpected


def test_metainfo_validates_offline(appstreamcli):
    result = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert strict_issues(appstreamcli, "validate", "--no-net", "--strict", str(METAINFO)) == []


def test_installed_tree_validates_with_desktop_file_and_icons(appstreamcli, tmp_path):
    """validate-tree cross-checks the launchable desktop id, the desktop file and the icon."""
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / METAINFO.name).write_bytes(METAINFO.read_bytes())
    di.install_desktop_entry("normal", share, "companion")
    assert (share / "applications" / f"{di.APP_ID}.desktop").read_text() == \
        (PACKAGING / f"{di.APP_ID}.desktop").read_text()
    assert strict_issues(appstreamcli, "validate-tree", "--no-net", str(tmp_path)) == []


def test_metainfo_promises_offline_and_matches_the_release_and_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == di.APP_ID
    assert root.findtext("supports/internet") == "offline-only"
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.findtext("launchable") == f"{di.APP_ID}.desktop"
    assert root.findtext("summary") and root.find("description/p") is not None
    assert root.find("releases/release").get("version") == companion.__version__
    shots = [s.findtext("image") for s in root.iter("screenshot")]
    assert shots and all(re.search(r"/docs/screenshots/[0-9a-z-]+\.png$", s) for s in shots)
    screenshots = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    assert all((screenshots / s.rsplit("/", 1)[1]).is_file() for s in shots)
    assert len([s for s in root.iter("screenshot") if s.get("type") == "default"]) == 1


def test_packaging_desktop_files_validate(desktop_file_validate):
    files = sorted(PACKAGING.glob("*.desktop"))
    assert len(files) >= 2
    for path in files:
        result = subprocess.run([desktop_file_validate, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, f"{path.name}: {result.stdout}"


def test_flatpak_manifest_has_no_network_and_uses_the_pyside_baseapp():
    text = MANIFEST.read_text()
    finish_args = re.findall(r"^\s+- (--\S+)", text, flags=re.M)
    assert finish_args, "finish-args not found"
    assert not [a for a in finish_args if a.startswith("--share=network") or a.startswith("--filesystem")]
    assert "--socket=wayland" in finish_args and "--socket=fallback-x11" in finish_args
    for line in ("base: io.qt.PySide.BaseApp", "runtime: org.kde.Platform", "sdk: org.kde.Sdk",
                 f"app-id: {di.APP_ID}", "command: companion", "- /app/cleanup-BaseApp.sh",
                 "BASEAPP_REMOVE_WEBENGINE: '1'", "- python-deps.json"):
        assert line in text, line
    for path in re.findall(r"(packaging/\S+\.(?:desktop|xml)|assets/icons/\S+\.svg)", text):
        assert (ROOT / path).is_file(), path


def test_flatpak_wheels_are_pinned_with_checksums():
    update = load_script(PACKAGING / "flatpak" / "update_wheels.py")
    module = __import__("json").loads((PACKAGING / "flatpak" / "python-deps.json").read_text())
    assert update.check(module) == []
    assert not [s for s in module["sources"] if "pyside" in s["filename"].lower()], "PySide comes from the BaseApp"
    arch_specific = [s for s in module["sources"] if not s["filename"].endswith("-none-any.whl")]
    assert arch_specific and all(len(s["only-arches"]) == 1 for s in arch_specific)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name", ["companion", "notes", "tasks"])
def test_icons_exist_at_every_size_and_runtime_copies_match(name):
    svg = ICONS / f"{name}.svg"
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert (RUNTIME_ICONS / f"{name}.svg").read_bytes() == svg.read_bytes()
    for size in di.ICON_SIZES:
        for folder in (ICONS / "png", RUNTIME_ICONS):
            assert png_size((folder / f"{name}-{size}.png").read_bytes()) == (size, size)
        assert (RUNTIME_ICONS / f"{name}-{size}.png").read_bytes() == (ICONS / "png" / f"{name}-{size}.png").read_bytes()


def test_windows_and_macos_icon_containers_are_well_formed():
    ico = (ICONS / "companion.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        sizes.append(png_size(ico[offset:offset + length])[0])
        assert (width or 256) == sizes[-1]
    assert 16 in sizes and 256 in sizes
    icns = (ICONS / "companion.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_render_script_reports_runtime_copies_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "assets" / "render_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_runtime_icons_are_package_resources():
    from importlib import resources

    folder = resources.files("companion.resources.icons")
    assert folder.joinpath("companion.svg").read_bytes().startswith(b"<?xml")
