"""Child process for fault injection: repeats one operation, acknowledging each completion.

Usage: python faultworker.py OPERATION VAULT_DIR [EXTRA]
Prints "ready" once the vault is open, then "done <n>" after each completed operation.
"""

import os
import sys
from pathlib import Path

from companion.journal.model import EntryDraft
from companion.security.kdf import KdfParams
from companion.vault import Vault
from companion.vault.restore import restore

A, B = "first passphrase here", "second passphrase here"
op, folder = sys.argv[1], Path(sys.argv[2])
fast = KdfParams(os.urandom(16))


def say(text):
    """One write(2) per line (a pipe write this small is atomic), so a kill never splits one."""
    os.write(1, f"{text}\n".encode())


if op == "restore":
    say("ready")
    n = 0
    while True:
        restore(folder, Path(sys.argv[3]), passphrase=A)
        n += 1
        say(f"done {n}")

if op == "migrate":
    say("ready")
    Vault.open(folder, passphrase="fixture passphrase v1").close()
    say("done 1")
    sys.exit(0)

if op == "passwd":
    n = int(sys.argv[3])  # the passphrase "number n" opens the vault now
    vault = Vault.open(folder, passphrase=A if n == 0 else f"passphrase number {n}")
    say("ready")
    while True:
        n += 1
        vault.change_passphrase(f"passphrase number {n}", kdf_params=fast)
        say(f"done {n}")

passphrase = A
try:
    vault = Vault.open(folder, passphrase=A)
except Exception:
    vault = Vault.open(folder, passphrase=B)
    passphrase = B
say("ready")
n = 0
while True:
    if op == "import":
        vault.entries.add_many([EntryDraft(body=f"batch {n} item {i} " * 20) for i in range(50)])
    elif op == "rekey":
        vault.rekey(passphrase, kdf_params=fast)
    elif op == "backup":
        vault.snapshot_to(Path(sys.argv[3]) / f"b{n}")
    n += 1
    say(f"done {n} {passphrase}")
