"""Notice another PC's lines arriving in the team folder, without polling.

Watches ``devices/`` and every device's folder (a new device or month file appears
there) and each log file (a sync engine appends to it or replaces it). Bursts are
debounced with one single-shot timer: a sync engine often writes a file in pieces.
The tray's own writes also touch these files; the sync they trigger finds nothing new
and costs a directory listing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

DEBOUNCE_MS = 400


class TeamFolderWatcher(QObject):
    def __init__(self, folder: Path, on_change: Callable[[], None],
                 parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._on_change = on_change
        self.changes = 0
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._fire)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._watch()

    def _wanted(self) -> list[str]:
        devices = self.folder / "devices"
        out = [str(self.folder)]
        if devices.is_dir():
            out.append(str(devices))
            for d in devices.iterdir():
                if d.is_dir():
                    out.append(str(d))
                    out.extend(str(f) for f in d.glob("*.jsonl*") if f.is_file())
        return out

    def _watch(self) -> None:
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in self._wanted() if p not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _touched(self, _path: str) -> None:
        self._watch()  # a new device, a new month, or a file replaced by the sync engine
        self._timer.start()

    def _fire(self) -> None:
        self.changes += 1
        self._on_change()

    def stop(self) -> None:
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
