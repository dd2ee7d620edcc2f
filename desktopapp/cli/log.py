"""`creditfuel log KIND (--credits N | --balance-now N) ...`: one finished task; and
`creditfuel log list|edit|delete`: every past log, fixed or deleted by its id.

How the first word is read (documented in --help): ``list``, ``edit`` and ``delete``
are commands; any other word is the kind of the task to log. A kind literally named
like a command is logged with ``--kind``: ``creditfuel log --kind list --credits 5``.
``--kind`` also filters ``log list`` and changes the kind in ``log edit``: it always
means "the kind".

Impossible entries (a spend above what is left, a "balance now" above what the meter
holds or not lower than expected, a time in the future): exit 2, one line naming the
fix, nothing written.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktopapp.cli import parsing, words
from desktopapp.cli.context import Context
from desktopapp.domain.events import OUTCOMES, Outcome
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.validation import AlreadyLogged
from desktopapp.i18n import help_text
from desktopapp.services import balances, log

if TYPE_CHECKING:  # list, edit and delete load it; logging a task does not
    from desktopapp.services import ledger_list

COMMANDS = ("list", "edit", "delete")
SPEND_ONLY = ("balance_now", "meter", "size", "event_id")
LIST_ONLY = ("since", "until", "limit", "before", "search", "member", "json")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "log",
        help=help_text("log a finished task; log list|edit|delete: past logs"),
        description=help_text(
            "creditfuel log KIND --credits N: log a finished task. "
            "creditfuel log list: past logs with their ids. "
            "creditfuel log edit ID --credits N: fix one. creditfuel log delete ID: delete. "
            "A kind named list, edit or delete: --kind list."
        ),
    )
    p.add_argument("word", nargs="?", metavar="KIND|list|edit|delete",
                   help=help_text("chat, slides, sheets, sparkpage, research, image, video, "
                                  "...; or list, edit ID, delete ID"))
    p.add_argument("ids", nargs="*", metavar="ID", help=help_text("a log's id (log list shows "
                                                                   "them)"))
    p.add_argument("--kind", metavar="K", help=help_text("the kind (log: a kind named like a "
                                                          "command; list: filter; edit: new)"))
    p.add_argument("--credits", metavar="N", help=help_text("what the task cost"))
    p.add_argument("--balance-now", metavar="N", help=help_text("the balance the site shows now"))
    p.add_argument("--meter", metavar="NAME")
    p.add_argument("--project", metavar="P", help=help_text("client or job, for cost per job"))
    p.add_argument("--outcome", choices=OUTCOMES)
    p.add_argument("--note")
    p.add_argument("--size", metavar="N", help=help_text("pages, seconds or images"))
    p.add_argument("--at", metavar="ISO", help=help_text("when it finished (default: now)"))
    p.add_argument("--id", metavar="UUID", dest="event_id",
                     help=help_text("your own id for this entry: a retry with the same id is not "
                     "recorded twice"))
    p.add_argument("--since", metavar="ISO", help=help_text("list: from this instant"))
    p.add_argument("--until", metavar="ISO", help=help_text("list: up to this instant"))
    p.add_argument("--search", metavar="TEXT", help=help_text("list: text in notes"))
    p.add_argument("--member", metavar="NAME", help=help_text("list: who logged it"))
    p.add_argument("--limit", metavar="N", help=help_text("list: how many (default 50)"))
    p.add_argument("--before", metavar="CURSOR",
                   help=help_text("list: the next page (the cursor list printed)"))
    p.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    p.set_defaults(func=cmd_log)


def _refuse(args: argparse.Namespace, names: tuple[str, ...]) -> None:
    """An option that does not belong to this use of ``log``: exit 2, nothing done."""
    for name in names:
        value = getattr(args, name)
        if value not in (None, False, []):
            raise InvalidInput(Problem("unknown_option",
                                       {"value": "--" + name.replace("_", "-")}))


def cmd_log(ctx: Context, args: argparse.Namespace) -> int:
    word = (args.word or "").strip()
    if word in COMMANDS:
        return {"list": cmd_list, "edit": cmd_edit, "delete": cmd_delete}[word](ctx, args)
    if args.ids:
        raise InvalidInput(Problem("unknown_option", {"value": args.ids[0]}))
    if word and args.kind:
        raise InvalidInput(Problem("unknown_option", {"value": "--kind"}))
    kind = word or (args.kind or "").strip()
    if not kind:
        raise InvalidInput(Problem("missing_option", {"option": "KIND"}))
    _refuse(args, LIST_ONLY)
    return _log(ctx, args, kind)


def _log(ctx: Context, args: argparse.Namespace, kind: str) -> int:
    credits = parsing.whole(args.credits, field="credits") if args.credits is not None else None
    balance = (
        parsing.whole(args.balance_now, field="balance") if args.balance_now is not None else None
    )
    size = float(parsing.whole(args.size, field="size")) if args.size is not None else None
    at = parsing.instant(args.at) if args.at else ctx.now
    outcome: Outcome = args.outcome or "ok"
    try:
        spend = log.log_spend(
            ctx.ledger,
            ctx.now,
            kind,
            credits=credits,
            balance_now=balance,
            meter=args.meter,
            project=args.project,
            outcome=outcome,
            note=args.note,
            size=size,
            at=at,
            event_id=args.event_id,
        )
    except AlreadyLogged:  # a script's retry after a crash or a lost exit code
        ctx.say(ctx.t("text.already_logged", id=args.event_id))
        return 0
    status = balances.status(ctx.ledger, ctx.now)
    named = next((m for m in status.meters if spend.meter_id and m.meter_id == spend.meter_id),
                 None)
    if named is not None:  # --meter: that meter's balance, never the sum of all
        ctx.say(
            ctx.t(
                "text.logged_meter",
                kind=words.kind(spend.kind, ctx.lang),
                amount=words.amount(spend.credits, "credits", ctx.lang),
                meter=named.name,
                balance=words.num(named.balance),
            )
        )
        return 0
    ctx.say(
        ctx.t(
            "text.logged",
            kind=words.kind(spend.kind, ctx.lang),
            credits=words.num(spend.credits),
            total=words.num(status.total),
        )
    )
    return 0


# -- log list ------------------------------------------------------------------------------
def _what(ctx: Context, row: ledger_list.LedgerRow) -> str:
    if row.type == "spend":
        text = words.kind(row.kind or "", ctx.lang)
    elif row.type == "observation":
        text = ctx.t("text.list.balance_set", balance=words.num(row.balance or 0))
    elif row.type == "pack":
        text = ctx.t("text.list.pack", credits=words.num(row.credits or 0))
    else:
        text = ctx.t("text.list.correction", delta=f"{row.credits or 0:+,}")
    return text + (ctx.t("text.list.edited") if row.edited else "")


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    if args.ids:
        raise InvalidInput(Problem("unknown_option", {"value": args.ids[0]}))
    _refuse(args, ("credits", "balance_now", "size", "at", "event_id", "note"))
    from desktopapp.services import ledger_list

    limit = parsing.whole(args.limit, field="limit") if args.limit else 50
    found = ledger_list.page(
        ctx.ledger,
        ctx.now,
        since=parsing.instant(args.since) if args.since else None,
        until=parsing.instant(args.until) if args.until else None,
        kind=args.kind,
        project=args.project,
        outcome=args.outcome,
        meter=args.meter,
        member=args.member,
        search=args.search,
        limit=limit,
        before=args.before,
    )
    if ctx.json:
        ctx.say(json.dumps({"logs": [ledger_list.row_json(r) for r in found.rows],
                            "next_before": found.next_before}, ensure_ascii=False))
        return 0
    if not found.rows:
        ctx.say(ctx.t("text.list.empty"))
        return 0
    headers = [ctx.t(f"text.col.{c}") for c in ("id", "when", "what", "credits", "meter",
                                                  "project")]
    rows = [
        [
            r.id,
            words.local(r.at, ctx.zone),
            _what(ctx, r),
            words.num(r.credits) if r.credits is not None and r.type == "spend" else "",
            r.meter or "",
            r.project or "",
        ]
        for r in found.rows
    ]
    ctx.say(words.table(headers, rows, right={3}))
    if found.next_before:
        ctx.say(ctx.t("text.list.more", before=found.next_before))
    return 0


# -- log edit / delete ---------------------------------------------------------------------
def _one_id(args: argparse.Namespace) -> str:
    if len(args.ids) != 1:
        raise InvalidInput(Problem("missing_option", {"option": "ID"}))
    return str(args.ids[0]).strip()


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    event_id = _one_id(args)
    _refuse(args, ("balance_now", "meter", "event_id", *LIST_ONLY))
    from desktopapp.services import ledger_list

    batch = ledger_list.edit(
        ctx.ledger,
        ctx.now,
        event_id,
        kind=args.kind,
        credits=parsing.whole(args.credits, field="credits") if args.credits else None,
        project=args.project,
        outcome=args.outcome,
        note=args.note,
        size=float(parsing.whole(args.size, field="size")) if args.size else None,
        at=parsing.instant(args.at) if args.at else None,
    )
    spend = batch.spend
    assert spend is not None
    ctx.say(ctx.t("text.log_edited", id=spend.origin.id,
                  kind=words.kind(spend.kind, ctx.lang), credits=words.num(spend.credits)))
    return 0


def cmd_delete(ctx: Context, args: argparse.Namespace) -> int:
    if not args.ids:
        raise InvalidInput(Problem("missing_option", {"option": "ID"}))
    _refuse(args, ("credits", "balance_now", "meter", "size", "at", "event_id", "kind",
                   "project", "outcome", "note", *LIST_ONLY))
    from desktopapp.services import ledger_list

    batch = ledger_list.delete(ctx.ledger, ctx.now, [str(i) for i in args.ids])
    for target in batch.targets:
        ctx.say(ctx.t("text.log_deleted", id=target))
    for given in args.ids:  # deleting twice is no error (a script's retry)
        if str(given).strip().lower() not in batch.targets:
            ctx.say(ctx.t("text.log_already_deleted", id=str(given).strip()))
    return 0
