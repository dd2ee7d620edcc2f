"""Fast at any size (issue 11), the tray process's part: what a user touches, timed on the
real app objects, on ledgers of 0, 100,000 and 1,000,000 events, as ratios to the empty
ledger of the same run, with the longest UI-thread stall seen during each action.

One child process per ledger size builds the app the way ``desktopapp/app.py`` does
(``App.start``: the start-up check, Session, Ticker, TrayController; Qt offscreen, a
private XDG/HOME, ``CREDITFUEL_NOW`` fixed to the ledger's NOW) on a COPY of the ledger
that was given its first status beforehand (the checkpoints a running tray has). The
system tray is reported available, so the tray's own path runs (offscreen has none).
``_after_ready``'s extras (database watcher, readings, team folder, daily backup, the
armed minute timer) are left out: they would fire in the middle of the actions.

Every action is posted into the event loop (``QTimer.singleShot(0, ...)``) and the loop
is spun until what the user waits for is there:

- open Quick log           the tray menu's Quick log: the dialog shown and painted
- save one Quick log       kind + credits typed, Enter (QTest): "Logged" shown and the
                           tray's figures (ticker status, tooltip) counting the log
- save, panel + History open   the same, with the panel and History open (both redraw)
- Undo last log            the tray menu's Undo: the figures back to before the save
- open the panel           a click on the icon: the panel shown and painted
- panel minute refresh     the ticker's timer firing with the panel open: a new status
- open History             the History window shown, painted, its figures in
- open the Ledger window   shown, painted, its first page in
- meter edit: loop free    the oldest meter's grant edited through the session, as
                           Settings > Meters does: until the event loop turns again
- meter edit: first status  ... until the tray gets a status (maybe "updating…")
- meter edit: true figure   ... until the tray shows the new grant, not "updating"
- App.start to icon         in process: ``App.start()`` until its first loop turn

The watchdog is a 2 ms precise QTimer in the GUI thread; an action's stall is the
longest gap between consecutive fires from its posting until it is done (~2 ms when
nothing blocks). Each action has a timeout (``--timeout``): work that never finishes is
reported as a timeout, work that blocks the loop longer is reported as measured, flagged.
Times are medians of ``--runs`` (opens: the first open, which imports the window's
modules, is shown on its own row and left out of the median). The whole-process start
to icon (Xvfb + trayer, vs the bare tray) is ``tray_startup.py --db``; ``--startup-runs``
runs it here for each size.

Below the table: where the UI thread was during stalls over 30 ms at the biggest size
(its innermost desktopapp frames, sampled every 5 ms by a helper thread; with none, what
a worker thread was running, as the UI thread was in Qt or waiting for the GIL).

Targets (issue 11): every action <= 100 ms at 1M and <= 3x the empty ledger; no stall
over 50 ms at any size; start to icon within 1.3x the bare tray.

    .venv/bin/python benchmarks/ui_scale.py [--sizes 0,100000,1000000] [--runs 5]
        [--edit-runs 2] [--timeout 120] [--ledgers /work/bench] [--startup-runs 0] [--only ...]
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
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

TARGET_MS = 100.0
TARGET_RATIO = 3.0
TARGET_STALL_MS = 50.0
WATCHDOG_MS = 2
STALL_SAMPLE_MS = 30  # a gap this long is sampled for where the UI thread is
NAME = 46  # the width of the table's first column
PROGRESS = "  ui_scale "  # the child's progress lines (the rest of its stderr is Qt's)

Result = dict[str, Any]  # {"times": [ms], "stalls": [ms], "timeouts": n, "first": ms?}


# == the child: one ledger, the real app objects ==========================================
class Watchdog:
    """A 2 ms timer in the GUI thread: the longest gap between two fires is a stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(WATCHDOG_MS)
        self.timer.timeout.connect(self._fire)
        self.first_fire_after: float | None = None
        self._since = 0.0

    def _fire(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now
        if self.first_fire_after is None and now > self._since:
            self.first_fire_after = now

    def begin(self, since: float) -> None:
        self.last = since
        self.max_gap = 0.0
        self._since = since
        self.first_fire_after = None
        self.timer.start()

    def stall_until(self, now: float) -> float:
        """The longest gap, counting the one still open at ``now``."""
        return max(self.max_gap, now - self.last)


class Sampler:
    """Where the UI thread is while it stalls: a helper thread looks every 5 ms and, when
    the watchdog has not fired for over ``STALL_SAMPLE_MS``, notes the UI thread's
    innermost desktopapp frames (a thread holding the GIL in C is seen once it lets go)."""

    def __init__(self, watchdog: Watchdog) -> None:
        self.watchdog = watchdog
        self.main = threading.main_thread().ident
        self.action: str | None = None
        self.seen: dict[str, dict[str, int]] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.005):
            action = self.action
            if action is None or self.main is None:
                continue
            if time.perf_counter() - self.watchdog.last < STALL_SAMPLE_MS / 1000:
                continue
            key = self.sample()
            counts = self.seen.setdefault(action, {})
            counts[key] = counts.get(key, 0) + 1

    def sample(self) -> str:
        """Only strings leave here. A frame held after its function returned keeps its
        locals alive: a QPainter in a paintEvent would then outlive the paint and be
        destroyed on this thread (a crash), so the frames are dropped at once."""
        frames = sys._current_frames()
        try:
            key = self.chain(frames.get(self.main))
            if not key:
                # In Qt, or waiting for the GIL a worker holds: say what the workers do.
                me = threading.get_ident()
                busy = [c for ident, f in frames.items()
                        if ident not in (me, self.main) and (c := self.chain(f, 2))]
                key = "(UI thread in Qt or waiting for the GIL)" + (
                    f" worker: {busy[0]}" if busy else "")
            return key
        finally:
            frames.clear()
            del frames

    @staticmethod
    def chain(frame: Any, depth: int = 3) -> str:
        """The innermost ``depth`` desktopapp frames, innermost first."""
        found: list[str] = []
        while frame is not None and len(found) < depth:
            path = frame.f_code.co_filename
            if "/desktopapp/" in path:
                where = path.rsplit("/desktopapp/", 1)[1].removesuffix(".py")
                found.append(f"{where}:{frame.f_code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        del frame
        return " < ".join(found)


class Painted:
    """Notes Paint events of top-level windows (an application-wide event filter)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        seen: set[int] = set()

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == paint and watched.isWidgetType():
                    seen.add(id(watched.window()))  # type: ignore[attr-defined]
                return False

        self.seen = seen
        self.filter = Filter()

    def reset(self) -> None:
        self.seen.clear()

    def of(self, window: Any) -> bool:
        return window is not None and id(window) in self.seen


class Bench:
    def __init__(self, db: Path, events: int, now_iso: str, timeout: float) -> None:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        from desktopapp import app as app_module
        from desktopapp.version import APP_ID

        QApplication.setApplicationName("CreditFuel")
        QApplication.setOrganizationName("CreditFuel")
        QApplication.setDesktopFileName(APP_ID)
        self.qapp = QApplication([sys.argv[0]])
        self.qapp.setQuitOnLastWindowClosed(False)
        # Offscreen has no tray: say there is one, so App.start takes the tray's path.
        QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)  # type: ignore
        self.events = events
        self.timeout = timeout
        self.wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        self.watchdog = Watchdog()
        self.sampler = Sampler(self.watchdog)
        self.painted = Painted()
        self.errors: list[BaseException] = []
        self.expecting = ""  # what the running action waits for, said on a timeout
        self.results: dict[str, Result] = {}
        self.ready = False

        began = time.perf_counter()
        self.app = app_module.App(self.qapp, db, app_module.make_clock(now_iso))
        self.app._after_ready = self._after_ready  # the icon's turn, without the extras
        self.watchdog.begin(began)
        code = self.app.start()
        if code >= 0:
            raise SystemExit(f"App.start returned {code}")
        self._spin(lambda: self.ready, began, "App.start to icon (in process)")
        # Before the first turn nothing could be drawn anyway: no stall to speak of.
        self.results["App.start to icon (in process)"]["stalls"] = []
        self.shell = self.app.shell
        self.session = self.app.session
        self.ticker = self.app.ticker
        self.updates: list[Any] = []
        self.ticker.updated.connect(self.updates.append)

    def _after_ready(self) -> None:
        self.app.shell.settle()
        self.ready = True

    # -- driving ---------------------------------------------------------------------------
    def row(self, name: str) -> Result:
        return self.results.setdefault(name, {"times": [], "stalls": [], "timeouts": 0})

    def state(self) -> str:
        """What the figures were when an action timed out (for the report)."""
        status = self.ticker.status if hasattr(self, "ticker") else None
        session = getattr(self.app, "session", None)
        return (f"tray total={getattr(status, 'total', None)} "
                f"updating={getattr(status, 'updating', None)} "
                f"session.updating={getattr(session, 'updating', None)} "
                f"computing={getattr(session, 'computing', None)} {self.expecting}")

    def settled(self) -> bool:
        """No replay and no figure still to come from a worker (the session's hooks)."""
        session = getattr(self.app, "session", None)
        return not (getattr(session, "updating", False)
                    or getattr(session, "computing", False))

    def _spin(self, done: Callable[[], bool], began: float, name: str,
              loop_free: str | None = None, shown: Callable[[], bool] | None = None,
              shown_row: str | None = None) -> float | None:
        """Spin the loop until ``done()``; record the time and the stall under ``name``.

        The stall keeps being watched after ``done()`` until the workers are idle too
        (a figure still computing, e.g. an alert's forecast after a save): work the action
        started counts against it wherever it runs."""
        result = self.row(name)
        deadline = began + self.timeout
        shown_at: float | None = None
        while True:
            self.qapp.processEvents(self.wait)
            if self.errors:
                raise self.errors.pop()
            now = time.perf_counter()
            if shown is not None and shown_at is None and shown():
                shown_at = now
            if done():
                break
            if now > deadline:
                result["timeouts"] += 1
                result.setdefault("notes", []).append(self.state())
                result["stalls"].append(self.watchdog.stall_until(now) * 1000)
                self.watchdog.timer.stop()
                return None
        elapsed = (now - began) * 1000
        while not self.settled() and time.perf_counter() < deadline:
            self.qapp.processEvents(self.wait)
        stall = self.watchdog.stall_until(time.perf_counter()) * 1000
        result["times"].append(elapsed)
        result["stalls"].append(stall)
        if elapsed > self.timeout * 1000:
            result["timeouts"] += 1  # finished, but only after blocking past the timeout
        extras = []
        if loop_free is not None:
            extras.append((loop_free, self.watchdog.first_fire_after or now))
        if shown_row is not None:
            extras.append((shown_row, shown_at or now))
        for extra_name, at in extras:
            extra = self.row(extra_name)
            extra["times"].append((at - began) * 1000)
            extra["stalls"].append(stall)
        self.watchdog.timer.stop()
        return elapsed

    def act(self, name: str, action: Callable[[], object], done: Callable[[], bool],
            loop_free: str | None = None, shown: Callable[[], bool] | None = None,
            shown_row: str | None = None) -> float | None:
        """Post ``action`` into the loop, spin until ``done()``."""
        from PySide6.QtCore import QTimer

        def run() -> None:
            try:
                action()
            except BaseException as exc:  # surfaced by _spin
                self.errors.append(exc)

        self.painted.reset()
        self.idle(0.05)  # let what the previous step left behind settle first
        end = time.perf_counter() + self.timeout
        while not self.settled() and time.perf_counter() < end:
            self.idle(0.01)
        began = time.perf_counter()
        self.watchdog.begin(began)
        QTimer.singleShot(0, run)
        self.sampler.action = name
        try:
            return self._spin(done, began, name, loop_free, shown, shown_row)
        finally:
            self.sampler.action = None

    def idle(self, seconds: float) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            time.sleep(0.002)

    # -- what the user sees ----------------------------------------------------------------
    def status(self) -> Any:
        return self.ticker.status

    def true_status(self, check: Callable[[Any], bool]) -> bool:
        status = self.ticker.status
        return (status is not None and not getattr(status, "updating", False)
                and check(status))

    def menu_action(self, word: str) -> Any:
        self.shell.rebuild_menu()
        for action in self.shell.menu.actions():
            if word in action.text().replace("&", ""):
                return action
        raise LookupError(f"no '{word}' in the tray menu")

    def close_window(self, name: str) -> None:
        window = self.shell.windows.open_windows.pop(name, None)
        if window is not None:
            window.close()
            window.deleteLater()
        self.idle(0.05)

    def log_one(self) -> None:
        """A log made elsewhere (not timed) and its figures settled: a window opened after
        it finds every per-revision cache stale, as a user who just logged does."""
        before = self.status().total
        self.session.log_spend("chat", credits=1)
        end = time.perf_counter() + self.timeout
        while not self.true_status(lambda s: s.total == before - 1):
            if time.perf_counter() > end:
                raise TimeoutError("the figures never counted a log")
            self.idle(0.01)
        self.idle(0.05)

    def open_window(self, name: str, row: str, loaded: Callable[[Any], bool],
                    runs: int, via_menu: str | None = None) -> None:
        windows = self.shell.windows
        self.qapp.installEventFilter(self.painted.filter)  # only while opening windows
        for i in range(runs + 1):
            self.close_window(name)
            self.log_one()
            trigger = (self.menu_action(via_menu).trigger if via_menu
                       else (lambda: windows.open(name)))

            def shown() -> bool:
                w = windows.open_windows.get(name)
                return w is not None and w.isVisible() and self.painted.of(w)

            def done() -> bool:
                w = windows.open_windows.get(name)
                return shown() and loaded(w) and self.settled()

            if i == 0:
                self.act(f"{row} (first)", trigger, done)
            else:
                self.act(row, trigger, done, shown=shown, shown_row=f"{row} (painted)")
        self.qapp.removeEventFilter(self.painted.filter)
        self.close_window(name)

    # -- the actions -----------------------------------------------------------------------
    def quick_log_open(self, runs: int) -> None:
        self.open_window("quick_log", "open Quick log", lambda w: True, runs,
                         via_menu="Quick log")

    def quick_log_save_and_undo(self, runs: int, row: str = "save one Quick log",
                                undo_row: str | None = "Undo last log") -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLabel

        for _ in range(runs):
            self.close_window("quick_log")
            dialog = self.shell.windows.open("quick_log")
            self.idle(0.05)
            index = dialog.kind.findData("chat")
            dialog.kind.setCurrentIndex(max(index, 0))
            dialog.amount.setText("3")
            dialog.amount.setFocus()
            before = self.status().total
            self.expecting = f"(waiting for total {before - 3}, 'Logged' shown)"

            def saved(dialog: Any = dialog, before: int = before) -> bool:
                if dialog.fix.isVisible() or dialog.message.isVisible():
                    words = [w.text() for w in dialog.findChildren(QLabel)
                             if w.isVisible() and w.text()]
                    raise RuntimeError(f"Quick log refused the save: {words[-2:]}")
                return ("Logged" in dialog.confirmation.label.text()
                        and self.true_status(lambda s: s.total == before - 3))

            self.act(row, lambda d=dialog: QTest.keyClick(d.amount, Qt.Key.Key_Return),
                     saved)
            self.close_window("quick_log")
            if undo_row is None:
                self.session.undo()
                self.idle(0.05)
                continue
            undo = self.menu_action("Undo last log")
            self.expecting = f"(waiting for total {before} after the undo)"
            self.act(undo_row, undo.trigger,
                     lambda before=before: self.true_status(lambda s: s.total == before))

    def save_with_panel_and_history(self, runs: int) -> None:
        self.shell.windows.open("history")
        self.shell.show_panel()
        self.idle(0.1)
        self.quick_log_save_and_undo(runs, "save, panel + History open", None)
        self.shell.panel().hide()
        self.close_window("history")

    def panel(self, runs: int) -> None:
        panel = self.shell.panel()
        self.qapp.installEventFilter(self.painted.filter)
        for i in range(2 * runs + 1):
            panel.hide()
            self.idle(0.35)  # the popup ignores a click within 300 ms of closing
            if i % 2 == 0:
                self.log_one()
                label = "open the panel (first)" if i == 0 else "open the panel"
            else:
                label = "open the panel again, no log since"

            def shown() -> bool:
                return panel.isVisible() and self.painted.of(panel)

            self.act(label, self.shell.show_panel, lambda: shown() and self.settled(),
                     shown=shown, shown_row=f"{label} (painted)" if i > 0 else None)
        self.qapp.removeEventFilter(self.painted.filter)
        tick = getattr(self.ticker, "_on_timeout", self.ticker.check_clock)
        for _ in range(runs):
            seen = len(self.updates)
            self.act("panel minute refresh", tick,
                     lambda seen=seen: len(self.updates) > seen
                     and not getattr(self.updates[-1], "updating", False))
        panel.hide()
        self.idle(0.35)

    def history(self, runs: int) -> None:
        self.open_window("history", "open History",
                         lambda w: getattr(w, "figures", True) is not None, runs,
                         via_menu="History")

    def ledger(self, runs: int) -> None:
        events = self.events
        self.open_window("ledger", "open the Ledger window",
                         lambda w: events == 0 or w.model.rowCount() > 0, runs,
                         via_menu="Ledger")

    def meter_edit(self, runs: int) -> None:
        from desktopapp.services import setup
        from desktopapp.services.changes import METERS
        from desktopapp.ui.formatting import fmt_int

        oldest = "plus"  # status_bench's monthly meter: there since the first event
        for name in ("loop free", "first status", "true figure"):
            self.row(f"meter edit: {name}")  # the table's order
        for i in range(runs):
            grant = 10_001 + i
            seen = len(self.updates)
            words = f"/{fmt_int(grant)}"

            def edit(grant: int = grant) -> None:
                self.session.mutate(
                    lambda ledger, now: setup.edit_meter(ledger, now, oldest, grant=grant),
                    METERS)

            def true_figure(grant: int = grant, words: str = words) -> bool:
                return self.true_status(lambda s: any(
                    m.name == oldest and m.grant == grant for m in s.meters)
                ) and words in self.shell.icon.toolTip()

            self.act("meter edit: true figure", edit, true_figure,
                     loop_free="meter edit: loop free",
                     shown=lambda seen=seen: len(self.updates) > seen,
                     shown_row="meter edit: first status")


def child(args: argparse.Namespace) -> int:
    import faulthandler

    faulthandler.enable()  # a crash in the app says where (every thread's stack)
    bench = Bench(Path(args.db), args.events, args.now, args.timeout)
    steps: list[tuple[str, Callable[[int], None], int]] = [
        ("quicklog", bench.quick_log_open, args.runs),
        ("save", bench.quick_log_save_and_undo, args.runs),
        ("savepanel", bench.save_with_panel_and_history, args.runs),
        ("panel", bench.panel, args.runs),
        ("history", bench.history, args.runs),
        ("ledger", bench.ledger, args.runs),
        ("edit", bench.meter_edit, args.edit_runs),
    ]
    only = set(args.only.split(",")) if args.only else None
    for what, step, runs in steps:
        if only is not None and what not in only:
            continue
        began = time.perf_counter()
        try:
            step(runs)
        except Exception as exc:  # one broken action must not hide the others
            bench.results.setdefault(f"ERROR in {what}", {
                "times": [], "stalls": [], "timeouts": 0, "error": repr(exc)})
        print(f"{PROGRESS}{args.events:>9,}: {what} {time.perf_counter() - began:.1f} s",
              file=sys.stderr, flush=True)
    bench.sampler.stop.set()
    for name, counts in bench.sampler.seen.items():
        bench.row(name)["where"] = counts
    print(json.dumps(bench.results))
    bench.app.stop()
    return 0


# == the parent: ledgers, children, the table ==============================================
def prime(path: Path) -> float:
    """The first status, as a running tray's first status leaves its checkpoints; then a
    pack bought now: the bench ledgers spend more than their grants (the daily meter is
    far below zero), and Quick log refuses a task above what is left."""
    import status_bench

    from desktopapp.services import setup
    from desktopapp.store.ledger_file import LedgerFile

    t = LedgerFile.open(path, status_bench.ME)
    try:
        began = time.perf_counter()
        t.status(status_bench.NOW)
        took = time.perf_counter() - began
        setup.add_pack(t, status_bench.NOW, 1_000_000, note="ui_scale: fuel to log with")
        t.status(status_bench.NOW)
        return took
    finally:
        t.close()


def run_child(path: Path, events: int, args: argparse.Namespace, home: Path) -> dict[str, Result]:
    import status_bench
    import xvfb

    env = {**os.environ, **xvfb.sandbox_env(home), "HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "CREDITFUEL_NOW": status_bench.NOW.isoformat(),
           "CREDITFUEL_DB": str(path)}
    env.pop("CREDITFUEL_READY_FILE", None)
    env.pop("CREDITFUEL_QUIT_WHEN_READY", None)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--db", str(path),
           "--events", str(events), "--now", status_bench.NOW.isoformat(),
           "--runs", str(args.runs), "--edit-runs", str(args.edit_runs),
           "--timeout", str(args.timeout)] + (["--only", args.only] if args.only else [])
    log = home / "child.log"
    home.mkdir(parents=True, exist_ok=True)
    with subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None and proc.stdout is not None
        with log.open("w", encoding="utf-8") as kept:
            for line in proc.stderr:  # progress shown, Qt's offscreen chatter kept aside
                kept.write(line)
                if line.startswith(PROGRESS):
                    print(line.rstrip(), file=sys.stderr, flush=True)
        out = proc.stdout.read()
    lines = out.strip().splitlines()
    if proc.returncode != 0 or not lines:
        kept_lines = [line for line in log.read_text(encoding="utf-8").splitlines()
                      if "This plugin does not support" not in line]
        tail = "\n".join(kept_lines[-80:])
        raise RuntimeError(f"the child for {events:,} events failed ({proc.returncode}):\n"
                           f"{tail}")
    found: dict[str, Result] = json.loads(lines[-1])
    return found


def startup(path: Path | None, runs: int) -> float | None:
    """Median app/bare start-to-icon ratio from tray_startup.py (--db PATH)."""
    cmd = [sys.executable, str(ROOT / "benchmarks" / "tray_startup.py"), "--runs", str(runs),
           "--warmup", "1", "--json"]
    if path is not None:
        cmd += ["--db", str(path)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(f"  tray_startup.py failed: {done.stderr.strip()[-400:]}", file=sys.stderr)
        return None
    return float(json.loads(lines[-1])["ready_ratio"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0,100000,1000000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--edit-runs", type=int, default=2,
                    help="meter edits per size (each is a full replay on a big ledger)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per action")
    ap.add_argument("--ledgers", default="/work/bench",
                    help="where scale-N.sqlite3 are (built there when missing; only "
                         "copies are opened)")
    ap.add_argument("--startup-runs", type=int, default=0,
                    help="also run tray_startup.py --db for each size (needs Xvfb, trayer)")
    ap.add_argument("--only", help="some of: quicklog,save,savepanel,panel,history,ledger,"
                                   "edit (comma-separated; default all)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--events", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--now", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args)

    import status_bench

    sizes = [int(s) for s in args.sizes.split(",")]
    tables: dict[int, dict[str, Result]] = {}
    starts: dict[int, float | None] = {}
    store = Path(args.ledgers)
    with tempfile.TemporaryDirectory(prefix="ui-scale-") as d:
        work = Path(d)
        for n in sizes:
            source = store / f"scale-{n}.sqlite3"
            if not source.exists():
                store.mkdir(parents=True, exist_ok=True)
                print(f"  building {n:,} events in {source}", file=sys.stderr, flush=True)
                status_bench.build(source, n)
            path = work / f"run-{n}" / "creditfuel.sqlite3"
            path.parent.mkdir()
            shutil.copy(source, path)  # the original is never opened (opening writes)
            primed = prime(path)
            print(f"  {n:>9,}: first status (priming) {primed:.1f} s", file=sys.stderr,
                  flush=True)
            if args.startup_runs:
                starts[n] = startup(path, args.startup_runs)
            try:
                tables[n] = run_child(path, n, args, work / f"home-{n}")
            except RuntimeError as exc:  # a crash is a finding: the other sizes still run
                print(exc, file=sys.stderr)
                tables[n] = {"ERROR: the child process failed": {
                    "times": [], "stalls": [], "timeouts": 0,
                    "error": str(exc).splitlines()[0]}}
            shutil.rmtree(path.parent, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"tables": tables, "startup": starts}),
                                   encoding="utf-8")
    report(tables, sizes, starts)
    return 0


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def cell(value: float | None, timeouts: int, width: int = 10, missing: str = "timeout") -> str:
    if value is None:
        return missing.rjust(width)
    text = f"{value:,.1f}" + ("!" if timeouts else "")
    return text.rjust(width)


def report(tables: dict[int, dict[str, Result]], sizes: list[int],
           starts: dict[int, float | None]) -> None:
    names: list[str] = []
    for n in sizes:
        names += [k for k in tables[n] if k not in names]
    biggest = sizes[-1]
    print()
    print("UI actions in the tray process (offscreen): median ms | longest UI-thread stall ms")
    head = f"{'action':{NAME}}" + "".join(f"{format(n, ','):>21}" for n in sizes)
    head += "".join(f"{'x ' + format(n, ','):>10}" for n in sizes[1:]) + "  targets"
    print(head)
    for name in names:
        row = f"{name:{NAME}}"
        meds: dict[int, float | None] = {}
        stalls: dict[int, float | None] = {}
        for n in sizes:
            r = tables[n].get(name, {"times": [], "stalls": [], "timeouts": 0})
            meds[n] = median(r["times"])
            stalls[n] = max(r["stalls"]) if r["stalls"] else None
            row += cell(meds[n], r["timeouts"]) + " |" + cell(stalls[n], 0, 9, "-")
        for n in sizes[1:]:
            b, m = meds.get(sizes[0]), meds.get(n)
            row += (f"{m / b:10.1f}" if b and m is not None else f"{'-':>10}")
        verdict = []
        top = meds.get(biggest)
        if top is not None and biggest >= 1_000_000:
            verdict.append("<=100ms " + ("ok" if top <= TARGET_MS else "OVER"))
        b = meds.get(sizes[0])
        if b and top is not None and len(sizes) > 1:
            verdict.append("<=3x " + ("ok" if top / b <= TARGET_RATIO else "OVER"))
        worst = max((s for s in stalls.values() if s is not None), default=None)
        if worst is not None:
            verdict.append("stall " + ("ok" if worst <= TARGET_STALL_MS else "OVER"))
        print(row + "  " + ", ".join(verdict))
        for n in sizes:
            error = tables[n].get(name, {}).get("error")
            if error:
                print(f"{'':{NAME}}{n:,}: {error}")
            for note in tables[n].get(name, {}).get("notes", [])[:2]:
                print(f"{'':{NAME}}{n:,}, timed out: {note}")
    print()
    print(f"where the UI thread was in stalls over {STALL_SAMPLE_MS} ms, {biggest:,} events "
          f"(samples every 5 ms, all runs; innermost desktopapp frames first):")
    for name in names:
        counts = tables[biggest].get(name, {}).get("where") or {}
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
        for i, (chain, count) in enumerate(top):
            print(f"  {name if i == 0 else '':{NAME - 2}}{count:5}  {chain}")
    if any(v is not None for v in starts.values()):
        print()
        print("start to icon, whole process under Xvfb + trayer (tray_startup.py --db): "
              "app / bare tray")
        for n in sizes:
            ratio = starts.get(n)
            shown = f"{ratio:.2f}x" if ratio is not None else "failed"
            print(f"  {n:>9,} events: {shown}  (target <= 1.3x)")
    print()
    print(f"! = past the per-action timeout in a run (blocked that long, or never done); "
          f"stall: the longest gap of a {WATCHDOG_MS} ms GUI-thread timer (idle ~2 ms)")


if __name__ == "__main__":
    sys.exit(main())
