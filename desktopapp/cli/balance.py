"""`creditfuel balance set N [--meter NAME] [--at ISO] [--id UUID]`: "I have N now".

An observation, never a task: nothing counts in the estimates. Refused (exit 2, one
line naming the fix, nothing written): more than the meter holds, several meters and
no --meter, a time in the future or before the meter existed.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.domain.events import Observation
from desktopapp.domain.validation import AlreadyLogged
from desktopapp.i18n import help_text
from desktopapp.services import set_balance


def register(sub: Any) -> None:
    p = sub.add_parser("balance", help=help_text("set a meter's balance (what the site shows)"))
    bsub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    s = bsub.add_parser("set", help=help_text("the meter's balance is N from now (or --at) on"))
    s.add_argument("balance", metavar="N", help=help_text("the balance the site shows"))
    s.add_argument("--meter", metavar="NAME",
                   help=help_text("which meter (needed when there are several)"))
    s.add_argument("--at", metavar="ISO", help=help_text("when it was that (default: now)"))
    s.add_argument("--id", metavar="UUID", dest="event_id",
                   help=help_text("your own id for this entry: a retry with the same id is not "
                                  "recorded twice"))
    s.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    s.set_defaults(func=cmd_set)


def cmd_set(ctx: Context, args: argparse.Namespace) -> int:
    balance = parsing.whole(args.balance, field="balance")
    at = parsing.instant(args.at) if args.at else None
    try:
        event = set_balance.set_balance(
            ctx.ledger, ctx.now, balance, meter=args.meter, at=at, event_id=args.event_id
        )
    except AlreadyLogged:
        ctx.say(ctx.t("text.already_logged", id=args.event_id))
        return 0
    assert isinstance(event, Observation)
    name = next((m.name for m in ctx.ledger.meters() if m.id == event.meter_id), "?")
    if ctx.json:
        ctx.say(json.dumps({"id": event.origin.id, "meter": name, "balance": event.balance,
                            "at": event.origin.at.isoformat()}, ensure_ascii=False))
        return 0
    ctx.say(ctx.t("text.balance_set", meter=name, balance=words.num(event.balance)))
    return 0
