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

``--tray`` measures instead what the tray's UI thread feels while B merges A's history:
the same merge run the way the tray ran it before (``team.sync`` on the UI thread) and
through ``ui.team_link.TeamLink`` (the worker thread), each under a 2 ms QTimer whose
longest gap between two fires is the UI thread's longest stall; plus one Quick-log-like
save (``Session.log_spend``) made while the worker merges, and how long it took.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/team_sync.py --tray [--events N]
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


class Watchdog:
    """A 2 ms precise timer on the UI thread: the longest gap between fires is a stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._fire)
        self.last = self.began = time.perf_counter()
        self.longest = 0.0
        self.fires = 0

    def _fire(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.fires += 1

    def start(self) -> None:
        self.last = self.began = time.perf_counter()
        self.longest, self.fires = 0.0, 0
        self.timer.start()

    def stop(self) -> float:
        """The longest stall (seconds), the gap still open at the end included."""
        self.timer.stop()
        return max(self.longest, time.perf_counter() - self.last)


def pair(root: Path, name: str, n: int) -> tuple[Path, Path]:
    """A folder where PC A has shared ``n`` events, and PC B's ledger in that team that
    has not read them yet (B joined while the folder was still empty)."""
    folder = root / name / "team"
    folder.mkdir(parents=True)
    a = LedgerFile.open(root / name / "a.sqlite3", Identity("pc-a", "Ann"))
    b = LedgerFile.open(root / name / "b.sqlite3", Identity("pc-b", "Ben"))
    meter = a.add_meter("plus", 10_000, Monthly(day=31, at=clock_time(0), tz="UTC"),
                        now=NOW - timedelta(days=400))
    team.create(a, folder, "Ann", now=NOW)
    team.join(b, folder, "Ben", now=NOW)
    a.append_many(history(n, meter.id, "pc-a"), now=NOW)
    team.after_write(a, now=NOW)
    a.close()
    b.set_setting("lang", "en")
    b.close()
    return folder, root / name / "b.sqlite3"


def tray(n: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktopapp.ui.session import Session
    from desktopapp.ui.team_link import TeamLink

    app = QApplication.instance() or QApplication([])
    dog = Watchdog()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _, before_db = pair(root, "before", n)
        _, after_db = pair(root, "after", n)

        # Before: the tray's refresh() ran team.sync on the UI thread.
        ledger = LedgerFile.open(before_db, Identity("pc-b", "Ben"))
        session = Session(ledger, lambda: NOW)
        dog.start()
        t0 = time.perf_counter()
        report = session.mutate(lambda lg, now: team.sync(lg, now=now))
        old_wall = time.perf_counter() - t0
        app.processEvents()
        old_stall = dog.stop()
        assert report.merged == n, report.as_dict()
        ledger.close()

        # Now: TeamLink hands it to its worker; a save is made while it merges.
        ledger = LedgerFile.open(after_db, Identity("pc-b", "Ben"))
        session = Session(ledger, lambda: NOW)
        link = TeamLink(session)
        loop = QEventLoop()
        got: list[object] = []
        save: list[float] = []
        link.synced.connect(lambda r: (got.append(r), loop.quit()))

        def save_one() -> None:
            t = time.perf_counter()
            session.log_spend("chat", credits=1)
            save.append(time.perf_counter() - t)

        dog.start()
        t0 = time.perf_counter()
        link.refresh()
        ask_s = time.perf_counter() - t0
        QTimer.singleShot(500, save_one)  # mid-merge, as a user would
        loop.exec()
        new_wall = time.perf_counter() - t0
        fires = dog.fires
        new_stall = dog.stop()
        while link.busy:  # the save's share, queued behind the merge
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        link.stop()
        report_d = got[0]
        assert isinstance(report_d, dict) and report_d["merged"] == n, report_d
        ledger.close()
    print(f"events: {n:,}  (B merges A's history; 2 ms watchdog on the UI thread)")
    print(f"before: team.sync on the UI thread:   {old_wall:7.2f} s, "
          f"longest UI stall {old_stall * 1000:8.1f} ms")
    print(f"now:    TeamLink (worker thread):     {new_wall:7.2f} s, "
          f"longest UI stall {new_stall * 1000:8.1f} ms ({fires:,} watchdog fires; "
          f"refresh() returned in {ask_s * 1000:.1f} ms)")
    if save:
        print(f"a log saved mid-merge took {save[0] * 1000:.1f} ms (waits at most one "
              f"merge batch for the write lock)")
    print(f"stall ratio now/before: {new_stall / old_stall:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--watch-runs", type=int, default=7)
    ap.add_argument("--tray", action="store_true",
                    help="the UI thread's longest stall during the merge, before and now")
    args = ap.parse_args()
    if args.tray:
        tray(args.events)
        return
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
