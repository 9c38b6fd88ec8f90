"""Child process for the crash tests: adds entries and acknowledges each one only after its commit.

Usage: python crashwriter.py VAULT_DIR SEED
Prints "ready", then one line "<id> <sha256>" per committed entry, forever.
"""

import hashlib
import os
import random
import sys

from companion.journal.model import EntryDraft
from companion.vault import Vault

folder, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
vault = Vault.open(folder, passphrase=os.environ["COMPANION_PASSPHRASE"], backup_before_migration=False)
def say(line: str) -> None:
    """One write(2) per line (a pipe write this small is atomic), so a kill never splits one."""
    os.write(1, (line + "\n").encode())


say("ready")
while True:
    body = "".join(rng.choice("abcdefghij klmnop\n") for _ in range(rng.randint(10, 3000)))
    if rng.random() < 0.1:
        ids = vault.entries.add_many([EntryDraft(body=body + str(i)) for i in range(5)])
        for i, entry_id in enumerate(ids):
            say(f"{entry_id} {hashlib.sha256((body + str(i)).encode()).hexdigest()}")
    else:
        entry = vault.entries.add(EntryDraft(body=body, tags=("t%d" % rng.randint(0, 5),)))
        say(f"{entry.id} {hashlib.sha256(body.encode()).hexdigest()}")
