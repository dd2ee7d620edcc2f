"""The real refill time, learned from readings around refills.

Each refill the readings saw is a window: the balance was ``before`` at ``start`` and
``after`` at ``end``, so the platform refilled somewhere in (start, end]. Windows from
hourly readings are an hour wide; many of them, on different days, pin the time down.
When most windows hold no reset of the meter's rule, the rule is wrong: the finding says
when the credits really came back and proposes the rule (and grant) that fits.
Pure functions: windows in, a finding out; ``apply_fix`` is the one write.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import pairwise
from statistics import median
from zoneinfo import ZoneInfo

from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import (
    Daily,
    Monthly,
    Never,
    ResetRule,
    Rolling,
    Weekly,
    resets_between,
    rule_zone,
)
from desktopapp.services.readings_state import Window

MIN_WINDOWS = 3  # fewer refills than this say too little to overrule the user's setting
MAX_WIDTH = timedelta(hours=12)  # a wider window says nothing about the time of day
DAY_MIN = 24 * 60


@dataclass(frozen=True)
class RefillFinding:
    meter_id: str
    meter: str
    windows: int  # refills seen
    agreeing: int  # of them, how many the proposed rule explains
    rule_hits: int  # of them, how many the meter's own rule explains
    proposed_rule: ResetRule | None
    proposed_grant: int | None

    @property
    def mismatch(self) -> bool:
        return self.proposed_rule is not None or self.proposed_grant is not None


def _local_minute(t: datetime, tz: str) -> int:
    local = t.astimezone(ZoneInfo(tz))
    return local.hour * 60 + local.minute


def _span(w: Window, tz: str) -> tuple[int, int]:
    """The window as wall-clock minutes: (first minute it covers, how many it covers).
    The refill is in (start, end]: minute m counts when start < m-o'clock <= end."""
    start = _local_minute(w.start, tz)
    seconds = int((w.end - w.start).total_seconds())
    local_start = w.start.astimezone(ZoneInfo(tz))
    first_gap = 60 - local_start.second if local_start.second or local_start.microsecond else 60
    # minutes strictly after start and at or before end
    count = 0 if seconds < first_gap else 1 + (seconds - first_gap) // 60
    return (start + 1) % DAY_MIN, min(count, DAY_MIN)


def best_minute(windows: list[Window], tz: str) -> tuple[int, int]:
    """The time of day in most windows (whole hours first, then half and quarter
    hours: platforms refill on round times) and how many windows it is in."""
    narrow = [w for w in windows if w.end - w.start <= MAX_WIDTH]
    if not narrow:
        return 0, 0
    diff = [0] * (DAY_MIN + 1)  # a circular difference array: O(windows + minutes)
    for w in narrow:
        first, count = _span(w, tz)
        if count == 0:
            continue
        last = first + count
        diff[first] += 1
        if last <= DAY_MIN:
            diff[last] -= 1
        else:
            diff[DAY_MIN] -= 1
            diff[0] += 1
            diff[last - DAY_MIN] -= 1
    counts, running = [], 0
    for m in range(DAY_MIN):
        running += diff[m]
        counts.append(running)
    top = max(counts)

    def preference(m: int) -> tuple[int, int]:
        rank = 0 if m % 60 == 0 else 1 if m % 30 == 0 else 2 if m % 15 == 0 else 3
        return rank, m

    best = min((m for m in range(DAY_MIN) if counts[m] == top), key=preference)
    return best, top


def _zone_for(meter: Meter, user_zone: str) -> str:
    return rule_zone(meter.rule) if isinstance(meter.rule, Daily | Weekly | Monthly) else user_zone


def learn(meter: Meter, windows: list[Window], user_zone: str) -> RefillFinding | None:
    """A finding once enough refills were seen; None before that or for rules whose
    refills depend on use (rolling) or that never refill."""
    if len(windows) < MIN_WINDOWS or isinstance(meter.rule, Rolling | Never):
        return None
    tz = _zone_for(meter, user_zone)
    hits = sum(resets_between(meter.rule, w.start, w.end) > 0 for w in windows)
    proposed: ResetRule | None = None
    agreeing = hits
    if hits * 2 < len(windows):
        minute, count = best_minute(windows, tz)
        at = time(minute // 60, minute % 60)
        ends = sorted(w.end for w in windows)
        gap_h = median((b - a).total_seconds() / 3600 for a, b in pairwise(ends))
        if count * 5 >= len(windows) * 3:  # 60 % of the refills at one time of day
            if 20 <= gap_h <= 28:
                proposed = Daily(at=at, tz=tz)
            elif 27 * 24 <= gap_h <= 32 * 24:
                days = Counter(w.end.astimezone(ZoneInfo(tz)).day for w in windows)
                proposed = Monthly(day=days.most_common(1)[0][0], at=at, tz=tz)
            agreeing = count
    grant = None
    if meter.mode == "overwrite":
        value, seen = Counter(w.after for w in windows).most_common(1)[0]
        if seen * 5 >= len(windows) * 3 and value != meter.grant:
            grant = value
    return RefillFinding(
        meter_id=meter.id,
        meter=meter.name,
        windows=len(windows),
        agreeing=agreeing,
        rule_hits=hits,
        proposed_rule=proposed,
        proposed_grant=grant,
    )
