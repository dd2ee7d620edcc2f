"""`creditfuel backup list|create|restore`, `creditfuel export`, `creditfuel import`.

Backups work on the file path alone (no LedgerFile): listing or restoring must work even
when the database cannot be opened. Export and import go through the LedgerFile's
connection, so they see the same file the tray sees, and an import is one transaction.
"""

from __future__ import annotations

import argparse
import io
import json
import unicodedata
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from desktopapp.cli.context import Context
from desktopapp.store import backup, connection, exchange, queries


def register(sub: Any) -> None:
    b = sub.add_parser("backup", help="list, make or restore verified backups")
    bsub = b.add_subparsers(dest="backup_command", metavar="SUBCOMMAND", required=True)
    lst = bsub.add_parser("list", help="backups of this database, newest first")
    lst.add_argument("--json", action="store_true", help="machine-readable")
    lst.set_defaults(func=cmd_backup_list)
    bsub.add_parser("create", help="make a checked backup now").set_defaults(
        func=cmd_backup_create
    )
    r = bsub.add_parser(
        "restore", help="restore a backup (the newest good one when none is given)"
    )
    r.add_argument("backup", nargs="?", metavar="ID|PATH", help="an id from `backup list`")
    r.set_defaults(func=cmd_backup_restore)

    e = sub.add_parser("export", help="write the whole ledger as JSON or CSV")
    e.add_argument("--format", choices=("json", "csv"), default="json")
    e.add_argument("--out", metavar="FILE", help="write to FILE (default: standard output)")
    e.set_defaults(func=cmd_export)

    i = sub.add_parser("import", help="merge a JSON (or CSV) export into this ledger")
    i.add_argument("file", metavar="FILE")
    i.set_defaults(func=cmd_import)


def db_path(ctx: Context) -> Path:
    return ctx.db_path if ctx.db_path is not None else connection.default_path()


def _kind_text(ctx: Context, kind: str) -> str:
    return ctx.t("text.backup.kind." + ("premigrate" if kind.startswith("premigrate") else kind))


def cmd_backup_list(ctx: Context, args: argparse.Namespace) -> int:
    found = backup.list_backups(db_path(ctx))
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
        # The computer's own zone: a backup is about this machine, not a meter's zone.
        local = b.created.astimezone().strftime("%Y-%m-%d %H:%M")
        kind = _pad(_kind_text(ctx, b.kind), 15)
        ctx.say(f"{_pad(b.id, 20)}{_pad(local, 18)}{kind}{_size(b.size)}")
    return 0


def _pad(text: str, width: int) -> str:
    """Left-align in a terminal, where a Japanese character takes two columns."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 1)


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def cmd_backup_create(ctx: Context, args: argparse.Namespace) -> int:
    info = backup.create_backup(db_path(ctx), kind="manual", now=ctx.now)
    ctx.say(ctx.t("text.backup.created", id=info.id, path=info.path))
    return 0


def cmd_backup_restore(ctx: Context, args: argparse.Namespace) -> int:
    path = db_path(ctx)
    source = backup.find_backup(path, args.backup)
    result = backup.restore(path, source, now=ctx.now)
    ctx.say(ctx.t("text.backup.restored", source=source.name))
    if result.safety_copy is not None:
        ident = result.safety_copy.name.split(".")[-3]
        ctx.say(ctx.t("text.backup.safety_copy", id=ident))
    if result.moved_aside is not None:
        ctx.say(ctx.t("text.backup.moved_aside", path=result.moved_aside))
    return 0


def _zone(ctx: Context) -> str:
    tz = ctx.tracker.get_setting("tz", "UTC")
    try:
        ZoneInfo(str(tz))
    except (ValueError, OSError, KeyError):  # a hand-edited setting; UTC still reads fine
        return "UTC"
    return str(tz)


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    db = ctx.tracker.db
    if args.out is None:
        ctx.out.flush()
        out = getattr(ctx.out, "buffer", None)
        sink = out if out is not None else io.BytesIO()  # a text-only stream (tests, IDEs)
        if args.format == "json":
            exchange.export_json(db, sink, now=ctx.now)
        else:
            exchange.export_csv(db, sink, tz=_zone(ctx))
        if out is None:
            assert isinstance(sink, io.BytesIO)
            ctx.out.write(sink.getvalue().decode("utf-8"))
        sink.flush()
        return 0
    target = Path(args.out).expanduser()
    try:
        exchange.export_to_file(db, target, fmt=args.format, now=ctx.now, tz=_zone(ctx))
    except (OSError, ValueError) as exc:  # no such folder, read-only, NUL in the name
        raise ctx.fail("export_unwritable", path=args.out) from exc
    count = queries.event_count(db)
    ctx.say(ctx.t("text.export.done", events=count, path=target))
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    try:
        source = Path(args.file).expanduser()
    except RuntimeError as exc:  # "~nosuchuser/..."
        raise ctx.fail("import_unreadable", path=args.file) from exc
    doc = exchange.read_import_file(source)  # before opening: a bad file touches nothing
    tracker = ctx.tracker
    # An import cannot be undone log by log: keep the way back before writing, and drop
    # that copy again when the import wrote nothing (it equals the file as it is).
    safety = backup.create_backup(tracker.path, kind="preimport", now=ctx.now)
    try:
        result = exchange.import_document(tracker.db, doc)
    except BaseException:
        safety.path.unlink(missing_ok=True)
        raise
    if not result.changed:
        safety.path.unlink(missing_ok=True)
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
    if result.changed:
        ctx.say(ctx.t("text.import.safety_copy", id=safety.id))
    return 0
