"""macOS: a LaunchAgent plist in ~/Library/LaunchAgents, loaded by launchd at login."""

from __future__ import annotations

import plistlib
from pathlib import Path

LABEL = "app.creditfuel.tray"


class LaunchAgent:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    @property
    def path(self) -> Path:
        return (self.folder or Path.home() / "Library" / "LaunchAgents") / f"{LABEL}.plist"

    def is_enabled(self) -> bool:
        if not self.path.exists():
            return False
        with self.path.open("rb") as f:
            return bool(plistlib.load(f).get("RunAtLoad", False))

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        agent = {
            "Label": LABEL,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        with self.path.open("wb") as f:
            plistlib.dump(agent, f)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
