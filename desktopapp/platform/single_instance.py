"""One tray per user and database: a second launch asks the first to show its panel.

The first instance listens on a local socket (QLocalServer: a Unix socket in the temp
folder, a named pipe on Windows); a later one connects, sends ``show`` and exits. A
socket file left behind by a crash is detected (nobody answers) and replaced.

Start-up cost: on Unix the "is anyone there?" question is asked with Python's own
socket module (QLocalServer's socket is a plain AF_UNIX stream socket), so QtNetwork is
only loaded when we start listening, which the app does once its icon shows.
"""

from __future__ import annotations

import getpass
import socket
import sys
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, Signal

SHOW = b"show\n"


def server_name(db_path: Path) -> str:
    """Per user and per database file, so a test database never meets the real one."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        user = "user"
    # Two CRCs, not hashlib: hashlib maps OpenSSL (3.4 MiB) into the tray just for a name.
    key = str(db_path.resolve()).encode()
    digest = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    return f"creditfuel-{user}-{digest}"


def _unix_path(name: str) -> str:
    """Where QLocalServer puts a socket given a bare name on Unix."""
    return str(Path(QDir.tempPath()) / name)


def ask_running_instance(name: str, timeout_ms: int = 500) -> bool:
    """True when another instance answered and was asked to show itself."""
    if sys.platform != "win32":
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(timeout_ms / 1000)
                client.connect(_unix_path(name))
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
    """The first instance's listener. ``show_requested`` fires when a later one knocks."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: Any = None

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self._server is None:
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._accept)
        if self._server.listen(self.name):
            return True
        # Nobody answered before we got here, so the name is a crash leftover.
        QLocalServer.removeServer(self.name)
        return bool(self._server.listen(self.name))

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            peer = self._server.nextPendingConnection()
            # The request is one short line; waiting for it here keeps no per-socket
            # state (and no Python callbacks on sockets Qt may delete later).
            arrived = peer.bytesAvailable() > 0 or peer.waitForReadyRead(500)
            if arrived and SHOW.strip() in bytes(peer.readAll().data()):
                self.show_requested.emit()
            peer.disconnectFromServer()
            peer.deleteLater()


def claim_or_forward(
    name: str, parent: QObject | None = None, listen: bool = True
) -> SingleInstance | None:
    """Our listener when we are first; None when a running instance took the request.

    With ``listen=False`` the caller calls ``take_over`` later (after the icon shows).
    """
    if ask_running_instance(name):
        return None
    instance = SingleInstance(name, parent)
    if listen and not take_over(instance):
        return None
    return instance


def take_over(instance: SingleInstance) -> bool:
    """Start listening; False when a simultaneous start won the name (it was asked to
    show itself, so this one should quit)."""
    return instance.listen() or not ask_running_instance(instance.name, timeout_ms=1500)
