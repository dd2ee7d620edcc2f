"""One tray per user and database: a second launch asks the first to show its panel.

The first instance listens on a local socket (QLocalServer: a Unix socket, a named pipe
on Windows); a later one connects, sends ``show`` and exits. A socket file left behind by
a crash is detected (nobody answers) and replaced.

Nobody else can squat or stall it:
- on Unix the socket lives in a folder only this user can enter: ``$XDG_RUNTIME_DIR``
  (0700, made by the login manager) or ``<temp>/creditfuel-<uid>`` made 0700 by us; a
  folder or socket that is not ours (another owner, other people may write to it, a
  symlink) is never used and never trusted: the tray is told (``foreign``) and still
  starts, only without the "already running?" check;
- a connecting client is read asynchronously and dropped after ``PEER_TIMEOUT_MS``;
  idle or slow clients never block the event loop, and at most ``MAX_PEERS`` are kept
  (the oldest is dropped first).

Start-up cost: on Unix the "is anyone there?" question is asked with Python's own
socket module (QLocalServer's socket is a plain AF_UNIX stream socket), so QtNetwork is
only loaded when we start listening, which the app does once its icon shows.
"""

from __future__ import annotations

import getpass
import os
import socket
import stat
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

SHOW = b"show\n"
PEER_TIMEOUT_MS = 1000
MAX_PEERS = 16


class ForeignSocket(Exception):
    """The socket (or its folder) belongs to someone else: it is neither used nor trusted."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "user"


def _digest(db_path: Path) -> str:
    # Two CRCs, not hashlib: hashlib maps OpenSSL (3.4 MiB) into the tray just for a name.
    key = str(db_path.resolve()).encode()
    return f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def _private_dir_ok(folder: Path) -> bool:
    """Ours, a real folder (not a symlink), and nobody else may enter or write it."""
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(st.st_mode)
        and st.st_uid == os.getuid()
        and not st.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def _make_private_dir(folder: Path) -> bool:
    try:
        os.makedirs(folder.parent, mode=0o700, exist_ok=True)
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    return _private_dir_ok(folder)


def runtime_dir() -> Path:
    """The folder our socket lives in: ``$XDG_RUNTIME_DIR``, else ``<temp>/creditfuel-<uid>``,
    else (that one squatted) a folder in the user's own cache folder. The caller checks
    the answer with ``_private_dir_ok``: when none is ours, the last one is returned."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and _private_dir_ok(Path(xdg)):
        return Path(xdg)
    folder = Path(tempfile.gettempdir()) / f"creditfuel-{os.getuid()}"
    if _make_private_dir(folder):
        return folder
    import platformdirs

    home = Path(platformdirs.user_cache_dir("CreditFuel", appauthor=False)) / "run"
    return home if _make_private_dir(home) else folder


def server_name(db_path: Path) -> str:
    """Per user and per database file, so a test database never meets the real one.

    On Unix a full socket path in ``runtime_dir()``; on Windows a pipe name (pipes are
    per session, and the server grants access to this user only).
    """
    name = f"creditfuel-{_user()}-{_digest(db_path)}"
    if sys.platform == "win32":
        return name
    return str(runtime_dir() / f"{name}.sock")


def socket_path(name: str) -> str:
    """A bare name lives in ``runtime_dir()``; a path is used as given (Unix)."""
    return name if os.sep in name else str(runtime_dir() / name)


def check_socket_owner(path: str) -> None:
    """ForeignSocket when its folder or something sitting at our socket path is not ours."""
    if sys.platform == "win32":
        return
    path = socket_path(path)
    if not _private_dir_ok(Path(path).parent):
        raise ForeignSocket(str(Path(path).parent))
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ForeignSocket(path) from exc
    if not stat.S_ISSOCK(st.st_mode) or st.st_uid != os.getuid():
        raise ForeignSocket(path)


def ask_running_instance(name: str, timeout_ms: int = 500) -> bool:
    """True when another instance answered and was asked to show itself.

    ForeignSocket when the socket there is not ours: we do not talk to it.
    """
    if sys.platform != "win32":
        check_socket_owner(name)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(timeout_ms / 1000)
                client.connect(socket_path(name))
                client.sendall(SHOW)
        except OSError:  # no socket, or a crash leftover nobody listens on
            return False
        return True
    from PySide6.QtNetwork import QLocalSocket

    pipe = QLocalSocket()
    pipe.connectToServer(name)
    if not pipe.waitForConnected(timeout_ms):
        return False
    pipe.write(SHOW)
    pipe.flush()
    pipe.waitForBytesWritten(timeout_ms)
    pipe.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """The first instance's listener. ``show_requested`` fires when a later one knocks.

    ``foreign`` is set (to the path) when the name was not ours to use: the tray runs
    without listening, and says why.
    """

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None, foreign: str | None = None):
        super().__init__(parent)
        self.name = name if sys.platform == "win32" else socket_path(name)
        self.foreign = foreign
        self._server: Any = None
        self._peers: dict[Any, bytes] = {}

    def listen(self) -> bool:
        if self.foreign is not None:
            return True  # nothing to listen on that is ours; the tray runs anyway
        from PySide6.QtNetwork import QLocalServer

        if self._server is None:
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.setMaxPendingConnections(MAX_PEERS)
            self._server.newConnection.connect(self._accept)
        if self._server.listen(self.name):
            return True
        # Nobody answered before we got here, so the name is a crash leftover: ours only.
        try:
            check_socket_owner(self.name)
        except ForeignSocket:
            self.foreign = self.name
            return True
        QLocalServer.removeServer(self.name)
        return bool(self._server.listen(self.name))

    def close(self) -> None:
        for peer in list(self._peers):
            self._drop(peer)
        if self._server is not None:
            self._server.close()

    def _accept(self) -> None:
        """Never waits: each client is read when its bytes arrive, and dropped after
        PEER_TIMEOUT_MS whatever it does (an idle client costs nothing)."""
        while self._server.hasPendingConnections():
            peer = self._server.nextPendingConnection()
            while len(self._peers) >= MAX_PEERS:  # the oldest goes: a flood of idle
                self._drop(next(iter(self._peers)))  # clients cannot lock a launch out
            self._peers[peer] = b""
            peer.readyRead.connect(lambda p=peer: self._read(p))
            peer.disconnected.connect(lambda p=peer: self._drop(p))
            QTimer.singleShot(PEER_TIMEOUT_MS, self, lambda p=peer: self._drop(p))

    def _read(self, peer: Any) -> None:
        if peer not in self._peers:
            return
        data = (self._peers[peer] + bytes(peer.readAll().data()))[-64:]
        self._peers[peer] = data
        if SHOW.strip() in data:
            self._drop(peer)
            self.show_requested.emit()

    def _drop(self, peer: Any) -> None:
        if self._peers.pop(peer, None) is None:
            return
        peer.abort()
        peer.deleteLater()


def claim_or_forward(
    name: str, parent: QObject | None = None, listen: bool = True
) -> SingleInstance | None:
    """Our listener when we are first; None when a running instance took the request.

    With ``listen=False`` the caller calls ``take_over`` later (after the icon shows).
    A socket (or folder) that is not ours is reported on stderr and the tray still
    starts, without the check.
    """
    try:
        if ask_running_instance(name):
            return None
    except ForeignSocket as exc:
        _report(exc.path)
        return SingleInstance(name, parent, foreign=exc.path)
    instance = SingleInstance(name, parent)
    if listen and not take_over(instance):
        return None
    return instance


def take_over(instance: SingleInstance) -> bool:
    """Start listening; False when a simultaneous start won the name (it was asked to
    show itself, so this one should quit)."""
    if instance.listen():
        if instance.foreign is not None:
            _report(instance.foreign)
        return True
    try:
        return not ask_running_instance(instance.name, timeout_ms=1500)
    except ForeignSocket as exc:
        instance.foreign = exc.path
        _report(exc.path)
        return True


def _report(path: str) -> None:
    print(
        f"creditfuel: {path} is not ours (another user's or unsafe); starting without the "
        f"single-instance check. / {path} は他のユーザーのもの、または安全でないため、"
        "二重起動の確認なしで起動します。",
        file=sys.stderr,
    )
