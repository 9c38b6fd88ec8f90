"""The accessibility tree as a screen reader reads it: AT-SPI under Xvfb, for every screen.

The app runs for real (xcb, accessibility always on) on its own X server, D-Bus session and
AT-SPI bus; tests/a11y/app_driver.py walks every screen and waits on each while
tests/a11y/atspi_dump.py (system Python, python3-pyatspi) dumps the tree. Every focusable,
showing control must have a role and a name; images and the breath pacer a description;
every window a name. When the grounding section exists, the player is watched on a
breathing step: the phase must reach the screen reader (an announcement, or a name or
description that changes). Needs Debian's xvfb, dbus, at-spi2-core and python3-pyatspi
(dev.sh installs them); the test installs nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.conftest import PASSPHRASE, make_vault, sample_drafts

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# Roles that are containers or decoration even when Qt marks them focusable.
UNNAMED_OK = {"filler", "panel", "scroll pane", "viewport", "redundant object", "application", "section"}


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


class Line:
    """Read JSON lines from a process with a deadline."""

    def __init__(self, process: subprocess.Popen, what: str):
        self.process, self.what = process, what

    def read(self, deadline: float) -> dict:
        import select

        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 0.2)
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    break
                line = line.strip()
                if line.startswith("{"):
                    return json.loads(line)
            elif self.process.poll() is not None:
                break
        raise AssertionError(f"{self.what} stopped answering (exit {self.process.poll()})")

    def send(self, text: str) -> None:
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()


def walk_tree(tree: dict, path: str = ""):
    here = f"{path}/{tree['role']}:{tree['name'][:30]}"
    yield tree, here
    for child in tree.get("children", []):
        yield from walk_tree(child, here)


# Qt's stock dialogs (print preview, print, file chooser) are drawn and named by Qt itself;
# what they lack is listed as a note, not as a failure of Companion's pages.
QT_STOCK = ("QPrintPreviewDialog", "QPrintDialog", "QFileDialog", "QColorDialog", "QFontDialog")


def problems_in(dump: dict, stop: dict, notes: list[str] | None = None) -> list[str]:
    found = []
    specials = {s["name"] for s in stop.get("specials", [])}
    for app in dump["apps"]:
        for node, path in walk_tree(app):
            if any(f".{stock}" in node.get("id", "") for stock in QT_STOCK) or \
                    (node["role"] == "frame" and "/dialog:Print preview" in path):
                if notes is not None and "focusable" in node["states"] and not node["name"].strip():
                    notes.append(f"Qt's own dialog: unnamed {node['role']} {node.get('id', '')}")
                continue
            states = set(node["states"])
            if "showing" not in states or "visible" not in states:
                continue
            if node["role"] in ("frame", "dialog", "window") and not node["name"].strip():
                found.append(f"window without a name: {path}")
            if "focusable" in states:
                if node["role"] in ("unknown", "invalid", ""):
                    found.append(f"focusable control without a role: {path}")
                elif not node["name"].strip() and node["role"] not in UNNAMED_OK:
                    found.append(f"unnamed {node['role']}: {path} (id {node.get('id', '')})")
            is_pacer = node.get("id", "").endswith(("BreathPacer", "BreathPacerWidget")) or node["role"] == "animation"
            if node["role"] in ("image", "icon", "animation") or is_pacer or (node["name"] in specials and specials):
                if not node["description"].strip() and not (node["role"] == "icon" and node["name"]):
                    found.append(f"{node['role']} without a description: {path}")
    return found


def names_and_descriptions(dump: dict) -> dict[str, tuple[str, str]]:
    return {path: (node["name"], node["description"]) for app in dump["apps"] for node, path in walk_tree(app)
            if "showing" in node["states"]}


@pytest.fixture
def desktop(tmp_path):
    missing = _missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (./dev.sh installs them)")
    processes: list[subprocess.Popen] = []
    number = _free_display()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.update(DISPLAY=f":{number}", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="", NO_AT_BRIDGE="0",
               XDG_RUNTIME_DIR=str(tmp_path / "run"), XDG_DATA_HOME=str(tmp_path / "xdg-data"))
    (tmp_path / "run").mkdir(mode=0o700)
    try:
        xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(xvfb)
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert time.monotonic() < deadline and xvfb.poll() is None, "Xvfb did not start"
            time.sleep(0.05)
        processes.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield env, processes
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(processes):
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
            for stream in (process.stdin, process.stdout, process.stderr):
                if stream is not None:
                    stream.close()


def test_every_screen_through_the_screen_reader_api(desktop, tmp_path):
    env, processes = desktop
    started = time.monotonic()
    home = tmp_path / "home"
    make_vault(home / "vault", drafts=sample_drafts())
    # motion allowed, so the breath pacer itself is on screen (reduced motion shows words instead)
    (home / "config").mkdir(parents=True)
    (home / "config" / "startup.json").write_text(json.dumps({"motion": "full", "theme": "light"}))
    app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   COMPANION_HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    with open(tmp_path / "app.log", "w") as app_log, open(tmp_path / "dump.log", "w") as dump_log:
        app = subprocess.Popen([sys.executable, str(HERE / "app_driver.py"), PASSPHRASE], env=app_env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=app_log)
        processes.append(app)
        dumper = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_dump.py")], env=env, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=dump_log)
        processes.append(dumper)
    driver, reader = Line(app, "the app"), Line(dumper, "the AT-SPI dumper")
    deadline = started + 55
    assert driver.read(deadline)["event"] == "ready"

    problems: list[str] = []
    notes: list[str] = []
    stops: list[str] = []
    live = None
    while True:
        message = driver.read(deadline)
        if message["event"] == "done":
            break
        assert message["event"] == "stop", message
        stops.append(message["name"])
        reader.send(f"dump {app.pid}")
        dump = reader.read(deadline)
        if not dump["apps"]:  # the bridge registers the app a moment after it starts
            time.sleep(0.5)
            reader.send(f"dump {app.pid}")
            dump = reader.read(deadline)
        assert dump["apps"], f"{message['name']}: the app is not on the accessibility bus"
        problems.extend(f"{message['name']}: {p}" for p in problems_in(dump, message, notes))
        if message["name"] == "grounding player, breathing":
            reader.send(f"watch {app.pid} 4.5")
            events = reader.read(deadline)["events"]
            reader.send(f"dump {app.pid}")
            later = reader.read(deadline)
            before, after = names_and_descriptions(dump), names_and_descriptions(later)
            changed = sorted(path for path in set(before) & set(after) if before[path] != after[path])
            announced = [e for e in events if e["type"].startswith("object:announcement")]
            live = {"announcements": announced, "changed": changed, "events": events}
        driver.send("next")
    driver.send("quit")
    reader.send("quit")
    for process in (app, dumper):
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    elapsed = time.monotonic() - started
    print(f"AT-SPI walk: {len(stops)} screens in {elapsed:.1f} s")
    for note in sorted(set(notes)):
        print("note:", note)

    assert len(stops) > 3, stops
    assert problems == [], "\n".join(problems)
    if "grounding player, breathing" in stops:
        assert live is not None
        assert live["announcements"] or live["changed"], \
            f"the breathing phase never reached the screen reader: {live['events'][:5]}"
        print(f"phase changes heard: {len(live['announcements'])} announcements, "
              f"{len(live['changed'])} changed names/descriptions")
    assert elapsed < 60
