"""Start-to-tray-visible time and RSS of the app, as ratios to a bare PySide6 tray program.

Both run under this script's own Xvfb + trayer, N runs each, interleaved (the order flips
every round), after warm-up runs; figures are medians. Each program is started with
CREDITFUEL_READY_FILE (written once its tray icon is shown) and CREDITFUEL_QUIT_WHEN_READY=1:
- ready: process start until the ready file exists (start-to-tray-visible);
- quit: process start until it has exited;
- peak RSS: the child's ru_maxrss (or VmHWM, if it does not quit by itself).
The app opens a database holding a Genspark Free meter made with the real CLI.
Targets: ready time <= 1.3x the bare program's, peak RSS <= 1.2x.

    .venv/bin/python benchmarks/tray_startup.py [--runs 15] [--warmup 2] [--bare-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
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


def report(programs: list[Program], runs: int, display: str) -> None:
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
    args = parser.parse_args()
    with_app = xvfb.prepare_tray_benchmark(bare_only=args.bare_only)

    with tempfile.TemporaryDirectory(prefix="tray-startup-") as tmp, \
            xvfb.virtual_desktop() as desktop:
        root = Path(tmp)
        programs = []
        for name, command in [("bare", BARE), ("app", xvfb.app_command())][:2 if with_app else 1]:
            ready = root / f"{name}.ready"
            env = desktop.env(xvfb.sandbox_env(
                root / name, CREDITFUEL_READY_FILE=str(ready), CREDITFUEL_QUIT_WHEN_READY="1",
                CREDITFUEL_DB=str(root / name / "creditfuel.sqlite")))
            programs.append(Program(name, command, env, ready, root / f"{name}.log", []))
        if with_app:
            xvfb.seed_genspark_free(root / "app" / "creditfuel.sqlite", programs[1].env)
        for round_no in range(args.warmup + args.runs):
            order = programs if round_no % 2 == 0 else programs[::-1]
            for program in order:
                sample = measure(program)
                if round_no >= args.warmup:
                    program.samples.append(sample)
        report(programs, args.runs, desktop.display)
    return 0


if __name__ == "__main__":
    sys.exit(main())
