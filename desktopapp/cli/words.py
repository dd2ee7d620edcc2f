"""Human-readable output: numbers, local times, durations, rules, events and tables.

Times are shown in the user's zone (``Context.zone``: services.preferences.user_zone)
and labelled with its abbreviation, as the tray shows them; durations use the domain's
one rounding (desktopapp.domain.countdown.shown_for).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from desktopapp.cli.safe_text import safe
from desktopapp.domain import countdown
from desktopapp.domain.events import Correction, Event, Observation, PackPurchase, Spend, Undo
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Every, Monthly, ResetRule, Rolling, Weekly
from desktopapp.i18n import kind_name, text, weekday_name
from desktopapp.platform.zone import computer_zone


def num(n: int | float) -> str:
    return f"{n:,}" if isinstance(n, int) else f"{n:,.1f}".rstrip("0").rstrip(".")


def local(t: datetime, zone: str | None = None) -> str:
    """An instant on the user's wall clock, labelled: '2026-11-29 09:00 JST'.

    ``zone``: the user's zone (``ctx.zone``); without one, the computer's, still labelled.
    """
    shown = t.astimezone(ZoneInfo(zone or computer_zone()))
    return f"{shown:%Y-%m-%d %H:%M} {shown.tzname() or zone}"


def duration(seconds: int | float, lang: str) -> str:
    """'7 h 53 min', '2 d 5 h': rounded as the tray's countdown rounds."""
    left = countdown.shown_for(seconds)
    if left.days:
        return text("text.duration_days", lang, d=left.days, h=left.hours)
    return text("text.duration", lang, h=left.hours, m=left.minutes)


def rule_text(rule: ResetRule, lang: str, zone: str | None = None) -> str:
    if isinstance(rule, Daily):
        return text("text.rule.daily", lang, at=rule.at.strftime("%H:%M"), tz=rule.tz)
    if isinstance(rule, Weekly):
        day = weekday_name(rule.weekday, lang)
        return text(
            "text.rule.weekly", lang, weekday=day, at=rule.at.strftime("%H:%M"), tz=rule.tz
        )
    if isinstance(rule, Monthly):
        return text(
            "text.rule.monthly", lang, day=rule.day, at=rule.at.strftime("%H:%M"), tz=rule.tz
        )
    if isinstance(rule, Every):
        anchor = local(rule.anchor, zone)
        return text("text.rule.every", lang, hours=num(rule.hours), anchor=anchor)
    if isinstance(rule, Rolling):
        return text("text.rule.rolling", lang, hours=num(rule.hours))
    return text("text.rule.never", lang)


def kind(code: str, lang: str) -> str:
    """A task kind as the reader's language names it (free-text kinds as typed)."""
    return kind_name(code, lang)


def amount(n: int, unit: str, lang: str) -> str:
    """200 credits / 200クレジット, 1 credit: a number with its unit, as the language writes it."""
    return text(f"text.amount.{unit}", lang, n=num(n))


def unit_text(unit: str, lang: str) -> str:
    return text(f"text.unit.{unit}", lang)


def event_text(
    event: Event, lang: str, meters: Mapping[str, Meter], zone: str | None = None
) -> str:
    at = local(event.origin.at, zone)

    def meter_name(mid: str | None) -> str:
        m = meters.get(mid or "")
        return m.name if m else "?"

    if isinstance(event, Spend):
        if event.balance_after is not None:
            return text(
                "text.event.spend_balance",
                lang,
                kind=kind_name(event.kind, lang),
                credits=num(event.credits),
                balance=num(event.balance_after),
                at=at,
            )
        kind = kind_name(event.kind, lang)
        return text("text.event.spend", lang, kind=kind, credits=num(event.credits), at=at)
    if isinstance(event, Observation):
        return text(
            "text.event.observation",
            lang,
            meter=meter_name(event.meter_id),
            balance=num(event.balance),
            at=at,
        )
    if isinstance(event, PackPurchase):
        return text("text.event.pack", lang, credits=num(event.credits), at=at)
    if isinstance(event, Correction):
        return text(
            "text.event.correction",
            lang,
            delta=f"{event.delta:+,}",
            meter=meter_name(event.meter_id),
            at=at,
        )
    if isinstance(event, Undo):
        return event.target_id
    return "?"


def width(s: str) -> int:
    """Columns a string takes in a terminal (Japanese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    """A plain aligned table; columns in ``right`` are right-aligned (numbers)."""
    # One cell stays one cell: a newline or ESC in a project name is shown escaped.
    headers = [safe(h) for h in headers]
    rows = [[safe(c) for c in r] for r in rows]
    cols = len(headers)
    widths = [max(width(str(r[i])) for r in [headers, *rows]) for i in range(cols)]
    lines = []
    for r in [headers, *rows]:
        cells = []
        for i, cell in enumerate(r):
            pad = " " * (widths[i] - width(str(cell)))
            cells.append(pad + str(cell) if i in right else str(cell) + pad)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
