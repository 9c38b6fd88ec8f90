"""The key file beside the database: versioned JSON holding key slots.

Each slot wraps the vault's random data key with AES-256-GCM under a key-encryption
key (KEK). The associated data binds the vault id, slot id and slot kind, so a slot
copied from another vault, or relabelled, fails to open.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from companion.errors import KeyFileError
from companion.security.atomic import write_atomic
from companion.security.kdf import KdfParams

FORMAT = "companion-keyfile"
VERSION = 1
MAX_KEYFILE_BYTES = 64 * 1024
SLOT_KINDS = ("passphrase", "recovery", "device")


class SlotOpenFailed(Exception):
    """The secret given does not open this slot (wrong secret or tampered slot)."""


@dataclass
class KeySlot:
    id: str
    kind: str
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None
    keyring_service: str | None = None  # device slots only
    created: str = ""
    next: bool = False  # wraps the key a rekey in progress is moving to

    def to_json(self) -> dict:
        data: dict = {
            "id": self.id,
            "kind": self.kind,
            "nonce": self.nonce.hex(),
            "wrapped": self.wrapped.hex(),
            "created": self.created,
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        if self.keyring_service is not None:
            data["keyring_service"] = self.keyring_service
        if self.next:
            data["next"] = True
        return data

    @classmethod
    def from_json(cls, data: object) -> "KeySlot":
        if not isinstance(data, dict):
            raise KeyFileError("A key slot in the key file is damaged.")
        try:
            kind = data["kind"]
            if kind not in SLOT_KINDS:
                raise KeyFileError("The key file holds a key slot of an unknown kind.")
            slot = cls(
                id=str(data["id"]),
                kind=kind,
                nonce=bytes.fromhex(data["nonce"]),
                wrapped=bytes.fromhex(data["wrapped"]),
                kdf=KdfParams.from_json(data["kdf"]) if kind != "device" else None,
                keyring_service=data.get("keyring_service") if kind == "device" else None,
                created=str(data.get("created", "")),
                next=data.get("next", False) is True,
            )
        except KeyFileError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileError("A key slot in the key file is damaged.") from exc
        if len(slot.nonce) != 12 or len(slot.wrapped) != 48:
            raise KeyFileError("A key slot in the key file is damaged.")
        if kind == "device" and not slot.keyring_service:
            raise KeyFileError("A key slot in the key file is damaged.")
        return slot


@dataclass
class KeyFile:
    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)

    @classmethod
    def new(cls) -> "KeyFile":
        return cls(vault_id=uuid.uuid4().hex)

    # -- slots ---------------------------------------------------------------
    def _aad(self, slot_id: str, kind: str) -> bytes:
        return f"{FORMAT}/{VERSION}|{self.vault_id}|{slot_id}|{kind}".encode()

    def add_slot(self, kind: str, kek: bytes, data_key: bytes, *, kdf: KdfParams | None = None,
                 keyring_service: str | None = None, created: str = "") -> KeySlot:
        slot_id = uuid.uuid4().hex[:16]
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad(slot_id, kind))
        slot = KeySlot(slot_id, kind, nonce, wrapped, kdf, keyring_service, created)
        self.slots.append(slot)
        return slot

    def open_slot(self, slot: KeySlot, kek: bytes) -> bytes:
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.id, slot.kind))
        except InvalidTag as exc:
            raise SlotOpenFailed() from exc

    def slots_of(self, kind: str) -> list[KeySlot]:
        return [s for s in self.slots if s.kind == kind]

    def remove_slots(self, kind: str) -> int:
        before = len(self.slots)
        self.slots = [s for s in self.slots if s.kind != kind]
        return before - len(self.slots)

    # -- file ----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise KeyFileError(f"The key file {path.name} is missing, so the journal cannot be unlocked.") from exc
        except OSError as exc:
            raise KeyFileError(f"The key file {path.name} could not be read.") from exc
        return cls.from_bytes(raw, path.name)

    @classmethod
    def from_bytes(cls, raw: bytes, name: str = "vault.key") -> "KeyFile":
        damaged = KeyFileError(f"The key file {name} is damaged, so the journal cannot be unlocked.")
        if len(raw) > MAX_KEYFILE_BYTES:
            raise damaged
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise damaged from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise damaged
        if data.get("version") != VERSION:
            raise KeyFileError(f"The key file {name} was written by a newer Companion.")
        vault_id = data.get("vault_id")
        slots = data.get("slots")
        if not isinstance(vault_id, str) or len(vault_id) != 32 or not isinstance(slots, list) or len(slots) > 32:
            raise damaged
        keyfile = cls(vault_id=vault_id, slots=[KeySlot.from_json(s) for s in slots])
        if not [s for s in keyfile.slots_of("passphrase") if not s.next]:
            raise KeyFileError(f"The key file {name} has no passphrase slot.")
        return keyfile
