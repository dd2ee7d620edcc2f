"""`creditfuel preset list|apply NAME`: editable plan templates (desktopapp.domain.presets)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.i18n import help_text, meter_name
from desktopapp.services import setup


def register(sub: Any) -> None:
    p = sub.add_parser("preset", help=help_text("plan templates (Genspark, Manus, Claude, ...)"))
    psub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    ls = psub.add_parser("list", help=help_text("list presets"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    ap = psub.add_parser("apply", help=help_text("add a preset's meters"))
    ap.add_argument("name")
    ap.add_argument("--tz", metavar="ZONE",
        help=help_text("zone of the resets (default: your zone, "
                    "see `creditfuel config get timezone`)"))
    ap.add_argument("--billing-day", metavar="1..31",
        help=help_text("monthly plans: the billing day"))
    ap.add_argument("--grant", metavar="N",
        help=help_text("override the grant (e.g. Genspark Free 100)"))
    ap.set_defaults(func=cmd_apply)


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    presets = setup.presets()
    if ctx.json:
        shapes = [setup.preset_json(p) for p in presets]
        ctx.say(json.dumps({"presets": shapes}, ensure_ascii=False))
        return 0
    headers = [ctx.t(f"text.col.{c}") for c in ("preset", "plan", "meters", "checked")]
    rows = []
    for p in presets:
        meters = ctx.t("text.sep").join(
            f"{meter_name(m.name, ctx.lang)} {words.amount(m.grant, m.unit, ctx.lang)}"
            for m in p.meters
        )
        mark = ctx.t("text.verified" if p.verified else "text.unverified")
        checked = ctx.t("text.checked_on", date=str(p.checked_on), mark=mark)
        rows.append([p.key, f"{p.platform} {p.plan}", meters, checked])
    ctx.say(words.table(headers, rows, right=set()))
    return 0


def cmd_apply(ctx: Context, args: argparse.Namespace) -> int:
    tz = parsing.zone(args.tz) if args.tz else None
    day = parsing.day_of_month(args.billing_day) if args.billing_day else None
    grant = parsing.whole(args.grant, field="grant") if args.grant else None
    if tz is None:  # the user's zone (the computer's until one is chosen)
        tz = ctx.zone
    made = setup.apply_preset(
        ctx.ledger, args.name, now=ctx.now, lang=ctx.lang, grant=grant, billing_day=day, tz=tz
    )
    ctx.say(
        ctx.t(
            "text.preset_applied",
            name=args.name,
            count=len(made),
            meters=", ".join(m.name for m in made),
        )
    )
    return 0
