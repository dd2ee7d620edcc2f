"""The team folder at scale: 100,000 events from another PC merged, and how long a new
log takes to reach another PC through the folder (file watcher to merged ledger).

Two real SQLite ledgers, one folder on the local disk (a sync engine adds its own delay
on top; this measures ours). "export" is PC A writing its 100k events to its file (what
joining a team with a long solo history costs once), "merge" is PC B reading and merging
them, "again" is B's next sync with nothing new (what every wake and watcher event
costs), "status" is B's status afterwards. "watcher" is the median, over several logs,
from A's append returning to B's ledger holding the log, with the tray's watcher
(QFileSystemWatcher, debounce included) doing the work.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/team_sync.py [--events 100000]
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

from desktopapp.domain.events import Event, Origin, Spend
from desktopapp.domain.schedule import Monthly
from desktopapp.services import team
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
KINDS = ("chat", "slides", "sheets", "research", "image", "video", "developer")


def history(n: int, meter_id: str, device: str) -> Iterator[Event]:
    start = NOW - timedelta(minutes=5 * n)
    for i in range(n):
        yield Spend(
            origin=Origin(str(uuid.uuid4()), start + timedelta(minutes=5 * i), device, "Ann"),
            kind=KINDS[i % len(KINDS)], credits=1 + i % 40, meter_id=meter_id,
            project=f"p{i % 9}" if i % 3 else None,
        )


def timed(fn):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def watcher_latency(folder: Path, a: LedgerFile, b: LedgerFile, runs: int) -> list[float]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from desktopapp.platform.team_watcher import TeamFolderWatcher

    app = QCoreApplication.instance() or QCoreApplication([])
    arrived: dict[str, float] = {}
    loop = QEventLoop()
    wanted: list[str] = []

    def on_change() -> None:
        team.sync(b, now=NOW)
        if wanted and b.db.conn.execute("SELECT 1 FROM events WHERE id = ?",
                                        [wanted[0]]).fetchone():
            arrived[wanted[0]] = time.perf_counter()
            loop.quit()

    watcher = TeamFolderWatcher(folder, on_change)
    found: list[float] = []
    for i in range(runs):
        spend = a.log_spend("chat", credits=1, meter="plus", at=NOW + timedelta(seconds=i),
                            now=NOW + timedelta(seconds=i))
        wanted[:] = [spend.origin.id]
        t0 = time.perf_counter()
        team.after_write(a, now=NOW + timedelta(seconds=i))
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(10_000)
        loop.exec()
        if spend.origin.id in arrived:
            found.append(arrived[spend.origin.id] - t0)
    watcher.stop()
    del app
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--watch-runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "OneDrive" / "team"
        folder.mkdir(parents=True)
        a = LedgerFile.open(root / "a.sqlite3", Identity("pc-a", "Ann"))
        b = LedgerFile.open(root / "b.sqlite3", Identity("pc-b", "Ben"))
        meter = a.add_meter("plus", 10_000, Monthly(day=31, at=clock_time(0), tz="UTC"),
                            now=NOW - timedelta(days=400))
        a.append_many(history(args.events, meter.id, "pc-a"), now=NOW)
        _, export_s = timed(lambda: team.create(a, folder, "Ann", now=NOW))
        report, merge_s = timed(lambda: team.join(b, folder, "Ben", now=NOW))
        _, again_s = timed(lambda: team.sync(b, now=NOW))
        _, status_s = timed(lambda: b.status(NOW))
        assert report.merged == args.events, report.as_dict()
        size = sum(p.stat().st_size for p in folder.rglob("*.jsonl"))
        print(f"events: {args.events:,}  folder: {size / 1e6:.1f} MB")
        print(f"export (A writes its history): {export_s:8.2f} s")
        print(f"merge  (B joins and merges):   {merge_s:8.2f} s "
              f"({args.events / merge_s:,.0f} events/s)")
        print(f"again  (B syncs, nothing new): {again_s * 1000:8.1f} ms")
        print(f"status on B afterwards:        {status_s * 1000:8.1f} ms")
        lat = watcher_latency(folder, a, b, args.watch_runs)
        if lat:
            print(f"watcher: A's log merged on B in median {statistics.median(lat) * 1000:.0f} ms "
                  f"(min {min(lat) * 1000:.0f}, max {max(lat) * 1000:.0f}; "
                  f"{len(lat)}/{args.watch_runs} arrived; debounce included)")
        else:
            print("watcher: no log arrived (file watching unavailable here?)")
        a.close()
        b.close()


if __name__ == "__main__":
    main()
