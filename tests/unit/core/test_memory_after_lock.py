"""What process memory still holds after the vault is locked, read from outside like an attacker would.

Measured: the data key (raw and hex) is gone; one copy of the passphrase and a couple of
freed copies of entry text can remain, because Python frees strings without wiping them.
docs/security.md reports this.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from companion.journal.model import EntryDraft
from companion.security.kdf import KdfParams
from companion.vault import Vault
from memscan import find_in_process

CHILD = Path(__file__).resolve().parents[2] / "memchild.py"


def test_data_key_is_not_in_memory_after_lock(tmp_path):
    passphrase = "memory canary " + "passphrase 4711"
    entry = "entry canary " + "text 0815"
    v = Vault.create(tmp_path / "v", passphrase, kdf_params=KdfParams(os.urandom(16)))
    v.entries.add(EntryDraft(body=entry))
    key = bytes(v._data_key)
    v.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, str(CHILD), str(tmp_path / "v")], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        child.stdin.write(passphrase + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "locked"
        found = find_in_process(child.pid, {
            "key": key, "key_hex": key.hex().encode(), "key_hex_upper": key.hex().upper().encode(),
            "passphrase": passphrase.encode(), "entry": entry.encode(),
        })
    finally:
        child.kill()
        child.communicate()
    print(f"after lock: {found}")
    assert (found["key"], found["key_hex"], found["key_hex_upper"]) == (0, 0, 0)
    assert found["entry"] <= 4 and found["passphrase"] <= 2  # the honest ceiling we document


def test_hardening_makes_process_non_dumpable():
    code = ("from companion.security.hardening import harden_process, is_dumpable; import resource;"
            "a = harden_process(); print(a['not_dumpable'], is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(None, 2)
    assert out[:2] == ["True", "False"] and out[2].strip() == "(0, 0)"
