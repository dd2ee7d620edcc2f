"""Start-to-tray-visible time and RSS of the app, as ratios to a bare PySide6 tray program.

Both run under this script's own Xvfb + trayer, N runs each, interleaved (the order flips
every round), after warm-up runs; figures are medians. Each program is started with
CREDITFUEL_READY_FILE (written once its tray icon is shown) and CREDITFUEL_QUIT_WHEN_READY=1:
- ready: process start until the ready file exists (start-to-tray-visible);
- quit: process start until it has exited;
- peak RSS: the child's ru_maxrss (or VmHWM, if it does not quit by itself).
The app opens a database holding a Genspark Free meter made with the real CLI, or, with
``--db PATH`` / ``--db-events N``, a COPY of that ledger (N: ``scale-N.sqlite3`` in
``--ledgers``, the files of ``status_bench.build``), given its first status beforehand (the
checkpoints a tray that ran before has) and opened with CREDITFUEL_NOW at the ledger's NOW.
Targets: ready time <= 1.3x the bare program's, peak RSS <= 1.2x.

    .venv/bin/python benchmarks/tray_startup.py [--runs 15] [--warmup 2] [--bare-only]
        [--db PATH | --db-events 1000000 [--ledgers /work/bench]] [--json]
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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import xvfb

BARE = [sys.executable, str(Path(__file__).with_name("bare_tray.py"))]
TIME_TARGET = 1.3
RSS_TARGET = 1.2


@dataclass(frozen=True)
class Sample:
    ready_s: float
    quit_s: float | None  # None: it did not quit by itself after becoming ready
    peak_rss_kib: int


@dataclass
class Program:
    name: str
    command: list[str]
    env: dict[str, str]
    ready: Path
    log: Path
    samples: list[Sample]


def peak_rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def measure(program: Program, timeout: float = 60.0, linger: float = 5.0) -> Sample:
    program.ready.unlink(missing_ok=True)
    with program.log.open("ab") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(program.command, env=program.env, cwd=xvfb.ROOT,
                                stdout=subprocess.DEVNULL, stderr=log)
    ready_s: float | None = None
    while True:
        now = time.perf_counter() - start
        if ready_s is None and program.ready.exists():
            ready_s = now
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            if ready_s is None and program.ready.exists():
                ready_s = now  # became ready between two polls, just before quitting
            if ready_s is None or proc.returncode != 0:
                raise RuntimeError(f"{program.name} exited with {proc.returncode} "
                                   f"(ready file: {ready_s is not None}); see {program.log}")
            return Sample(ready_s, now, usage.ru_maxrss)
        if ready_s is not None and now - ready_s > linger:
            rss = peak_rss_kib(proc.pid)  # ignores CREDITFUEL_QUIT_WHEN_READY: end it
            xvfb.stop(proc)
            return Sample(ready_s, None, rss)
        if now > timeout:
            xvfb.stop(proc)
            raise RuntimeError(f"{program.name} not ready after {timeout:.0f} s; "
                               f"see {program.log}")
        time.sleep(0.001)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def copy_ledger(source: Path, target: Path) -> str:
    """A copy of a big ledger for the app (the original is never opened: opening writes),
    with its first status done; returns the ledger's NOW for CREDITFUEL_NOW."""
    import status_bench

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    # In a child: a child's peak RSS counts its parent's at the fork (Linux keeps it over
    # exec), so a big replay here would show in both programs' figures.
    prime = ("import sys; sys.path[:0] = sys.argv[1:3]; import status_bench; "
             "from desktopapp.store.ledger_file import LedgerFile; "
             "t = LedgerFile.open(sys.argv[3], status_bench.ME); "
             "t.status(status_bench.NOW); t.close()")
    here = Path(__file__).resolve().parent
    subprocess.run([sys.executable, "-c", prime, str(here), str(here.parent), str(target)],
                   check=True)
    return status_bench.NOW.isoformat()


def report(programs: list[Program], runs: int, display: str, as_json: bool = False) -> None:
    if as_json:
        figures = {}
        for p in programs:
            figures[p.name] = {
                "ready_ms": median([s.ready_s * 1000 for s in p.samples]),
                "rss_mib": median([s.peak_rss_kib / 1024 for s in p.samples])}
        if "app" in figures:
            figures["ready_ratio"] = figures["app"]["ready_ms"] / figures["bare"]["ready_ms"]
            figures["rss_ratio"] = figures["app"]["rss_mib"] / figures["bare"]["rss_mib"]
        print(json.dumps(figures))
        return
    print(f"tray start-up under Xvfb {display} + trayer: {runs} runs each, interleaved, "
          f"medians (min)")
    print(f"{'program':<8} {'ready ms':>16} {'quit ms':>16} {'peak RSS MiB':>14}")
    rows = {}
    for p in programs:
        ready = [s.ready_s * 1000 for s in p.samples]
        quits = [s.quit_s * 1000 for s in p.samples if s.quit_s is not None]
        rss = [s.peak_rss_kib / 1024 for s in p.samples]
        rows[p.name] = (median(ready), median(quits), median(rss))
        quit_cell = (f"{median(quits):7.0f} ({min(quits):5.0f})" if quits
                     else "did not quit".rjust(15))
        print(f"{p.name:<8} {median(ready):7.0f} ({min(ready):5.0f}) {quit_cell:>16} "
              f"{median(rss):7.1f} ({min(rss):4.1f})")
    if "app" in rows:
        time_ratio = rows["app"][0] / rows["bare"][0]
        rss_ratio = rows["app"][2] / rows["bare"][2]
        verdict = ("ok" if time_ratio <= TIME_TARGET else "OVER",
                   "ok" if rss_ratio <= RSS_TARGET else "OVER")
        print(f"ratio app/bare: start-to-tray-visible {time_ratio:.2f}x "
              f"(target <= {TIME_TARGET}x: {verdict[0]}), "
              f"peak RSS {rss_ratio:.2f}x (target <= {RSS_TARGET}x: {verdict[1]})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--bare-only", action="store_true",
                        help="measure only the bare tray (the app is not there yet)")
    parser.add_argument("--db", help="the app opens a copy of this ledger")
    parser.add_argument("--db-events", type=int,
                        help="the app opens a copy of scale-N.sqlite3 from --ledgers")
    parser.add_argument("--ledgers", default="/work/bench",
                        help="where scale-N.sqlite3 are (status_bench.build makes them)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON line of medians and ratios (for ui_scale.py)")
    args = parser.parse_args()
    source: Path | None = Path(args.db) if args.db else None
    if args.db_events is not None:
        source = Path(args.ledgers) / f"scale-{args.db_events}.sqlite3"
    if source is not None and not source.exists():
        sys.exit(f"no ledger at {source} (benchmarks/scale.py --keep {args.ledgers} makes it)")
    with_app = xvfb.prepare_tray_benchmark(bare_only=args.bare_only)

    with tempfile.TemporaryDirectory(prefix="tray-startup-") as tmp, \
            xvfb.virtual_desktop() as desktop:
        root = Path(tmp)
        programs = []
        app_db = root / "app" / "creditfuel.sqlite"
        extra = {}
        if with_app and source is not None:
            extra["CREDITFUEL_NOW"] = copy_ledger(source, app_db)
        for name, command in [("bare", BARE), ("app", xvfb.app_command())][:2 if with_app else 1]:
            ready = root / f"{name}.ready"
            env = desktop.env(xvfb.sandbox_env(
                root / name, CREDITFUEL_READY_FILE=str(ready), CREDITFUEL_QUIT_WHEN_READY="1",
                CREDITFUEL_DB=str(root / name / "creditfuel.sqlite"),
                **(extra if name == "app" else {})))
            programs.append(Program(name, command, env, ready, root / f"{name}.log", []))
        if with_app and source is None:
            xvfb.seed_genspark_free(app_db, programs[1].env)
        for round_no in range(args.warmup + args.runs):
            order = programs if round_no % 2 == 0 else programs[::-1]
            for program in order:
                sample = measure(program)
                if round_no >= args.warmup:
                    program.samples.append(sample)
        report(programs, args.runs, desktop.display, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
