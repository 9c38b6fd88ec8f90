"""Fixtures for the Qt-free core: real SQLCipher vaults in tmp_path, at the KDF floor."""

from __future__ import annotations

import os

import pytest

from companion.security.kdf import KdfParams
from companion.vault import Vault

from vaulthelp import PASSPHRASE


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams(os.urandom(16))  # the floor: 64 MiB, 3 passes


@pytest.fixture
def vault_dir(tmp_path):
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir, fast_kdf):
    v = Vault.create(vault_dir, PASSPHRASE, kdf_params=fast_kdf)
    yield v
    if v.is_open:
        v.close()
