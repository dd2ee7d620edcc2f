"""``creditfuel rule add|list|remove``: the team rules the tray's Settings > Team rules
edits too (``services.rules``; one id format whichever face adds a rule)."""

from __future__ import annotations

import argparse
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.cli.insight_text import dump
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.i18n import help_text
from desktopapp.services import rules

OPTIONS = ("limit", "kinds", "kind", "group", "percent", "project", "free-runs", "label",
           "packs", "action")


def register(sub: Any) -> None:
    rule = sub.add_parser("rule", help=help_text("team rules: add, list or remove"))
    rsub = rule.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    add = rsub.add_parser(
        "add",
        help=help_text("add a rule"),
        description=help_text("Rule types: task_cap --limit N [--kinds K,K]; repeat_approval "
        "[--kinds K,K] [--free-runs N]; envelope --group drafting|research|visual|developer "
        "--percent P; project_cap --limit N [--project P]; variant_limit --kind K --limit N "
        "[--label TEXT]; topup_advice [--packs N]. Any: --action warn|needs_approval|blocked."),
    )
    add.add_argument("code", metavar="TYPE")
    add.add_argument("--id", dest="rule_id", metavar="ID", help=help_text("a name for the rule"))
    for opt in OPTIONS:
        add.add_argument(f"--{opt}", metavar=opt.upper().replace("-", "_"))
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_rule_add)
    ls = rsub.add_parser("list", help=help_text("list the rules"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_rule_list)
    rm = rsub.add_parser("remove", help=help_text("remove a rule by id"))
    rm.add_argument("rule_id", metavar="ID")
    rm.set_defaults(func=cmd_rule_remove)


def cmd_rule_add(ctx: Context, args: argparse.Namespace) -> int:
    params = {
        name: value
        for name in (o.replace("-", "_") for o in OPTIONS)
        if (value := getattr(args, name)) is not None
    }
    if "limit" in params:
        params["limit"] = str(parsing.whole(params["limit"], field="limit"))
    try:
        rule = rules.build(ctx.ledger, args.code, params, args.rule_id)
    except InvalidInput as exc:  # name the options as typed: --free-runs, not free_runs
        raise InvalidInput(*(
            Problem(p.code, {**p.params, "param": p.params["param"].replace("_", "-")})
            if "param" in p.params else p
            for p in exc.problems
        )) from None
    stored = rules.add(ctx.ledger, ctx.now, rule)
    if ctx.json:
        dump(ctx, rules.rule_json(stored))
    else:
        ctx.say(ctx.t("rule.added", id=stored.id, text=rules.rule_text(stored, ctx.lang)))
    return 0


def cmd_rule_list(ctx: Context, args: argparse.Namespace) -> int:
    found = rules.listing(ctx.ledger)
    if ctx.json:
        dump(ctx, rules.list_json(found, ctx.lang))
        return 0
    if not found:
        ctx.say(ctx.t("rule.none"))
        return 0
    headers = [ctx.t("insight.col.id"), ctx.t("insight.col.rule")]
    rows = [[r.id, rules.rule_text(r, ctx.lang)] for r in found]
    ctx.say(words.table(headers, rows, right=set()))
    return 0


def cmd_rule_remove(ctx: Context, args: argparse.Namespace) -> int:
    rules.remove(ctx.ledger, ctx.now, args.rule_id)
    ctx.say(ctx.t("rule.removed", id=args.rule_id.strip()))
    return 0
