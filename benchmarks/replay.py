"""Cold full replay: `balances_at` with no checkpoint, on ledgers of 0 / 100k / 1M events.

What the first status costs after something dropped every checkpoint (a meter edited
over its whole life, an import, a restore). Prints wall and CPU seconds, microseconds
per event and the ratio of 1M to 100k (linear in events means about 10x).

    .venv/bin/python benchmarks/replay.py [--keep /work/bench] [--sizes 0,100000,1000000]
        [--runs 3] [--profile]

``--keep DIR`` reuses ``scale-<n>.sqlite3`` files there (built by status_bench.build,
as benchmarks/scale.py does); each is copied first, since opening writes checkpoints.
``--profile`` prints a cProfile of one replay of the largest size.

Before (2026-11-28, the replay over event objects, 2 cores shared by six sessions):
100k 1.25 s CPU (12.5 us/event), 1M 14.06 s CPU (14.1 us/event), 1M / 100k 11.3x.
Target: 1M at least 3x faster, <= 3 s CPU, linear (1M / 100k about 10x).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from status_bench import ME, NOW, build  # noqa: E402

from desktopapp.store import balances, queries  # noqa: E402
from desktopapp.store.ledger_file import LedgerFile  # noqa: E402


def ledger_copy(size: int, keep: Path | None, work: Path) -> Path:
    target = work / f"replay-{size}.sqlite3"
    source = keep / f"scale-{size}.sqlite3" if keep else None
    if source is not None and source.exists():
        shutil.copyfile(source, target)
    else:
        build(target, size)
    return target


def cold(path: Path, profile: bool) -> tuple[float, float, int]:
    """(wall s, CPU s, events) of one replay from no checkpoint."""
    t = LedgerFile.open(path, ME)
    try:
        t.db.execute("DELETE FROM checkpoints")
        t.db.conn.commit()
        events = queries.event_count(t.db)
        prof = cProfile.Profile() if profile else None
        wall, cpu = time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        balances.balances_at(t.db, NOW)
        if prof:
            prof.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return wall, cpu, events
    finally:
        t.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--sizes", default="0,100000,1000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    per: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",")]:
            path = ledger_copy(size, args.keep, Path(tmp))
            largest = size == max(int(s) for s in args.sizes.split(","))
            runs = [cold(path, args.profile and largest and i == 0) for i in range(args.runs)]
            cpu = statistics.median(r[1] for r in runs)
            wall = statistics.median(r[0] for r in runs)
            events = runs[0][2]
            per[size] = cpu
            us = cpu / events * 1e6 if events else 0.0
            print(f"{size:>9,} events: cold replay {wall:7.3f} s wall, {cpu:7.3f} s CPU, "
                  f"{us:6.2f} us/event CPU", flush=True)
    if 100_000 in per and 1_000_000 in per and per[100_000]:
        print(f"1M / 100k CPU: {per[1_000_000] / per[100_000]:.1f}x (linear: 10x)")


if __name__ == "__main__":
    main()
