"""`creditfuel meter add|list|edit|remove|restore`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.cli.rules_args import add_rule_options, rule_from_args
from desktopapp.i18n import help_text
from desktopapp.services import setup


def register(sub: Any) -> None:
    p = sub.add_parser("meter", help=help_text("add, list, edit or remove credit meters"))
    msub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)

    add = msub.add_parser("add", help=help_text("add a meter"))
    add.add_argument("name")
    add.add_argument("--grant", required=True, metavar="N", help=help_text("credits per refill"))
    add_rule_options(add, required=True)
    _common_options(add)
    add.add_argument("--balance", metavar="N", help=help_text("the balance now (default: full)"))
    add.set_defaults(func=cmd_add)

    ls = msub.add_parser("list", help=help_text("list meters"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    edit = msub.add_parser("edit", help=help_text("change a meter (applies to its whole history)"))
    edit.add_argument("name")
    edit.add_argument("--rename", dest="new_name", metavar="NAME")
    edit.add_argument("--grant", metavar="N")
    add_rule_options(edit, required=False)
    _common_options(edit)
    edit.add_argument("--no-cap", action="store_true", help=help_text("remove the cap"))
    edit.set_defaults(func=cmd_edit)

    rm = msub.add_parser("remove", help=help_text("remove a meter (its history stays)"))
    rm.add_argument("name")
    rm.set_defaults(func=cmd_remove)
    back = msub.add_parser("restore", help=help_text("bring back a removed meter (undo remove)"))
    back.add_argument("name")
    back.set_defaults(func=cmd_restore)


def _common_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mode", choices=("overwrite", "carry"), help=help_text("what a refill does"))
    p.add_argument("--cap", metavar="N", help=help_text("carry: the most the meter can hold"))
    p.add_argument("--priority", metavar="N", help=help_text("draw order, lower first"))
    p.add_argument("--unit", choices=("credits", "minutes"))
    p.add_argument("--account", metavar="NAME",
        help=help_text("the platform account, e.g. Genspark "
                   "(default: the ledger's one account)"))


def _opt_int(value: str | None, field: str) -> int | None:
    return None if value is None else parsing.whole(value, field=field)


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    grant = parsing.whole(args.grant, field="grant")
    rule = rule_from_args(args)
    assert rule is not None  # --reset is required
    cap = _opt_int(args.cap, "cap")
    priority = _opt_int(args.priority, "priority")
    balance = _opt_int(args.balance, "balance")
    m = setup.add_meter(
        ctx.ledger,
        ctx.now,
        args.name,
        grant,
        rule,
        mode=args.mode or "overwrite",
        cap=cap,
        priority=priority,
        unit=args.unit or "credits",
        account=args.account,
        balance=balance,
    )
    ctx.say(
        ctx.t(
            "text.meter_added",
            name=m.name,
            grant=words.num(m.grant),
            unit=words.unit_text(m.unit, ctx.lang),
            rule=words.rule_text(m.rule, ctx.lang, ctx.zone),
            balance=words.num(m.grant if balance is None else balance),
        )
    )
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    meters = setup.meters(ctx.ledger)
    if ctx.json:
        shapes = [setup.meter_json(m) for m in meters]
        ctx.say(json.dumps({"meters": shapes}, ensure_ascii=False))
        return 0
    if not meters:
        ctx.say(ctx.t("text.no_meters"))
        return 0
    headers = [ctx.t(f"text.col.{c}") for c in ("meter", "grant", "rule", "account")]
    rows = [
        [
            m.name,
            words.amount(m.grant, m.unit, ctx.lang),
            words.rule_text(m.rule, ctx.lang, ctx.zone)
            + ctx.t("text.sep")
            + ctx.t("text.mode." + m.mode),
            m.account,
        ]
        for m in meters
    ]
    ctx.say(words.table(headers, rows, right={1}))
    return 0


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.new_name is not None:
        changes["name"] = args.new_name
    if args.grant is not None:
        changes["grant"] = parsing.whole(args.grant, field="grant")
    if args.cap is not None:
        changes["cap"] = parsing.whole(args.cap, field="cap")
    if args.no_cap:
        changes["cap"] = None
    if args.priority is not None:
        changes["priority"] = parsing.whole(args.priority, field="priority")
    for key in ("mode", "unit", "account"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    current = setup.meter(ctx.ledger, args.name)
    rule = rule_from_args(args, current.rule)
    if rule is not None:
        changes["rule"] = rule
    m = setup.edit_meter(ctx.ledger, ctx.now, args.name, **changes)
    ctx.say(
        ctx.t(
            "text.meter_edited",
            name=m.name,
            grant=words.num(m.grant),
            unit=words.unit_text(m.unit, ctx.lang),
            rule=words.rule_text(m.rule, ctx.lang, ctx.zone),
        )
    )
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    setup.remove_meter(ctx.ledger, ctx.now, args.name)
    ctx.say(ctx.t("text.meter_removed", name=args.name))
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    """Undo ``meter remove``: the most recently removed meter of that name is back."""
    meter = setup.restore_meter_named(ctx.ledger, ctx.now, args.name)
    ctx.say(ctx.t("text.meter_restored", name=meter.name))
    return 0
