"""`creditfuel source ...`: automatic balance readings.

    source add genspark [--key-env VAR | --key-stdin | --from-gsk] [--base-url URL]
                        [--name NAME] [--meter NAME]
    source add command NAME [--meter NAME] -- CMD...
    source list [--json] | source remove NAME | source read [NAME] [--json]
    source start KIND [--size N] [--project P] [--meter M]   ("I'm starting…")
    source offers [--json] | source accept ID [--kind K] [--outcome O] | source dismiss ID

The key goes to the system keyring only; it is never printed, not even masked in full.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import describe, help_text, kind_name
from desktopapp.services import readings, readings_tasks, readings_words, sources
from desktopapp.services.sources import DEFAULT_BASE_URL, GSK_ENV, gsk_key


def register(sub: Any) -> None:
    p = sub.add_parser("source",
        help=help_text("read balances automatically (Genspark, a command)"))
    ss = p.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)

    add = ss.add_parser("add", help=help_text("connect a source"))
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    g = kinds.add_parser("genspark", help=help_text("Genspark, through your own API key"))
    how = g.add_mutually_exclusive_group()
    how.add_argument("--key-env", metavar="VAR", help=help_text(
        "take the key from this variable (e.g. {var}) once").format(var=GSK_ENV))
    how.add_argument("--key-stdin", action="store_true", help=help_text("read the key from stdin"))
    how.add_argument("--from-gsk", action="store_true",
                     help=help_text(
                         "import the key gsk uses (GSK_API_KEY or its config file) once"))
    g.add_argument("--base-url", default=DEFAULT_BASE_URL, metavar="URL")
    g.add_argument("--name", default="genspark")
    g.add_argument("--meter", metavar="NAME", help=help_text("the meter readings go to"))
    g.set_defaults(func=_guard(cmd_add_genspark))
    c = kinds.add_parser("command",
        help=help_text("a command printing {\"balance\": N} or a number"))
    c.add_argument("name")
    c.add_argument("--meter", metavar="NAME")
    c.add_argument("argv", nargs=argparse.REMAINDER, metavar="-- CMD")
    c.set_defaults(func=_guard(cmd_add_command))

    ls = ss.add_parser("list", help=help_text("connected sources and their state"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_guard(cmd_list))
    rm = ss.add_parser("remove", help=help_text("disconnect a source and delete its key"))
    rm.add_argument("name")
    rm.set_defaults(func=_guard(cmd_remove))
    rd = ss.add_parser("read", help=help_text("read the balance now"))
    rd.add_argument("name", nargs="?")
    rd.add_argument("--json", action="store_true")
    rd.set_defaults(func=_guard(cmd_read))

    st = ss.add_parser("start",
        help=help_text("I'm starting a task (its cost comes from readings)"))
    st.add_argument("kind")
    st.add_argument("--size", type=float)
    st.add_argument("--project")
    st.add_argument("--meter", metavar="NAME")
    st.set_defaults(func=_guard(cmd_start))
    of = ss.add_parser("offers", help=help_text("costs derived from readings, waiting for you"))
    of.add_argument("--json", action="store_true")
    of.set_defaults(func=_guard(cmd_offers))
    ac = ss.add_parser("accept", help=help_text("log an offered cost"))
    ac.add_argument("id")
    ac.add_argument("--kind")
    ac.add_argument("--outcome", choices=OUTCOMES, default="ok")
    ac.add_argument("--project")
    ac.set_defaults(func=_guard(cmd_accept))
    dm = ss.add_parser("dismiss", help=help_text("drop an offered cost"))
    dm.add_argument("id")
    dm.set_defaults(func=_guard(cmd_dismiss))


def _guard(handler: Any) -> Any:
    """Word this command's own problems from the gettext catalogue."""

    def run(ctx: Context, args: argparse.Namespace) -> int:
        try:
            return int(handler(ctx, args) or 0)
        except InvalidInput as exc:
            line = " / ".join(describe(p, ctx.lang) for p in exc.problems)
            print(line.replace("\n", " "), file=sys.stderr)
            return 2

    return run


def _dump(ctx: Context, value: Any) -> None:
    ctx.say(json.dumps(value, ensure_ascii=False))


def cmd_add_genspark(ctx: Context, args: argparse.Namespace) -> int:
    if args.key_stdin:
        key = sys.stdin.readline().strip()
    elif args.key_env:
        key = os.environ.get(args.key_env, "").strip()
        if not key:
            raise ctx.fail("source_key_env_empty", var=args.key_env)
    elif args.from_gsk:
        key = gsk_key() or ""
        if not key:
            raise ctx.fail("source_no_gsk_key")
    else:
        raise ctx.fail("source_key_how")
    cfg = sources.add_genspark(
        ctx.ledger, key, name=args.name, base_url=args.base_url, meter=args.meter
    )
    _say_added(ctx, cfg)
    return 0


def cmd_add_command(ctx: Context, args: argparse.Namespace) -> int:
    argv = list(args.argv)
    if argv and argv[0] == "--":
        argv = argv[1:]
    cfg = sources.add_command(ctx.ledger, args.name, argv, meter=args.meter)
    _say_added(ctx, cfg)
    return 0


def _say_added(ctx: Context, cfg: sources.SourceConfig) -> None:
    meter = sources.meter_of(ctx.ledger, cfg)
    ctx.say(ctx.t("text.source.added", name=cfg.name, meter=meter.name if meter else "?"))


def _listing(ctx: Context) -> list[dict[str, Any]]:
    out = []
    for cfg in sources.configs(ctx.ledger):
        st = readings.state_of(ctx.ledger, cfg.name)
        meter = sources.meter_of(ctx.ledger, cfg)
        nxt = readings.next_read_at(ctx.ledger, cfg.name, ctx.now)
        out.append({
            "name": cfg.name,
            "kind": cfg.kind,
            "meter": meter.name if meter else None,
            "base_url": cfg.base_url if cfg.kind == "genspark" else None,
            "command": list(cfg.argv) if cfg.kind == "command" else None,
            "key_stored": sources.has_key(cfg.name) if cfg.kind == "genspark" else None,
            "state": st.failure or ("ok" if st.seen_at else "not_read"),
            "balance": st.value,
            "read_at": st.seen_at.isoformat() if st.seen_at else None,
            "next_read": nxt.isoformat() if nxt else None,
            "usage_page": cfg.usage_page,
        })
    return out


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    items = _listing(ctx)
    if ctx.json:
        _dump(ctx, {"sources": items})
        return 0
    if not items:
        ctx.say(ctx.t("text.source.none"))
        return 0
    for s in items:
        age = readings_words.reading_age(
            readings.state_of(ctx.ledger, s["name"]).seen_at, ctx.now, ctx.lang
        )
        balance = words.num(s["balance"]) if s["balance"] is not None else "-"
        ctx.say(f"{s['name']}  ({s['kind']} → {s['meter']})  {balance}  {age}  "
                f"[{ctx.t('reading.state.' + s['state'])}]")
    return 0


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    deleted = sources.remove(ctx.ledger, args.name)
    ctx.say(ctx.t("text.source.removed_key" if deleted else "text.source.removed",
                  name=args.name))
    return 0


def cmd_read(ctx: Context, args: argparse.Namespace) -> int:
    readings.acknowledge(ctx.ledger, args.name or sources.config(ctx.ledger, None).name)
    report = readings.read_now(ctx.ledger, args.name, ctx.now)
    if ctx.json:
        _dump(ctx, report.to_json(ctx.ledger, ctx.lang))
        return 0 if report.failure is None else 1
    if report.reading is not None:
        ctx.say(ctx.t("text.source.read", name=report.source,
                      balance=words.num(report.reading.balance), meter=report.meter or "?"))
        ctx.say(ctx.t("text.source.recorded" if report.recorded else "text.source.unchanged"))
    elif report.failure is not None:
        ctx.say(ctx.t("reading.state." + report.failure.code))
    for f in report.findings:
        ctx.say("! " + readings_words.finding_text(f, ctx.lang))
    for o in report.offers:
        ctx.say("? " + readings_words.offer_text(ctx.ledger, o, ctx.lang) + f"  [{o.id[:8]}]")
    return 0 if report.failure is None else 1


def cmd_start(ctx: Context, args: argparse.Namespace) -> int:
    task = readings_tasks.start_task(
        ctx.ledger, args.kind, now=ctx.now, size=args.size, project=args.project,
        meter=args.meter,
    )
    ctx.say(ctx.t("text.source.started", kind=kind_name(task.kind, ctx.lang)))
    return 0


def _offer_id(ctx: Context, prefix: str) -> str:
    found = [o.id for o in readings_tasks.pending(ctx.ledger) if o.id.startswith(prefix)]
    if len(found) != 1:
        raise ctx.fail("offer_gone")
    return found[0]


def cmd_offers(ctx: Context, args: argparse.Namespace) -> int:
    items = readings_tasks.pending(ctx.ledger)
    if ctx.json:
        _dump(ctx, {"offers": [readings_words.offer_json(ctx.ledger, o, ctx.lang)
                               for o in items]})
        return 0
    for o in items:
        ctx.say(f"{o.id[:8]}  {readings_words.offer_text(ctx.ledger, o, ctx.lang)}")
    return 0


def cmd_accept(ctx: Context, args: argparse.Namespace) -> int:
    spend = readings_tasks.accept(
        ctx.ledger, _offer_id(ctx, args.id), now=ctx.now, kind=args.kind,
        outcome=args.outcome, project=args.project,
    )
    ctx.say(ctx.t("text.source.logged", kind=kind_name(spend.kind, ctx.lang),
                  credits=words.num(spend.credits)))
    return 0


def cmd_dismiss(ctx: Context, args: argparse.Namespace) -> int:
    readings_tasks.dismiss(ctx.ledger, _offer_id(ctx, args.id))
    return 0
