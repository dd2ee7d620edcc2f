"""After any sequence of commands, no balance in ``status --json`` is below zero.

Hypothesis drives the CLI against a real database file: logs by cost and by "balance
now", set balances (some back-dated), edits, deletes, undo, redo, plan switches and
packs. A command may be refused (exit 2, nothing written); none may leave the gauge
showing negative fuel as fact.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktopapp.cli.main import main

START = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
PRESETS = ("genspark-free", "genspark-plus", "genspark-pro")

back = st.integers(min_value=0, max_value=600)  # minutes before "now"
op = st.one_of(
    st.tuples(st.just("log"), st.integers(0, 12_000), back),
    st.tuples(st.just("balance_now"), st.integers(0, 12_000), st.booleans()),
    st.tuples(st.just("set"), st.integers(0, 12_000), back),
    st.tuples(st.just("edit"), st.integers(0, 20), st.integers(0, 12_000)),
    st.tuples(st.just("delete"), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("undo"), st.just(0), st.just(0)),
    st.tuples(st.just("redo"), st.just(0), st.just(0)),
    st.tuples(st.just("switch"), st.integers(0, 2), st.one_of(st.none(), st.integers(0, 12_000))),
    st.tuples(st.just("pack"), st.integers(1, 3_000), st.just(0)),
)


def cli(db: Path, now: datetime, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db), "--now", now.isoformat(), "--lang", "en", *args])
    assert code in (0, 2), err.getvalue()  # refused is fine; a crash is not
    return code, out.getvalue()


def step(db: Path, now: datetime, name: str, a: int, b: object) -> None:
    if name == "log":
        cli(db, now, "log", "chat", "--credits", str(a),
            "--at", (now - timedelta(minutes=int(str(b)))).isoformat())
    elif name == "balance_now":
        extra: list[str] = []
        if b:
            status = json.loads(cli(db, now, "status", "--json")[1])
            if status["meters"]:
                extra = ["--meter", status["meters"][0]["name"]]
        cli(db, now, "log", "research", "--balance-now", str(a), *extra)
    elif name == "set":
        cli(db, now, "balance", "set", str(a),
            "--at", (now - timedelta(minutes=int(str(b)))).isoformat())
    elif name in ("edit", "delete"):
        logs = json.loads(cli(db, now, "log", "list", "--json")[1])["logs"]
        if logs:
            target = logs[a % len(logs)]["id"]
            if name == "edit":
                cli(db, now, "log", "edit", target, "--credits", str(b))
            else:
                cli(db, now, "log", "delete", target)
    elif name in ("undo", "redo"):
        cli(db, now, name)
    elif name == "switch":
        args = ["plan", "switch", PRESETS[a]]
        if b is not None:
            args += ["--balance", str(b)]
        cli(db, now, *args)
    elif name == "pack":
        cli(db, now, "pack", "add", str(a))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=12))
def test_no_balance_is_ever_negative(ops: list[tuple[str, int, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "ledger.sqlite3"
        cli(db, START - timedelta(days=1), "preset", "apply", "genspark-free")
        now = START
        for name, a, b in ops:
            now += timedelta(minutes=17)
            step(db, now, name, a, b)
            status = json.loads(cli(db, now, "status", "--json")[1])
            for m in status["meters"]:
                assert m["balance"] >= 0 and not m["mismatch"], (name, a, b, status)
            for p in status["packs"]:
                assert p["credits_left"] >= 0, (name, a, b, status)
