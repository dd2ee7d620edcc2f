"""`creditfuel config get|set|unset|list [KEY] [VALUE]`: the preferences the tray's
Settings shows too (services.preferences.KEYS: timezone, language, currency,
price_per_credit). A value is checked before it is stored: `config set timezone
Bogus/Zone` exits 2 with one plain line and changes nothing.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.i18n import help_text
from desktopapp.services import preferences


def register(sub: Any) -> None:
    p = sub.add_parser("config", help=help_text("preferences shared with the tray ({keys})")
                       .format(keys=", ".join(preferences.KEYS)))
    csub = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    get = csub.add_parser("get", help=help_text("print one preference"))
    get.add_argument("key", metavar="KEY")
    get.set_defaults(func=cmd_get)
    put = csub.add_parser("set", help=help_text("change one preference"))
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(func=cmd_set)
    unset = csub.add_parser("unset",
        help=help_text("back to the default (e.g. the computer's zone)"))
    unset.add_argument("key", metavar="KEY")
    unset.set_defaults(func=cmd_unset)
    ls = csub.add_parser("list", help=help_text("every preference and its value"))
    ls.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    ls.set_defaults(func=cmd_list)


def _shown(ctx: Context, value: Any) -> str:
    if value is None:
        return ctx.t("text.config.not_set")
    if isinstance(value, float):
        return words.num(value) if value >= 1 else f"{value:g}"
    return str(value)


def cmd_get(ctx: Context, args: argparse.Namespace) -> int:
    key = preferences.key(args.key)  # an unknown key fails before the file is opened
    value = preferences.get(ctx.ledger, key.name)
    ctx.say(json.dumps(value) if ctx.json else _shown(ctx, value))
    return 0


def cmd_set(ctx: Context, args: argparse.Namespace) -> int:
    key = preferences.key(args.key)
    key.parse(args.value)  # checked before the file is opened: a typo creates nothing
    preferences.set_value(ctx.ledger, key.name, args.value)
    ctx.say(f"{key.name} = {_shown(ctx, preferences.get(ctx.ledger, key.name))}")
    return 0


def cmd_unset(ctx: Context, args: argparse.Namespace) -> int:
    key = preferences.key(args.key)
    preferences.unset(ctx.ledger, key.name)
    ctx.say(f"{key.name} = {_shown(ctx, preferences.get(ctx.ledger, key.name))}")
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    values = preferences.listing(ctx.ledger)
    if ctx.json:
        ctx.say(json.dumps(values, ensure_ascii=False))
        return 0
    for name, value in values.items():
        ctx.say(f"{name} = {_shown(ctx, value)}")
    return 0
