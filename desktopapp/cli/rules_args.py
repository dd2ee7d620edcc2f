"""The reset-rule options shared by `meter add` and `meter edit`."""

from __future__ import annotations

import argparse
from datetime import time

from desktopapp.cli import parsing
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import (
    Daily,
    Every,
    Monthly,
    Never,
    ResetRule,
    Rolling,
    Weekly,
)
from desktopapp.i18n import help_text

FAMILIES = ("daily", "weekly", "monthly", "every", "rolling", "never")


def add_rule_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--reset", choices=FAMILIES, required=required,
                   help=help_text("how the meter refills"))
    p.add_argument("--at", metavar="HH:MM",
                   help=help_text("reset time of day (daily/weekly/monthly)"))
    p.add_argument("--tz", metavar="ZONE", help=help_text("IANA time zone, e.g. Asia/Tokyo"))
    p.add_argument("--weekday", metavar="mon..sun", help=help_text("weekly: the reset day"))
    p.add_argument("--day", metavar="1..31", help=help_text("monthly: the anchor day (clamped)"))
    p.add_argument("--hours", metavar="N",
                   help=help_text("every/rolling: hours per cycle or window"))
    p.add_argument("--anchor", metavar="ISO", help=help_text("every: an instant a cycle starts"))


def _missing(option: str) -> InvalidInput:
    return InvalidInput(Problem("missing_option", {"option": option}))


def rule_from_args(args: argparse.Namespace, base: ResetRule | None = None) -> ResetRule | None:
    """The rule the options describe; for an edit, options left out keep ``base``'s
    values. None when no rule option was given at all (nothing to change)."""
    touched = any(
        getattr(args, k) is not None for k in ("reset", "at", "tz", "weekday", "day", "hours",
                                                "anchor")
    )
    if not touched:
        return None
    family = args.reset or (base.family if base is not None else None)
    if family is None:
        raise _missing("--reset")
    same = base if base is not None and base.family == family else None

    def at() -> time:
        if args.at is not None:
            return parsing.clock_time(args.at)
        if isinstance(same, Daily | Weekly | Monthly):
            return same.at
        raise _missing("--at HH:MM")

    def tz() -> str:
        if args.tz is not None:
            return parsing.zone(args.tz)
        if isinstance(same, Daily | Weekly | Monthly):
            return same.tz
        raise _missing("--tz ZONE")

    def hours() -> float:
        if args.hours is not None:
            return parsing.hours(args.hours)
        if isinstance(same, Every | Rolling):
            return same.hours
        raise _missing("--hours N")

    if family == "daily":
        t = at()
        return Daily(at=t, tz=tz())
    if family == "weekly":
        if args.weekday is not None:
            wd = parsing.weekday(args.weekday)
        elif isinstance(same, Weekly):
            wd = same.weekday
        else:
            raise _missing("--weekday mon..sun")
        t = at()
        return Weekly(weekday=wd, at=t, tz=tz())
    if family == "monthly":
        if args.day is not None:
            day = parsing.day_of_month(args.day)
        elif isinstance(same, Monthly):
            day = same.day
        else:
            raise _missing("--day 1..31")
        t = at()
        return Monthly(day=day, at=t, tz=tz())
    if family == "every":
        h = hours()
        if args.anchor is not None:
            anchor = parsing.instant(args.anchor)
        elif isinstance(same, Every):
            anchor = same.anchor
        else:
            raise _missing("--anchor ISO")
        return Every(hours=h, anchor=anchor)
    if family == "rolling":
        return Rolling(hours=hours())
    return Never()
