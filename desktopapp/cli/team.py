"""``creditfuel team create|join|status|leave``: share one ledger through a synced folder."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.cli.team_words import problem_line, sync_lines
from desktopapp.i18n import help_text
from desktopapp.services import team
from desktopapp.services.team_sync import SyncReport


def register(sub: Any) -> None:
    p = sub.add_parser("team",
        help=help_text("share the ledger with your team through a synced folder"))
    tsub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    c = tsub.add_parser("create",
        help=help_text("make FOLDER the team folder; this computer is the lead"))
    c.add_argument("folder", metavar="FOLDER")
    c.add_argument("--name", required=True, metavar="NAME",
        help=help_text("your name as the team sees it"))
    c.add_argument("--team", default="", metavar="TEAM", help=help_text("the team's name"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_create)
    j = tsub.add_parser("join", help=help_text("join the team whose folder is FOLDER"))
    j.add_argument("folder", metavar="FOLDER")
    j.add_argument("--name", required=True, metavar="NAME",
        help=help_text("your name as the team sees it"))
    j.add_argument("--lead", action="store_true", help=help_text("join as a second lead"))
    j.add_argument("--json", action="store_true")
    j.set_defaults(func=cmd_join)
    s = tsub.add_parser("status",
        help=help_text("members, devices, last seen, problems in the folder"))
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_status)
    lv = tsub.add_parser("leave", help=help_text("stop sharing (this computer keeps its ledger)"))
    lv.set_defaults(func=cmd_leave)


def _done(ctx: Context, key: str, report: SyncReport) -> int:
    if ctx.json:
        ctx.say(json.dumps(report.as_dict(), ensure_ascii=False))
        return 0
    ctx.say(ctx.t(key))
    for line in sync_lines(ctx, report.as_dict()):
        ctx.say(line)
    return 0


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    report = team.create(ctx.ledger, args.folder, args.name, now=ctx.now, team=args.team)
    return _done(ctx, "team.created", report)


def cmd_join(ctx: Context, args: argparse.Namespace) -> int:
    report = team.join(ctx.ledger, args.folder, args.name, now=ctx.now, lead=args.lead)
    return _done(ctx, "team.joined", report)


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    found = team.status(ctx.ledger)
    if ctx.json:
        ctx.say(json.dumps(found, ensure_ascii=False))
        return 0
    if found is None:
        ctx.say(ctx.t("team.solo"))
        return 0
    ctx.say(ctx.t("team.status_head", team=found["team"] or "", folder=found["folder"]))
    headers = [ctx.t(f"team.col.{c}") for c in ("member", "device", "role", "last_seen")]
    rows = []
    for d in found["devices"]:
        role = ctx.t("team.role.lead") if d["lead"] else ctx.t("team.role.member")
        if d["this_device"]:
            role += " " + ctx.t("team.this_device")
        last = d["last_seen"]
        seen = words.local(datetime.fromisoformat(last), ctx.zone) if last else "-"
        rows.append([d["member"], d["device"][:8], role, seen])
    ctx.say(words.table(headers, rows, right=set()))
    if found["problems"]:
        ctx.say()
        for p in found["problems"]:
            ctx.say(problem_line(ctx, p))
    return 0


def cmd_leave(ctx: Context, args: argparse.Namespace) -> int:
    ctx.say(ctx.t("team.left" if team.leave(ctx.ledger) else "team.solo"))
    return 0
