"""Crash campaign: SIGKILL a writer at random points, then prove nothing acknowledged is lost.

    .venv/bin/python benchmarks/crash_campaign.py [--kills 200] [--seed N] [--short]

A child process logs tasks through the real LedgerFile (what `creditfuel log` does), one
transaction each, and talks over a pipe: ``BEGIN n`` just before a write, ``ACK n`` once
``log_spend`` returned (committed). The parent waits for a ``BEGIN``, sleeps a random
delay drawn around the measured write time (so some kills land before the commit, some
between commit and ACK, some after), sends SIGKILL, reopens the file, runs
``PRAGMA integrity_check`` and compares the ledger with what the child acknowledged:

- lost: an acknowledged log missing from the file (must be 0);
- half-written: a log row whose fields differ from what was written, or twice (must be 0);
- committed unacked: the kill fell between COMMIT and the ACK line (fine: it is whole).

Like a script that retries a failed ``creditfuel log --id UUID``, the next writer starts
with the write that was in flight, under the same id: one already committed must be
answered "already logged" (``retried_already_logged``), never written twice (a second
copy counts as half-written).

Prints kills / writes begun / acknowledged / lost / half-written / integrity. Exit 1 if
anything is lost, half-written or the file is not sound. ``--short`` is the CI version.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BASE = datetime(2026, 11, 1, tzinfo=UTC)
OUTCOMES = ("ok", "failed", "retake", "abandoned")


def expected(n: int) -> dict[str, object]:
    """Every field of log number n: a reopened row must match all of them."""
    return {
        "kind": ("slides", "video", "research", "チャット")[n % 4],
        "credits": n % 997 + 1,
        "project": f"client-{n % 13}",
        "outcome": OUTCOMES[n % 4],
        "note": f"crash-{n} " + "x" * (n % 300),  # varied row sizes cross page boundaries
        "size": float(n % 50),
        "at_ms": int((BASE + timedelta(seconds=n)).timestamp() * 1000),
    }


# -- the child: a writer that reports each write ----------------------------------------------


def event_id(n: int) -> str:
    """The id a retrying script gives log number n (the same on every attempt)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"creditfuel-crash-campaign/{n}"))


def child(db: Path, start: int) -> None:
    from desktopapp.domain.validation import AlreadyLogged
    from desktopapp.store.ledger_file import Identity, LedgerFile

    tracker = LedgerFile.open(db, Identity(device="crash", member="campaign"))
    out = sys.stdout
    n = start
    while True:
        e = expected(n)
        at = BASE + timedelta(seconds=n)
        out.write(f"BEGIN {n}\n")
        out.flush()
        try:
            tracker.log_spend(
                str(e["kind"]),
                credits=int(str(e["credits"])),
                meter="fuel",
                project=str(e["project"]),
                outcome=e["outcome"],  # type: ignore[arg-type]
                note=str(e["note"]),
                size=float(str(e["size"])),
                at=at,
                now=at,
                event_id=event_id(n),
            )
        except AlreadyLogged:  # the retry of a write the last writer committed
            out.write(f"DUP {n}\n")
        out.write(f"ACK {n}\n")
        out.flush()
        n += 1


# -- the parent ---------------------------------------------------------------------------------


class Child:
    def __init__(self, db: Path, start: int) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(db), "--start", str(start)],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            bufsize=0,
        )
        assert self.proc.stdout is not None
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""

    def line(self, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise TimeoutError("the writer went silent")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError(f"the writer exited ({self.proc.wait()})")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\n", 1)
        return raw.decode()

    def kill(self) -> list[str]:
        """SIGKILL, then the lines it managed to send before dying."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        rest = self.buffer
        while True:
            chunk = os.read(self.fd, 65536)
            if not chunk:
                break
            rest += chunk
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return [line.decode() for line in rest.split(b"\n") if line]


def setup(db: Path) -> None:
    from datetime import time as clock

    from desktopapp.domain.schedule import Daily
    from desktopapp.store.ledger_file import Identity, LedgerFile

    with LedgerFile.open(db, Identity(device="crash", member="campaign")) as t:
        t.add_meter("fuel", 10_000_000, Daily(clock(0, 0), "UTC"), now=BASE - timedelta(days=1))


def verify(db: Path) -> tuple[str, dict[int, list[tuple[object, ...]]]]:
    """(integrity_check result, log rows by n) read with plain SQLite, not the app."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        rows: dict[int, list[tuple[object, ...]]] = {}
        for row in conn.execute(
            "SELECT note, kind, credits, project, outcome, size, at_ms, type, meter_id, "
            "device, member FROM events WHERE type = 'spend'"
        ):
            n = int(str(row[0]).split(" ")[0].removeprefix("crash-"))
            rows.setdefault(n, []).append(row)
    finally:
        conn.close()
    return integrity, rows


def whole(n: int, row: tuple[object, ...]) -> bool:
    e = expected(n)
    note, kind, credits, project, outcome, size, at_ms, type_, meter_id, device, member = row
    return (
        (note, kind, credits, project, outcome, size, at_ms)
        == (e["note"], e["kind"], e["credits"], e["project"], e["outcome"], e["size"], e["at_ms"])
        and type_ == "spend"
        and bool(meter_id)
        and (device, member) == ("crash", "campaign")
    )


def campaign(kills: int, seed: int, workdir: Path) -> int:
    rng = random.Random(seed)
    db = workdir / "crash.sqlite3"
    setup(db)
    acked: set[int] = set()
    begun = 0
    write_ms: list[float] = []
    lost_total = half_total = committed_unacked = retried_dups = 0
    bad_integrity = 0
    where = {"before commit": 0, "between commit and ack": 0, "after ack": 0}
    next_n = 0
    started = time.monotonic()
    for k in range(kills):
        proc = Child(db, next_n)
        # Let it write a while: 1-60 logs, then pick a write to kill during.
        target = next_n + rng.randint(0, 60)
        began_at: dict[int, float] = {}
        in_flight: int | None = None
        while True:
            line = proc.line()
            tag, _, num = line.partition(" ")
            n = int(num)
            if tag == "BEGIN":
                begun += 1
                began_at[n] = time.perf_counter()
                in_flight = n
                if n >= target:
                    break
            elif tag == "ACK":
                acked.add(n)
                write_ms.append((time.perf_counter() - began_at[n]) * 1000)
                in_flight = None
            elif tag == "DUP":
                retried_dups += 1
        typical = statistics.median(write_ms) if write_ms else 2.0
        # A third each: at once (before the COMMIT), within a typical write (around the
        # COMMIT and its fsync), and later (after it, or into the next write).
        delay = rng.choice((0.0, rng.uniform(0, typical), rng.uniform(typical, 2 * typical)))
        delay /= 1000
        if delay > 0:
            time.sleep(delay)
        for line in proc.kill():
            tag, _, num = line.partition(" ")
            if tag == "ACK":
                acked.add(int(num))
                in_flight = None
            elif tag == "DUP":
                retried_dups += 1
            elif tag == "BEGIN":
                begun += 1
                in_flight = int(num)
        integrity, rows = verify(db)
        if integrity != "ok":
            bad_integrity += 1
        lost = [n for n in acked if n not in rows]
        half = [n for n, found in rows.items() if len(found) != 1 or not whole(n, found[0])]
        lost_total += len(lost)
        half_total += len(half)
        last = max([*acked, *(rows or [-1])], default=-1)
        if in_flight is None:
            where["after ack"] += 1
        elif in_flight in rows:
            where["between commit and ack"] += 1
            committed_unacked += 1
        else:
            where["before commit"] += 1
        # Retry the write in flight under its id, as a script would after a failure.
        next_n = in_flight if in_flight is not None else last + 1
        if lost or half or integrity != "ok":
            print(f"kill {k}: lost={lost[:5]} half={half[:5]} integrity={integrity[:200]}")
    elapsed = time.monotonic() - started
    print(
        f"crash campaign (seed {seed}): kills={kills} writes_begun={begun} "
        f"acknowledged={len(acked)} lost={lost_total} half_written={half_total} "
        f"committed_unacked={committed_unacked} retried_already_logged={retried_dups} "
        f"integrity={'ok' if not bad_integrity else f'FAILED x{bad_integrity}'} "
        f"({kills}/{kills} checks)"
    )
    print(
        "kill points: " + ", ".join(f"{name}={count}" for name, count in where.items())
        + f"; median write {statistics.median(write_ms):.2f} ms; {elapsed:.1f} s"
    )
    return 0 if lost_total == half_total == bad_integrity == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--short", action="store_true", help="CI version (30 kills)")
    ap.add_argument("--child", metavar="DB", help=argparse.SUPPRESS)
    ap.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    if args.child:
        child(Path(args.child), args.start)
        return 0
    kills = 30 if args.short else args.kills
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    workdir = Path(tempfile.mkdtemp(prefix="creditfuel-crash-"))
    try:
        return campaign(kills, seed, workdir)
    finally:
        if not args.keep:
            for p in sorted(workdir.rglob("*"), reverse=True):
                p.unlink() if p.is_file() else p.rmdir()
            workdir.rmdir()
        else:
            print(f"work folder: {workdir}")


if __name__ == "__main__":
    sys.exit(main())
