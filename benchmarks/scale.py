"""Fast at any size (issue 11): the store-level part of every action a user touches, on
ledgers of 0, 100,000 and 1,000,000 events, as ratios to the empty ledger of the same run.

The ledgers come from ``status_bench.build`` (a log every 5 minutes over a daily grant, a
monthly plan and packs, an undo every 500 logs: a bigger ledger is a longer history, not
a busier day), built once per run. Each one gets a first status (which leaves its
checkpoints, as the tray's first status does), then:

- quick log open    recent kinds + projects + meters (what the dialog lists)
- save one log      log_spend + the status and recent kinds the tray shows after it
- undo last         undo_last + status
- panel data        status + today's spends
- history data      the last 30 days of spends
- startup check     ``startup_check.fast_check`` (before the icon); ``full`` = quick_check
- status after edit the first status after editing a meter added yesterday, after a log
                    back-dated a day, and after editing the oldest meter (its whole life:
                    a full replay, which must run on a worker thread)
- export / import   the JSON export, then its import into a new file in a child process
                    (time, peak RSS of that process, first status after it)
- backup            time, size as a fraction of the database
- CLI               ``creditfuel status`` as a whole process vs ``python -c "import sqlite3"``
                    (median of --cli-runs), and the biggest imports (``-X importtime``)

Times are medians of --runs (ms). Targets (issue 11): every action within 100 ms at 1M
and within 3x of empty; import of 1M in <= 20 s with peak RSS <= 250 MiB; backups of
the whole retention <= 3x the database; ``creditfuel status`` <= 3x ``import sqlite3``.

    .venv/bin/python benchmarks/scale.py [--sizes 0,100000,1000000] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import status_bench  # noqa: E402

from desktopapp.domain.schedule import Rolling  # noqa: E402
from desktopapp.store import backup, exchange, startup_check  # noqa: E402
from desktopapp.store.ledger_file import LedgerFile  # noqa: E402

NOW = status_bench.NOW
ME = status_bench.ME
Row = dict[str, float]

IMPORT_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from desktopapp.store import exchange
from desktopapp.store.ledger_file import Identity, LedgerFile
from datetime import datetime
now = datetime.fromisoformat({now!r})
t = LedgerFile.open({target!r}, Identity("bench", "bench"))
began = time.perf_counter()
result = exchange.import_file(t.db, {source!r})
imported = time.perf_counter() - began
began = time.perf_counter()
t.status(now)
first = time.perf_counter() - began
print(json.dumps({{"import_s": imported, "status_after_s": first,
                  "added": result.events_added,
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def once_ms(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def in_process(path: Path, runs: int) -> Row:
    row: Row = {}
    t = LedgerFile.open(path, ME)
    try:
        row["first status (cold)"] = once_ms(lambda: t.status(NOW))
        yesterday = NOW - timedelta(days=1)
        t.add_meter("extra", 50, Rolling(5), now=yesterday)
        t.status(NOW)

        def quick_log_open() -> None:
            t.recent_kinds()
            t.projects()
            t.meters()

        def save_one() -> None:
            t.log_spend("chat", credits=3, project="client-1", at=NOW, now=NOW)
            t.status(NOW)
            t.recent_kinds()

        def undo() -> None:
            t.undo_last(now=NOW)
            t.status(NOW)

        def panel() -> None:
            t.status(NOW)
            t.spends(since=NOW.replace(hour=0, minute=0), until=NOW)

        row["quick log open"] = median_ms(quick_log_open, runs)
        row["save one log"] = median_ms(save_one, runs)
        row["undo last"] = median_ms(undo, runs)
        row["panel data"] = median_ms(panel, runs)
        row["history data (30 d)"] = median_ms(
            lambda: t.spends(since=NOW - timedelta(days=30), until=NOW), runs
        )
        row["startup check (fast)"] = median_ms(lambda: startup_check.fast_check(path), runs)
        row["startup check (full, worker)"] = once_ms(lambda: startup_check.full_check(path))
        t.edit_meter("extra", grant=60, now=NOW)
        row["status after edit (new meter)"] = once_ms(lambda: t.status(NOW))
        t.log_spend("video", credits=30, at=NOW - timedelta(days=1), now=NOW)
        row["status after back-dated log"] = once_ms(lambda: t.status(NOW))
        t.edit_meter("plus", grant=10_001, now=NOW)
        row["status after edit (oldest meter, worker)"] = once_ms(lambda: t.status(NOW))
        row["warm status"] = median_ms(lambda: t.status(NOW), runs)
    finally:
        t.close()
    return row


def exports_and_backups(path: Path, work: Path) -> Row:
    row: Row = {}
    out = work / f"{path.stem}.json"
    t = LedgerFile.open(path, ME)
    try:
        row["export json (s)"] = once_ms(
            lambda: exchange.export_to_file(t.db, out, fmt="json", now=NOW)
        ) / 1000
    finally:
        t.close()
    target = work / f"{path.stem}-imported.sqlite3"
    child = IMPORT_CHILD.format(
        root=str(ROOT), now=NOW.isoformat(), target=str(target), source=str(out)
    )
    done = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    row["import (s)"] = found["import_s"]
    row["import peak RSS (MiB)"] = found["rss_mib"]
    row["status after import (s)"] = found["status_after_s"]
    row["export size (MB)"] = out.stat().st_size / 1e6
    out.unlink()
    shutil.rmtree(target.parent / "backups", ignore_errors=True)
    db_size = path.stat().st_size
    began = time.perf_counter()
    info = backup.create_backup(path, kind="manual", now=NOW)
    row["backup (s)"] = time.perf_counter() - began
    row["backup size / database"] = info.size / max(db_size, 1)
    row["database (MB)"] = db_size / 1e6
    return row


def cli_row(path: Path, runs: int) -> Row:
    env = {**os.environ, "CREDITFUEL_DB": str(path)}
    # Set in some shells: every run would recompile recently edited modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    creditfuel = ROOT / ".venv" / "bin" / "creditfuel"
    app = [str(creditfuel), "status"] if creditfuel.exists() else [
        sys.executable, "-m", "desktopapp.cli.main", "status"]
    bare = [sys.executable, "-c", "import sqlite3"]

    def wall(cmd: list[str]) -> float:
        began = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=False)
        return (time.perf_counter() - began) * 1000

    wall(app)  # warm the file cache
    apps, bares = [], []
    for i in range(runs):  # interleaved, the order flipping every round
        pair = (app, bare) if i % 2 == 0 else (bare, app)
        for cmd in pair:
            (apps if cmd is app else bares).append(wall(cmd))
    a, b = statistics.median(apps), statistics.median(bares)
    return {"creditfuel status (ms)": a, "python -c 'import sqlite3' (ms)": b,
            "status / bare": a / b}


def biggest_imports(path: Path, top: int = 12) -> list[tuple[float, str]]:
    env = {**os.environ, "CREDITFUEL_DB": str(path)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktopapp.cli.main", "status"],
        env=env, capture_output=True, text=True, check=False,
    )
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self_us, cumulative_us, field = line.partition(":")[2].split("|")
        depth = (len(field) - len(field.lstrip()) - 1) // 2
        if depth <= 1:  # what the command imports, and what those import directly
            name = field.strip()
            found[name] = max(found.get(name, 0.0), int(cumulative_us) / 1000)
    return sorted(((ms, name) for name, ms in found.items()), reverse=True)[:top]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0,100000,1000000")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cli-runs", type=int, default=15)
    ap.add_argument("--keep", help="keep the built ledgers in this folder (and reuse them)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tables: dict[int, Row] = {}
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        store = Path(args.keep) if args.keep else work
        store.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            source = store / f"scale-{n}.sqlite3"
            if not source.exists():
                built = status_bench.build(source, n)
                print(f"  built {n:>9,} events in {built:.1f} s", flush=True)
            path = work / f"run-{n}.sqlite3"
            shutil.copy(source, path)
            row = in_process(path, args.runs)
            row.update(exports_and_backups(path, work))
            row.update(cli_row(path, args.cli_runs))
            tables[n] = row
            print(f"  measured {n:>9,}", flush=True)
        imports = biggest_imports(work / f"run-{sizes[-1]}.sqlite3")
    report(tables, sizes, imports)
    return 0


def report(tables: dict[int, Row], sizes: list[int], imports: list[tuple[float, str]]) -> None:
    base = tables[sizes[0]]
    keys = list(base)
    head = f"{'':44}" + "".join(f"{n:>14,}" for n in sizes) + "".join(
        f"{'x ' + format(n, ','):>14}" for n in sizes[1:])
    print()
    print(head)
    for key in keys:
        cells = "".join(f"{tables[n][key]:14.2f}" for n in sizes)
        ratios = "".join(
            f"{tables[n][key] / base[key]:14.1f}" if base[key] else f"{'-':>14}"
            for n in sizes[1:]
        )
        print(f"{key:44}{cells}{ratios}")
    print()
    print("biggest imports of `creditfuel status` (cumulative ms, -X importtime):")
    for ms, name in imports:
        print(f"  {ms:8.1f}  {name}")


if __name__ == "__main__":
    sys.exit(main())
