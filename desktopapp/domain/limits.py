"""The one validation boundary: the same bounds on every write path.

The CLI, the windows, the importer and (later) sync all check what they are about to
write with these functions, so a value one path accepts is never refused, or crashes,
on another. Each check raises ``InvalidInput`` with a problem code the faces word; none
raises anything else (no OverflowError reaches a user).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import Daily, Every, Monthly, ResetRule, Rolling, Weekly

MAX_CREDITS = 10**12  # far above any plan; far below SQLite's 2**63
# ``every``/``rolling`` windows: a minute at least (the countdown's step; smaller values
# made the schedule loop millions of times), ten years at most.
MIN_HOURS = 1 / 60
MAX_HOURS = 24 * 366 * 10
MAX_SIZE = 10**6  # seconds of video, pages, images...
MAX_NAME = 200
MAX_TEXT = 10_000
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def problem(code: str, **params: object) -> InvalidInput:
    """The one way to build a refusal: a code and its parameters as text."""
    return InvalidInput(Problem(code, {k: str(v) for k, v in params.items()}))


def check_zone(tz: str) -> None:
    if not isinstance(tz, str) or not tz or len(tz) > 100:
        raise problem("unknown_zone", zone=tz)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise problem("unknown_zone", zone=tz) from exc


def check_count(value: int | None, field: str) -> None:
    """A credit amount (or other count): a whole number from 0 to MAX_CREDITS."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise problem("not_a_number", value=value)
    if value < 0:
        code = "negative_credits" if field in ("credits", "balance") else "negative_number"
        raise problem(code, field=field, value=value)
    if value > MAX_CREDITS:
        raise problem("number_too_large", value=value, limit=f"{MAX_CREDITS:,}")


def check_size(size: float | None) -> None:
    if size is None:
        return
    if not math.isfinite(size) or size < 0:
        raise problem("negative_number", field="size", value=size)
    if size > MAX_SIZE:
        raise problem("number_too_large", value=size, limit=f"{MAX_SIZE:,}")


def check_instant(at: datetime) -> None:
    """An aware instant within the years the schedule can step through."""
    if at.utcoffset() is None:
        raise problem("bad_datetime", value=at.isoformat())
    if not EARLIEST <= at < LATEST:
        raise problem("bad_datetime", value=at.isoformat())


def check_hours(hours: float) -> None:
    if not (isinstance(hours, int | float) and math.isfinite(hours)):
        raise problem("bad_hours", value=hours)
    if not MIN_HOURS <= hours <= MAX_HOURS:
        raise problem("bad_hours", value=hours)


def check_rule(rule: ResetRule) -> None:
    """Raise InvalidInput for a rule the schedule cannot compute in reasonable time."""
    if isinstance(rule, Daily | Weekly | Monthly):
        check_zone(rule.tz)
    if isinstance(rule, Monthly) and not 1 <= rule.day <= 31:
        raise problem("bad_day", value=rule.day)
    if isinstance(rule, Every | Rolling):
        check_hours(rule.hours)
    if isinstance(rule, Every):
        check_instant(rule.anchor)


def check_text(value: str | None, field: str, max_len: int = MAX_TEXT) -> None:
    if value is not None and len(value) > max_len:
        raise problem("text_too_long", field=field, limit=max_len)


def check_name(name: str) -> None:
    if not name:
        raise problem("empty_name")
    check_text(name, "name", MAX_NAME)


def check_meter_fields(
    name: str, grant: int, rule: ResetRule, mode: str, cap: int | None, unit: str
) -> None:
    check_name(name)
    check_count(grant, "grant")
    check_count(cap, "cap")
    if mode not in ("overwrite", "carry"):
        raise problem("bad_mode", value=mode)
    if unit not in ("credits", "minutes"):
        raise problem("bad_unit", value=unit)
    check_rule(rule)


def check_spend_fields(
    kind: str,
    *,
    credits: int | None,
    balance_now: int | None,
    outcome: str,
    size: float | None,
    project: str | None,
    note: str | None,
) -> None:
    if not kind:
        raise problem("empty_kind")
    check_text(kind, "kind", MAX_NAME)
    if (credits is None) == (balance_now is None):
        raise problem("credits_or_balance")
    check_count(credits, "credits")
    check_count(balance_now, "balance")
    if outcome not in OUTCOMES:
        raise problem("bad_outcome", value=outcome)
    check_size(size)
    check_text(project, "project", MAX_NAME)
    check_text(note, "note")
