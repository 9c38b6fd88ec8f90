"""OS-level proof that the command line opens no internet socket (strace, no network namespace).

The in-process socket guard cannot see sockets made by C++ code; strace sees every
socket() the process and its children make.
"""

from __future__ import annotations

import os
import sys

from offline_trace import inet_calls, traced


def test_guard_itself_catches_an_inet_socket(tmp_path):
    trace = tmp_path / "trace.txt"
    traced([sys.executable, "-c", "import socket; socket.socket(socket.AF_INET6, socket.SOCK_STREAM)"], trace)
    assert inet_calls(trace), "the trace must see a deliberate socket, or the proof proves nothing"


def test_cli_session_opens_no_inet_socket(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    env.update(COMPANION_HOME=str(tmp_path / "home"), COMPANION_KDF_TARGET_MS="1",
               COMPANION_PASSPHRASE="offline passphrase")
    steps = [
        ["init", "--recovery-code"],
        ["add", "--title", "offline", "--body-file", os.devnull],
        ["list"], ["search", "offline"], ["check"], ["checkin", "--mood", "3", "--distress", "2"],
        ["backup", "--out", str(tmp_path / "b")],
        ["export", "json", "--out", str(tmp_path / "all.json"), "--plaintext"],
        ["prompts", "list"], ["exercises", "list"], ["remember", "on"],
    ]
    seen = []
    for number, step in enumerate(steps):
        trace = tmp_path / f"trace-{number}.txt"
        result = traced([sys.executable, "-m", "companion", *step], trace, env=env, stdin=None)
        assert "Traceback" not in result.stderr, result.stderr
        seen += inet_calls(trace)
    assert seen == []
