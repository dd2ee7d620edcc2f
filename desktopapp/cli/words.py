"""Human-readable output: numbers, local times, durations, rules, events and tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime

from desktopapp.domain.events import Correction, Event, Observation, PackPurchase, Spend, Undo
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import Daily, Every, Monthly, ResetRule, Rolling, Weekly
from desktopapp.messages import WEEKDAY_NAMES, text


def num(n: int | float) -> str:
    return f"{n:,}" if isinstance(n, int) else f"{n:,.1f}".rstrip("0").rstrip(".")


def local(t: datetime) -> str:
    """An instant in the computer's local time: what a person reads on their clock."""
    return t.astimezone().strftime("%Y-%m-%d %H:%M")


def duration(seconds: int, lang: str) -> str:
    minutes = max(seconds, 0) // 60
    days, rest = divmod(minutes, 24 * 60)
    if days >= 2:
        return text("text.duration_days", lang, d=days, h=rest // 60)
    return text("text.duration", lang, h=minutes // 60, m=minutes % 60)


def rule_text(rule: ResetRule, lang: str) -> str:
    if isinstance(rule, Daily):
        return text("text.rule.daily", lang, at=rule.at.strftime("%H:%M"), tz=rule.tz)
    if isinstance(rule, Weekly):
        day = WEEKDAY_NAMES.get(lang, WEEKDAY_NAMES["en"])[rule.weekday]
        return text(
            "text.rule.weekly", lang, weekday=day, at=rule.at.strftime("%H:%M"), tz=rule.tz
        )
    if isinstance(rule, Monthly):
        return text(
            "text.rule.monthly", lang, day=rule.day, at=rule.at.strftime("%H:%M"), tz=rule.tz
        )
    if isinstance(rule, Every):
        return text("text.rule.every", lang, hours=num(rule.hours), anchor=local(rule.anchor))
    if isinstance(rule, Rolling):
        return text("text.rule.rolling", lang, hours=num(rule.hours))
    return text("text.rule.never", lang)


def unit_text(unit: str, lang: str) -> str:
    return text(f"text.unit.{unit}", lang)


def event_text(event: Event, lang: str, meters: Mapping[str, Meter]) -> str:
    at = local(event.origin.at)

    def meter_name(mid: str | None) -> str:
        m = meters.get(mid or "")
        return m.name if m else "?"

    if isinstance(event, Spend):
        if event.balance_after is not None:
            return text(
                "text.event.spend_balance",
                lang,
                kind=event.kind,
                credits=num(event.credits),
                balance=num(event.balance_after),
                at=at,
            )
        return text("text.event.spend", lang, kind=event.kind, credits=num(event.credits), at=at)
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
