"""`creditfuel plan show` / `creditfuel plan switch PRESET [--billing-day D]
[--balance N] [--at ISO]`: the plan the meters are, and switching it.

A switch replaces the account's meters at that instant; history, estimates and packs
stay. A downgrade while a pack is live prints a warning (its credits may be stranded).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.i18n import describe, help_text
from desktopapp.services import plan


def register(sub: Any) -> None:
    p = sub.add_parser("plan", help=help_text("show or switch your plan"))
    psub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    show = psub.add_parser("show", help=help_text("the plan your meters are"))
    show.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    show.set_defaults(func=cmd_show)
    sw = psub.add_parser("switch", help=help_text("switch plan: its meters replace the old "
                                                  "plan's (history and packs stay)"))
    sw.add_argument("preset", metavar="PRESET", help=help_text("a preset key (preset list)"))
    sw.add_argument("--billing-day", metavar="D",
                    help=help_text("day of the month the plan renews"))
    sw.add_argument("--balance", metavar="N",
                    help=help_text("the balance the site shows after the switch"))
    sw.add_argument("--at", metavar="ISO", help=help_text("when you switched (default: now)"))
    sw.add_argument("--account", metavar="NAME",
                    help=help_text("which account (needed with several)"))
    sw.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    sw.set_defaults(func=cmd_switch)


def _plan_name(ctx: Context, found: plan.Plan) -> str:
    if found.preset is None:
        return ctx.t("text.plan_custom")
    return f"{found.preset.platform} {found.preset.plan}"


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    found = plan.plans(ctx.ledger, ctx.now)
    if ctx.json:
        ctx.say(json.dumps([plan.plan_json(p) for p in found], ensure_ascii=False))
        return 0
    if not found:
        ctx.say(ctx.t("text.no_meters"))
        return 0
    for p in found:
        names = ", ".join(f"{m.name} ({words.num(m.grant)})" for m in p.meters)
        ctx.say(ctx.t("text.plan_now", plan=_plan_name(ctx, p), account=p.account,
                      meters=names))
    return 0


def cmd_switch(ctx: Context, args: argparse.Namespace) -> int:
    day = parsing.day_of_month(args.billing_day) if args.billing_day else None
    balance = parsing.whole(args.balance, field="balance") if args.balance else None
    at = parsing.instant(args.at) if args.at else None
    done = plan.switch(ctx.ledger, ctx.now, args.preset.strip(), billing_day=day,
                       balance=balance, at=at, lang=ctx.lang, account=args.account)
    if ctx.json:
        ctx.say(json.dumps(plan.switch_json(done), ensure_ascii=False))
    else:
        now = plan.current_plan(ctx.ledger, ctx.now, done.account)
        names = ", ".join(f"{m.name} ({words.num(m.grant)})" for m in done.made)
        ctx.say(ctx.t("text.plan_switched", plan=_plan_name(ctx, now), meters=names))
    for finding in done.findings:  # warnings go to stderr: stdout stays the result
        print(describe(finding, ctx.lang), file=sys.stderr)
    return 0
