"""Checks of single values from outside (import files, settings): True or False.

Limits are generous for real use and small enough that SQLite and the replay never see
a value they cannot hold (a 64-bit integer, a datetime the schedule can step past).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktopapp.domain.limits import EARLIEST, LATEST, MAX_CREDITS, MAX_TEXT

MAX_ID = 200


def is_int(value: object, lo: int = 0, hi: int = MAX_CREDITS) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi


def is_number(value: object, lo: float = 0.0, hi: float = float(MAX_CREDITS)) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and lo <= value <= hi


def is_text(value: object, max_len: int = MAX_TEXT, *, empty: bool = True) -> bool:
    """A string SQLite and every screen can hold: bounded, no NUL, no lone surrogates."""
    if not isinstance(value, str) or len(value) > max_len or "\x00" in value:
        return False
    if not empty and not value.strip():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_opt_text(value: object, max_len: int = MAX_TEXT) -> bool:
    return value is None or is_text(value, max_len)


def parse_instant(value: object) -> datetime | None:
    """An ISO-8601 instant WITH an offset, within the years the app handles; else None."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        return None
    if t.utcoffset() is None:
        return None
    try:
        t = t.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return t if EARLIEST <= t < LATEST else None


def is_zone(value: object) -> bool:
    if not is_text(value, 64, empty=False):
        return False
    assert isinstance(value, str)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def is_clock_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 8:
        return False
    try:
        time.fromisoformat(value)
    except ValueError:
        return False
    return True
