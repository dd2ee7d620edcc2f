"""`creditfuel pack add CREDITS [--expires ISO]`: purchased credits that only expire.

A pack belongs to an account: ``--account``, else ``--meter``'s account, else the
ledger's one account (with several, the command asks which).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.domain.validation import AlreadyLogged
from desktopapp.i18n import help_text
from desktopapp.services import setup


def register(sub: Any) -> None:
    p = sub.add_parser("pack", help=help_text("credit packs (top-ups)"))
    psub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    add = psub.add_parser("add", help=help_text("record a purchased pack"))
    add.add_argument("credits")
    add.add_argument("--expires", metavar="ISO", help=help_text("when its credits are lost"))
    add.add_argument("--at", metavar="ISO", help=help_text("when it was bought (default: now)"))
    add.add_argument("--account", metavar="NAME")
    add.add_argument("--meter", metavar="NAME",
        help=help_text("the pack is for this meter's account"))
    add.add_argument("--note")
    add.add_argument("--id", metavar="UUID", dest="event_id",
                     help=help_text("your own id for this entry: a retry with the same id is not "
                     "recorded twice"))
    add.set_defaults(func=cmd_add)


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    credits = parsing.whole(args.credits, field="credits")
    expires = parsing.instant(args.expires) if args.expires else None
    at = parsing.instant(args.at) if args.at else ctx.now
    try:
        setup.add_pack(
            ctx.ledger,
            ctx.now,
            credits,
            expires_at=expires,
            meter=args.meter,
            account=args.account,
            note=args.note,
            at=at,
            event_id=args.event_id,
        )
    except AlreadyLogged:  # a retry of a pack already recorded: acknowledged, not doubled
        ctx.say(ctx.t("text.already_logged", id=args.event_id))
        return 0
    expiry = ctx.t("text.pack_expiry", expires=words.local(expires, ctx.zone)) if expires else ""
    ctx.say(ctx.t("text.pack_added", credits=words.num(credits), expiry=expiry))
    return 0
