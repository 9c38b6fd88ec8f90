"""Fixtures for the packaging checks: the system validators and the built bundle.

The bundle is built once per test session into a temporary folder (about 30 s on two
cores; `packaging/build_bundle.sh` prints the time), so it runs in the default suite.
The tests install nothing: PyInstaller comes with the `package` extra and the validators
with dev.sh's system packages. A missing validator skips with the reason printed; a
missing PyInstaller fails, because the bundle is what people install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _require_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if not path:
        reason = f"{name} is not installed (Debian package {package}; ./dev.sh test installs it)"
        print(f"SKIP: {reason}")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def desktop_file_validate() -> str:
    return _require_tool("desktop-file-validate", "desktop-file-utils")


@pytest.fixture(scope="session")
def appstreamcli() -> str:
    return _require_tool("appstreamcli", "appstream")


@dataclass(frozen=True)
class Bundle:
    folder: Path
    build_seconds: float
    log: str

    @property
    def exe(self) -> Path:
        return self.folder / "companion"

    @property
    def tool(self) -> Path:
        return self.folder / "companion-install-desktop"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory):
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: install the `package` extra (./dev.sh test does).")
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable, DIST=str(out / "dist"), WORK=str(out / "work"),
               COMPANION_BUNDLE_NO_INSTALL="1")
    start = time.perf_counter()
    result = subprocess.run(["sh", str(PACKAGING / "build_bundle.sh")], env=env, capture_output=True,
                            text=True, timeout=900)
    seconds = time.perf_counter() - start
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"bundle build failed:\n{log[-6000:]}"
    print(f"bundle built in {seconds:.0f} s")
    yield Bundle(out / "dist" / "companion", seconds, log)
    shutil.rmtree(out, ignore_errors=True)  # about 200 MB; pytest would keep three runs of it


@pytest.fixture
def bundle_env():
    """Makes the bundle's environment: no Python variables, an isolated home, offscreen Qt."""
    return _bundle_env


def _bundle_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("COMPANION_", "PYTHON")) and k not in ("VIRTUAL_ENV", "LD_LIBRARY_PATH")}
    env.update(COMPANION_HOME=str(home), COMPANION_KDF_TARGET_MS="1", QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", PATH="/usr/bin:/bin")
    env.update(extra)
    return env
