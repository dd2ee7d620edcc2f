"""`creditfuel undo [ID]` / `creditfuel redo`: tombstones, never deletes."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.domain.events import Event
from desktopapp.i18n import help_text
from desktopapp.services import log, setup


def register(sub: Any) -> None:
    u = sub.add_parser("undo", help=help_text("undo the last log, or the one with this id "
                       "(prints what it undid)"))
    u.add_argument("event_id", nargs="?", metavar="ID",
        help=help_text("a log's id (export shows them)"))
    u.set_defaults(func=cmd_undo)
    r = sub.add_parser("redo", help=help_text("bring back what the last undo removed"))
    r.set_defaults(func=cmd_redo)


def _what(ctx: Context, event: Event) -> str:
    meters = {m.id: m for m in setup.meters(ctx.ledger)}
    return words.event_text(event, ctx.lang, meters, ctx.zone)


def cmd_undo(ctx: Context, args: argparse.Namespace) -> int:
    if args.event_id:
        event = log.undo_event(ctx.ledger, ctx.now, args.event_id.strip())
    else:
        event = log.undo_last(ctx.ledger, ctx.now)
    if event is None:
        ctx.say(ctx.t("text.nothing_to_undo"))
        return 0
    ctx.say(ctx.t("text.undone", what=_what(ctx, event)))
    return 0


def cmd_redo(ctx: Context, args: argparse.Namespace) -> int:
    event = log.redo_last(ctx.ledger, ctx.now)
    if event is None:
        ctx.say(ctx.t("text.nothing_to_redo"))
        return 0
    ctx.say(ctx.t("text.redone", what=_what(ctx, event)))
    return 0
