"""Windows: a value under HKCU\\...\\Run, which Explorer starts at login (no admin rights)."""

from __future__ import annotations

import subprocess
import sys

from desktopapp.platform.autostart import APP_NAME

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class WindowsRunKey:
    def __init__(self, value_name: str = APP_NAME) -> None:
        self.value_name = value_name

    def is_enabled(self) -> bool:
        if sys.platform != "win32":
            return False
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, self.value_name)
        except FileNotFoundError:
            return False
        return True

    def enable(self, command: list[str]) -> None:
        if sys.platform != "win32":
            raise OSError("the Run key exists only on Windows")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(
                key, self.value_name, 0, winreg.REG_SZ, subprocess.list2cmdline(command)
            )

    def disable(self) -> None:
        if sys.platform != "win32":
            return
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            pass
