"""`creditfuel status [--json]`: balances and exact refill times as of now (or --now).

The JSON is a contract for scripts: same keys and values whatever the locale or the
computer's zone (each ``next_reset`` carries its meter zone's offset).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktopapp.cli import words
from desktopapp.cli.context import Context
from desktopapp.domain.status import Status


def register(sub: Any) -> None:
    p = sub.add_parser("status", help="credits left and the next refill per meter")
    p.add_argument("--json", action="store_true", help="machine-readable")
    p.set_defaults(func=cmd_status)


def status_json(status: Status) -> dict[str, Any]:
    return {
        "as_of": status.as_of.isoformat(),
        "meters": [
            {
                "name": m.name,
                "balance": m.balance,
                "grant": m.grant,
                "mode": m.mode,
                "next_reset": m.next_reset.isoformat() if m.next_reset else None,
                "seconds_to_reset": m.seconds_to_reset,
                "zone": m.zone,
                "unit": m.unit,
                "account": m.account,
                "family": m.family,
            }
            for m in status.meters
        ],
        "packs": [
            {
                "id": p.pack_id,
                "credits": p.credits,
                "credits_left": p.credits_left,
                "expires_at": p.expires_at.isoformat() if p.expires_at else None,
            }
            for p in status.packs
            if not p.expired
        ],
        "total": status.total,
    }


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    status = ctx.tracker.status(ctx.now)
    if ctx.json:
        ctx.say(json.dumps(status_json(status), ensure_ascii=False))
        return 0
    if not status.meters and not status.packs:
        ctx.say(ctx.t("text.no_meters"))
        return 0
    ctx.say(ctx.t("text.status_as_of", at=words.local(status.as_of)))
    headers = [ctx.t(f"text.col.{c}") for c in ("meter", "balance", "grant", "refill", "in")]
    rows = []
    for m in status.meters:
        if m.next_reset is not None and m.seconds_to_reset is not None:
            refill, wait = words.local(m.next_reset), words.duration(m.seconds_to_reset, ctx.lang)
        elif m.idle_window:
            refill, wait = ctx.t("text.idle_window"), ""
        else:
            refill, wait = ctx.t("text.no_refill"), ""
        rows.append([m.name, words.num(m.balance), words.num(m.grant), refill, wait])
    ctx.say(words.table(headers, rows, right={1, 2}))
    packs = [p for p in status.packs if not p.expired]
    if packs:
        ctx.say()
        headers = [ctx.t(f"text.col.{c}") for c in ("pack", "left", "expires")]
        prow = [
            [
                words.num(p.credits),
                words.num(p.credits_left),
                words.local(p.expires_at) if p.expires_at else ctx.t("text.never_expires"),
            ]
            for p in packs
        ]
        ctx.say(words.table(headers, prow, right={0, 1}))
    ctx.say()
    ctx.say(ctx.t("text.total", total=words.num(status.total)))
    for m in status.meters:
        if m.balance < 0:
            ctx.say(ctx.t("text.mismatch", meter=m.name))
    return 0
