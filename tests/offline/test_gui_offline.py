"""OS-level proof that a whole desktop session opens no internet socket (strace, no network namespace)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from offline_trace import inet_calls, traced

SCRIPT = Path(__file__).with_name("gui_smoke.py")


def test_desktop_session_opens_no_inet_socket(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    env.update(COMPANION_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(tmp_path / "xdg"), PYTHONPATH=os.pathsep.join(sys.path))
    trace = tmp_path / "trace.txt"
    result = traced([sys.executable, str(SCRIPT), str(tmp_path)], trace, env=env)
    assert "smoke ok" in result.stdout, result.stderr[-3000:]
    assert (tmp_path / "share.pdf").exists()
    assert inet_calls(trace) == []
