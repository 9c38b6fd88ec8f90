"""Whatever is in the key file, reading it gives a KeyFileError or a valid key file; nothing else."""

from __future__ import annotations

import json
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.errors import KeyFileError
from companion.security.kdf import KdfParams
from companion.security.keyfile import KeyFile

_VALID = KeyFile.new()
_VALID.add_slot("passphrase", os.urandom(32), os.urandom(32), kdf=KdfParams(os.urandom(16)))
VALID_DOC = json.loads(_VALID.to_bytes())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def _read(raw: bytes) -> None:
    try:
        KeyFile.from_bytes(raw)
    except KeyFileError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(raw):
    _read(raw)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["format", "version", "vault_id", "slots", "slot", "kdf", "nonce", "wrapped", "kind"]),
       json_values)
def test_each_field_replaced_by_anything(field, value):
    doc = json.loads(json.dumps(VALID_DOC))
    slot = doc["slots"][0]
    if field in ("format", "version", "vault_id", "slots"):
        doc[field] = value
    elif field == "slot":
        doc["slots"][0] = value
    elif field == "kdf":
        slot["kdf"] = value
    else:
        slot[field] = value
    _read(json.dumps(doc).encode())


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=len(_VALID.to_bytes()) - 1), st.integers(min_value=0, max_value=255))
def test_single_byte_changes(position, value):
    raw = bytearray(_VALID.to_bytes())
    raw[position] = value
    _read(bytes(raw))
