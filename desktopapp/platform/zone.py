"""The computer's IANA time zone, the same answer for the tray and the CLI.

``tzlocal`` reads TZ, /etc/timezone, /etc/localtime, macOS's setting and the Windows
registry (mapped to IANA names), which is why both faces ask it and not Qt or the OS
separately. Anything it cannot name becomes UTC, said plainly in the zone label.

The usual Linux set-up (no TZ, /etc/localtime a link into the zone folder, /etc/timezone
absent or naming the same zone) is read here without loading tzlocal: tzlocal imports
logging and, looking a zone up by the link's full path first, importlib.resources; that
was the largest part of every ``creditfuel`` command's start. Any other set-up asks
tzlocal, so the answer is tzlocal's either way (tests/cli/test_cli_start.py compares).
"""

from __future__ import annotations

import os
import sys
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError

# Where tzlocal also looks (Termux, BSD, Red Hat, Gentoo): present, tzlocal decides.
_OTHER_SOURCES = ("system/bin/getprop", "var/db/zoneinfo", "etc/sysconfig/clock",
                  "etc/conf.d/clock")


def _timezone_file(root: str) -> str | None:
    """/etc/timezone as tzlocal reads it: the last named line ("" when it names none)."""
    try:
        with open(os.path.join(root, "etc/timezone"), encoding="ascii") as f:
            data = f.read()
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError):
        return None
    found = ""
    for line in data.strip("/ \t\r\n").splitlines():
        line = line.split(" ", 1)[0].split("#", 1)[0]
        if line:
            found = line
    return found


def linked_zone(root: str = "/") -> str | None:
    """The zone /etc/localtime links to, when tzlocal could only answer the same; None
    for every other set-up (the caller asks tzlocal). ``root``: for the tests."""
    if not sys.platform.startswith("linux") or os.environ.get("TZ"):
        return None
    if any(os.path.lexists(os.path.join(root, p)) for p in _OTHER_SOURCES):
        return None
    link = os.path.join(root, "etc/localtime")
    if not os.path.islink(link) or not os.path.exists(link):
        return None
    # tzlocal's walk: the link target's path without its first folders, one at a time,
    # until a zone of that name exists.
    parts = os.path.realpath(link).split("/")
    name = next((
        candidate
        for candidate in ("/".join(parts[start:]) for start in range(1, len(parts)))
        if any(os.path.isfile(os.path.join(folder, candidate)) for folder in TZPATH)
    ), None)
    written = _timezone_file(root)
    if name is None or written is None or written not in ("", name):
        return None
    return name


# The first answer, kept for the life of the process as tzlocal keeps its own (the tray
# and a long command see one zone throughout).
_answer: str | None = None


def computer_zone() -> str:
    global _answer
    if _answer is None:
        _answer = _ask()
    return _answer


def _ask() -> str:
    name = linked_zone()
    if name is None:
        try:
            import tzlocal

            name = tzlocal.get_localzone_name() or "UTC"
        except Exception:  # tzlocal raises its own errors for odd set-ups
            return "UTC"
    if name in ("localtime", ""):
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return "UTC"
    return name
