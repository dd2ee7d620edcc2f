"""`creditfuel log KIND (--credits N | --balance-now N) ...`: one finished task."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.validation import AlreadyLogged
from desktopapp.i18n import help_text
from desktopapp.services import balances, log


def register(sub: Any) -> None:
    p = sub.add_parser("log", help=help_text("log a finished task"))
    p.add_argument("kind",
        help=help_text("chat, slides, sheets, sparkpage, research, image, video, ..."))
    p.add_argument("--credits", metavar="N", help=help_text("what the task cost"))
    p.add_argument("--balance-now", metavar="N", help=help_text("the balance the site shows now"))
    p.add_argument("--meter", metavar="NAME")
    p.add_argument("--project", metavar="P", help=help_text("client or job, for cost per job"))
    p.add_argument("--outcome", choices=OUTCOMES, default="ok")
    p.add_argument("--note")
    p.add_argument("--size", metavar="N", help=help_text("pages, seconds or images"))
    p.add_argument("--at", metavar="ISO", help=help_text("when it finished (default: now)"))
    p.add_argument("--id", metavar="UUID", dest="event_id",
                     help=help_text("your own id for this entry: a retry with the same id is not "
                     "recorded twice"))
    p.set_defaults(func=cmd_log)


def cmd_log(ctx: Context, args: argparse.Namespace) -> int:
    credits = parsing.whole(args.credits, field="credits") if args.credits is not None else None
    balance = (
        parsing.whole(args.balance_now, field="balance") if args.balance_now is not None else None
    )
    size = float(parsing.whole(args.size, field="size")) if args.size is not None else None
    at = parsing.instant(args.at) if args.at else ctx.now
    try:
        spend = log.log_spend(
            ctx.ledger,
            ctx.now,
            args.kind,
            credits=credits,
            balance_now=balance,
            meter=args.meter,
            project=args.project,
            outcome=args.outcome,
            note=args.note,
            size=size,
            at=at,
            event_id=args.event_id,
        )
    except AlreadyLogged:  # a script's retry after a crash or a lost exit code
        ctx.say(ctx.t("text.already_logged", id=args.event_id))
        return 0
    total = balances.total(ctx.ledger, ctx.now)
    ctx.say(
        ctx.t(
            "text.logged",
            kind=words.kind(spend.kind, ctx.lang),
            credits=words.num(spend.credits),
            total=words.num(total),
        )
    )
    return 0
