"""One window per vault: a second launch brings the first forward over a local socket, then exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from companion.ui.single_instance import SingleInstance, server_name


def test_second_instance_signals_the_first(qtbot, tmp_path):
    name = server_name(tmp_path / "vault")
    assert name.startswith("desktop-session-") and "companion" not in name
    assert server_name(tmp_path / "vault") != server_name(tmp_path / "other")
    first = SingleInstance(name)
    assert not first.signal_existing(100)  # nobody there yet
    assert first.listen()
    try:
        second = SingleInstance(name)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.signal_existing()
    finally:
        first.close()
    assert not SingleInstance(name).signal_existing(100)


def test_a_second_launch_of_the_app_exits_and_raises_the_first(qtbot, make_app, tmp_path, vault_dir):
    from companion.ui.single_instance import SingleInstance

    harness = make_app(vault_dir)
    instance = SingleInstance(server_name(vault_dir))
    assert instance.listen()
    raised = []
    instance.activated.connect(lambda: raised.append(True))
    instance.activated.connect(harness.window.activate_from_second_launch)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(tmp_path / "home2")}
        code = (
            "import sys; from pathlib import Path; from companion.paths import AppPaths; "
            "from companion.app import run_app; p = AppPaths.resolve(); "
            f"sys.exit(run_app(Path({str(vault_dir)!r}), p, ['companion'], quit_when_shown=True))"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=Path(__file__).parents[2])
        deadline = time.monotonic() + 20
        while proc.poll() is None and time.monotonic() < deadline:
            qtbot.wait(20)  # keep our event loop turning so the server can answer
        out, err = proc.communicate(timeout=5)
        assert proc.returncode == 0, err.decode()
        assert "already open" in err.decode()
        qtbot.waitUntil(lambda: bool(raised), timeout=3000)
        assert harness.window.isVisible()
    finally:
        instance.close()
