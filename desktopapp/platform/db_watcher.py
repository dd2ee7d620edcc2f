"""Notice another process's writes to the ledger file (the CLI, a sync), without polling."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

DEBOUNCE_MS = 150  # a CLI log touches the db and its -wal a few times in a row


class DbWatcher(QObject):
    """Refreshes the tray when another process (the CLI) writes, without polling.

    Watches the database file, its -wal (where WAL-mode writes land first) and the folder
    (the -wal is deleted and re-created as connections come and go). Bursts of events are
    debounced with one single-shot timer; the refresh happens only if SQLite's
    ``data_version`` says another connection committed, so our own writes cost nothing.
    """

    def __init__(
        self, db_path: Path, data_version: Callable[[], int], on_change: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._data_version = data_version
        self._on_change = on_change
        self._seen = data_version()
        self.refreshes = 0
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._watch()

    def _paths(self) -> list[str]:
        db = str(self.db_path)
        return [db, db + "-wal"]

    def _watch(self) -> None:
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = [p for p in self._paths() if os.path.exists(p)]
        folder = str(self.db_path.parent)
        if os.path.isdir(folder):
            wanted.append(folder)
        missing = [p for p in wanted if p not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _touched(self, _path: str) -> None:
        self._watch()  # a replaced or newly created file must be watched again
        self._timer.start()

    def stop(self) -> None:
        """Quitting: no debounce may fire on a closed ledger."""
        self._timer.stop()
        self._watcher.fileChanged.disconnect(self._touched)
        self._watcher.directoryChanged.disconnect(self._touched)

    def absorb(self) -> None:
        """This app's own worker connection committed (a team sync or share, checkpoints
        a catch-up left, an import the session already announced): not another
        process's write, so no second refresh of every screen for it."""
        self._seen = self._data_version()

    def check(self) -> bool:
        version = self._data_version()
        if version == self._seen:
            return False
        self._seen = version
        self.refreshes += 1
        self._on_change()
        return True
