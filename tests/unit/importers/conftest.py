"""Fixtures for the importer tests: real vaults at the KDF floor and the fixture files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.security.kdf import KdfParams
from companion.vault import Vault

from vaulthelp import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def _new_vault(folder: Path) -> Vault:
    return Vault.create(folder, PASSPHRASE, kdf_params=KdfParams(os.urandom(16)))


@pytest.fixture
def vault(tmp_path):
    v = _new_vault(tmp_path / "vault")
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def second_vault(tmp_path):
    v = _new_vault(tmp_path / "vault2")
    yield v
    if v.is_open:
        v.close()
