"""`creditfuel undo` / `creditfuel redo`: tombstones, never deletes."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context


def register(sub: Any) -> None:
    u = sub.add_parser("undo", help="undo the last log (prints what it undid)")
    u.set_defaults(func=cmd_undo)
    r = sub.add_parser("redo", help="bring back what the last undo removed")
    r.set_defaults(func=cmd_redo)


def _meters(ctx: Context) -> dict[str, Any]:
    return {m.id: m for m in ctx.tracker.meters()}


def cmd_undo(ctx: Context, args: argparse.Namespace) -> int:
    event = ctx.tracker.undo_last(now=ctx.now)
    if event is None:
        ctx.say(ctx.t("text.nothing_to_undo"))
        return 0
    ctx.say(ctx.t("text.undone", what=words.event_text(event, ctx.lang, _meters(ctx))))
    return 0


def cmd_redo(ctx: Context, args: argparse.Namespace) -> int:
    event = ctx.tracker.redo_last(now=ctx.now)
    if event is None:
        ctx.say(ctx.t("text.nothing_to_redo"))
        return 0
    ctx.say(ctx.t("text.redone", what=words.event_text(event, ctx.lang, _meters(ctx))))
    return 0
