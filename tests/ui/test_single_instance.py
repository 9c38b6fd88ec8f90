"""One window per vault: a second launch brings the first forward over a local socket, then exits."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from companion.ui.single_instance import SingleInstance, server_name, socket_path


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
        _out, err = proc.communicate(timeout=5)
        assert proc.returncode == 0, err.decode()
        assert "already open" in err.decode()
        qtbot.waitUntil(lambda: bool(raised), timeout=3000)
        assert harness.window.isVisible()
    finally:
        instance.close()


def _short_root(monkeypatch):
    """A private stand-in for /tmp as the parent of the short folder (cleaned up by the caller)."""
    from companion.ui import single_instance

    root = Path(tempfile.mkdtemp(prefix="si-", dir="/tmp"))
    monkeypatch.setattr(single_instance, "SHORT_ROOT", str(root))
    return root


def _ask(qtbot, first, name) -> None:
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert SingleInstance(name).signal_existing()


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX paths")
def test_the_socket_sits_in_the_temp_folder_for_this_user_only(qtbot, tmp_path, monkeypatch):
    short_tmp = Path(tempfile.mkdtemp(prefix="cmp-", dir="/tmp"))  # where QLocalServer put it too
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    name = server_name(tmp_path / "vault")
    first = SingleInstance(name)
    try:
        assert first.listen()
        assert first.path == socket_path(name) == str(short_tmp.resolve() / name)
        assert stat.S_ISSOCK(os.stat(first.path).st_mode)
        assert stat.S_IMODE(os.stat(first.path).st_mode) == 0o600
        assert sorted(os.listdir(short_tmp)) == [name]  # the private folder used for binding is gone
        _ask(qtbot, first, name)
    finally:
        first.close()
    assert not os.path.exists(str(short_tmp / name))
    shutil.rmtree(short_tmp, ignore_errors=True)


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX paths")
def test_a_long_temp_folder_falls_back_to_a_short_private_folder(qtbot, tmp_path, monkeypatch):
    from companion.ui.single_instance import MAX_SOCKET_PATH

    long_tmp = tmp_path / ("t" * 60) / ("u" * 60)  # e.g. a long TMPDIR: QLocalServer failed silently here
    long_tmp.mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(long_tmp))
    root = _short_root(monkeypatch)
    name = server_name(tmp_path / "vault")
    first = SingleInstance(name)
    try:
        assert not first.signal_existing(100)  # nobody there yet, and nothing made by asking
        assert not os.listdir(root)
        assert first.listen()
        folder = root / f"desktop-session-{os.getuid()}"
        assert first.path == str(folder / name) and len(os.fsencode(first.path)) <= MAX_SOCKET_PATH
        assert stat.S_IMODE(os.lstat(folder).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(first.path).st_mode) == 0o600
        assert "companion" not in first.path.lower()
        _ask(qtbot, first, name)
        _ask(qtbot, first, name)  # and again: every later launch is answered
    finally:
        first.close()
    assert not (folder / name).exists()
    assert not SingleInstance(name).signal_existing(100)
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX paths")
def test_the_short_folder_must_be_ours_alone(qtbot, tmp_path, monkeypatch):
    long_tmp = tmp_path / ("t" * 60) / ("u" * 60)
    long_tmp.mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(long_tmp))
    root = _short_root(monkeypatch)
    folder = root / f"desktop-session-{os.getuid()}"
    name = server_name(tmp_path / "vault")
    try:
        # A link (it could point anywhere, e.g. into someone else's folder) is never used.
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        folder.symlink_to(elsewhere)
        assert socket_path(name, create=True) is None
        first = SingleInstance(name)
        assert not first.listen() and not first.signal_existing(100)
        assert not os.listdir(elsewhere)
        folder.unlink()
        # Ours but open to others: a second launch does not trust it; the first narrows it to 0700.
        folder.mkdir(mode=0o700)
        folder.chmod(0o777)
        assert socket_path(name) is None
        assert first.listen()
        try:
            assert stat.S_IMODE(os.lstat(folder).st_mode) == 0o700
            _ask(qtbot, first, name)
        finally:
            first.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.skipif(os.name != "posix", reason="AF_UNIX paths")
def test_a_stale_socket_file_is_replaced_and_a_slow_request_still_counts(qtbot, tmp_path, monkeypatch):
    import socket

    short_tmp = Path(tempfile.mkdtemp(prefix="cmp-", dir="/tmp"))
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    name = server_name(tmp_path / "vault")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(short_tmp / name))  # a crashed instance's leftover: nobody listens on it
    stale.close()
    first = SingleInstance(name)
    try:
        assert not first.signal_existing(100)
        assert first.listen()
        # A request that arrives in pieces, after the connection (read as it comes, never blocking).
        with qtbot.waitSignal(first.activated, timeout=3000):
            slow = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            slow.connect(first.path)
            qtbot.wait(50)
            slow.sendall(b"activ")
            qtbot.wait(50)
            slow.sendall(b"ate\n")
            slow.close()
        # Anything else is ignored.
        noise = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        noise.connect(first.path)
        noise.sendall(b"x" * 200)
        noise.close()
        with qtbot.assertNotEmitted(first.activated, wait=200):
            pass
        assert not first._clients
    finally:
        first.close()
    shutil.rmtree(short_tmp, ignore_errors=True)
