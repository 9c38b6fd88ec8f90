"""SIGKILL at random moments: every acknowledged entry survives intact, and the vault stays healthy.

30 rounds by default; `pytest --long` runs 200.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from companion.vault import Vault
from vaulthelp import PASSPHRASE

ACK = re.compile(r"(\d+) ([0-9a-f]{64})")
WRITER = Path(__file__).resolve().parents[2] / "crashwriter.py"


def test_acknowledged_entries_survive_sigkill(vault, vault_dir, request):
    vault.close()
    rounds = 200 if request.config.getoption("--long") else 30
    rng = random.Random(1234)
    acknowledged: dict[int, str] = {}
    env = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, PYTHONPATH=os.pathsep.join(sys.path))
    for round_no in range(rounds):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(vault_dir), str(round_no)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
        )
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.005, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        # Only whole acknowledgement lines count: the kill may land while the last one is
        # being written (a line cut short is not an acknowledgement), and nothing else the
        # process prints acknowledges anything.
        for line in out.split("\n")[:-1]:
            match = ACK.fullmatch(line)
            if match:
                acknowledged[int(match.group(1))] = match.group(2)
    assert len(acknowledged) > rounds  # the writer really wrote between kills
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.check() == []
        entries = {e.id: e for e in v.entries.get_many(sorted(acknowledged))}
        missing = [i for i in acknowledged if i not in entries]
        assert missing == []
        damaged = [i for i, d in acknowledged.items() if hashlib.sha256(entries[i].body.encode()).hexdigest() != d]
        assert damaged == []
