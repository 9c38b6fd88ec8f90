"""Creating, unlocking and re-keying vaults: what protects the journal and what may never change."""

from __future__ import annotations

import json

import pytest

from companion.errors import (
    InvalidInputError,
    KeychainUnavailableError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from companion.journal.model import EntryDraft
from companion.security import device, kdf
from companion.security.keyfile import KeyFile
from companion.vault import Vault

from vaulthelp import PASSPHRASE, snapshot_files


def test_create_then_unlock_reads_what_was_written(vault, vault_dir):
    vault.entries.add(EntryDraft(title="First", body="the kettle sang"))
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        assert [e.title for e in again.entries.page()] == ["First"]
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.key"]


def test_files_are_private_to_the_user(vault, vault_dir):
    for name in ("vault.db", "vault.key"):
        assert oct((vault_dir / name).stat().st_mode & 0o777) == "0o600"


def test_database_uses_raw_key_and_promised_settings(vault):
    conn = vault.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


def test_wrong_passphrase_changes_no_byte_and_no_mtime(vault, vault_dir):
    vault.entries.add(EntryDraft(body="something"))
    vault.close()
    before = snapshot_files(vault_dir)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, passphrase="not the passphrase")
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open(vault_dir, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert snapshot_files(vault_dir) == before


def test_key_slot_uses_calibrated_argon2id_at_or_above_floor(monkeypatch, tmp_path):
    monkeypatch.setenv("COMPANION_KDF_TARGET_MS", "1")
    params = kdf.calibrate()
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3
    v = Vault.create(tmp_path / "v", PASSPHRASE)
    v.close()
    slot = json.loads((tmp_path / "v" / "vault.key").read_text())["slots"][0]
    assert slot["kind"] == "passphrase"
    assert slot["kdf"]["name"] == "argon2id"
    assert slot["kdf"]["memory_kib"] >= 65536 and slot["kdf"]["time_cost"] >= 3
    assert len(bytes.fromhex(slot["kdf"]["salt"])) == 16


def test_calibration_climbs_towards_the_target(monkeypatch):
    """On a fast machine the floor takes 80 ms; calibration raises memory towards the 500 ms target."""
    cost = lambda p: 0.080 * (p.memory_kib * p.time_cost) / (64 * 1024 * 3)  # noqa: E731
    monkeypatch.setattr(kdf, "_time", cost)
    params = kdf.calibrate(target=500)
    assert 0.4 <= cost(params) <= 0.6
    assert params.memory_kib > 64 * 1024 and params.time_cost >= 3


def test_calibration_never_goes_below_the_floor(monkeypatch):
    monkeypatch.setattr(kdf, "_time", lambda p: 5.0)  # a very slow machine
    params = kdf.calibrate(target=500)
    assert (params.memory_kib, params.time_cost) == (64 * 1024, 3)


def test_key_file_never_holds_the_data_key_or_passphrase(vault, vault_dir):
    text = (vault_dir / "vault.key").read_bytes()
    assert PASSPHRASE.encode() not in text
    assert bytes(vault._data_key).hex().encode() not in text


def test_short_passphrase_is_refused_and_nothing_created(tmp_path, fast_kdf):
    with pytest.raises(InvalidInputError):
        Vault.create(tmp_path / "v", "short", kdf_params=fast_kdf)
    assert not (tmp_path / "v").exists()


def test_create_refuses_existing_vault(vault, vault_dir, fast_kdf):
    vault.close()
    before = snapshot_files(vault_dir)
    with pytest.raises(VaultExistsError):
        Vault.create(vault_dir, PASSPHRASE, kdf_params=fast_kdf)
    assert snapshot_files(vault_dir) == before


def test_missing_vault(tmp_path):
    with pytest.raises(VaultMissingError):
        Vault.open(tmp_path / "nothing", passphrase=PASSPHRASE)


def test_second_open_is_refused_while_first_holds_it(vault, vault_dir):
    with pytest.raises(VaultInUseError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    vault.close()
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


def test_change_passphrase_rewraps_without_touching_database(vault, vault_dir, fast_kdf):
    vault.entries.add(EntryDraft(body="kept"))
    vault.change_passphrase("a brand new passphrase", kdf_params=fast_kdf)
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    with Vault.open(vault_dir, passphrase="a brand new passphrase") as v:
        assert v.entries.page()[0].preview == "kept"
    assert not list(vault_dir.glob(".*tmp*"))


def test_passphrase_change_does_not_rewrite_database_pages(vault, vault_dir, fast_kdf):
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        before = (vault_dir / "vault.db").read_bytes()
        v.change_passphrase("another good passphrase", kdf_params=fast_kdf)
        assert (vault_dir / "vault.db").read_bytes() == before


def test_recovery_code_unlocks_until_revoked(vault, vault_dir, fast_kdf):
    code = vault.create_recovery_code(kdf_params=fast_kdf)
    assert len(code.replace("-", "")) == 24 and code.count("-") == 5
    vault.close()
    with Vault.open(vault_dir, recovery_code=code.lower().replace("-", " ")) as v:
        assert v.has_recovery_code
        assert v.revoke_recovery_code()
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open(vault_dir, recovery_code=code)
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


def test_new_recovery_code_replaces_old(vault, vault_dir, fast_kdf):
    first = vault.create_recovery_code(kdf_params=fast_kdf)
    second = vault.create_recovery_code(kdf_params=fast_kdf)
    vault.close()
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open(vault_dir, recovery_code=first)
    Vault.open(vault_dir, recovery_code=second).close()


def test_device_slot_with_working_keychain(vault, vault_dir, memory_keyring):
    assert device.availability() is None
    vault.remember_on_device()
    vault.close()
    (service, username), secret = next(iter(memory_keyring.items.items()))
    assert "companion" not in (service + username).lower() and "journal" not in (service + username).lower()
    with Vault.open(vault_dir, use_device=True) as v:
        assert v.remembered_on_device
        v.forget_device()
    assert memory_keyring.items == {}
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, use_device=True)
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()  # the passphrase always works


def test_device_slot_unavailable_without_keychain(vault, vault_dir):
    reason = device.availability()
    assert reason and reason.endswith(".") and "passphrase" in reason
    before = (vault_dir / "vault.key").read_bytes()
    with pytest.raises(KeychainUnavailableError):
        vault.remember_on_device()
    assert (vault_dir / "vault.key").read_bytes() == before


def test_device_secret_lost_from_keychain_falls_back_to_passphrase(vault, vault_dir, memory_keyring):
    vault.remember_on_device()
    vault.close()
    memory_keyring.items.clear()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_dir, use_device=True)
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


def test_rekey_rotates_data_key_and_rewraps_slots(vault, vault_dir, fast_kdf, memory_keyring):
    vault.entries.add(EntryDraft(body="survives rekey"))
    vault.create_recovery_code(kdf_params=fast_kdf)
    vault.remember_on_device()
    old_key = bytes(vault._data_key)
    new_code = vault.rekey(PASSPHRASE, kdf_params=fast_kdf)
    assert new_code
    vault.close()
    keyfile = KeyFile.load(vault_dir / "vault.key")
    assert sorted(s.kind for s in keyfile.slots) == ["device", "passphrase", "recovery"]
    assert not any(s.next for s in keyfile.slots)
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault_dir / "vault.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key("x'" + old_key.hex() + "'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_code": new_code}, {"use_device": True}):
        with Vault.open(vault_dir, **kwargs) as v:
            assert v.entries.page()[0].preview == "survives rekey"
            assert v.check() == []


def test_rekey_with_wrong_passphrase_changes_nothing(vault, vault_dir, fast_kdf):
    before = (vault_dir / "vault.key").read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.rekey("wrong passphrase!", kdf_params=fast_kdf)
    assert (vault_dir / "vault.key").read_bytes() == before


def test_interrupted_rekey_after_database_rekey_still_opens(vault, vault_dir, fast_kdf, monkeypatch):
    """Crash between the SQLCipher rekey and the final key file: the staged 'next' slot opens it."""
    vault.entries.add(EntryDraft(body="mid-rekey"))
    from companion.security import keyfile as keyfile_mod

    real_save = keyfile_mod.KeyFile.save
    calls = []

    def save_then_crash(self, path):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # stands in for a kill after the database was rekeyed
        real_save(self, path)

    monkeypatch.setattr(keyfile_mod.KeyFile, "save", save_then_crash)
    with pytest.raises(KeyboardInterrupt):
        vault.rekey(PASSPHRASE, kdf_params=fast_kdf)
    monkeypatch.setattr(keyfile_mod.KeyFile, "save", real_save)
    vault.close()
    assert any(s.next for s in KeyFile.load(vault_dir / "vault.key").slots)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.entries.page()[0].preview == "mid-rekey"
    assert not any(s.next for s in KeyFile.load(vault_dir / "vault.key").slots)


def test_slot_copied_from_another_vault_does_not_open(tmp_path, fast_kdf):
    a = Vault.create(tmp_path / "a", PASSPHRASE, kdf_params=fast_kdf)
    b = Vault.create(tmp_path / "b", PASSPHRASE, kdf_params=fast_kdf)
    a.close(), b.close()
    data_a = json.loads((tmp_path / "a" / "vault.key").read_text())
    data_b = json.loads((tmp_path / "b" / "vault.key").read_text())
    data_b["slots"] = data_a["slots"]
    (tmp_path / "b" / "vault.key").write_text(json.dumps(data_b))
    with pytest.raises(WrongPassphraseError):
        Vault.open(tmp_path / "b", passphrase=PASSPHRASE)


def test_close_wipes_key_bytes(vault):
    key = vault._data_key
    vault.close()
    assert set(key) == {0}
    assert not vault.is_open
