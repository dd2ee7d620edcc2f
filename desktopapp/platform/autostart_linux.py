"""XDG autostart: ``$XDG_CONFIG_HOME/autostart/creditfuel.desktop`` (GNOME, KDE, Xfce...)."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from desktopapp.platform.autostart import APP_ID, APP_NAME


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def _exec_line(command: list[str]) -> str:
    # The desktop entry spec escapes like a shell but reserves '%' for field codes.
    return " ".join(shlex.quote(part).replace("%", "%%") for part in command)


class XdgAutostart:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    @property
    def path(self) -> Path:
        return (self.folder or autostart_dir()) / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        if not self.path.exists():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=Credit fuel gauge for AI platforms",
                "Comment[ja]=AIプラットフォームのクレジット残量計",
                f"Exec={_exec_line(command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "Hidden=false",
                "",
            ]
        )
        tmp = self.path.with_suffix(".desktop.tmp")
        tmp.write_text(entry, encoding="utf-8")
        tmp.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
