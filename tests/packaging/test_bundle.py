"""The PyInstaller bundle, built once per session: it starts without any Python, works, and stays offline.

"Without any Python": each Python installation this machine has is hidden behind an empty
tmpfs in a private mount namespace (`unshare -rm`), so the bundle can only use what it
carries. "Offline": under `unshare -rn` and `strace -f`, no AF_INET/AF_INET6 socket is made.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from offline_trace import inet_calls, traced

PASSPHRASE = "a calm and private bundle test"
# Libraries a bundle may take from the system: glibc, the GPU driver stack, and the
# display-server client libraries that every X11/Wayland desktop has (PyInstaller's own
# exclusion list). Everything else must be inside the bundle.
SYSTEM_LIBS = re.compile(
    r"^(ld-linux.*|linux-vdso.*|lib(c|m|dl|rt|pthread|resolv|util|anl|nsl)\.so.*|"
    r"lib(GL|EGL|GLX|GLdispatch|OpenGL|gbm|drm)\.so.*|libxcb\.so.*|libxcb-dri.*|libwayland-(client|cursor|egl)\.so.*)$")


def mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def python_dirs() -> list[str]:
    """Every Python installation to hide: this interpreter's prefixes and the distribution's."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    found = set(glob.glob("/usr/lib/python3*") + glob.glob("/usr/local/lib/python3*"))
    for prefix in {sys.base_prefix, sys.prefix, sys.exec_prefix}:
        if prefix in ("/", "/usr", "/usr/local"):
            found.add(os.path.join(prefix, "lib", version))
        else:
            found.add(prefix)
    return sorted(d for d in found if os.path.isdir(d))


HIDE = 'while [ "$1" != -- ]; do mount -t tmpfs none "$1" || exit 97; shift; done; shift; exec "$@"'


def without_python(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    cmd = ["unshare", "-rm", "sh", "-c", HIDE, "sh", *python_dirs(), "--", *argv]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kwargs)


def test_python_really_is_hidden(tmp_path):
    """The proof below proves nothing unless Python cannot start in that namespace."""
    control = without_python(["true"])
    assert control.returncode == 0, f"unshare -rm with tmpfs mounts does not work here: {control.stderr}"
    result = without_python([sys.executable, "-c", "print('python ran')"])
    assert result.returncode != 97, f"cannot hide Python here: {result.stderr}"
    assert "python ran" not in result.stdout and result.returncode != 0


def test_bundle_is_one_folder_of_reasonable_size(bundle):
    size = mb(bundle.folder)
    print(f"bundle: {size:.0f} MB, built in {bundle.build_seconds:.0f} s")
    assert bundle.exe.is_file() and os.access(bundle.exe, os.X_OK)
    assert bundle.tool.is_file() and os.access(bundle.tool, os.X_OK)
    assert (bundle.folder / "README.txt").is_file()
    assert size < 260, f"the bundle grew to {size:.0f} MB (was about 200 MB)"


def test_bundle_leaves_out_network_plugins_tls_and_unused_qt(bundle):
    names = [p.relative_to(bundle.internal).as_posix() for p in bundle.internal.rglob("*")]
    forbidden = re.compile(r"plugins/(networkinformation|tls|generic|qmltooling)/|libssl\.so|/?_ssl\.|"
                           r"libQt6(WebEngine|Qml|Quick|Sql|Pdf|Designer)|QtWebEngine|libqgtk3")
    assert [n for n in names if forbidden.search(n)] == []
    # What Companion does need is there.
    for needed in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so"):
        assert needed in names, needed
    shipped = {p.name for p in (Path(__file__).resolve().parents[2] / "companion" / "exercises" / "data").glob("*.json")}
    assert shipped and shipped <= {p.name for p in (bundle.internal / "companion" / "exercises" / "data").glob("*")}
    assert (bundle.internal / "companion" / "resources" / "icons" / "companion-256.png").is_file()


def test_every_bundled_library_finds_its_dependencies(bundle):
    """ldd over every shared object: nothing missing, and only base-system libraries from outside."""
    internal = str(bundle.internal)
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal}/PySide6/Qt/lib")
    outside, missing = set(), set()
    for path in bundle.internal.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            name, _, target = line.strip().partition(" => ")
            if not target:
                continue
            if target.startswith("not found"):
                missing.add(name)
            elif not target.startswith(internal):
                outside.add(name)
    # libwayland-* may be absent on a build machine without Wayland; desktops have them.
    assert {m for m in missing if not SYSTEM_LIBS.match(m)} == set()
    assert {o for o in outside if not SYSTEM_LIBS.match(o)} == set()


def test_version_help_and_a_journal_round_trip_without_python(bundle, bundle_env, tmp_path):
    env = bundle_env(tmp_path / "home", COMPANION_PASSPHRASE=PASSPHRASE)
    version = without_python([str(bundle.exe), "--version"], env=env)
    assert version.returncode == 0 and version.stdout.strip() == f"companion {__import__('companion').__version__}", \
        version.stderr
    assert "usage: companion" in without_python([str(bundle.exe), "--help"], env=env).stdout
    steps = [
        (["init"], "Created an encrypted journal"),
        (["add", "--title", "From the bundle", "--tag", "calm"], "Added entry 1"),
        (["list"], "From the bundle"),
        (["search", "tag:calm"], "From the bundle"),
        (["exercises", "list"], "box-breathing"),
        (["prompts", "list"], ""),
        (["check"], "All checks passed"),
    ]
    for argv, expected in steps:
        result = without_python([str(bundle.exe), *argv], env=env, input="written in a frozen app\n")
        assert result.returncode == 0 and "Traceback" not in result.stderr, f"{argv}: {result.stderr}"
        assert expected in result.stdout, f"{argv}: {result.stdout}"


def test_cli_in_the_bundle_opens_no_inet_socket(bundle, bundle_env, tmp_path):
    env = bundle_env(tmp_path / "home", COMPANION_PASSPHRASE=PASSPHRASE)
    seen = []
    for number, argv in enumerate([["init"], ["add", "--title", "offline"], ["list"], ["check"]]):
        trace = tmp_path / f"cli-{number}.trace"
        result = traced([str(bundle.exe), *argv], trace, env=env, input="body\n")
        assert result.returncode == 0, f"{argv}: {result.stderr}"
        seen += inet_calls(trace)
    assert seen == []


def test_gui_starts_offscreen_on_a_journal_and_opens_no_inet_socket(bundle, bundle_env, tmp_path):
    home = tmp_path / "home"
    env = bundle_env(home, COMPANION_PASSPHRASE=PASSPHRASE)
    assert subprocess.run([str(bundle.exe), "init"], env=env, capture_output=True).returncode == 0
    env.pop("COMPANION_PASSPHRASE")
    trace = tmp_path / "gui.trace"
    result = traced(["timeout", "8", str(bundle.exe)], trace, env=env)
    # 124: still running when `timeout` stopped it, i.e. it started and kept its window up.
    assert result.returncode == 124, f"exit {result.returncode}: {result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr
    assert (home / "logs").is_dir()
    assert trace.stat().st_size > 0, "strace saw nothing: the proof would be empty"
    assert inet_calls(trace) == []


def test_gui_event_loop_answers_a_second_launch(bundle, bundle_env, tmp_path):
    """A second launch on the same journal is told the first is open: the first is up and serving."""
    from companion.ui.single_instance import server_name

    home = tmp_path / "home"
    # A local socket's path must stay under 108 bytes; pytest-xdist's tmp_path can be longer.
    short_tmp = Path(tempfile.mkdtemp(prefix="cmp-", dir="/tmp"))
    env = bundle_env(home, TMPDIR=str(short_tmp))
    socket_path = short_tmp / server_name(home / "vault")
    log = tmp_path / "first.log"
    with open(log, "w") as err, subprocess.Popen([str(bundle.exe)], env=env, stdout=subprocess.DEVNULL,
                                                 stderr=err) as first:
        try:
            deadline = time.monotonic() + 90  # a loaded CI machine runs two test workers
            while not socket_path.exists():
                assert first.poll() is None, f"the app exited early: {log.read_text()[-3000:]}"
                assert time.monotonic() < deadline, "the app never started listening"
                time.sleep(0.1)
            second = subprocess.run([str(bundle.exe)], env=env, capture_output=True, text=True, timeout=60)
            assert second.returncode == 0 and "already open" in second.stderr, second.stderr
            time.sleep(1.0)  # the first window handles the request in its event loop
            assert first.poll() is None, log.read_text()[-3000:]
        finally:
            first.terminate()
            first.wait(timeout=30)
    shutil.rmtree(short_tmp, ignore_errors=True)
    assert "Traceback" not in log.read_text()


def test_menu_entry_tool_in_the_bundle_points_at_the_bundle(bundle, bundle_env, tmp_path, desktop_file_validate):
    data_home = tmp_path / "share"
    env = bundle_env(tmp_path / "home", XDG_DATA_HOME=str(data_home))
    result = without_python([str(bundle.tool)], env=env)
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / "io.github.companion_journal.Companion.desktop"
    assert f"TryExec={bundle.exe}" in entry.read_text().splitlines()
    assert subprocess.run([desktop_file_validate, str(entry)], capture_output=True).returncode == 0
    assert (data_home / "icons" / "hicolor" / "256x256" / "apps" / "io.github.companion_journal.Companion.png").is_file()
    result = without_python([str(bundle.tool), "--mode", "notes"], env=env)
    assert result.returncode == 0 and not entry.exists()
    assert (data_home / "applications" / "simple-notes.desktop").is_file()
    assert without_python([str(bundle.tool), "remove"], env=env).returncode == 0
    assert not list((data_home / "applications").iterdir())


def test_bundle_starts_about_as_fast_as_the_source_install(bundle, bundle_env, tmp_path):
    """Cold start of `--version`, median of 5 (printed for docs/install.md); a loose guard only."""
    env = bundle_env(tmp_path / "home")

    def median(argv):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(argv, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return sorted(times)[2]

    frozen = median([str(bundle.exe), "--version"])
    source = median([str(Path(sys.executable).with_name("companion")), "--version"])
    print(f"--version: bundle {frozen * 1000:.0f} ms, source install {source * 1000:.0f} ms")
    assert frozen < 5.0
