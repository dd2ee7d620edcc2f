"""XDG autostart: ``$XDG_CONFIG_HOME/autostart/creditfuel.desktop`` (GNOME, KDE, Xfce...)."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from desktopapp.platform.autostart import APP_ID, APP_NAME
from desktopapp.version import APP_ID as DESKTOP_ID

# Characters that make the Desktop Entry spec require double quotes around an argument.
_RESERVED = frozenset(' \t\n"\'\\><~|&;$*?#()`')


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def _string_value(text: str) -> str:
    """The spec's escapes for any string value: backslash, newline, tab, return."""
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def exec_arg(arg: str) -> str:
    """One argument of an Exec key, per the Desktop Entry spec: single quotes mean
    nothing there, so an argument with a reserved character is put in double quotes with
    " ` $ and backslash escaped; '%' (field codes) is doubled."""
    if not arg or any(ch in _RESERVED for ch in arg):
        arg = '"' + re.sub(r'([\\"`$])', r"\\\1", arg) + '"'
    return _string_value(arg).replace("%", "%%")


def _exec_line(command: Sequence[str]) -> str:
    return " ".join(exec_arg(part) for part in command)


def carried_db(argv: Sequence[str] | None = None,
               environ: dict[str, str] | None = None) -> Path | None:
    """The ledger this tray was started with (``--db`` or ``CREDITFUEL_DB``), absolute, so
    the start at login opens the same file (its working folder is then $HOME)."""
    args = list(sys.argv[1:] if argv is None else argv)
    value: str | None = None
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--db="):
            value = arg[len("--db="):]
    if value is None:
        value = (os.environ if environ is None else environ).get("CREDITFUEL_DB") or None
    return Path(value).expanduser().absolute() if value else None


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

    def enable(self, command: list[str], db: Path | None = None) -> None:
        """``db``: the ledger to open at login; default: the one this process uses."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = db if db is not None else carried_db()
        if db is not None and not any(a == "--db" or a.startswith("--db=") for a in command):
            command = [*command, "--db", str(db)]
        # With TryExec the session skips the entry once the program is gone (uninstalled).
        try_exec = [f"TryExec={_string_value(command[0])}"] if os.path.isabs(command[0]) else []
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=Credit fuel gauge for AI platforms",
                "Comment[ja]=AIクレジットの燃料ゲージ",
                f"Exec={_exec_line(command)}",
                *try_exec,
                f"Icon={DESKTOP_ID}",
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
