"""`LedgerFile.status(now)` on ledgers of 0, 100,000 and 1,000,000 events.

Prints each time as a ratio to the empty ledger measured in the same run (machines are
noisy; only ratios compare). Target: 1,000,000 events within 3x of empty.

The ledgers are real SQLite files built with the store's bulk insert. Logs arrive at a
steady heavy-use rate (one every 5 minutes, about 290 a day, across a daily grant, a
monthly plan and packs, with an undo every 500 logs), so a bigger ledger means a longer
history rather than a busier last hour: that is what the checkpoints must make free.

"cold" is the first status after the ledger was written (it replays the whole history
once and leaves a checkpoint); "warm" is the median of the following runs, what the tray
and `creditfuel status` pay every time.

    .venv/bin/python benchmarks/status_bench.py [--sizes 0,100000,1000000] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktopapp.domain.events import Event, Origin, PackPurchase, Spend, Undo
from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
STEP = timedelta(minutes=5)
KINDS = ("chat", "slides", "sheets", "research", "image", "video", "developer")
ME = Identity(device="bench", member="bench")


def ledger(count: int, meters: dict[str, str]) -> Iterator[Event]:
    start = NOW - STEP * count
    last_spend = ""
    for i in range(count):
        at = start + STEP * (i + 1)
        origin = Origin(id=str(uuid.uuid4()), at=at, device="bench", member="bench")
        if i % 500 == 499 and last_spend:
            yield Undo(origin=origin, target_id=last_spend)
        elif i % 5_000 == 0:
            yield PackPurchase(origin=origin, credits=10_000, expires_at=at + timedelta(days=90))
        else:
            meter = meters["free"] if i % 3 == 0 else None  # some named, most drawn in order
            yield Spend(origin=origin, kind=KINDS[i % len(KINDS)], credits=1 + i % 40,
                        meter_id=meter, project=f"client-{i % 12}")
            last_spend = origin.id


def build(path: Path, count: int) -> float:
    t = LedgerFile.open(path, ME)
    try:
        created = NOW - STEP * (count + 1)
        free = t.add_meter("free", 200, Daily(clock_time(9), "Asia/Tokyo"), now=created)
        t.add_meter("plus", 10_000, Monthly(31, clock_time(0), "Asia/Tokyo"), now=created)
        began = time.perf_counter()
        t.append_many(ledger(count, {"free": free.id}), now=NOW)
        return time.perf_counter() - began
    finally:
        t.close()


def measure(path: Path, runs: int) -> tuple[float, float, int]:
    t = LedgerFile.open(path, ME)
    try:
        began = time.perf_counter()
        first = t.status(NOW)
        cold = time.perf_counter() - began
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            again = t.status(NOW)
            times.append(time.perf_counter() - began)
            assert again.total == first.total  # the checkpoint changes nothing
        return cold, statistics.median(times), first.total
    finally:
        t.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0,100000,1000000")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            path = Path(d) / f"ledger-{n}.sqlite3"
            built = build(path, n)
            cold, warm, total = measure(path, args.runs)
            mb = path.stat().st_size / 1e6
            rows.append((n, built, cold, warm, total, mb))
            print(f"  built {n:>9,} events in {built:6.1f} s ({mb:.0f} MB); "
                  f"cold {cold * 1000:9.1f} ms, warm {warm * 1000:7.2f} ms", flush=True)
    base = rows[0][3]
    print()
    print(f"{'events':>10}  {'warm ms':>8}  {'x empty':>8}  {'cold ms':>9}  {'x empty':>8}")
    for n, _built, cold, warm, _total, _mb in rows:
        print(f"{n:>10,}  {warm * 1000:8.2f}  {warm / base:8.2f}  {cold * 1000:9.1f}  "
              f"{cold / rows[0][2]:8.1f}")
    worst = max(r[3] for r in rows) / base
    print()
    print(f"target: warm status within 3x of the empty ledger -> worst {worst:.2f}x "
          f"({'met' if worst <= 3 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
