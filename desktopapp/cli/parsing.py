"""Turning typed words into values; every failure is a Problem code (worded later).

argparse keeps these as strings on purpose: its own type errors would be English-only.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from desktopapp.domain.limits import check_zone
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import WEEKDAYS, Weekday
from desktopapp.platform.zone import computer_zone

# Far above any plan, far below SQLite's 64-bit integers; the same bounds as imports.
MAX_NUMBER = 10**12
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def _fail(code: str, **params: object) -> InvalidInput:
    return InvalidInput(Problem(code, {k: str(v) for k, v in params.items()}))


def whole(value: str, *, field: str = "credits", allow_negative: bool = False) -> int:
    """A whole number; "1,000" and "1_000" are accepted as people type them."""
    cleaned = value.strip().replace(",", "").replace("_", "")
    try:
        number = int(cleaned)
    except ValueError:
        raise _fail("not_a_number", value=value) from None
    if abs(number) > MAX_NUMBER:
        raise _fail("number_too_large", value=value, limit=f"{MAX_NUMBER:,}")
    if number < 0 and not allow_negative:
        code = "negative_credits" if field in ("credits", "balance") else "negative_number"
        raise _fail(code, field=field, value=value)
    return number


def hours(value: str) -> float:
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise _fail("not_a_number", value=value) from None
    if not 0 < number <= 24 * 366 * 10:  # also refuses NaN
        raise _fail("bad_hours", value=value)
    return number


def clock_time(value: str) -> time:
    """HH:MM, 00:00..23:59 (24:00 and 25:00 are refused, not wrapped)."""
    m = _TIME.match(value.strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise _fail("bad_time", value=value)
    return time(int(m.group(1)), int(m.group(2)))


def day_of_month(value: str) -> int:
    try:
        day = int(value.strip())
    except ValueError:
        raise _fail("bad_day", value=value) from None
    if not 1 <= day <= 31:
        raise _fail("bad_day", value=value)
    return day


def weekday(value: str) -> Weekday:
    key = value.strip().lower()[:3]
    for w in WEEKDAYS:
        if w == key:
            return w
    raise _fail("bad_weekday", value=value)


def zone(value: str) -> str:
    name = value.strip()
    check_zone(name)
    return name


def instant(value: str) -> datetime:
    """ISO 8601. With an offset it is exact; without one it is the computer's local time;
    a date alone is the start of that day (local)."""
    raw = value.strip()
    try:
        if len(raw) == 10:
            parsed = datetime.combine(date.fromisoformat(raw), time())
        else:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise _fail("bad_datetime", value=value) from None
    if parsed.utcoffset() is None:
        parsed = parsed.astimezone()  # naive = local wall time on this computer
    if not EARLIEST <= parsed <= LATEST:
        raise _fail("bad_datetime", value=value)
    return parsed


def local_zone_name() -> str:
    """The computer's IANA zone name, UTC if unknown (the one answer both faces use)."""
    return computer_zone()


def utc(t: datetime) -> datetime:
    return t.astimezone(UTC)
