"""Words the insight commands share (estimate, check, forecast, report): sizes, the
estimate lines, instants in the user's zone with its abbreviation, durations rounded as
the tray's countdown rounds them, and the ``--size`` argument."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.domain.estimate import Estimate
from desktopapp.domain.kinds import kind_info


def dump(ctx: Context, data: Mapping[str, Any]) -> None:
    ctx.say(json.dumps(data, ensure_ascii=False))


def size(ctx: Context, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise ctx.fail("bad_size", value=value) from None
    if not 0 < number < 1e9:  # also refuses NaN
        raise ctx.fail("bad_size", value=value)
    return number


def size_text(kind: str, amount: float | None, ctx: Context) -> str:
    if amount is None:
        return words.kind(kind, ctx.lang)
    info = kind_info(kind)
    unit = info.size_unit if info and info.size_unit else "none"
    name = words.kind(kind, ctx.lang)
    return f"{name} {ctx.t(f'insight.size.{unit}', size=words.num(amount))}"


def estimate_lines(e: Estimate, ctx: Context) -> list[str]:
    lines = [
        ctx.t(
            "insight.estimate",
            what=size_text(e.kind, e.size, ctx),
            typical=words.num(e.typical),
            low=words.num(e.low),
            high=words.num(e.high),
        ),
        ctx.t(f"insight.source.{e.source}", samples=e.samples),
    ]
    if e.unsized:
        lines.append(ctx.t("insight.unsized", count=e.unsized))
    if e.failures and e.failure_typical is not None:
        lines.append(ctx.t("insight.failures", failures=e.failures,
                           percent=round((e.failure_rate or 0) * 100),
                           typical=words.num(e.failure_typical)))
    return lines
