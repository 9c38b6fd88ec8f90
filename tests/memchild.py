"""Child for the memory test: unlock (passphrase from stdin), read everything, lock, then wait."""

import gc
import sys
import time

from companion.vault import Vault

folder = sys.argv[1]
vault = Vault.open(folder, passphrase=sys.stdin.readline().rstrip("\n"))
for row in vault.entries.page():
    vault.entries.get(row.id)
vault.close()
del vault
gc.collect()
print("locked", flush=True)
time.sleep(60)
