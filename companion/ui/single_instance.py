"""One running window per vault, over a local socket (AF_UNIX / named pipe; never the network).

A second launch on the same vault connects, asks the first to come forward and exits.
The socket name is a hash of the vault path and the user, with a neutral prefix, so a
look at /tmp does not reveal what the app is.

POSIX: the socket lives where QLocalServer would put it, <temp dir>/<name> (TMPDIR, else
/tmp), and is served with Python's own AF_UNIX socket and a QSocketNotifier, so QtNetwork
(~5 ms to load) stays out of start-up. A socket address holds only 104 (macOS) to 108
(Linux) bytes: when that path would be longer (a long TMPDIR), the socket goes to a short
private folder instead, /tmp/desktop-session-<uid> (ours, mode 0700, not a link; if such a
folder belongs to someone else, there is no single-instance check rather than an unsafe one).
Windows: QLocalServer and QLocalSocket (a named pipe).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

MESSAGE = b"activate\n"
MAX_SOCKET_PATH = 100  # bytes: under sun_path's 104/108 with its NUL, as QLocalServer needs some room too
SHORT_ROOT = "/tmp"  # parent of the short private folder (a test points it elsewhere)
SHORT_PREFIX = "desktop-session-"
_READ_LIMIT = 64  # a request is one short line; anything longer is not ours


def server_name(vault_dir: Path) -> str:
    try:  # the builtin module avoids loading OpenSSL (hashlib) at start-up
        from _sha256 import sha256
    except ImportError:  # pragma: no cover - other interpreters
        from hashlib import sha256
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = sha256(f"{Path(vault_dir).resolve()}|{user}".encode()).hexdigest()[:24]
    return f"{SHORT_PREFIX}{digest}"


def temp_dir() -> str:
    """QDir.tempPath() on Linux: $TMPDIR, else /tmp, with links resolved (without building QDir)."""
    return os.path.realpath(os.environ.get("TMPDIR") or "/tmp")


def socket_path(name: str, *, create: bool = False) -> str | None:
    """The AF_UNIX path of the socket `name` (POSIX), or None when there is no safe short place.

    <temp dir>/<name> when it fits in a socket address; otherwise <SHORT_ROOT>/desktop-session-<uid>/<name>,
    a folder made (when `create`) and checked to be this user's alone.
    """
    path = os.path.join(temp_dir(), name)
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        return path
    folder = os.path.join(SHORT_ROOT, f"{SHORT_PREFIX}{os.getuid()}")
    path = os.path.join(folder, name)
    if len(os.fsencode(path)) > MAX_SOCKET_PATH or not _private_folder(folder, create):
        return None
    return path


def _private_folder(folder: str, create: bool) -> bool:
    """True if `folder` is a real folder owned by this user that nobody else may enter or write.

    With `create` it is made (0700) if missing, and narrowed to 0700 if it is ours but wider.
    """
    import stat

    if create:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return False
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        return False  # a link, a file, or someone else's folder: never use it
    if st.st_mode & 0o077:
        if not create:
            return False
        try:
            os.chmod(folder, 0o700)
        except OSError:
            return False
    return True


def _peer_is_this_user(sock) -> bool:
    """Linux: the process at the other end runs as this user (a socket planted by someone else is not asked)."""
    import _socket

    option = getattr(_socket, "SO_PEERCRED", None)
    if option is None:  # pragma: no cover - not Linux: the folder and file permissions are the guard
        return True
    import struct

    _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(_socket.SOL_SOCKET, option, struct.calcsize("3i")))
    return uid == os.getuid()


def _bind_private(sock, path: str) -> None:
    """Bind `sock` at `path`, usable by this user only whatever the umask, replacing a stale socket file.

    As QLocalServer does with UserAccessOption: bound inside a fresh private folder, made 0600,
    then moved into place, so it is never reachable with wider permissions.
    """
    import tempfile  # (already imported by PySide6 itself)

    folder = tempfile.mkdtemp(prefix=".", dir=os.path.dirname(path))
    temp = os.path.join(folder, "s")
    try:
        sock.bind(temp)
        os.chmod(temp, 0o600)
        os.replace(temp, path)  # nobody answered signal_existing, so a socket file there is stale
    finally:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        os.rmdir(folder)


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.path: str | None = None  # POSIX: the socket file, once listening
        self._server = None  # QLocalServer (Windows), once listening
        self._connections: list = []  # QLocalSocket (Windows)
        self._sock = None  # POSIX: the listening socket
        self._identity: tuple[int, int] | None = None  # (st_dev, st_ino) of our socket file
        self._notifier = None  # POSIX: QSocketNotifier on the listening socket
        self._clients: dict[int, list] = {}  # POSIX, by descriptor: [socket, QSocketNotifier, bytes read]

    # -- second launch -------------------------------------------------------------------------
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
        path = socket_path(self.name)
        if path is None or not os.path.exists(path):
            return False  # (the usual case, decided without loading the socket module)
        import _socket  # the socket module's C core: the same calls without its import cost

        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        sock.settimeout(timeout_ms / 1000)
        try:
            sock.connect(path)
            if not _peer_is_this_user(sock):
                return False
            sock.sendall(MESSAGE)
        except OSError:
            return False
        finally:
            sock.close()
        return True

    # -- first launch --------------------------------------------------------------------------
    def listen(self) -> bool:
        if os.name == "posix":
            return self._listen_posix()
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

    def _listen_posix(self) -> bool:
        import _socket

        from PySide6.QtCore import QSocketNotifier

        path = socket_path(self.name, create=True)
        if path is None:
            return False
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            _bind_private(sock, path)
            sock.listen(8)
            sock.setblocking(False)
            st = os.stat(path)
        except OSError:
            sock.close()
            return False
        self._sock, self.path, self._identity = sock, path, (st.st_dev, st.st_ino)
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_posix_connection)
        return True

    def _on_posix_connection(self, *_args) -> None:
        import _socket

        from PySide6.QtCore import QSocketNotifier

        while self._sock is not None:
            try:
                fd, _address = self._sock._accept()
            except OSError:  # nothing more waiting (BlockingIOError), or the peer gave up
                return
            conn = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, fd)
            conn.setblocking(False)
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._clients[fd] = [conn, notifier, b""]
            notifier.activated.connect(self._on_posix_client_activity)
            self._on_posix_readable(fd)  # the request may have arrived with the connection

    def _on_posix_client_activity(self, *_args) -> None:
        notifier = self.sender()
        if notifier is not None:
            self._on_posix_readable(notifier.socket())

    def _on_posix_readable(self, fd: int) -> None:
        client = self._clients.get(fd)
        if client is None:
            return
        conn, _notifier, data = client
        done = False
        while not done:
            try:
                chunk = conn.recv(_READ_LIMIT)
            except (BlockingIOError, InterruptedError):
                break  # more later
            except OSError:
                chunk = b""
            data += chunk
            done = not chunk or len(data) >= _READ_LIMIT or MESSAGE.strip() in data
        client[2] = data
        if done:
            self._drop(fd)
            if MESSAGE.strip() in data:
                self.activated.emit()

    def _drop(self, fd: int) -> None:
        conn, notifier, _data = self._clients.pop(fd)
        notifier.setEnabled(False)  # before the descriptor closes
        notifier.activated.disconnect(self._on_posix_client_activity)
        notifier.deleteLater()  # (possibly called from its own signal)
        conn.close()

    # -- Windows (QLocalServer) ----------------------------------------------------------------
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
        for fd in list(self._clients):
            self._drop(fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._sock is not None:
            try:  # only our own socket file: a newer instance may have replaced it
                st = os.stat(self.path)
                if (st.st_dev, st.st_ino) == self._identity:
                    os.unlink(self.path)
            except OSError:
                pass
            self._sock.close()
            self._sock = None
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
