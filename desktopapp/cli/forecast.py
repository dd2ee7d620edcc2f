"""``creditfuel forecast``: burn per day and when each meter runs dry; the same figures as
the tray's History window and its "runs dry before the refill" alert."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import dump
from desktopapp.i18n import help_text
from desktopapp.services import forecast


def register(sub: Any) -> None:
    fc = sub.add_parser("forecast", help=help_text("burn per day and when each meter runs dry"))
    fc.add_argument("--json", action="store_true")
    fc.set_defaults(func=cmd_forecast)


def cmd_forecast(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger
    found = forecast.forecasts(ledger, ctx.now)
    if ctx.json:
        dump(ctx, forecast.forecast_json(found, ledger.meters()))
        return 0
    if not found:
        ctx.say(ctx.t("text.no_meters"))
        return 0
    zone = ctx.zone
    headers = [ctx.t(c) for c in ("text.col.meter", "text.col.balance", "insight.col.burn",
                                  "insight.col.dry", "insight.col.lost")]
    rows = []
    for f in found:
        if f.note is not None:
            rows.append([f.name, words.num(f.balance), "-", ctx.t("insight.forecast_thin"), "-"])
            continue
        if f.runs_dry_at is None:
            dry = ctx.t("insight.never")
        else:
            dry = words.local(f.runs_dry_at, zone)
            if f.before_reset:
                dry += f" ({ctx.t('insight.before_reset')})"
        rows.append([
            f.name,
            words.num(f.balance),
            words.num(f.burn_per_day or 0),
            dry,
            "-" if f.lost_at_reset is None else words.num(f.lost_at_reset),
        ])
    ctx.say(words.table(headers, rows, right={1, 2, 4}))
    return 0
