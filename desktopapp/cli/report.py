"""``creditfuel report [--month YYYY-MM]``: the billing-month summary. Money is at the
price set in Settings (or ``creditfuel config set price_per_credit``); ``--currency``,
``--credits-per-unit`` and ``--plan-price`` override it for this run."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import report_send, words
from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import dump
from desktopapp.domain.costing import Price
from desktopapp.domain.report import MonthReport
from desktopapp.i18n import help_text
from desktopapp.services import report, verdicts


def register(sub: Any) -> None:
    rep = sub.add_parser("report", help=help_text("the billing-month summary"))
    rep.add_argument("--month", nargs="?", const="", default="", metavar="YYYY-MM",
                     help=help_text(
                         "the billing month starting in that month (default: the current)"))
    rep.add_argument("--credits-per-unit", metavar="X",
                     help=help_text("credits one unit of currency buys (for money per project)"))
    rep.add_argument("--plan-price", metavar="N", help=help_text("plan price per month (money = "
                     "credits x price / grant)"))
    rep.add_argument("--currency", metavar="CODE", help=help_text("e.g. JPY, USD"))
    rep.add_argument("--json", action="store_true")
    rep.set_defaults(func=cmd_report)
    report_send.extend(rep)  # --send, --to, --dry-run, destination (issue 13)


def _positive(ctx: Context, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip().replace(",", ""))
    except ValueError:
        raise ctx.fail("not_a_number", value=value) from None
    if not 0 < number < 1e12:
        raise ctx.fail("not_a_number", value=value)
    return number


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    month = report.parse_month(args.month) if args.month else None
    override = report.PriceOverride(
        currency=args.currency.strip() if args.currency else None,
        credits_per_unit=_positive(ctx, args.credits_per_unit),
        plan_price=_positive(ctx, args.plan_price),
    )
    r, price = report.build(ctx.ledger, ctx.now, ctx.lang, month, override)
    if ctx.json:
        dump(ctx, report.report_json(r, price, ctx.lang))
        return 0
    _say_report(ctx, r, price)
    return 0


def _say_report(ctx: Context, r: MonthReport, price: Price | None) -> None:
    n = words.num
    zone = ctx.zone
    ctx.say(ctx.t("insight.report_title", label=r.period.label,
                  start=words.local(r.period.start, zone),
                  end=words.local(r.period.end, zone)))
    grant = ctx.t("insight.report_grant", grant=n(r.grant)) if r.grant else ""
    ctx.say(ctx.t("insight.report_spent", spent=n(r.spent), tasks=n(r.tasks), grant=grant))
    by_outcome = r.waste.by_outcome
    ctx.say(ctx.t("insight.report_waste", wasted=n(r.waste.wasted),
                  percent=round(100 * r.waste.share), failed=n(by_outcome.get("failed", 0)),
                  retake=n(by_outcome.get("retake", 0)),
                  abandoned=n(by_outcome.get("abandoned", 0))))
    ctx.say(ctx.t("insight.report_packs", packs=r.packs_bought))
    cols = [ctx.t("insight.col.tasks"), ctx.t("insight.col.credits"),
            ctx.t("insight.col.wasted")]
    if r.by_kind:
        ctx.say("")
        ctx.say(ctx.t("insight.report_by_kind"))
        ctx.say(words.table(
            [ctx.t("insight.col.key.kind"), *cols],
            [[words.kind(g.key, ctx.lang) if g.key else "-", n(g.tasks), n(g.credits),
              n(g.wasted)] for g in r.by_kind],
            right={1, 2, 3}))
    if r.by_project:
        ctx.say("")
        ctx.say(ctx.t("insight.report_by_project"))
        headers = [ctx.t("insight.col.key.project"), *cols]
        if price:
            headers.append(ctx.t("insight.col.money", currency=price.currency))
        rows = []
        for p in r.by_project:
            row = [p.project or ctx.t("insight.no_project"), n(p.tasks), n(p.credits),
                   n(p.wasted)]
            if price:
                row.append(n(p.money or 0))
            rows.append(row)
        ctx.say(words.table(headers, rows, right={1, 2, 3, 4}))
    if r.envelopes:
        ctx.say("")
        ctx.say(ctx.t("insight.report_envelopes"))
        ctx.say(words.table(
            [ctx.t("insight.col.group"), ctx.t("insight.col.used"),
             ctx.t("insight.col.share"), ctx.t("insight.col.envelope")],
            [[ctx.t(f"group.{e.group}"), n(e.used),
              "-" if e.used_percent is None else f"{n(e.used_percent)}%",
              "-" if e.limit_percent is None else f"{n(e.limit_percent)}%"
              + (" !" if e.over else "")] for e in r.envelopes],
            right={1, 2, 3}))
    ctx.say("")
    ctx.say(ctx.t("insight.report_advice"))
    if not r.advice:
        ctx.say("  " + ctx.t("insight.report_no_advice"))
    for v in r.advice:
        ctx.say(f"  - {verdicts.message(v, ctx.lang)}")
