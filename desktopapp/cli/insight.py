"""`creditfuel estimate|check|history|forecast|rule|report`: the insight commands.

Every figure comes from the pure domain (estimate, preflight, history, forecast, rules,
report); this module only reads the ledger through the LedgerFile, words the codes
(desktopapp/messages_insight.py) and prints tables or JSON.

Reads are bounded: a check reads the spends of the estimate window (90 days) or the
billing month, whichever starts earlier, through the LedgerFile's indexed ``spends`` query,
and the balances from its checkpointed ``state``; never the whole history.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.domain.costing import Price, default_currency, price_from_plan
from desktopapp.domain.estimate import WINDOW_DAYS, Estimate, estimate
from desktopapp.domain.events import Spend
from desktopapp.domain.forecast import forecast_all
from desktopapp.domain.history import (
    BY_CHOICES,
    Period,
    billing_meter,
    billing_period,
    fill_days,
    group_spends,
    last_days,
    local_day,
    month_period,
    period_grant,
)
from desktopapp.domain.kinds import kind_info, normalize_kind
from desktopapp.domain.meter import Meter
from desktopapp.domain.preflight import Preflight, check
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.report import MonthReport, month_report
from desktopapp.domain.rules import (
    Envelope,
    Param,
    ProjectCap,
    RepeatApproval,
    Rule,
    TaskCap,
    VariantLimit,
    Verdict,
    make_rule,
    rule_to_dict,
)

MAX_DAYS = 3660
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ID_PREFIX = {
    "task_cap": "cap",
    "repeat_approval": "repeat",
    "envelope": "envelope",
    "project_cap": "project-cap",
    "variant_limit": "variants",
    "topup_advice": "topup",
}


def register(sub: Any) -> None:
    est = sub.add_parser("estimate", help="what a task of a kind usually costs you")
    est.add_argument("kind", help="task kind, e.g. video, slides, research")
    est.add_argument("--size", metavar="N", help="seconds (video), pages (slides), images")
    est.add_argument("--json", action="store_true")
    est.set_defaults(func=cmd_estimate)

    chk = sub.add_parser("check", help="before a task: will it fit, does it break a rule")
    chk.add_argument("kind")
    chk.add_argument("--size", metavar="N")
    chk.add_argument("--project", metavar="NAME", help="the project / client job")
    chk.add_argument("--account", metavar="NAME", help="only this platform account")
    chk.add_argument("--json", action="store_true")
    chk.set_defaults(func=cmd_check)

    his = sub.add_parser("history", help="credits spent, grouped (days are local days)")
    his.add_argument("--days", metavar="N", default="30", help="how many days back (30)")
    his.add_argument("--by", choices=BY_CHOICES, default="day")
    his.add_argument("--json", action="store_true")
    his.set_defaults(func=cmd_history)

    fc = sub.add_parser("forecast", help="burn per day and when each meter runs dry")
    fc.add_argument("--json", action="store_true")
    fc.set_defaults(func=cmd_forecast)

    rule = sub.add_parser("rule", help="team rules: add, list or remove")
    rsub = rule.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    add = rsub.add_parser(
        "add",
        help="add a rule",
        description="Rule types: task_cap --limit N [--kinds K,K]; repeat_approval "
        "[--kinds K,K] [--free-runs N]; envelope --group drafting|research|visual|developer "
        "--percent P; project_cap --limit N [--project P]; variant_limit --kind K --limit N "
        "[--label TEXT]; topup_advice [--packs N]. Any: --action warn|needs_approval|blocked.",
    )
    add.add_argument("code", metavar="TYPE")
    add.add_argument("--id", dest="rule_id", metavar="ID", help="a name for the rule")
    for opt in ("limit", "kinds", "kind", "group", "percent", "project", "free-runs", "label",
                "packs", "action"):
        add.add_argument(f"--{opt}", metavar=opt.upper().replace("-", "_"))
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_rule_add)
    ls = rsub.add_parser("list", help="list the rules")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_rule_list)
    rm = rsub.add_parser("remove", help="remove a rule by id")
    rm.add_argument("rule_id", metavar="ID")
    rm.set_defaults(func=cmd_rule_remove)

    rep = sub.add_parser("report", help="the billing-month summary")
    rep.add_argument("--month", nargs="?", const="", default="", metavar="YYYY-MM",
                     help="the billing month starting in that month (default: the current)")
    rep.add_argument("--credits-per-unit", metavar="X",
                     help="credits one unit of currency buys (for money per project)")
    rep.add_argument("--plan-price", metavar="N", help="plan price per month (money = "
                     "credits x price / grant)")
    rep.add_argument("--currency", metavar="CODE", help="e.g. JPY, USD")
    rep.add_argument("--json", action="store_true")
    rep.set_defaults(func=cmd_report)


# -- shared ---------------------------------------------------------------------------------


def user_zone(ctx: Context) -> str:
    zone = ctx.tracker.get_setting("tz")
    return str(zone) if zone else parsing.local_zone_name()


def _size(ctx: Context, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        size = float(value.strip().replace(",", "."))
    except ValueError:
        raise ctx.fail("bad_size", value=value) from None
    if not 0 < size < 1e9:  # also refuses NaN
        raise ctx.fail("bad_size", value=value)
    return size


def lookback(ctx: Context, meters: Sequence[Meter], tz: str) -> tuple[Period, list[Spend]]:
    """The billing month and the spends the insight needs: the estimate window or the
    billing month, whichever starts earlier (one indexed range query)."""
    period = billing_period(meters, ctx.now, tz)
    since = min(ctx.now - timedelta(days=WINDOW_DAYS), period.start)
    return period, ctx.tracker.spends(since=since, until=ctx.now)


def iso(t: datetime | None) -> str | None:
    return t.isoformat() if t is not None else None


def size_text(kind: str, size: float | None, lang: str, t: Any) -> str:
    if size is None:
        return kind
    info = kind_info(kind)
    unit = info.size_unit if info and info.size_unit else "none"
    return f"{kind} {t(f'insight.size.{unit}', size=words.num(size))}"


def fmt_params(params: Mapping[str, Param], ctx: Context) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            out[key] = "" if key == "label" else "-"
        elif key == "group" and isinstance(value, str):
            out[key] = ctx.t(f"group.{value}")
        elif key == "seconds_to_reset" and isinstance(value, int):
            out[key] = words.duration(value, ctx.lang)
        elif key == "label":
            out[key] = f" ({value})" if ctx.lang == "en" else f"({value})"
        elif isinstance(value, bool):
            out[key] = str(value)
        elif isinstance(value, int | float):
            out[key] = words.num(value)
        else:
            out[key] = str(value)
    return out


def verdict_message(v: Verdict, ctx: Context) -> str:
    params = fmt_params(v.params, ctx)
    if v.rule_id is not None:
        params.setdefault("rule_id", v.rule_id)
    return ctx.t(v.code, **params)


def verdict_json(v: Verdict, ctx: Context) -> dict[str, Any]:
    return {
        "level": v.level,
        "code": v.code,
        "rule_id": v.rule_id,
        "params": dict(v.params),
        "message": verdict_message(v, ctx),
    }


def estimate_json(e: Estimate) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "size": e.size,
        "typical": e.typical,
        "low": e.low,
        "high": e.high,
        "samples": e.samples,
        "source": e.source,
        "history_weight": e.history_weight,
        "mostly_defaults": e.mostly_defaults,
        "outliers": e.outliers,
        "unsized": e.unsized,
        "failures": e.failures,
        "failure_rate": e.failure_rate,
        "failure_typical": e.failure_typical,
        "window_days": e.window_days,
    }


def _dump(ctx: Context, data: Mapping[str, Any]) -> None:
    ctx.say(json.dumps(data, ensure_ascii=False))


def _estimate_lines(e: Estimate, ctx: Context) -> list[str]:
    lines = [
        ctx.t(
            "insight.estimate",
            what=size_text(e.kind, e.size, ctx.lang, ctx.t),
            typical=words.num(e.typical),
            low=words.num(e.low),
            high=words.num(e.high),
        ),
        ctx.t(f"insight.source.{e.source}", samples=e.samples),
    ]
    if e.unsized:
        lines.append(ctx.t("insight.unsized", count=e.unsized))
    if e.failures and e.failure_typical is not None:
        lines.append(ctx.t("insight.failures", failures=e.failures,
                           percent=round((e.failure_rate or 0) * 100),
                           typical=words.num(e.failure_typical)))
    return lines


# -- estimate / check -----------------------------------------------------------------------


def cmd_estimate(ctx: Context, args: argparse.Namespace) -> int:
    size = _size(ctx, args.size)
    since = ctx.now - timedelta(days=WINDOW_DAYS)
    spends = ctx.tracker.spends(since=since, until=ctx.now)
    e = estimate(spends, args.kind, now=ctx.now, size=size)
    if e is None:
        raise ctx.fail("no_estimate", kind=normalize_kind(args.kind))
    if ctx.json:
        _dump(ctx, estimate_json(e))
        return 0
    for line in _estimate_lines(e, ctx):
        ctx.say(line)
    return 0


def run_check(ctx: Context, kind: str, size: float | None, project: str | None,
              account: str | None = None) -> Preflight:
    tracker = ctx.tracker
    meters = tracker.meters()
    tz = user_zone(ctx)
    period, spends = lookback(ctx, meters, tz)
    return check(
        kind,
        size,
        project,
        now=ctx.now,
        spends=spends,
        meters=meters,
        state=tracker.state(ctx.now),
        rules=tracker.rules(),
        tz=tz,
        account=account,
        period=period,
    )


def preflight_json(r: Preflight, ctx: Context) -> dict[str, Any]:
    return {
        "kind": r.kind,
        "size": r.size,
        "project": r.project,
        "verdict": r.verdict,
        "reasons": [verdict_json(v, ctx) for v in r.reasons],
        "estimate": estimate_json(r.estimate) if r.estimate else None,
        "balance": r.balance,
        "balance_after": (
            {"typical": r.balance_after.typical, "high": r.balance_after.high}
            if r.balance_after else None
        ),
        "next_reset": iso(r.next_reset),
        "seconds_to_reset": r.seconds_to_reset,
        "runs_dry_before_reset": r.runs_dry_before_reset,
        "burn_per_day": r.burn_per_day,
    }


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    size = _size(ctx, args.size)
    project = args.project.strip() if args.project and args.project.strip() else None
    r = run_check(ctx, args.kind, size, project, args.account)
    if ctx.json:
        _dump(ctx, preflight_json(r, ctx))
        return 0
    if r.estimate is not None:
        for line in _estimate_lines(r.estimate, ctx):
            ctx.say(line)
    if r.balance is not None and r.balance_after is not None:
        ctx.say(ctx.t("insight.balance_after", balance=words.num(r.balance),
                      typical=words.num(r.balance_after.typical),
                      high=words.num(r.balance_after.high)))
    if r.next_reset is not None and r.seconds_to_reset is not None:
        ctx.say(ctx.t("insight.next_refill", at=words.local(r.next_reset),
                      left=words.duration(r.seconds_to_reset, ctx.lang)))
    ctx.say(ctx.t("insight.verdict", verdict=ctx.t(f"verdict.{r.verdict}")))
    for v in r.reasons:
        tag = f"[{v.rule_id}] " if v.rule_id else ""
        ctx.say(f"  - {ctx.t(f'level.{v.level}')}: {tag}{verdict_message(v, ctx)}")
    return 0


# -- history / forecast ---------------------------------------------------------------------


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    try:
        days = int(str(args.days).strip())
    except ValueError:
        raise ctx.fail("bad_days", value=args.days) from None
    if not 1 <= days <= MAX_DAYS:
        raise ctx.fail("bad_days", value=args.days)
    tz = user_zone(ctx)
    since, until = last_days(ctx.now, days, tz)
    spends = ctx.tracker.spends(since=since, until=until)
    groups = group_spends(spends, args.by, tz=tz)
    if args.by == "day":
        groups = fill_days(groups, local_day(since, tz), local_day(until, tz))
    tasks = sum(g.tasks for g in groups)
    credits = sum(g.credits for g in groups)
    wasted = sum(g.wasted for g in groups)
    if ctx.json:
        _dump(ctx, {
            "since": iso(since),
            "until": iso(until),
            "tz": tz,
            "days": days,
            "by": args.by,
            "groups": [{"key": g.key, "tasks": g.tasks, "credits": g.credits,
                        "wasted": g.wasted} for g in groups],
            "total": {"tasks": tasks, "credits": credits, "wasted": wasted},
        })
        return 0
    ctx.say(ctx.t("insight.history_title", days=days, tz=tz))
    headers = [ctx.t(f"insight.col.key.{args.by}"), ctx.t("insight.col.tasks"),
               ctx.t("insight.col.credits"), ctx.t("insight.col.wasted")]
    rows = [[_key_text(g.key, args.by, ctx), words.num(g.tasks), words.num(g.credits),
             words.num(g.wasted)] for g in groups]
    ctx.say(words.table(headers, rows, right={1, 2, 3}))
    ctx.say(ctx.t("insight.history_total", credits=words.num(credits), tasks=words.num(tasks),
                  wasted=words.num(wasted),
                  percent=round(100 * wasted / credits) if credits else 0))
    return 0


def _key_text(key: str | None, by: str, ctx: Context) -> str:
    if key is None:
        return ctx.t("insight.no_project")
    if by == "outcome":
        return ctx.t(f"insight.outcome.{key}")
    return key


def cmd_forecast(ctx: Context, args: argparse.Namespace) -> int:
    tracker = ctx.tracker
    meters = tracker.meters()
    state = tracker.state(ctx.now)
    spends = tracker.spends(
        since=ctx.now - timedelta(days=WINDOW_DAYS), until=ctx.now
    )
    forecasts = forecast_all(meters, state, spends, now=ctx.now)
    by_id = {m.id: m for m in meters}
    if ctx.json:
        _dump(ctx, {"meters": [{
            "meter": f.name,
            "meter_id": f.meter_id,
            "account": by_id[f.meter_id].account,
            "balance": f.balance,
            "burn_per_day": f.burn_per_day,
            "runs_dry_at": iso(f.runs_dry_at),
            "before_reset": f.before_reset,
            "next_reset": iso(f.next_reset),
            "lost_at_reset": f.lost_at_reset,
            "note": f.note,
        } for f in forecasts]})
        return 0
    if not forecasts:
        ctx.say(ctx.t("text.no_meters"))
        return 0
    headers = [ctx.t(c) for c in ("text.col.meter", "text.col.balance", "insight.col.burn",
                                  "insight.col.dry", "insight.col.lost")]
    rows = []
    for f in forecasts:
        if f.note is not None:
            rows.append([f.name, words.num(f.balance), "-", ctx.t("insight.forecast_thin"), "-"])
            continue
        if f.runs_dry_at is None:
            dry = ctx.t("insight.never")
        else:
            dry = words.local(f.runs_dry_at)
            if f.before_reset:
                dry += f" ({ctx.t('insight.before_reset')})"
        rows.append([
            f.name,
            words.num(f.balance),
            words.num(f.burn_per_day or 0),
            dry,
            "-" if f.lost_at_reset is None else words.num(f.lost_at_reset),
        ])
    ctx.say(words.table(headers, rows, right={1, 2, 4}))
    return 0


# -- rules ------------------------------------------------------------------------------------


def rule_text(rule: Rule, ctx: Context) -> str:
    action = ctx.t(f"level.{rule.action}") if hasattr(rule, "action") else ""
    if isinstance(rule, TaskCap):
        kinds = ctx.t("rule.for_kinds", kinds=", ".join(rule.kinds)) if rule.kinds else ""
        return ctx.t("rule.task_cap", limit=words.num(rule.limit), kinds=kinds, action=action)
    if isinstance(rule, RepeatApproval):
        kinds = ", ".join(rule.kinds) if rule.kinds else ctx.t("rule.high_octane")
        return ctx.t("rule.repeat_approval", kinds=kinds, free_runs=rule.free_runs,
                     action=action)
    if isinstance(rule, Envelope):
        return ctx.t("rule.envelope", group=ctx.t(f"group.{rule.group}"),
                     percent=words.num(rule.percent), action=action)
    if isinstance(rule, ProjectCap):
        return ctx.t("rule.project_cap", project=rule.project or ctx.t("rule.every_project"),
                     limit=words.num(rule.limit), action=action)
    if isinstance(rule, VariantLimit):
        return ctx.t("rule.variant_limit", kind=rule.kind, limit=rule.limit,
                     label=fmt_params({"label": rule.label}, ctx)["label"], action=action)
    return ctx.t("rule.topup_advice", packs=rule.packs)


def cmd_rule_add(ctx: Context, args: argparse.Namespace) -> int:
    code = args.code.strip().lower().replace("-", "_")
    params = {
        name: value
        for name, value in (
            ("limit", args.limit), ("kinds", args.kinds), ("kind", args.kind),
            ("group", args.group), ("percent", args.percent), ("project", args.project),
            ("free_runs", args.free_runs), ("label", args.label), ("packs", args.packs),
            ("action", args.action),
        )
        if value is not None
    }
    if "limit" in params:
        params["limit"] = str(parsing.whole(params["limit"], field="limit"))
    tracker = ctx.tracker
    taken = {r.id for r in tracker.rules()}
    rule_id = (args.rule_id or "").strip()
    if not rule_id:
        prefix = _ID_PREFIX.get(code, "rule")
        rule_id = f"{prefix}-{uuid.uuid4().hex[:4]}"
        while rule_id in taken:
            rule_id = f"{prefix}-{uuid.uuid4().hex[:4]}"
    elif rule_id in taken:
        raise ctx.fail("rule_id_taken", id=rule_id)
    try:
        rule = make_rule(code, rule_id, params)
    except InvalidInput as exc:  # name the options as typed: --free-runs, not free_runs
        raise InvalidInput(*(
            Problem(p.code, {**p.params, "param": p.params["param"].replace("_", "-")})
            if "param" in p.params else p
            for p in exc.problems
        )) from None
    try:
        stored = tracker.add_rule(rule, now=ctx.now)
    except sqlite3.IntegrityError:  # an id a removed rule once had
        raise ctx.fail("rule_id_taken", id=rule_id) from None
    if ctx.json:
        _dump(ctx, rule_to_dict(stored))
    else:
        ctx.say(ctx.t("rule.added", id=stored.id, text=rule_text(stored, ctx)))
    return 0


def cmd_rule_list(ctx: Context, args: argparse.Namespace) -> int:
    rules = ctx.tracker.rules()
    if ctx.json:
        _dump(ctx, {"rules": [{**rule_to_dict(r), "text": rule_text(r, ctx)} for r in rules]})
        return 0
    if not rules:
        ctx.say(ctx.t("rule.none"))
        return 0
    headers = [ctx.t("insight.col.id"), ctx.t("insight.col.rule")]
    ctx.say(words.table(headers, [[r.id, rule_text(r, ctx)] for r in rules], right=set()))
    return 0


def cmd_rule_remove(ctx: Context, args: argparse.Namespace) -> int:
    ctx.tracker.remove_rule(args.rule_id.strip(), now=ctx.now)
    ctx.say(ctx.t("rule.removed", id=args.rule_id.strip()))
    return 0


# -- report ---------------------------------------------------------------------------------


def _period(ctx: Context, meters: Sequence[Meter], value: str, tz: str) -> Period:
    if not value:
        return billing_period(meters, ctx.now, tz)
    m = _MONTH.match(value.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2199:
        raise ctx.fail("bad_month", value=value)
    return month_period(meters, int(m.group(1)), int(m.group(2)), tz)


def _price(ctx: Context, args: argparse.Namespace, meters: Sequence[Meter]) -> Price | None:
    tracker = ctx.tracker
    currency = str(args.currency or tracker.get_setting("currency")
                   or default_currency(ctx.lang)).upper()
    per_unit = args.credits_per_unit or tracker.get_setting(
        "credits_per_unit")
    if per_unit is not None:
        value = _positive(ctx, str(per_unit))
        return Price(value, currency)
    plan = args.plan_price or tracker.get_setting("plan_price")
    meter = billing_meter(meters)
    if plan is not None and meter is not None:
        return price_from_plan(_positive(ctx, str(plan)), meter.grant, currency)
    return None


def _positive(ctx: Context, value: str) -> float:
    try:
        number = float(value.strip().replace(",", ""))
    except ValueError:
        raise ctx.fail("not_a_number", value=value) from None
    if not 0 < number < 1e12:
        raise ctx.fail("not_a_number", value=value)
    return number


def _lost(ctx: Context, period: Period) -> int:
    """Credits lost at resets and pack expiry inside the period (so far)."""
    end = min(period.end, ctx.now)
    if end <= period.start:
        return 0
    before = ctx.tracker.state(period.start)
    after = ctx.tracker.state(end)
    return max(0, sum(p.lost_total for p in after.pools.values())
               - sum(p.lost_total for p in before.pools.values()))


def build_report(ctx: Context, args: argparse.Namespace) -> tuple[MonthReport, Price | None]:
    tracker = ctx.tracker
    meters = tracker.meters()
    tz = user_zone(ctx)
    period = _period(ctx, meters, args.month, tz)
    price = _price(ctx, args, meters)
    until = min(period.end, ctx.now)
    spends = tracker.spends(since=period.start, until=until) if until >= period.start else []
    state = tracker.state(ctx.now)
    packs = sum(1 for p in state.packs if period.start <= p.bought_at < period.end)
    grant = period_grant(meters, period) or None
    report = month_report(
        spends,
        period=period,
        tz=tz,
        grant=grant,
        rules=tracker.rules(),
        price=price,
        packs_bought=packs,
        lost=_lost(ctx, period),
    )
    return report, price


def report_json(r: MonthReport, price: Price | None, ctx: Context) -> dict[str, Any]:
    return {
        "period": {"label": r.period.label, "start": iso(r.period.start),
                   "end": iso(r.period.end)},
        "spent": r.spent,
        "tasks": r.tasks,
        "grant": r.grant,
        "currency": price.currency if price else None,
        "credits_per_unit": price.credits_per_unit if price else None,
        "by_kind": [{"kind": g.key, "tasks": g.tasks, "credits": g.credits,
                     "wasted": g.wasted} for g in r.by_kind],
        "by_project": [{"project": p.project, "tasks": p.tasks, "credits": p.credits,
                        "wasted": p.wasted, "money": p.money} for p in r.by_project],
        "waste": {
            "spent": r.waste.spent,
            "wasted": r.waste.wasted,
            "share": round(r.waste.share, 4),
            "by_outcome": dict(r.waste.by_outcome),
            "by_kind": [{"kind": w.key, "wasted": w.wasted, "spent": w.spent}
                        for w in r.waste_by_kind],
        },
        "envelopes": [{"group": e.group, "used": e.used, "used_percent": e.used_percent,
                       "rule_id": e.rule_id, "limit_percent": e.limit_percent,
                       "limit": e.limit, "over": e.over} for e in r.envelopes],
        "packs_bought": r.packs_bought,
        "lost": r.lost,
        "advice": [verdict_json(v, ctx) for v in r.advice],
    }


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    r, price = build_report(ctx, args)
    if ctx.json:
        _dump(ctx, report_json(r, price, ctx))
        return 0
    n = words.num
    ctx.say(ctx.t("insight.report_title", label=r.period.label, start=words.local(r.period.start),
                  end=words.local(r.period.end)))
    grant = ctx.t("insight.report_grant", grant=n(r.grant)) if r.grant else ""
    ctx.say(ctx.t("insight.report_spent", spent=n(r.spent), tasks=n(r.tasks), grant=grant))
    by_outcome = r.waste.by_outcome
    ctx.say(ctx.t("insight.report_waste", wasted=n(r.waste.wasted),
                  percent=round(100 * r.waste.share), failed=n(by_outcome.get("failed", 0)),
                  retake=n(by_outcome.get("retake", 0)),
                  abandoned=n(by_outcome.get("abandoned", 0))))
    ctx.say(ctx.t("insight.report_packs", packs=r.packs_bought))
    if r.by_kind:
        ctx.say("")
        ctx.say(ctx.t("insight.report_by_kind"))
        ctx.say(words.table(
            [ctx.t("insight.col.key.kind"), ctx.t("insight.col.tasks"),
             ctx.t("insight.col.credits"), ctx.t("insight.col.wasted")],
            [[g.key or "-", n(g.tasks), n(g.credits), n(g.wasted)] for g in r.by_kind],
            right={1, 2, 3}))
    if r.by_project:
        ctx.say("")
        ctx.say(ctx.t("insight.report_by_project"))
        headers = [ctx.t("insight.col.key.project"), ctx.t("insight.col.tasks"),
                   ctx.t("insight.col.credits"), ctx.t("insight.col.wasted")]
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
        ctx.say(f"  - {verdict_message(v, ctx)}")
    return 0
