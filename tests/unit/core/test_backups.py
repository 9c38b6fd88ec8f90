"""Automatic rotating backups, manual backups and restore: consistent, encrypted, never destructive."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from companion.errors import DatabaseDamagedError, WrongPassphraseError
from companion.journal.model import EntryDraft
from companion.vault import Vault, auto_backups
from companion.vault.restore import MARKER, STAGING, finish_interrupted, restore
from companion.vault.rotation import to_keep
from vaulthelp import PASSPHRASE, snapshot_files


def test_rotation_keeps_seven_daily_and_four_weekly():
    start = datetime(2026, 1, 1, 9)
    stamps = [start + timedelta(days=d) for d in range(90)]
    keep = sorted(to_keep(stamps))
    assert keep[-7:] == stamps[-7:]
    weekly = keep[:-7]
    assert len(weekly) == 4
    weeks = {s.isocalendar()[:2] for s in weekly}
    assert len(weeks) == 4
    assert all(s < stamps[-7] for s in weekly)


def test_rotation_keeps_newest_of_a_day():
    a, b = datetime(2026, 3, 1, 8), datetime(2026, 3, 1, 20)
    assert to_keep([a, b]) == {b}


def test_auto_backup_at_most_daily_and_rotating(vault):
    vault.entries.add(EntryDraft(body="in the backup"))
    start = datetime(2026, 1, 1, 9)
    assert vault.auto_backup(start) is not None
    assert vault.auto_backup(start + timedelta(hours=2)) is None
    for day in range(1, 40):
        vault.auto_backup(start + timedelta(days=day))
    kept = auto_backups(vault.backups_path)
    assert len(kept) == 11
    newest = kept[max(kept)]
    with Vault.open(newest, passphrase=PASSPHRASE, backup_before_migration=False) as copy:
        assert copy.entries.page()[0].preview == "in the backup"
        assert copy.check() == []


def test_manual_backup_restore_round_trip_keeps_replaced_vault(vault, vault_dir, tmp_path):
    vault.entries.add(EntryDraft(body="before backup"))
    backup = vault.snapshot_to(tmp_path / "backup")
    vault.entries.add(EntryDraft(body="after backup"))
    vault.close()
    backup_before = snapshot_files(backup)
    replaced = restore(vault_dir, backup, passphrase=PASSPHRASE)
    assert snapshot_files(backup) == backup_before  # restoring never changes the backup
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert [r.preview for r in v.entries.page()] == ["before backup"]
    with Vault.open(replaced, passphrase=PASSPHRASE, backup_before_migration=False) as old:
        assert {r.preview for r in old.entries.page()} == {"before backup", "after backup"}
    assert not (vault_dir / STAGING).exists() and not (vault_dir / MARKER).exists()


def test_two_restores_in_one_second_keep_every_replaced_vault(vault, vault_dir, tmp_path):
    vault.entries.add(EntryDraft(body="first"))
    first = vault.snapshot_to(tmp_path / "first")
    vault.entries.add(EntryDraft(body="second"))
    second = vault.snapshot_to(tmp_path / "second")
    vault.close()
    now = datetime.now()
    for seconds in range(3):  # the names the restores below could pick
        (vault_dir / f"replaced-{(now + timedelta(seconds=seconds)):%Y%m%d-%H%M%S}" / "vault.db").parent.mkdir()
    one = restore(vault_dir, first, passphrase=PASSPHRASE)
    two = restore(vault_dir, second, passphrase=PASSPHRASE)
    assert one != two
    with Vault.open(one, passphrase=PASSPHRASE, backup_before_migration=False) as old:
        assert len(old.entries.page()) == 2
    with Vault.open(two, passphrase=PASSPHRASE, backup_before_migration=False) as old:
        assert [r.preview for r in old.entries.page()] == ["first"]
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert len(v.entries.page()) == 2


def test_restore_refuses_damaged_backup_and_changes_nothing(vault, vault_dir, tmp_path):
    vault.entries.add_many([EntryDraft(body="x " * 3000) for _ in range(10)])
    backup = vault.snapshot_to(tmp_path / "backup")
    vault.close()
    data = bytearray((backup / "vault.db").read_bytes())
    data[4096 * 2 + 50] ^= 0x55
    (backup / "vault.db").write_bytes(bytes(data))
    before = snapshot_files(vault_dir)
    with pytest.raises(DatabaseDamagedError):
        restore(vault_dir, backup, passphrase=PASSPHRASE)
    assert snapshot_files(vault_dir) == before


def test_restore_with_wrong_passphrase_changes_nothing(vault, vault_dir, tmp_path):
    backup = vault.snapshot_to(tmp_path / "backup")
    vault.close()
    before = snapshot_files(vault_dir)
    with pytest.raises(WrongPassphraseError):
        restore(vault_dir, backup, passphrase="not it at all")
    assert snapshot_files(vault_dir) == before


def test_interrupted_restore_is_finished_on_next_open(vault, vault_dir, tmp_path, monkeypatch):
    vault.entries.add(EntryDraft(body="from backup"))
    backup = vault.snapshot_to(tmp_path / "backup")
    vault.entries.add(EntryDraft(body="newer"))
    vault.close()
    import companion.vault.restore as restore_mod

    real = restore_mod.finish_interrupted
    monkeypatch.setattr(restore_mod, "finish_interrupted", lambda folder: None)
    restore(vault_dir, backup, passphrase=PASSPHRASE)  # marker written, files not yet moved
    monkeypatch.setattr(restore_mod, "finish_interrupted", real)
    assert (vault_dir / MARKER).exists()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert [r.preview for r in v.entries.page()] == ["from backup"]
    assert not (vault_dir / MARKER).exists()
    finish_interrupted(vault_dir)  # idempotent


def test_backup_is_consistent_while_writing(vault, tmp_path):
    vault.entries.add_many([EntryDraft(body=f"row {i}") for i in range(200)])
    copy = vault.snapshot_to(tmp_path / "b")
    with Vault.open(copy, passphrase=PASSPHRASE, backup_before_migration=False) as v:
        assert v.entries.count() == 200
        assert v.check() == []
