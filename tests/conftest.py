"""Test-wide guards: offscreen Qt, an isolated COMPANION_HOME, no keychain, no sockets.

The socket guard is an audit hook, so it sees every Python-level socket the code
under test tries to make, even inside libraries; OS-level proof (unshare/strace)
lives in the offline suite.
"""

from __future__ import annotations

import os
import socket
import sys

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# The cheapest parameters the KDF floor allows (64 MiB, 3 passes): tests stay honest
# about the floor and still run quickly. Subprocesses inherit it.
os.environ["COMPANION_KDF_TARGET_MS"] = "1"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
for _var in ("COMPANION_PASSPHRASE", "COMPANION_NEW_PASSPHRASE", "COMPANION_HOME"):
    os.environ.pop(_var, None)

_socket_attempts: list[str] = []
_INET = {socket.AF_INET, socket.AF_INET6}


def _socket_audit(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1]
        if family in _INET:
            _socket_attempts.append(f"socket({family!r})")
            raise PermissionError("tests may not open network sockets")
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        sock = args[0]
        if getattr(sock, "family", None) in _INET:
            _socket_attempts.append(f"{event}{args[1:]!r}")
            raise PermissionError("tests may not use network sockets")
    elif event == "socket.getaddrinfo":
        _socket_attempts.append(f"getaddrinfo{args[:2]!r}")
        raise PermissionError("tests may not resolve host names")


sys.addaudithook(_socket_audit)


@pytest.fixture(autouse=True)
def _no_network_and_isolated_home(tmp_path, monkeypatch):
    """Every test gets its own COMPANION_HOME and fails if it touched the network."""
    home = tmp_path / "companion-home"
    monkeypatch.setenv("COMPANION_HOME", str(home))
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    start = len(_socket_attempts)
    yield
    keyring.set_keyring(previous)
    attempts = _socket_attempts[start:]
    if attempts:
        pytest.fail(f"network access attempted: {attempts}")


@pytest.fixture
def memory_keyring():
    """An in-memory keyring backend, the way a working OS keychain behaves."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if (service, username) not in self.items:
                raise PasswordDeleteError("not found")
            del self.items[(service, username)]

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def pytest_addoption(parser):
    parser.addoption(
        "--long",
        action="store_true",
        default=False,
        help="run fault-injection tests with many more rounds (the same tests, longer)",
    )


def pytest_collection_modifyitems(config, items):
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
