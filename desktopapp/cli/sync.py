"""``creditfuel sync [--json]``: write what is pending, merge what is new, now."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktopapp.cli.context import Context
from desktopapp.cli.team_words import sync_lines
from desktopapp.i18n import help_text
from desktopapp.services import team


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help=help_text("share this computer's logs with the team folder and "
                       "read the others' now"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync)


def cmd_sync(ctx: Context, args: argparse.Namespace) -> int:
    report = team.sync(ctx.ledger, now=ctx.now).as_dict()
    if ctx.json:
        ctx.say(json.dumps(report, ensure_ascii=False))
    else:
        for line in sync_lines(ctx, report):
            ctx.say(line)
    return 0
