"""`creditfuel backup list|create|restore`, `creditfuel export`, `creditfuel import`.

Backups work on the file path alone (no LedgerFile): listing or restoring must work even
when the database cannot be opened. Export and import go through services.exchange, as
Settings > Data does: the same file, the same CSV zone (the user's), one transaction.
"""

from __future__ import annotations

import argparse
import io
import json
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import help_text
from desktopapp.services import backups, exchange


def register(sub: Any) -> None:
    b = sub.add_parser("backup", help=help_text("list, make or restore verified backups"))
    bsub = b.add_subparsers(dest="backup_command", metavar="SUBCOMMAND", required=True)
    lst = bsub.add_parser("list", help=help_text("backups of this database, newest first"))
    lst.add_argument("--json", action="store_true", help=help_text("machine-readable"))
    lst.set_defaults(func=cmd_backup_list)
    mk = bsub.add_parser("create", help=help_text("make a checked backup now"))
    mk.add_argument("--out", metavar="FILE", help=help_text(
        "write a checked copy of the whole ledger to FILE (the safe way to copy it)"))
    mk.set_defaults(func=cmd_backup_create)
    r = bsub.add_parser(
        "restore", help=help_text("restore a backup (the newest good one when none is given)")
    )
    r.add_argument("backup", nargs="?", metavar="ID|PATH",
        help=help_text("an id from `backup list`"))
    r.set_defaults(func=cmd_backup_restore)

    e = sub.add_parser("export", help=help_text("write the whole ledger as JSON or CSV"))
    e.add_argument("--format", choices=("json", "csv"), default="json")
    e.add_argument("--out", metavar="FILE",
        help=help_text("write to FILE (default: standard output)"))
    e.set_defaults(func=cmd_export)

    i = sub.add_parser("import", help=help_text("merge a JSON (or CSV) export into this ledger"))
    i.add_argument("file", metavar="FILE")
    i.set_defaults(func=cmd_import)


def _kind_text(ctx: Context, kind: str) -> str:
    return ctx.t("text.backup.kind." + ("premigrate" if kind.startswith("premigrate") else kind))


def cmd_backup_list(ctx: Context, args: argparse.Namespace) -> int:
    found = backups.listing(ctx.path)
    if ctx.json:
        rows = [
            {
                "id": b.id,
                "created": b.created.isoformat(),
                "kind": b.kind,
                "size": b.size,
                "path": str(b.path),
            }
            for b in found
        ]
        ctx.say(json.dumps(rows, ensure_ascii=False))
        return 0
    if not found:
        ctx.say(ctx.t("text.backup.none"))
        return 0
    ctx.say(ctx.t("text.backup.header"))
    for b in found:
        local = _when(ctx, b.created)
        kind = _pad(_kind_text(ctx, b.kind), 15)
        ctx.say(f"{_pad(b.id, 20)}{_pad(local, 18)}{kind}{_size(b.size)}")
    return 0


def _pad(text: str, width: int) -> str:
    """Left-align in a terminal, where a Japanese character takes two columns."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 1)


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def _when(ctx: Context, at: datetime) -> str:
    """In the user's zone when the ledger opens (as every time shown); a backup list must
    work on a file that does not, so then the computer's zone, labelled all the same."""
    try:
        zone = ctx.zone
    except InvalidInput:  # an unusable ledger (StoreError): backups are the way back
        zone = None
    return words.local(at, zone)


def cmd_backup_create(ctx: Context, args: argparse.Namespace) -> int:
    if args.out:
        out = backups.copy_out(ctx.path, Path(args.out))
        ctx.say(ctx.t("text.backup.copied", path=str(out)))
        return 0
    info = backups.create(ctx.path, ctx.now)
    ctx.say(ctx.t("text.backup.created", id=info.id, path=info.path))
    if info.thinned_by_cap:
        thinned = backups.thinned_notice(ctx.path, info, ctx.lang, _zone_name(ctx))
        if thinned:
            ctx.say(thinned)
    return 0


def _zone_name(ctx: Context) -> str:
    """The user's zone; the computer's when the ledger cannot be opened (a backup must
    work on a file from a newer version or a damaged one)."""
    try:
        return ctx.zone
    except InvalidInput:
        from desktopapp.platform.zone import computer_zone

        return computer_zone()


def cmd_backup_restore(ctx: Context, args: argparse.Namespace) -> int:
    path = ctx.path
    source = backups.find(path, args.backup)
    result = backups.restore(path, source, ctx.now)
    ctx.say(ctx.t("text.backup.restored", source=source.name))
    if result.safety_copy is not None:
        ctx.say(ctx.t("text.backup.safety_copy", id=backups.safety_copy_id(result)))
    if result.moved_aside is not None:
        ctx.say(ctx.t("text.backup.moved_aside", path=result.moved_aside))
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger
    if args.out is None:
        ctx.out.flush()
        out = getattr(ctx.out, "buffer", None)
        sink = out if out is not None else io.BytesIO()  # a text-only stream (tests, IDEs)
        exchange.export_stream(ledger, ctx.now, sink, args.format)
        if out is None:
            assert isinstance(sink, io.BytesIO)
            ctx.out.write(sink.getvalue().decode("utf-8"))
        sink.flush()
        return 0
    target = Path(args.out).expanduser()
    count = exchange.export_to_file(ledger, ctx.now, target, args.format)
    ctx.say(ctx.t("text.export.done", events=count, path=target))
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    try:
        source = Path(args.file).expanduser()
    except RuntimeError as exc:  # "~nosuchuser/..."
        raise ctx.fail("import_unreadable", path=args.file) from exc
    doc = exchange.read_import(source)  # before opening: a bad file touches nothing
    outcome = exchange.import_document(ctx.ledger, ctx.now, doc)
    result = outcome.result
    ctx.say(
        ctx.t(
            "text.import.done",
            added=result.events_added,
            skipped=result.events_skipped,
            meters=result.meters_added,
            rules=result.rules_added,
            settings=result.settings_added,
        )
    )
    if result.meters_matched:
        ctx.say(ctx.t("text.import.matched", count=result.meters_matched))
    if result.events_differing:
        ctx.say(ctx.t("text.import.differing", count=result.events_differing,
                      ids=", ".join(result.differing_ids)))
    if outcome.safety is not None:
        ctx.say(ctx.t("text.import.safety_copy", id=outcome.safety.id))
    return 0
