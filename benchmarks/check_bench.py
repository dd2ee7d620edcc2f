"""How long `creditfuel check` takes as the ledger grows: 0, 100,000 and 1,000,000 events.

Each ledger is a real SQLite file written through the LedgerFile (one Plus meter, four team
rules) at a constant pace of ``--per-day`` logged tasks a day going back in time, so a
bigger ledger means a LONGER history with the same recent activity: the 90-day window a
check reads holds the same number of tasks in each. That is the question the target asks
(does a check slow down as history piles up?); the figures print the window size too.

The check is timed in-process through the CLI's own code path
(``desktopapp.services.estimates.run_check``: meters, the indexed spends query over the window,
the checkpointed state, rules, then the pure pre-flight), after one status call (the tray
makes one at start, leaving a checkpoint). Median of ``--runs``. The ratio is to the empty
ledger measured in the same run (an empty ledger does almost nothing, so that ratio is
large by construction), and to a "window-only" ledger holding just the 90 days of
activity (4,500 events): that ratio is what history size costs. Target: under 50 ms at
1,000,000 events, or under 5x the empty ledger.

    .venv/bin/python benchmarks/check_bench.py [--sizes 0,100000,1000000] [--per-day 50]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktopapp.cli.context import Context
from desktopapp.domain.events import Origin, Outcome, PackPurchase, Spend
from desktopapp.domain.rules import (
    Envelope,
    RepeatApproval,
    TaskCap,
    VariantLimit,
)
from desktopapp.domain.schedule import Monthly
from desktopapp.services.estimates import run_check
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)
KINDS = (("chat", 3, None), ("slides", 60, (10, 12, 15)), ("research", 70, None),
         ("image", 40, (4,)), ("video", 300, (30, 60, 90)), ("developer", 400, None))
PROJECTS = ("Acme", "Beta", "Gamma", None)


def events(count: int, per_day: int, rng: random.Random) -> Iterator[Spend | PackPurchase]:
    step = timedelta(days=1) / per_day
    first = NOW - step * count
    for i in range(count):
        at = first + step * i
        if i % 5000 == 4999:
            yield PackPurchase(Origin(f"p{i}", at, "bench", "u"), 10_000)
            continue
        kind, cost, sizes = KINDS[rng.randrange(len(KINDS))]
        outcome: Outcome = "failed" if rng.random() < 0.05 else "ok"
        yield Spend(
            Origin(f"s{i}", at, "bench", "u"),
            kind,
            max(1, int(cost * rng.uniform(0.5, 1.6))),
            project=PROJECTS[i % len(PROJECTS)],
            outcome=outcome,
            size=rng.choice(sizes) if sizes else None,
        )


def build(path: Path, count: int, per_day: int) -> float:
    started = time.perf_counter()
    t = LedgerFile.open(path, Identity("bench", "u"))
    try:
        created = NOW - timedelta(days=count / per_day + 2)
        t.add_meter("Plus", 125_000, Monthly(1, clock(9), "Asia/Tokyo"), now=created)
        t.set_setting("tz", "Asia/Tokyo")
        for rule in (TaskCap("cap", 300), RepeatApproval("repeat"),
                     Envelope("visual", "visual", 30), VariantLimit("slides3", "slides", 3)):
            t.add_rule(rule, now=created)
        if count:
            t.append_many(events(count, per_day, random.Random(count)), now=NOW)
        t.status(NOW)  # the tray's first status: leaves a checkpoint near now
    finally:
        t.close()
    return time.perf_counter() - started


def time_check(path: Path, runs: int) -> tuple[float, float, int]:
    ctx = Context(db_path=path, now=NOW, lang="en")
    try:
        started = time.perf_counter()
        first = run_check(ctx.ledger, NOW, "video", 60, "Acme")
        cold = time.perf_counter() - started
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            run_check(ctx.ledger, NOW, "video", 60, "Acme")
            samples.append(time.perf_counter() - started)
        window = ctx.tracker.spends(since=NOW - timedelta(days=90), until=NOW)
        assert first.estimate is not None
        return cold, statistics.median(samples), len(window)
    finally:
        ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0,4500,100000,1000000")
    ap.add_argument("--per-day", type=int, default=50)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="creditfuel-bench-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"ledger-{n}.sqlite3"
            built = build(path, n, args.per_day)
            cold, warm, window = time_check(path, args.runs)
            rows.append((n, built, cold, warm, window))
            print(f"built {n:>9,} events in {built:6.1f} s", flush=True)
    base = rows[0][3]
    # The smallest non-empty ledger whose history is no longer than the window: what the
    # same recent activity costs with (almost) no older history behind it.
    short = next((r[3] for r in rows if r[0] and r[0] <= 90 * args.per_day), None)
    print()
    print(f"{'events':>10}  {'in 90-day window':>16}  {'first check':>11}  "
          f"{'check (median)':>14}  {'x empty':>8}  {'x window-only':>13}")
    for n, _, cold, warm, window in rows:
        vs_short = f"{warm / short:>12.2f}x" if short and n else f"{'-':>13}"
        print(f"{n:>10,}  {window:>16,}  {cold * 1000:>9.1f} ms  {warm * 1000:>11.1f} ms"
              f"  {warm / base:>7.1f}x  {vs_short}")
    last = rows[-1]
    verdict = "met" if last[3] < 0.050 or last[3] / base < 5 else "NOT met"
    print(f"target (<50 ms at {last[0]:,} events, or <5x the empty ledger): {verdict}")


if __name__ == "__main__":
    main()
