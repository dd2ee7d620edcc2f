"""The composition root: wires the store, the clock and the Qt shell. The ONLY clock read.

Start-up order matters for how fast the icon appears: only the tray's own modules load
before the icon shows; the panel, dialogs, D-Bus and the Windows power hook load after.

Environment (the test harness and benchmarks rely on these):
  CREDITFUEL_DB              the database file (default: the per-user data folder)
  CREDITFUEL_READY_FILE      written (with our pid) once the tray icon, or the fallback
                             window, is shown
  CREDITFUEL_QUIT_WHEN_READY=1  quit right after that (start-up benchmarks)
  CREDITFUEL_LANG            ja | en (else the saved setting, else the system locale)
  CREDITFUEL_NOW             an ISO instant: a fixed clock, for screenshots and tests
"""

from __future__ import annotations

# The store and the domain load BEFORE PySide6: PySide6 installs an import hook that
# reads the source of every module imported after it (its __feature__ check), which
# cost ~25 ms of start-up for sqlite-utils and its dependencies.
import desktopapp.domain.alerts
import desktopapp.domain.countdown
import desktopapp.store.integrity
import desktopapp.store.ledger_file  # noqa: F401 (preloaded, see above)

# isort: split
import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

BACKUP_DELAY_MS = 5000
WAL_SETTLE_MS = 30_000  # after the last write, fold the WAL into the main file


# -- the clock: read here and nowhere else -------------------------------------------------
def system_now() -> datetime:
    return datetime.now(UTC)


def make_clock(fixed: str | None) -> Callable[[], datetime]:
    """The wall clock, or a fixed instant (CREDITFUEL_NOW) for screenshots and tests."""
    if not fixed:
        return system_now
    at = datetime.fromisoformat(fixed.replace("Z", "+00:00"))
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    at = at.astimezone(UTC)
    return lambda: at


# -- start-up helpers ----------------------------------------------------------------------
def announce_ready(app: QApplication) -> None:
    ready = os.environ.get("CREDITFUEL_READY_FILE")
    if ready:
        Path(ready).write_text(f"{os.getpid()}\n", encoding="utf-8")
    if os.environ.get("CREDITFUEL_QUIT_WHEN_READY") == "1":
        app.quit()


def open_tracker(db_path: Path, now: Callable[[], datetime]) -> Any:
    """Check, then open the ledger; a file we cannot use is explained, never deleted."""
    from desktopapp.store.errors import StoreError
    from desktopapp.store.integrity import check_at_startup
    from desktopapp.store.ledger_file import LedgerFile
    from desktopapp.ui.session import env_lang

    result = check_at_startup(db_path, now=now())
    if not result.ok:
        # Damaged file moved aside: say so, offer the newest good backup (or start empty).
        from desktopapp.ui.restore_dialog import RestoreDialog

        RestoreDialog(result, now).exec()
    try:
        return LedgerFile.open(db_path)
    except StoreError as error:
        from PySide6.QtWidgets import QMessageBox

        from desktopapp.i18n import describe

        QMessageBox.critical(None, "CreditFuel", "\n".join(
            describe(p, env_lang(), app=True) for p in error.problems))
        return None


class App(QObject):
    """Owns the long-lived objects so none of them is collected while the loop runs."""

    def __init__(self, qapp: QApplication, db_path: Path, now: Callable[[], datetime]) -> None:
        super().__init__()
        self.qapp = qapp
        self.db_path = db_path
        self.now = now
        self.tracker: Any = None
        self.shell: Any = None
        self.extras: list[Any] = []
        self.instance: Any = None
        self._backup_day: Any = None

    def start(self) -> int:
        from desktopapp.platform.single_instance import claim_or_forward, server_name

        # Workers (figures, catch-up, imports, the team folder) run Python beside the UI
        # thread, which takes the interpreter lock back after every SQLite call and Qt
        # callback: at the default 5 ms each take could wait 5 ms, and a window opening
        # while a worker computes waited 100 ms and more; at 1 ms it is not held up.
        sys.setswitchinterval(0.001)

        # Ask now (a second tray must not appear); listen once our icon shows.
        self.instance = claim_or_forward(server_name(self.db_path), self, listen=False)
        if self.instance is None:
            return 0  # the running one shows its panel; we are done
        self.tracker = open_tracker(self.db_path, self.now)
        if self.tracker is None:
            return 1

        from desktopapp.ui import translations
        from desktopapp.ui.session import Session
        from desktopapp.ui.ticker import Ticker

        self.session = Session(self.tracker, self.now, self)
        translations.install(self.session.lang(), self.qapp)
        self.ticker = Ticker(self.session, time.monotonic, self)
        self.ticker.start(arm=False)
        if QSystemTrayIcon.isSystemTrayAvailable():
            from desktopapp.ui.tray import TrayController

            tray = TrayController(self.session, self.ticker, self)
            tray.quit_requested.connect(self.qapp.quit)
            tray.show()
            self.shell = tray
        else:
            from desktopapp.ui.fallback_window import FallbackWindow

            window = FallbackWindow(self.session, self.ticker)
            window.quit_requested.connect(self.qapp.quit)  # closing it only hides it
            window.show()
            self.shell = window
        self.instance.show_requested.connect(self.shell.show_panel)
        self.qapp.aboutToQuit.connect(self.stop)
        QTimer.singleShot(0, self._after_ready)
        return -1  # keep running

    def _after_ready(self) -> None:
        if self.tracker is None:  # stopped before the loop turned
            return
        announce_ready(self.qapp)
        if os.environ.get("CREDITFUEL_QUIT_WHEN_READY") == "1":
            return
        from desktopapp.platform.single_instance import take_over

        if not take_over(self.instance):
            self.qapp.quit()  # a simultaneous start won; it was asked to show its panel
            return
        # What the icon did not need to appear: the timer, alerts, the tooltip, the
        # menu's items, the database watcher, the resume hooks, the first-run wizard.
        self.ticker.arm()
        self.shell.settle()
        from desktopapp.platform.db_watcher import DbWatcher

        self.watcher = DbWatcher(self.db_path, self.tracker.data_version,
                                 self.session.notify_external_change, self)
        self.session.caught_up.connect(self.watcher.absorb)  # its workers' own commits
        from PySide6.QtGui import QIcon

        from desktopapp import resources

        # dialogs and the task switcher; inside the package, so a wheel install has it too
        self.qapp.setWindowIcon(QIcon(str(resources.icon_path())))
        if not self.tracker.meters():
            self.shell.windows.open("first_run")
        self._hook_resume()
        self._start_reader()
        self._start_team()
        # The daily backup: shortly after start, then whenever the day has changed by
        # the time the countdown ticks (no timer of its own).
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.timeout.connect(self._daily_backup)
        self._backup_timer.start(BACKUP_DELAY_MS)
        self.ticker.updated.connect(self._maybe_daily_backup)
        self.housekeeping = Housekeeping(self)
        self.housekeeping.damage_found.connect(self._damage_found)
        self.housekeeping.backups_thinned.connect(self._backups_thinned)
        # Once writes settle, fold the WAL into the main file, so a user copying only the
        # .sqlite3 file (a file manager, a backup tool) misses nothing. One single-shot
        # timer, re-armed by writes: nothing wakes while idle.
        self._wal_timer = QTimer(self)
        self._wal_timer.setSingleShot(True)
        self._wal_timer.setInterval(WAL_SETTLE_MS)
        self._wal_timer.timeout.connect(self._checkpoint_wal)
        self.session.changed.connect(self._writes_settling)
        from desktopapp.ui import quiet_gc

        # Last, once start-up has made what lives as long as the tray: from now on
        # collections run on the UI thread only, and never re-scan that (ui.quiet_gc).
        quiet_gc.take_over()

    def _start_reader(self) -> None:
        """Automatic balance readings (a no-op schedule while no source is connected):
        reads on a worker thread, offers costs without taking the focus."""
        from desktopapp.ui.reader import Reader
        from desktopapp.ui.reading_offers import OfferWindow

        self.reader = Reader(self.session, self)
        self.offer_window = OfferWindow(self.session)
        self.reader.reported.connect(self.offer_window.on_report)
        self.reader.start()

    def _start_team(self) -> None:
        """The team folder (nothing for a solo ledger): one read now, on resume and when
        the folder changes (a file watcher, never polling); reports when they fall due."""
        from desktopapp.ui.team_link import TeamLink

        self.team = TeamLink(self.session, self)
        self.team.wrote.connect(self.watcher.absorb)  # its worker's commits are ours
        self.team.notice.connect(self.shell.notify)
        icon = getattr(self.shell, "icon", None)
        if icon is not None:  # a click on an approval notification opens the approvals
            icon.messageClicked.connect(self.team.notice_clicked)
        self.ticker.clock_jumped.connect(self.team.refresh)
        self.ticker.clock_jumped.connect(self.team.send_reports)
        self.team.start()

    def _hook_resume(self) -> None:
        """Sleep/resume and clock changes: each hook just asks the ticker to recompute."""
        if sys.platform.startswith("linux"):
            from desktopapp.platform.sleep_linux import SleepWatcher

            sleep = SleepWatcher(self.ticker.check_clock, self)
            if sleep.start():
                self.extras.append(sleep)
        elif sys.platform == "win32":
            from desktopapp.platform import power_windows

            self.extras.append(power_windows.install(self.qapp, self.ticker.check_clock))

    def _writes_settling(self, *_change: object) -> None:
        self._wal_timer.start()

    def _checkpoint_wal(self) -> None:
        from desktopapp.services import health

        if self.tracker is not None and not health.checkpoint_wal(self.tracker):
            self._wal_timer.start()  # busy (the CLI is writing): try again once settled

    def _damage_found(self, detail: str) -> None:
        """The whole-file check next to the daily backup found a damaged page."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "CreditFuel", "", parent=None)
        box.setText(QCoreApplication.translate(
            "App", "Part of your CreditFuel data file is damaged."))
        box.setInformativeText(QCoreApplication.translate(
            "App", "Your backups are checked and safe. To go back to the newest good one, "
                   "open Settings > Data and choose Restore selected. Nothing has been deleted."))
        box.setDetailedText(detail)
        box.open()
        self.extras.append(box)
        if hasattr(self.shell, "open_data"):
            self.shell.open_data()

    def _backups_thinned(self, made: Any) -> None:
        """The size cap removed older backups to make room: said once, quietly."""
        from desktopapp.i18n import text
        from desktopapp.services import backups

        lang = self.session.lang()
        words = backups.thinned_notice(self.db_path, made, lang, self.session.user_zone())
        if words:
            self.shell.notify(text("text.backup.thinned_title", lang), words)

    def _maybe_daily_backup(self, status: Any) -> None:
        if self._backup_day is not None and status.as_of.date() != self._backup_day:
            self._daily_backup()

    def _daily_backup(self) -> None:
        now = self.now()
        self._backup_day = now.date()
        # Off the UI thread: on a large ledger the copy and its check take seconds, and
        # the tray must stay responsive. The backup opens its own connections and writes
        # a temporary file that it renames when verified, so quitting mid-way is harmless.
        self._backup_thread = threading.Thread(
            target=_back_up, args=(self.db_path, now, self.housekeeping),
            name="creditfuel-backup", daemon=True,
        )
        self._backup_thread.start()

    def stop(self) -> None:
        """Quit: stop timers, free the single-instance name, close the ledger."""
        for name in ("ticker", "_backup_timer", "_wal_timer", "reader", "team", "watcher"):
            if hasattr(self, name):
                getattr(self, name).stop()
        if self.instance is not None:
            self.instance.close()
        if self.shell is not None:
            self.shell.close()
            self.shell.deleteLater()
        if self.tracker is not None:
            self.tracker.close()
            self.tracker = None
        from desktopapp.ui import quiet_gc

        quiet_gc.give_back()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="creditfuel-tray", description="CreditFuel tray app")
    parser.add_argument("--db", help="database file (default: CREDITFUEL_DB or the data folder)")
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)

    QApplication.setApplicationName("CreditFuel")
    QApplication.setOrganizationName("CreditFuel")
    from desktopapp.version import APP_ID

    # Wayland desktops match windows to the installed menu entry and icon by this id.
    QApplication.setDesktopFileName(APP_ID)
    qapp = QApplication([sys.argv[0], *qt_args])
    qapp.setQuitOnLastWindowClosed(False)
    from desktopapp.ui import error_dialog

    errors = error_dialog.install(qapp)  # an unexpected error is logged and shown once

    if args.db:
        db_path = Path(args.db).expanduser()
    else:
        from desktopapp.store.connection import default_path

        db_path = default_path()
    app = App(qapp, db_path, make_clock(os.environ.get("CREDITFUEL_NOW")))
    app.extras.append(errors)
    from desktopapp.platform.quit_signals import QuitOnSignals

    app.extras.append(QuitOnSignals(qapp.quit))  # Ctrl+C / SIGTERM end the loop cleanly
    code = app.start()
    if code >= 0:
        return code
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())


class Housekeeping(QObject):
    """Carries what the backup worker finds back to the UI thread (a queued signal)."""

    damage_found = Signal(str)
    # the daily backup made (BackupInfo) when the size cap removed older ones for it
    backups_thinned = Signal(object)


def _back_up(db_path: Path, now: datetime, report: Housekeeping | None = None) -> None:
    """The daily backup; else the whole-file check (every page, so it runs here on the
    worker, never before the icon): a damaged page found deep in history is reported.
    A backup made reads every page and checks its copy, so the file is read once a day:
    a failed backup is often that damage, and no backup due means nothing checked yet."""
    from desktopapp.platform.error_log import record_exception

    try:
        from desktopapp.store import backup

        made = backup.daily_backup_if_due(db_path, now=now)  # thinned as it is made
        if made is not None and made.thinned_by_cap and report is not None:
            report.backups_thinned.emit(made)
        if made is not None:
            return  # its copy passed integrity_check: every page of the file just read
    except Exception as exc:  # a failed backup must never take the tray down
        record_exception("the daily backup", exc)
    try:
        from desktopapp.store.startup_check import full_check

        problem, detail = full_check(db_path)
        if problem == "db_corrupt" and report is not None:
            report.damage_found.emit(detail or problem)
    except Exception as exc:
        record_exception("the daily check", exc)
