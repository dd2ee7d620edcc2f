"""One tray per user and database: a second launch asks the first to show its panel.

The first instance listens on a local socket (a named pipe on Windows); a later one
connects, sends ``show`` and exits. A socket file left behind by a crash is detected
(nobody answers) and replaced.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"


def server_name(db_path: Path) -> str:
    """Per user and per database file, so a test database never meets the real one."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        user = "user"
    digest = hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:10]
    return f"creditfuel-{user}-{digest}"


def ask_running_instance(name: str, timeout_ms: int = 500) -> bool:
    """True when another instance answered and was asked to show itself."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """The first instance's listener. ``show_requested`` fires when a later one knocks."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        # Nobody answered before we got here, so the name is a crash leftover.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The request is one short line; waiting for it here keeps no per-socket
            # state (and no Python callbacks on sockets Qt may delete later).
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(500)
            if arrived and SHOW.strip() in bytes(socket.readAll().data()):
                self.show_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()


def claim_or_forward(name: str, parent: QObject | None = None) -> SingleInstance | None:
    """Our listener when we are first; None when a running instance took the request."""
    if ask_running_instance(name):
        return None
    instance = SingleInstance(name, parent)
    # Losing a race with a simultaneous start: that one wins, ask it to show up.
    if not instance.listen() and ask_running_instance(name, timeout_ms=1500):
        return None
    return instance
