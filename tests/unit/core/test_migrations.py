"""Opening a vault written by an older schema migrates it, after an encrypted backup copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.errors import MigrationError
from companion.journal.query import parse
from companion.store import migrations
from companion.vault import Vault
from vaulthelp import PASSPHRASE, files_containing, snapshot_files

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault-v1"
FIXTURE_PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def v1_vault(tmp_path):
    target = tmp_path / "v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_v1_fixture_migrates_to_current_keeping_entries(v1_vault):
    with Vault.open(v1_vault, passphrase=FIXTURE_PASSPHRASE) as v:
        assert migrations.version(v.connection) == migrations.CURRENT_VERSION
        titles = [e.title for e in v.entries.page()]
        assert "Before the update" in titles
        assert v.entries.search(parse("sea")).ids
        assert v.check() == []
        v.connection.execute("SELECT count(*) FROM checkins").fetchone()
    backups = list((v1_vault / "backups").glob("pre-migration-v1-*"))
    assert len(backups) == 1
    assert files_containing(backups[0], "written with version one") == []
    with Vault.open(backups[0], passphrase=FIXTURE_PASSPHRASE, backup_before_migration=False) as old:
        assert "Before the update" in [e.title for e in old.entries.page()]


def test_migration_after_a_crash_in_the_same_second_keeps_both_copies(v1_vault):
    """A run killed after its copy finished leaves this second's name taken, and maybe a half copy."""
    from datetime import datetime, timedelta

    backups = v1_vault / "backups"
    now = datetime.now()
    for seconds in range(3):
        stamp = (now + timedelta(seconds=seconds)).strftime("%Y%m%d-%H%M%S")
        (backups / f"pre-migration-v1-{stamp}").mkdir(parents=True)
        (backups / f"pre-migration-v1-{stamp}" / "marker").write_text("earlier copy")
    (backups / "pre-migration-v1-19990101-000000.partial").mkdir()
    with Vault.open(v1_vault, passphrase=FIXTURE_PASSPHRASE) as v:
        assert migrations.version(v.connection) == migrations.CURRENT_VERSION
    made = [p for p in backups.iterdir() if not (p / "marker").exists()]
    assert len(made) == 1 and made[0].name.endswith("-2")
    assert sum((p / "marker").exists() for p in backups.iterdir()) == 3
    with Vault.open(made[0], passphrase=FIXTURE_PASSPHRASE, backup_before_migration=False) as old:
        assert "Before the update" in [e.title for e in old.entries.page()]


def test_failed_migration_changes_nothing(v1_vault, monkeypatch):
    def broken(conn):
        conn.execute("CREATE TABLE checkins (id INTEGER PRIMARY KEY)")
        conn.execute("THIS IS NOT SQL")

    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], (2, broken)])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 2)
    before = snapshot_files(v1_vault)
    with pytest.raises(MigrationError):
        Vault.open(v1_vault, passphrase=FIXTURE_PASSPHRASE, backup_before_migration=False)
    assert {k: v[0] for k, v in snapshot_files(v1_vault).items()} == {k: v[0] for k, v in before.items()}


def test_vault_from_newer_app_is_refused(vault, vault_dir):
    vault.connection.execute("PRAGMA user_version = 999")
    vault.close()
    with pytest.raises(MigrationError) as info:
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    assert "newer" in str(info.value)
