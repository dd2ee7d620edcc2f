"""Start at login: one interface, one small module per platform.

    entry = autostart.for_this_platform()
    entry.enable(autostart.launch_command())   # "start CreditFuel when I log in"
    entry.is_enabled(); entry.disable()
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

APP_ID = "creditfuel"
APP_NAME = "CreditFuel"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def enable(self, command: list[str]) -> None: ...
    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How this installation starts the tray: its gui script, else ``python -m``."""
    folder = Path(sys.executable).parent
    for name in ("creditfuel-tray", "creditfuel-tray.exe"):
        script = folder / name
        if script.exists():
            return [str(script)]
    python = Path(sys.executable)
    if sys.platform == "win32" and (folder / "pythonw.exe").exists():
        python = folder / "pythonw.exe"  # no console window at login
    return [str(python), "-m", "desktopapp"]


def for_platform(platform: str = sys.platform) -> Autostart:
    if platform == "win32":
        from desktopapp.platform.autostart_windows import WindowsRunKey

        return WindowsRunKey()
    if platform == "darwin":
        from desktopapp.platform.autostart_macos import LaunchAgent

        return LaunchAgent()
    from desktopapp.platform.autostart_linux import XdgAutostart

    return XdgAutostart()
