"""``creditfuel approval request|list|approve|decline``: approvals that travel through the
team folder (without a team they stay on this PC)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import size
from desktopapp.i18n import help_text, kind_name
from desktopapp.services import approvals


def register(sub: Any) -> None:
    p = sub.add_parser("approval",
        help=help_text("ask the lead for approval, or answer as the lead"))
    asub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    r = asub.add_parser("request", help=help_text("ask the lead to approve a task"))
    r.add_argument("kind", metavar="KIND")
    r.add_argument("--size", metavar="N")
    r.add_argument("--project", metavar="P")
    r.add_argument("--note", metavar="T")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_request)
    ls = asub.add_parser("list", help=help_text("requests and answers, newest first"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    for name, helptext in (("approve", "approve a request (the lead)"),
                           ("decline", "decline a request (the lead)")):
        d = asub.add_parser(name, help=helptext)
        d.add_argument("ident", metavar="ID")
        d.add_argument("--note", metavar="T")
        if name == "approve":
            d.add_argument("--until", metavar="ISO",
                           help=help_text(
                               "approved for that kind of task until then (default: once)"))
        d.add_argument("--json", action="store_true")
        d.set_defaults(func=cmd_decide, approve=name == "approve")


def _line(ctx: Context, r: dict[str, Any]) -> str:
    what = kind_name(r["kind"], ctx.lang)
    if r.get("size") is not None:
        what += f" ×{words.num(r['size'])}"
    if r.get("project"):
        what += f" · {r['project']}"
    text = ctx.t("approval.line", id=r["id"], what=what, member=r.get("member", ""),
                 state=ctx.t(f"approval.state.{r['state']}"))
    dec = r.get("decision")
    if dec and dec.get("note"):
        text += f" — {dec['note']}"
    elif r.get("note"):
        text += f" — {r['note']}"
    return text


def _show(ctx: Context, r: dict[str, Any]) -> int:
    if ctx.json:
        ctx.say(json.dumps(r, ensure_ascii=False))
    else:
        ctx.say(_line(ctx, r))
    return 0


def cmd_request(ctx: Context, args: argparse.Namespace) -> int:
    r = approvals.request(ctx.ledger, args.kind, size=size(ctx, args.size),
                          project=args.project, note=args.note, now=ctx.now)
    if not ctx.json:
        ctx.say(ctx.t("approval.requested", id=r["id"]))
    return _show(ctx, r)


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    found = approvals.listing(ctx.ledger, ctx.now)
    if ctx.json:
        ctx.say(json.dumps({"approvals": found}, ensure_ascii=False))
        return 0
    if not found:
        ctx.say(ctx.t("approval.none"))
    for r in found:
        ctx.say(_line(ctx, r))
    return 0


def cmd_decide(ctx: Context, args: argparse.Namespace) -> int:
    until: datetime | None = None
    if getattr(args, "until", None):
        until = parsing.instant(args.until)
    r = approvals.decide(ctx.ledger, args.ident, approve=args.approve, note=args.note,
                         until=until, now=ctx.now)
    return _show(ctx, r)
