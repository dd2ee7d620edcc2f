"""Plan presets: editable data that turns "I am on Genspark Plus" into meters.

Figures change and sources disagree, so each preset carries where its figures come from
(``source``), when they were checked against that source (``checked_on``) and whether
that source is the platform's own (``verified``). Unverified or illustrative figures are
marked so; the user edits any meter after applying a preset.

Rules are templates filled in by ``instantiate`` from what the user tells us: their zone,
the billing day (default: the anchor's day), and a grant when sources disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktopapp.domain.meter import GrantMode, Unit
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import WEEKDAYS, Daily, Monthly, ResetRule, Rolling, Weekly

# What a UI asks before applying a preset: the grant (sources differ), the user's zone,
# the billing day of the month, the anchor instant (when the plan / weekly limit renews).
Ask = Literal["grant", "tz", "billing_day", "anchor"]
ASKS: tuple[Ask, ...] = ("grant", "tz", "billing_day", "anchor")

# The date the figures below were last compared with their sources (the project's
# domain reference, which cites them); no figure was re-read on the web that day.
CHECKED_ON = date(2026, 11, 25)


@dataclass(frozen=True)
class DailyAt:
    at: time
    zone: str | None = None  # None: the user's zone


@dataclass(frozen=True)
class WeeklyOnAnchor:
    """Weekly on the anchor's weekday, at ``at`` or else the anchor's time of day."""

    at: time | None = None
    zone: str | None = None


@dataclass(frozen=True)
class MonthlyOnBilling:
    """Monthly on the billing day (clamped in short months, never drifting), at ``at``
    or, when None, the anchor's time of day ("same time of day as you subscribed")."""

    at: time | None = time(0, 0)
    zone: str | None = None


@dataclass(frozen=True)
class RollingWindow:
    hours: float


RuleTemplate = DailyAt | WeeklyOnAnchor | MonthlyOnBilling | RollingWindow


@dataclass(frozen=True)
class PresetMeter:
    name: str
    grant: int
    rule_template: RuleTemplate
    mode: GrantMode = "overwrite"
    cap: int | None = None
    priority: int | None = None  # None: credits lost soonest are spent first
    unit: Unit = "credits"


@dataclass(frozen=True)
class Preset:
    key: str
    platform: str
    plan: str
    meters: tuple[PresetMeter, ...]
    source: str
    checked_on: date
    verified: bool
    asks: tuple[Ask, ...]
    note_code: str | None = None  # worded in the catalogue (desktopapp/i18n)


@dataclass(frozen=True)
class MeterSpec:
    """A meter ready for ``LedgerFile.add_meter`` (ids and creation time come from there)."""

    name: str
    grant: int
    rule: ResetRule
    mode: GrantMode
    cap: int | None
    priority: int | None
    unit: Unit
    account: str


_HELP_GENSPARK = "Genspark help center, Membership Plans"

_ALL: tuple[Preset, ...] = (
    Preset(
        key="genspark-free",
        platform="Genspark",
        plan="Free",
        # The seed article's scenarios use 200 a day; other Japanese guides say 100.
        meters=(PresetMeter("Genspark daily", 200, DailyAt(time(0, 0))),),
        source="Japanese Genspark credit guides, 2026 (200 a day; others say 100)",
        checked_on=CHECKED_ON,
        verified=False,
        asks=("grant", "tz"),
        note_code="preset.genspark_free_grant",
    ),
    Preset(
        key="genspark-plus",
        platform="Genspark",
        plan="Plus",
        meters=(PresetMeter("Genspark monthly", 10_000, MonthlyOnBilling()),),
        source=_HELP_GENSPARK,
        checked_on=CHECKED_ON,
        verified=True,
        asks=("billing_day", "tz"),
        note_code="preset.genspark_from",
    ),
    Preset(
        key="genspark-pro",
        platform="Genspark",
        plan="Pro",
        meters=(PresetMeter("Genspark monthly", 125_000, MonthlyOnBilling()),),
        source=_HELP_GENSPARK,
        checked_on=CHECKED_ON,
        verified=True,
        asks=("billing_day", "tz"),
        note_code="preset.genspark_from",
    ),
    Preset(
        key="manus-free",
        platform="Manus",
        plan="Free",
        # The shape (refresh credits spent first, a next_refresh_time) is from Manus's
        # API docs; the figures are not checked.
        meters=(
            PresetMeter("Manus daily refresh", 300, DailyAt(time(0, 0)), priority=0),
            PresetMeter("Manus monthly", 1_000, MonthlyOnBilling(), priority=1),
        ),
        source="Manus API docs (refresh credits, next_refresh_time); figures unverified",
        checked_on=CHECKED_ON,
        verified=False,
        asks=("grant", "billing_day", "tz"),
        note_code="preset.unverified_figures",
    ),
    Preset(
        key="claude-pro",
        platform="Claude",
        plan="Pro",
        # Claude shows limits as a share used, not credits: 100 = the whole limit.
        meters=(
            PresetMeter("Claude session (5 h)", 100, RollingWindow(5), priority=0),
            PresetMeter("Claude weekly", 100, WeeklyOnAnchor(), priority=1),
        ),
        source="Claude help center (5-hour session from the first message, weekly limit); "
        "units illustrative",
        checked_on=CHECKED_ON,
        verified=False,
        asks=("anchor", "tz"),
        note_code="preset.claude_percent",
    ),
    Preset(
        key="cursor-pro",
        platform="Cursor",
        plan="Pro",
        meters=(PresetMeter("Cursor monthly", 500, MonthlyOnBilling(at=None)),),
        source="Cursor help (monthly on the billing anchor, same time of day, no roll-over); "
        "grant unverified",
        checked_on=CHECKED_ON,
        verified=False,
        asks=("grant", "anchor", "billing_day", "tz"),
        note_code="preset.cursor_usage",
    ),
    Preset(
        key="runway-standard",
        platform="Runway",
        plan="Standard",
        # Monthly credits are lost at the reset, purchased ones never expire: the default
        # draw order (lost soonest first) already spends the monthly ones first.
        meters=(PresetMeter("Runway monthly", 625, MonthlyOnBilling()),),
        source="Runway help center (625 monthly, no roll-over; purchased credits never "
        "expire, monthly spent first)",
        checked_on=CHECKED_ON,
        verified=True,
        asks=("billing_day", "tz"),
        note_code="preset.runway_purchased",
    ),
    Preset(
        key="suno-free",
        platform="Suno",
        plan="Free",
        meters=(PresetMeter("Suno daily", 50, DailyAt(time(0, 0), zone="UTC")),),
        source="Suno help center (Free: 50 credits a day at 00:00 UTC)",
        checked_on=CHECKED_ON,
        verified=True,
        asks=(),
        note_code="preset.suno_utc",
    ),
    Preset(
        key="midjourney-basic",
        platform="Midjourney",
        plan="Basic",
        # 3.3 fast GPU hours a month, kept in whole minutes: 3.3 x 60 = 198.
        meters=(PresetMeter("Midjourney fast GPU", 198, MonthlyOnBilling(), unit="minutes"),),
        source="Midjourney docs (Basic: 3.3 fast GPU hours per month)",
        checked_on=CHECKED_ON,
        verified=True,
        asks=("billing_day", "tz"),
        note_code="preset.midjourney_minutes",
    ),
)

PRESETS: dict[str, Preset] = {p.key: p for p in _ALL}


def _zone_problem(zone: str) -> Problem | None:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return Problem("unknown_zone", {"zone": zone})
    return None


def _minute(t: datetime) -> time:
    return time(t.hour, t.minute)


def _rule(template: RuleTemplate, tz: str, anchor: datetime, day: int | None) -> ResetRule:
    if isinstance(template, RollingWindow):
        return Rolling(hours=template.hours)
    zone = template.zone or tz
    local = anchor.astimezone(ZoneInfo(zone))
    if isinstance(template, DailyAt):
        return Daily(at=template.at, tz=zone)
    if isinstance(template, WeeklyOnAnchor):
        at = template.at or _minute(local)
        return Weekly(weekday=WEEKDAYS[local.weekday()], at=at, tz=zone)
    at = template.at if template.at is not None else _minute(local)
    return Monthly(day=day if day is not None else local.day, at=at, tz=zone)


def instantiate(
    preset: Preset,
    *,
    tz: str,
    anchor: datetime,
    billing_day: int | None = None,
    grant: int | None = None,
) -> list[MeterSpec]:
    """The meters of a preset for one user.

    ``tz``: the user's zone (a template with its own zone, like Suno's UTC, keeps it).
    ``anchor``: when the plan renews or the user applies the preset; gives the billing
    day when ``billing_day`` is None, and the weekday / time of day where a template
    says so. ``grant`` replaces the first meter's grant (the one sources disagree on).
    Raises ``InvalidInput`` with every problem found.
    """
    problems: list[Problem] = []
    zone_problem = _zone_problem(tz)
    if zone_problem is not None:
        problems.append(zone_problem)
    if billing_day is not None and not 1 <= billing_day <= 31:
        problems.append(Problem("bad_day", {"value": str(billing_day)}))
    if grant is not None and grant < 0:
        problems.append(Problem("negative_number", {"field": "grant", "value": str(grant)}))
    if anchor.tzinfo is None or anchor.utcoffset() is None:
        problems.append(Problem("bad_datetime", {"value": anchor.isoformat()}))
    if problems:
        raise InvalidInput(*problems)
    return [
        MeterSpec(
            name=m.name,
            grant=grant if grant is not None and i == 0 else m.grant,
            rule=_rule(m.rule_template, tz, anchor, billing_day),
            mode=m.mode,
            cap=m.cap,
            priority=m.priority,
            unit=m.unit,
            account=preset.platform,
        )
        for i, m in enumerate(preset.meters)
    ]
