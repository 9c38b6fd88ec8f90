"""SIGKILL in the middle of import, passphrase change, rekey, backup, restore and migration.

Afterwards the vault opens with exactly the old or the new state and passes every
integrity check. 6 rounds per operation by default; `pytest --long` runs 40 per
operation (240 kills).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.errors import WrongPassphraseError
from companion.journal.model import EntryDraft
from companion.security.kdf import KdfParams
from companion.store import migrations
from companion.vault import Vault

WORKER = Path(__file__).resolve().parents[2] / "faultworker.py"
FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault-v1"
A, B = "first passphrase here", "second passphrase here"


def rounds(request) -> int:
    return 40 if request.config.getoption("--long") else 6


def run_and_kill(op: str, folder: Path, extra: str | None, rng: random.Random, max_delay=0.4,
                 after_first_done=False) -> list[str]:
    """Start the worker, wait (for "ready", or for its first completed operation), kill at random."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    argv = [sys.executable, str(WORKER), op, str(folder)] + ([extra] if extra else [])
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    first = child.stdout.readline().strip()
    assert first == "ready", child.stderr.read()
    early = [child.stdout.readline().strip()] if after_first_done else []
    time.sleep(rng.uniform(0.0, max_delay))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return early + out.splitlines()


def open_either(folder: Path) -> tuple[Vault, str]:
    try:
        return Vault.open(folder, passphrase=A), A
    except WrongPassphraseError:
        return Vault.open(folder, passphrase=B), B


@pytest.fixture
def vault_a(tmp_path):
    v = Vault.create(tmp_path / "vault", A, kdf_params=KdfParams(os.urandom(16)))
    v.entries.add(EntryDraft(body="present before any fault"))
    v.close()
    return tmp_path / "vault"


def assert_healthy(v: Vault) -> None:
    assert v.check() == []
    assert "present before any fault" in {r.preview for r in v.entries.page(limit=10_000)}


def test_kill_during_import_is_all_or_nothing(vault_a, request):
    rng = random.Random(7)
    acknowledged = 0
    for _ in range(rounds(request)):
        acknowledged += sum(1 for line in run_and_kill("import", vault_a, None, rng) if line.startswith("done"))
        with Vault.open(vault_a, passphrase=A) as v:
            batch_rows = v.entries.count() - 1
            assert batch_rows % 50 == 0 and batch_rows >= acknowledged * 50
            assert v.check() == []


def test_kill_during_passphrase_change_leaves_exactly_one_working_passphrase(vault_a, request):
    rng = random.Random(8)
    current = 0

    def phrase(n):
        return A if n == 0 else f"passphrase number {n}"

    for _ in range(rounds(request)):
        lines = run_and_kill("passwd", vault_a, str(current), rng, max_delay=0.5, after_first_done=True)
        acknowledged = max([int(line.split()[1]) for line in lines if line.startswith("done")], default=current)
        working = []
        for n in (acknowledged, acknowledged + 1):
            try:
                with Vault.open(vault_a, passphrase=phrase(n)) as v:
                    assert_healthy(v)
                working.append(n)
            except WrongPassphraseError:
                pass
        assert len(working) == 1, working
        current = working[0]
    assert current > 0
    assert not list(vault_a.glob(".*tmp*"))


def test_kill_during_rekey_always_opens(vault_a, request):
    rng = random.Random(9)
    for _ in range(rounds(request)):
        run_and_kill("rekey", vault_a, None, rng, max_delay=0.8)
        v, _ = open_either(vault_a)
        with v:
            assert_healthy(v)
            assert not any(s.next for s in v._keyfile.slots)


def test_kill_during_backup_leaves_vault_and_finished_backups_intact(vault_a, tmp_path, request):
    rng = random.Random(10)
    target = tmp_path / "backups"
    target.mkdir()
    checked: set[str] = set()  # a finished backup is never written again: each is checked once
    for _ in range(rounds(request)):
        run_and_kill("backup", vault_a, str(target), rng)
        with Vault.open(vault_a, passphrase=A) as v:
            assert_healthy(v)
        for finished in target.iterdir():
            if finished.name.startswith(".") or finished.name in checked:
                continue  # a partial copy is never mistaken for a backup
            with Vault.open(finished, passphrase=A, backup_before_migration=False) as copy:
                assert_healthy(copy)
            checked.add(finished.name)
        for partial in target.glob(".*"):
            shutil.rmtree(partial)


def test_kill_during_restore_finishes_or_leaves_the_old_vault(vault_a, tmp_path, request):
    rng = random.Random(11)
    with Vault.open(vault_a, passphrase=A) as v:
        v.entries.add(EntryDraft(body="only in the backup"))
        backup = v.snapshot_to(tmp_path / "backup")
        v.entries.add(EntryDraft(body="newer than the backup"))
    for _ in range(rounds(request)):
        run_and_kill("restore", vault_a, str(backup), rng, max_delay=0.6)
        with Vault.open(vault_a, passphrase=A) as v:
            assert_healthy(v)
            previews = {r.preview for r in v.entries.page()}
            assert "only in the backup" in previews


def test_kill_during_migration(tmp_path, request):
    rng = random.Random(12)
    for number in range(rounds(request)):
        folder = tmp_path / f"v1-{number}"
        shutil.copytree(FIXTURE, folder)
        run_and_kill("migrate", folder, None, rng, max_delay=0.3)
        with Vault.open(folder, passphrase="fixture passphrase v1") as v:
            assert migrations.version(v.connection) == migrations.CURRENT_VERSION
            assert v.check() == []
            assert "Before the update" in {r.title for r in v.entries.page()}
