"""``creditfuel history [--days N] [--by ...]``: credits spent, grouped; days are local
days in the user's zone, as in the tray's History window."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import dump
from desktopapp.domain.history import BY_CHOICES
from desktopapp.i18n import help_text
from desktopapp.services import history


def register(sub: Any) -> None:
    his = sub.add_parser("history", help=help_text("credits spent, grouped (days are local days)"))
    his.add_argument("--days", metavar="N", default="30", help=help_text("how many days back (30)"))
    his.add_argument("--by", choices=BY_CHOICES, default="day")
    his.add_argument("--json", action="store_true")
    his.set_defaults(func=cmd_history)


def _days(ctx: Context, value: object) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        raise ctx.fail("bad_days", value=value) from None
    if not 1 <= days <= history.MAX_DAYS:
        raise ctx.fail("bad_days", value=value)
    return days


def _key_text(key: str | None, by: str, ctx: Context) -> str:
    if key is None:
        return ctx.t("insight.no_project")
    if by == "outcome":
        return ctx.t(f"insight.outcome.{key}")
    if by == "kind":
        return words.kind(key, ctx.lang)
    return key


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    t = history.table(ctx.ledger, ctx.now, _days(ctx, args.days), args.by)
    if ctx.json:
        dump(ctx, history.table_json(t))
        return 0
    ctx.say(ctx.t("insight.history_title", days=t.days, tz=t.tz))
    headers = [ctx.t(f"insight.col.key.{t.by}"), ctx.t("insight.col.tasks"),
               ctx.t("insight.col.credits"), ctx.t("insight.col.wasted")]
    rows = [[_key_text(g.key, t.by, ctx), words.num(g.tasks), words.num(g.credits),
             words.num(g.wasted)] for g in t.groups]
    ctx.say(words.table(headers, rows, right={1, 2, 3}))
    ctx.say(ctx.t("insight.history_total", credits=words.num(t.credits),
                  tasks=words.num(t.tasks), wasted=words.num(t.wasted),
                  percent=round(100 * t.wasted / t.credits) if t.credits else 0))
    return 0
