"""`creditfuel status [--json]`: balances and exact refill times as of now (or --now).

The JSON (services.balances.status_json) is a contract for scripts: same keys and values
whatever the locale or the computer's zone (each ``next_reset`` carries its meter zone's
offset). The table shows times in the user's zone, each labelled (JST, CET...).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.i18n import help_text
from desktopapp.services import balances, health


def register(sub: Any) -> None:
    p = sub.add_parser("status", help=help_text("credits left and the next refill per meter"))
    p.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    p.set_defaults(func=cmd_status)


def _say_problems(ctx: Context) -> None:
    """A meter or setting the app cannot use (left out of the figures): named on stderr
    with what to do, so the table and the JSON stay as scripts expect them."""
    for found in health.problems(ctx.ledger):
        print(ctx.t(found.code, **found.params), file=sys.stderr)


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    _say_problems(ctx)
    if ctx.json:
        ctx.say(json.dumps(balances.status_json(ctx.ledger, ctx.now), ensure_ascii=False))
        return 0
    status = balances.status(ctx.ledger, ctx.now)
    zone = ctx.zone
    if not status.meters and not status.packs:
        ctx.say(ctx.t("text.no_meters"))
        return 0
    ctx.say(ctx.t("text.status_as_of", at=words.local(status.as_of, zone)))
    headers = [ctx.t(f"text.col.{c}") for c in ("meter", "balance", "grant", "refill", "in")]
    rows = []
    for m in status.meters:
        if m.next_reset is not None and m.seconds_to_reset is not None:
            refill = words.local(m.next_reset, zone)
            wait = words.duration(m.seconds_to_reset, ctx.lang)
        elif m.idle_window:
            refill, wait = ctx.t("text.idle_window"), ""
        else:
            refill, wait = ctx.t("text.no_refill"), ""
        rows.append([m.name, words.num(m.balance), words.num(m.grant), refill, wait])
    ctx.say(words.table(headers, rows, right={1, 2}))
    packs = [p for p in status.packs if not p.expired]
    if packs:
        ctx.say()
        headers = [ctx.t(f"text.col.{c}") for c in ("pack", "left", "expires")]
        prow = [
            [
                words.num(p.credits),
                words.num(p.credits_left),
                words.local(p.expires_at, zone) if p.expires_at else ctx.t("text.never_expires"),
            ]
            for p in packs
        ]
        ctx.say(words.table(headers, prow, right={0, 1}))
    ctx.say()
    ctx.say(ctx.t("text.total", total=words.num(status.total)))
    for m in status.meters:
        if m.balance < 0:
            ctx.say(ctx.t("text.mismatch", meter=m.name))
    return 0
