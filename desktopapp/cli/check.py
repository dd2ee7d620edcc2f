"""``creditfuel check KIND``: before a task, will it fit and does it break a team rule.
The same check as the tray's "Before I start…" window (``services.estimates.run_check``).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import dump, estimate_lines, size
from desktopapp.i18n import help_text
from desktopapp.services import approvals, estimates, verdicts


def register(sub: Any) -> None:
    chk = sub.add_parser(
        "check", help=help_text("before a task: will it fit, does it break a rule"))
    chk.add_argument("kind")
    chk.add_argument("--size", metavar="N")
    chk.add_argument("--project", metavar="NAME", help=help_text("the project / client job"))
    chk.add_argument("--account", metavar="NAME", help=help_text("only this platform account"))
    chk.add_argument("--json", action="store_true")
    chk.set_defaults(func=cmd_check)


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    amount = size(ctx, args.size)
    project = args.project.strip() if args.project and args.project.strip() else None
    r = estimates.run_check(ctx.ledger, ctx.now, args.kind, amount, project, args.account)
    if ctx.json:
        # an approval from the lead that covers this task (issue 13)
        dump(ctx, approvals.with_approval(ctx.ledger, ctx.now, estimates.check_json(r, ctx.lang)))
        return 0
    if r.estimate is not None:
        for line in estimate_lines(r.estimate, ctx):
            ctx.say(line)
    if r.balance is not None and r.balance_after is not None:
        ctx.say(ctx.t("insight.balance_after", balance=words.num(r.balance),
                      typical=words.num(r.balance_after.typical),
                      high=words.num(r.balance_after.high)))
    if r.next_reset is not None and r.seconds_to_reset is not None:
        left = words.duration((r.next_reset - ctx.now).total_seconds(), ctx.lang)
        ctx.say(ctx.t("insight.next_refill", at=words.local(r.next_reset, ctx.zone), left=left))
    ctx.say(ctx.t("insight.verdict", verdict=ctx.t(f"verdict.{r.verdict}")))
    for v in r.reasons:
        tag = f"[{v.rule_id}] " if v.rule_id else ""
        ctx.say(f"  - {ctx.t(f'level.{v.level}')}: {tag}{verdicts.message(v, ctx.lang)}")
    return 0
