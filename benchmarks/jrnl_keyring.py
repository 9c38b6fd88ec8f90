"""A keyring backend that hands jrnl the benchmark journal's password from the environment.

jrnl asks the system keyring for an encrypted journal's password before prompting; the
benchmark points `PYTHON_KEYRING_BACKEND` at this class (with this folder on PYTHONPATH)
so jrnl runs unattended, much as it does for a person who saved the password in a keychain.
"""

from __future__ import annotations

import os

from keyring import errors
from keyring.backend import KeyringBackend

PASSWORD_ENV = "BENCH_JRNL_PASSWORD"


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(PASSWORD_ENV) if service == "jrnl" else None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise errors.PasswordSetError("the benchmark keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise errors.PasswordDeleteError("the benchmark keyring is read-only")
