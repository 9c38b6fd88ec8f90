"""One running window per vault, over a local socket (AF_UNIX / named pipe; never the network).

A second launch on the same vault connects, asks the first to come forward and exits.
The socket name is a hash of the vault path and the user, with a neutral prefix, so a
look at /tmp does not reveal what the app is.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal

MESSAGE = b"activate\n"


def server_name(vault_dir: Path) -> str:
    try:  # the builtin module avoids loading OpenSSL (hashlib) at start-up
        from _sha256 import sha256
    except ImportError:  # pragma: no cover - other interpreters
        from hashlib import sha256
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = sha256(f"{Path(vault_dir).resolve()}|{user}".encode()).hexdigest()[:24]
    return f"desktop-session-{digest}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._server = None  # QLocalServer, once listening
        self._connections: list = []  # QLocalSocket

    def signal_existing(self, timeout_ms: int = 500) -> bool:
        """True if another instance is listening and was asked to come forward."""
        if os.name == "posix":
            return self._signal_posix(timeout_ms)
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return True

    def _signal_posix(self, timeout_ms: int) -> bool:
        """The same handshake over a plain AF_UNIX socket: on POSIX a QLocalServer named N listens
        at <temp dir>/N. Checking this way keeps QtNetwork off the start-up path."""
        import _socket  # the socket module's C core: the same calls without its import cost

        path = os.path.join(QDir.tempPath(), self.name)
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        sock.settimeout(timeout_ms / 1000)
        try:
            sock.connect(path)
            sock.sendall(MESSAGE)
        except OSError:
            return False
        finally:
            sock.close()
        return True

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered signal_existing, so a leftover socket file is stale.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def _on_server_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            conn = server.nextPendingConnection()
            self._connections.append(conn)
            conn.readyRead.connect(self._on_socket_ready_read)
            conn.disconnected.connect(self._on_socket_disconnected)
            if conn.bytesAvailable():
                self._read(conn)

    def _on_socket_ready_read(self) -> None:
        for conn in list(self._connections):
            if conn.bytesAvailable():
                self._read(conn)

    def _read(self, conn) -> None:
        data = bytes(conn.readAll().data())
        if MESSAGE.strip() in data:
            self.activated.emit()

    def _on_socket_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        for conn in list(self._connections):
            if conn.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._read(conn)
                self._connections.remove(conn)
                conn.deleteLater()

    def close(self) -> None:
        for conn in self._connections:
            conn.readyRead.disconnect(self._on_socket_ready_read)
            conn.disconnected.disconnect(self._on_socket_disconnected)
            conn.abort()
        self._connections = []
        if self._server is not None:
            self._server.newConnection.disconnect(self._on_server_new_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None
