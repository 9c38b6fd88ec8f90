"""Child for the disk-full test: a file-size limit stands in for a full disk.

Usage: python diskfullworker.py VAULT_DIR LIMIT_BYTES
Prints "<id>" per committed entry, then "full: <message>" when the store refuses.
"""

import os
import resource
import signal
import sys

from companion.errors import CompanionError
from companion.journal.model import EntryDraft
from companion.vault import Vault

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
vault = Vault.open(sys.argv[1], passphrase=os.environ["COMPANION_PASSPHRASE"], backup_before_migration=False)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
n = 0
while True:
    try:
        entry = vault.entries.add(EntryDraft(body=f"entry {n} " + "words that take room " * 200))
    except CompanionError as exc:
        print(f"full: {type(exc).__name__}: {exc}", flush=True)
        break
    print(entry.id, flush=True)
    n += 1
