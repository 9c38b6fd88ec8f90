"""AppPaths: where Companion keeps things; a plain immutable value (no dataclasses at start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from companion.paths import AppPaths, vault_path


def test_app_paths_is_an_immutable_value(tmp_path):
    a = AppPaths(tmp_path, tmp_path / "config", log_dir=tmp_path / "logs")
    b = AppPaths(data_dir=tmp_path, config_dir=tmp_path / "config", log_dir=tmp_path / "logs")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != AppPaths(tmp_path, tmp_path / "c", tmp_path / "logs") and a != "x"
    assert a.default_vault == tmp_path / "vault"
    assert a.startup_settings == tmp_path / "config" / "startup.json"
    assert repr(a) == f"AppPaths(data_dir={tmp_path!r}, config_dir={tmp_path / 'config'!r}, log_dir={tmp_path / 'logs'!r})"
    with pytest.raises(AttributeError):
        a.data_dir = Path("/elsewhere")
    with pytest.raises(AttributeError):
        del a.log_dir
    with pytest.raises(AttributeError):
        a.other = 1


def test_companion_home_relocates_everything(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    paths = AppPaths.resolve()
    root = (tmp_path / "home").resolve()
    assert paths == AppPaths(root, root / "config", root / "logs")
    assert vault_path(None, paths) == root / "vault"
    assert vault_path(str(tmp_path / "v")) == (tmp_path / "v").resolve()


def test_importing_paths_stays_light():
    code = "import sys, companion.paths; print(sorted(m for m in ('dataclasses', 'inspect', 'platformdirs') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
