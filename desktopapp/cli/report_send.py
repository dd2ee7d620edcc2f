"""``creditfuel report --send [--to NAME] [--dry-run] [--json]`` and
``creditfuel report destination add NAME URL | list | remove NAME``: the report in the
team chat. URLs go to the system keyring only (``-`` reads the URL from standard input,
which keeps a token out of the shell history)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from desktopapp.cli.context import Context
from desktopapp.i18n import help_text


def extend(rep: Any) -> None:
    """Adds the sending options and the ``destination`` commands to ``report``."""
    rep.add_argument("--send", action="store_true",
        help=help_text("post the report to the team chat"))
    rep.add_argument("--to", metavar="NAME", help=help_text("only this destination"))
    rep.add_argument("--dry-run", action="store_true",
                     help=help_text("show what would be posted, send nothing"))
    original = rep.get_default("func")

    def dispatch(ctx: Context, args: argparse.Namespace) -> int:
        if args.send or args.dry_run:
            return cmd_send(ctx, args)
        return int(original(ctx, args) or 0)

    rep.set_defaults(func=dispatch)
    sub = rep.add_subparsers(dest="report_command", metavar="destination", required=False)
    dest = sub.add_parser("destination", help=help_text("where reports are posted"))
    dsub = dest.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    add = dsub.add_parser("add",
        help=help_text("add a chat destination (Apprise URL or chatwork://)"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("url", metavar="URL",
        help=help_text("the URL, or - to read it from standard input"))
    add.set_defaults(func=cmd_add)
    ls = dsub.add_parser("list", help=help_text("list destinations (never their URLs)"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rm = dsub.add_parser("remove", help=help_text("remove a destination"))
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(func=cmd_remove)


def cmd_send(ctx: Context, args: argparse.Namespace) -> int:
    from desktopapp.services import team_report  # keyring: only when used

    ledger = ctx.ledger
    message = team_report.compose(ledger, ctx.now, team_report.team_language(ledger))
    if args.dry_run:
        targets = [d for d in team_report.destinations(ledger)
                   if args.to is None or d["name"] == args.to]
        if ctx.json:
            ctx.say(json.dumps({"title": message["title"], "text": message["text"],
                                "destinations": targets, "sent": []}, ensure_ascii=False))
            return 0
        ctx.say(message["title"])
        ctx.say(message["text"])
        ctx.say()
        ctx.say(ctx.t("report_send.would_send",
                      names=", ".join(d["name"] for d in targets) or "-"))
        return 0
    results = team_report.deliver(ledger, ctx.now, message, to=args.to, pause=time.sleep)
    failed = [r for r in results if not r["sent"]]
    if ctx.json:
        ctx.say(json.dumps({"title": message["title"], "text": message["text"],
                            "results": results, "waiting": team_report.waiting(ledger)},
                           ensure_ascii=False))
    else:
        for r in results:
            key = "report_send.sent" if r["sent"] else "report_send.failed"
            ctx.say(ctx.t(key, name=r["destination"], error=r["error"] or ""))
    return 1 if failed else 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    from desktopapp.services import team_report  # keyring: only when used

    url = sys.stdin.readline().strip() if args.url == "-" else args.url
    entry = team_report.add_destination(ctx.ledger, args.name, url)
    ctx.say(ctx.t("report_send.added", name=entry["name"], kind=entry["kind"]))
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from desktopapp.services import team_report  # keyring: only when used

    found = team_report.destinations(ctx.ledger)
    if ctx.json:
        ctx.say(json.dumps({"destinations": found,
                            "waiting": team_report.waiting(ctx.ledger)}, ensure_ascii=False))
        return 0
    if not found:
        ctx.say(ctx.t("report_send.none"))
    for d in found:
        ctx.say(f"{d['name']}  ({d['kind']})")
    for w in team_report.waiting(ctx.ledger):
        ctx.say(ctx.t("report_send.waiting", name=w["destination"], error=w["error"],
                      at=w["next_try"]))
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    from desktopapp.services import team_report  # keyring: only when used

    team_report.remove_destination(ctx.ledger, args.name)
    ctx.say(ctx.t("report_send.removed", name=args.name))
    return 0
