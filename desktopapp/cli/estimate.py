"""``creditfuel estimate KIND [--size N]``: what a task of a kind usually costs you."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import dump, estimate_lines, size
from desktopapp.domain.kinds import normalize_kind
from desktopapp.i18n import help_text
from desktopapp.services import estimates


def register(sub: Any) -> None:
    est = sub.add_parser("estimate", help=help_text("what a task of a kind usually costs you"))
    est.add_argument("kind", help=help_text("task kind, e.g. video, slides, research"))
    est.add_argument("--size", metavar="N",
                     help=help_text("seconds (video), pages (slides), images"))
    est.add_argument("--json", action="store_true")
    est.set_defaults(func=cmd_estimate)


def cmd_estimate(ctx: Context, args: argparse.Namespace) -> int:
    e = estimates.estimate_for(ctx.ledger, ctx.now, args.kind, size(ctx, args.size))
    if e is None:
        raise ctx.fail("no_estimate", kind=normalize_kind(args.kind))
    if ctx.json:
        dump(ctx, estimates.estimate_json(e))
        return 0
    for line in estimate_lines(e, ctx):
        ctx.say(line)
    return 0
