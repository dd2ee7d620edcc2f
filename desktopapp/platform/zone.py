"""The computer's IANA time zone, the same answer for the tray and the CLI.

``tzlocal`` reads TZ, /etc/timezone, /etc/localtime, macOS's setting and the Windows
registry (mapped to IANA names), which is why both faces ask it and not Qt or the OS
separately. Anything it cannot name becomes UTC, said plainly in the zone label.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def computer_zone() -> str:
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
