"""Automatic readings: what they cost an idle tray, and what a year of them costs on disk.

idle: the bare PySide6 tray and the app with a Genspark source connected (a real loopback
      server stands in for Genspark; the key is in the sandbox's keyring), and the app
      without a source, side by side like benchmarks/idle.py: wake-ups per minute
      after --settle seconds, over --window.
      Target: the app wakes at most 1 time per minute more than the bare tray. The
      loopback counts how often it was asked (reading is hourly when nothing happens).
size: a year of scripted readings through services.readings (hourly; every 5 minutes
      while a task runs or after a drop), written only when the value changed, next to
      the same readings all written; the database file sizes and event counts.

    .venv/bin/python benchmarks/readings.py [--part idle|size|both] [--window 180]
                                            [--settle 90] [--days 365]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
sys.path.insert(0, str(ROOT / "tests" / "integrations"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import xvfb  # noqa: E402
from idle import BARE, TARGET_EXTRA_PER_MIN, read  # noqa: E402
from loopback import Script, genspark  # noqa: E402

KEY = "gsk-benchmark-key-not-real"


def idle(window: float, settle: float) -> None:
    with_app = xvfb.prepare_tray_benchmark(bare_only=False)
    if not with_app:
        return
    with tempfile.TemporaryDirectory(prefix="readings-idle-") as tmp, \
            contextlib.ExitStack() as stack, genspark() as server:
        server.script = Script(body={"plan": "free", "credit_balance": 180})
        root = Path(tmp)
        procs: dict[str, subprocess.Popen[bytes]] = {}
        programs = (("bare", BARE), ("app", xvfb.app_command()),
                    ("app+source", xvfb.app_command()))
        for name, command in programs:
            desktop = stack.enter_context(xvfb.virtual_desktop())
            ready = root / f"{name}.ready"
            db = root / name / "creditfuel.sqlite"
            env = desktop.env(xvfb.sandbox_env(root / name, CREDITFUEL_READY_FILE=str(ready),
                                               CREDITFUEL_DB=str(db)))
            if name != "bare":
                xvfb.seed_genspark_free(db, env)
            if name == "app+source":
                add = subprocess.run(
                    [*xvfb.cli_command(), "--db", str(db), "source", "add", "genspark",
                     "--key-stdin", "--base-url", server.base_url],
                    input=KEY + "\n", env=env, cwd=ROOT, capture_output=True, text=True,
                    timeout=60)
                if add.returncode != 0:
                    sys.exit(f"source add failed: {add.stdout}{add.stderr}")
            with (root / f"{name}.log").open("wb") as log:
                procs[name] = proc = subprocess.Popen(command, env=env, cwd=xvfb.ROOT,
                                                      stdout=log, stderr=subprocess.STDOUT)
            stack.callback(xvfb.stop, proc)
            xvfb.wait_for(lambda r=ready, p=proc: r.exists() or p.poll() is not None,
                          timeout=60, what=f"{name} to show its tray icon")
        print(f"idle: settle {settle:.0f} s, then sample {window:.0f} s (the bare tray, the "
              "app, and the app with a Genspark source, side by side)", flush=True)
        time.sleep(settle)
        for name, proc in procs.items():
            if proc.poll() is not None:
                sys.exit(f"{name} exited early:\n{(root / f'{name}.log').read_text()[-2000:]}")
        asked_before = len(server.seen)
        before = {name: read(proc.pid) for name, proc in procs.items()}
        time.sleep(window)
        after = {name: read(proc.pid) for name, proc in procs.items()}
        asked = len(server.seen) - asked_before
        total_asked = len(server.seen)
    per_min = {n: (after[n].switches - before[n].switches) * 60 / window for n in procs}
    print(f"{'program':<11} {'wakeups/min':>12} {'CPU ms':>8} {'RSS MiB':>8}")
    for n in procs:
        cpu = (after[n].cpu_s - before[n].cpu_s) * 1000
        print(f"{n:<11} {per_min[n]:12.1f} {cpu:8.0f} {after[n].rss_kib / 1024:8.1f}")
    extra = per_min["app+source"] - per_min["bare"]
    verdict = "ok" if extra <= TARGET_EXTRA_PER_MIN else "OVER"
    print(f"app+source - bare: {extra:+.1f} wakeups/min (target <= "
          f"+{TARGET_EXTRA_PER_MIN:.0f}/min: {verdict}); the source itself: "
          f"{per_min['app+source'] - per_min['app']:+.1f}/min over the app without one")
    print(f"Genspark (loopback) was asked {total_asked} time(s) since start, "
          f"{asked} in the sampled window (reading is hourly while nothing happens)")


def size(days: int) -> None:
    from desktopapp.domain.events import Observation, Origin
    from desktopapp.integrations.base import Reading
    from desktopapp.services import readings, readings_tasks, setup, sources
    from desktopapp.store.ledger_file import Identity, LedgerFile

    rng = random.Random(12)
    tokyo = ZoneInfo("Asia/Tokyo")
    start = datetime(2026, 1, 1, 0, 7, tzinfo=tokyo)
    with tempfile.TemporaryDirectory(prefix="readings-size-") as tmp:
        ident = Identity(device="bench", member="bench")
        ledger = LedgerFile.open(Path(tmp) / "changes.sqlite3", ident)
        setup.apply_preset(ledger, "genspark-free", now=start, lang="en", tz="Asia/Tokyo")
        sources.add_command(ledger, "genspark", ["unused"])
        balance, t, taken, seen_values = 200, start, 0, []
        end = start + timedelta(days=days)
        charges: list[tuple[datetime, int]] = []
        starts: list[datetime] = []
        day = start
        while day < end:  # per day: the refill, 0-3 tasks, a few chats
            refill = day.replace(hour=9, minute=0)
            charges.append((refill, -10**9))
            for _ in range(rng.randint(0, 3)):
                at = day.replace(hour=rng.randint(10, 21), minute=rng.randint(0, 59))
                starts.append(at)
                charges.append((at + timedelta(minutes=rng.randint(2, 12)), rng.randint(10, 80)))
            for _ in range(rng.randint(0, 4)):
                at = day.replace(hour=rng.randint(8, 23), minute=rng.randint(0, 59))
                charges.append((at, rng.randint(1, 5)))
            day += timedelta(days=1)
        charges.sort()
        starts.sort()
        clock = time.perf_counter()
        while t < end:
            nxt = readings.next_read_at(ledger, "genspark", t) or t + timedelta(hours=1)
            if starts and starts[0] <= nxt:
                readings_tasks.start_task(ledger, "slides", now=starts.pop(0))
                continue
            t = max(nxt, t)
            while charges and charges[0][0] <= t:
                _, delta = charges.pop(0)
                balance = 200 if delta == -10**9 else max(balance - delta, 0)
            report = readings.record(ledger, "genspark", Reading(balance, t), t)
            for offer in report.offers:  # the user answers most offers
                if rng.random() < 0.8:
                    readings_tasks.accept(ledger, offer.id, now=t, kind="slides")
            seen_values.append((t, balance))
            taken += 1
            t += timedelta(seconds=1)
        elapsed = time.perf_counter() - clock
        events = ledger.events()
        written = sum(isinstance(e, Observation) for e in events)
        ledger.close()
        changes_size = (Path(tmp) / "changes.sqlite3").stat().st_size
        every = LedgerFile.open(Path(tmp) / "every.sqlite3", ident)
        setup.apply_preset(every, "genspark-free", now=start, lang="en", tz="Asia/Tokyo")
        meter = every.meters()[0]
        every.append_many(
            (Observation(Origin(str(uuid.uuid4()), at, "bench", "bench"), meter.id, value,
                         source="genspark") for at, value in seen_values),
            now=end)
        every.close()
        every_size = (Path(tmp) / "every.sqlite3").stat().st_size
    print(f"size: {days} days, {taken:,} readings ({elapsed:.0f} s through services.readings)")
    print(f"  written only on change: {written:,} observations, {len(events):,} events in all "
          f"(with the logged task costs), file {changes_size / 1024:,.0f} KiB")
    print(f"  every reading written:  {taken:,} observations, file {every_size / 1024:,.0f} KiB")
    print(f"  per year: {changes_size / days * 365 / 1024:,.0f} KiB "
          f"({written / max(taken, 1):.0%} of readings written)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("idle", "size", "both"), default="both")
    parser.add_argument("--window", type=float, default=180.0)
    parser.add_argument("--settle", type=float, default=90.0)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    if args.part in ("size", "both"):
        size(args.days)
    if args.part in ("idle", "both"):
        idle(args.window, args.settle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
