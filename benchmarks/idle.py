"""Wake-ups per minute, CPU and RSS of the app sitting idle in the tray, next to a bare
PySide6 tray program measured over the same window.

Each program gets its own Xvfb + trayer and both run side by side (they are idle, so they
do not compete). After --settle seconds (one-off timers run until ~70 s after start) every
thread's voluntary context switches (wake-ups) and CPU time are sampled over --window
seconds, like ../shared/tools/idle_wakeups.py (which adds preemptions to the count; they
are shown apart here). Target: the app wakes at most 1 time per minute more than the
bare program. The app opens a database holding a Genspark Free meter.

    .venv/bin/python benchmarks/idle.py [--window 180] [--settle 90] [--bare-only] [--preset P]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
import xvfb

BARE = [sys.executable, str(Path(__file__).with_name("bare_tray.py")), "--idle"]
TARGET_EXTRA_PER_MIN = 1.0
HZ = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Reading:
    switches: int  # voluntary: the thread slept, was woken, and went back to sleep
    preempted: int  # involuntary: the scheduler took the CPU away (machine load, not a wake)
    cpu_s: float
    rss_kib: int
    by_thread: dict[str, int]  # "name/tid" -> context switches, to tell who wakes


def read(pid: int) -> Reading:
    """Context switches and CPU time summed over the process's threads, and its RSS."""
    switches, preempted, cpu, by_thread = 0, 0, 0.0, {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status", encoding="utf-8",
                      errors="replace") as f:
                fields = dict(line.split(":\t", 1) for line in f if ":\t" in line)
            with open(f"/proc/{pid}/task/{tid}/stat", encoding="utf-8", errors="replace") as f:
                stat = f.read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue  # a thread ended between listing and reading
        # A wake-up ends in a voluntary switch (back to sleep). Involuntary ones are
        # preemptions while it ran: they grow with other load on the machine, not with
        # how often the program wakes, so they are shown apart and not judged.
        count = int(fields["voluntary_ctxt_switches"])
        by_thread[f"{fields['Name'].strip()}/{tid}"] = count
        switches += count
        preempted += int(fields["nonvoluntary_ctxt_switches"])
        cpu += (int(stat[11]) + int(stat[12])) / HZ  # utime + stime
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    return Reading(switches, preempted, cpu, rss, by_thread)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=float, default=180.0, help="seconds sampled")
    # The app has one-off timers (Qt and D-Bus internals, none of ours) until ~70 s after
    # start (seen with strace); after that it wakes only for its countdown.
    parser.add_argument("--settle", type=float, default=90.0, help="seconds before sampling")
    parser.add_argument("--bare-only", action="store_true",
                        help="measure only the bare tray (the app is not there yet)")
    parser.add_argument("--preset", default="genspark-free",
                        help="the plan the app tracks (genspark-plus: a refill days away)")
    args = parser.parse_args()
    with_app = xvfb.prepare_tray_benchmark(bare_only=args.bare_only)
    programs = [("bare", BARE)] + ([("app", xvfb.app_command())] if with_app else [])

    with tempfile.TemporaryDirectory(prefix="idle-") as tmp, contextlib.ExitStack() as stack:
        root = Path(tmp)
        procs: dict[str, subprocess.Popen[bytes]] = {}
        for name, command in programs:
            desktop = stack.enter_context(xvfb.virtual_desktop())
            ready = root / f"{name}.ready"
            db = root / name / "creditfuel.sqlite"
            env = desktop.env(xvfb.sandbox_env(root / name, CREDITFUEL_READY_FILE=str(ready),
                                               CREDITFUEL_DB=str(db)))
            if name == "app":
                xvfb.seed_genspark_free(db, env, args.preset)
            with (root / f"{name}.log").open("wb") as log:
                procs[name] = proc = subprocess.Popen(command, env=env, cwd=xvfb.ROOT,
                                                      stdout=log, stderr=subprocess.STDOUT)
            stack.callback(xvfb.stop, proc)
            xvfb.wait_for(lambda ready=ready, proc=proc: ready.exists() or proc.poll() is not None,
                          timeout=60, what=f"{name} to show its tray icon")
        together = " side by side" if len(procs) > 1 else ""
        print(f"idle: settle {args.settle:.0f} s, then sample {args.window:.0f} s "
              f"({' and '.join(procs)}{together})", flush=True)
        time.sleep(args.settle)
        for name, proc in procs.items():
            if proc.poll() is not None:
                log = (root / f"{name}.log").read_text(errors="replace")[-2000:]
                sys.exit(f"{name} exited early with {proc.returncode}:\n{log}")
        before = {name: read(proc.pid) for name, proc in procs.items()}
        time.sleep(args.window)
        after = {name: read(proc.pid) for name, proc in procs.items()}

    per_min = {}
    print(f"{'program':<8} {'wakeups/min':>12} {'preempted/min':>14} {'CPU ms':>8} "
          f"{'RSS MiB':>8}")
    for name in procs:
        a, b = before[name], after[name]
        per_min[name] = (b.switches - a.switches) * 60 / args.window
        preempted = (b.preempted - a.preempted) * 60 / args.window
        print(f"{name:<8} {per_min[name]:12.1f} {preempted:14.1f} "
              f"{(b.cpu_s - a.cpu_s) * 1000:8.0f} {b.rss_kib / 1024:8.1f}")
        woke = {t: n - a.by_thread.get(t, 0) for t, n in b.by_thread.items()}
        woke = {t: n for t, n in woke.items() if n > 0}
        if woke:
            print("         woken threads (wake-ups in the window): "
                  + ", ".join(f"{t} {n}" for t, n in sorted(woke.items(), key=lambda i: -i[1])))
    if "app" in per_min:
        extra = per_min["app"] - per_min["bare"]
        verdict = "ok" if extra <= TARGET_EXTRA_PER_MIN else "OVER"
        print(f"app - bare: {extra:+.1f} wakeups/min "
              f"(target <= +{TARGET_EXTRA_PER_MIN:.0f}/min: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
