"""The tray's side of the team folder.

Reads the folder once at start, on resume (the ticker's clock jump) and whenever the
folder changes (a file watcher: never a polling timer); shares after each write this app
makes; tells the lead once about a new approval request and the requester once about the
answer; posts the team report when it falls due (one single-shot timer armed for the next
slot, the network on a worker thread). A solo ledger: none of this runs.

The reading and sharing themselves run on one worker thread (``ui.team_worker``): a
merge grows with the team's history and a network folder can stall any write, so the
UI thread only asks and, when the answer comes back, tells the screens.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import describe, kind_name, text
from desktopapp.services import approvals, team, team_report
from desktopapp.services.changes import EVERYTHING, SETTINGS, Change
from desktopapp.services.ledger import LedgerFile, open_ledger
from desktopapp.services.team_sync import SyncReport
from desktopapp.ui.session import Session
from desktopapp.ui.team_worker import SHARE, SYNC, Outcome, TeamWorker

NOTIFIED = "approvals.notified"
MAX_WAIT_MS = 24 * 24 * 3600 * 1000  # QTimer intervals are 32-bit: about 24 days at most


def _approvals_window() -> Any:
    from desktopapp.ui.approvals_view import ApprovalsWindow

    return ApprovalsWindow


class TeamLink(QObject):
    synced = Signal(object)  # the sync report (dict), or None when sync failed
    notice = Signal(str, str)  # title, text: the tray shows it as a notification
    # The worker's own connection may have committed: the app's DbWatcher absorbs it
    # (it is no other process's write; what a sync merged is announced here already).
    wrote = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.watcher: Any = None
        self.last_problem: str | None = None
        self._problem: InvalidInput | OSError | None = None  # Settings words it its way
        self._syncing = False
        self._approval_notice = False
        self._report_timer = QTimer(self)
        self._report_timer.setSingleShot(True)
        self._report_timer.timeout.connect(self.send_reports)
        self._report_thread: threading.Thread | None = None
        self._worker = TeamWorker(session.ledger.path, self)
        self._worker.finished.connect(self._done)
        session.changed.connect(self._on_changed)
        # Settings → Team asks through the session (it gets nothing else) and hears back
        # through it: its "Sync now", joining and creating run here, not on the UI thread.
        session.team_sync_requested.connect(self.refresh)
        self.synced.connect(self._tell_settings)
        from desktopapp.ui import tray

        tray.WINDOWS.setdefault("approvals", _approvals_window)  # opened by a notification

    @property
    def ledger(self) -> LedgerFile:
        return self.session.ledger

    def start(self) -> None:
        """At start: one read of the folder, the watcher, the report timer."""
        self.refresh()
        self.send_reports()

    def stop(self) -> None:
        """Quitting (or the team left): returns at once, whatever the folder is doing.
        A share not made yet is made by the next start's sync."""
        self._report_timer.stop()
        self._worker.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()  # freed on this thread, never by a worker's GC
            self.watcher = None

    @property
    def busy(self) -> bool:
        """Whether a sync or share asked for has not answered yet."""
        return self._worker.busy

    def refresh(self) -> None:
        """Sync now (start, resume, the watcher, Settings' "Sync now"), on the worker;
        ``synced`` tells when it is done. Asked again while one waits: that one does."""
        cfg = team.config(self.ledger)
        if cfg is None:
            self.stop()
            return
        self._watch(cfg.folder)
        self._worker.request(SYNC, self.session.now(), self.ledger.identity)

    def _done(self, outcome: Outcome) -> None:
        """A sync or a share answered: back on the UI thread."""
        self.wrote.emit()
        if outcome.failure is not None:
            if outcome.job == SYNC:  # Settings stops waiting; the hook says the rest
                self.session.team_synced.emit(None, None)
            raise outcome.failure  # the app's error hook logs it and says so once
        if outcome.identity != outcome.asked == self.ledger.identity:
            self.ledger.identity = outcome.identity  # a copied PC took its own id
        if outcome.job == SHARE:
            return  # a failure shows at the next refresh; the lines wait in the ledger
        exc = self._problem = outcome.problem
        if isinstance(exc, InvalidInput):
            self.last_problem = " / ".join(describe(p, self.session.lang(), app=True)
                                           for p in exc.problems)
            self.synced.emit(None)
            return
        if exc is not None:  # the folder went away mid-read (a USB disk, a NAS)
            self.last_problem = str(exc)
            self.synced.emit(None)
            return
        report = outcome.report
        assert report is not None
        what = _what_changed(report)
        if what is not None:
            self._syncing = True  # what was merged is not this app's to share
            try:
                self.session.announce(what)
            finally:
                self._syncing = False
        self.last_problem = None
        self.synced.emit(report.as_dict())
        self.notify_approvals()

    def _tell_settings(self, report: dict[str, Any] | None) -> None:
        self.session.team_synced.emit(report, self._problem)

    def _watch(self, folder: Path) -> None:
        if self.watcher is not None and self.watcher.folder == folder:
            return
        from desktopapp.platform.team_watcher import TeamFolderWatcher

        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
        self.watcher = TeamFolderWatcher(folder, self.refresh, self)

    def _on_changed(self, what: Change) -> None:
        """This app wrote something: put it in this PC's file (sync shares by itself)."""
        if self._syncing or team.config(self.ledger) is None:
            return
        self._worker.request(SHARE, self.session.now(), self.ledger.identity)

    # -- approvals -----------------------------------------------------------------------
    def notify_approvals(self) -> None:
        """Each request (lead) and each answer (requester) is told once."""
        now = self.session.now()
        lang = self.session.lang()
        done = set(self.ledger.get_setting(NOTIFIED) or [])
        fresh: list[str] = []
        for r in approvals.waiting_for_lead(self.ledger, now):
            key = f"{r['id']}:asked"
            if key not in done:
                fresh.append(key)
                self.notice.emit(text("team_ui.notify.asked_title", lang),
                                 text("team_ui.notify.asked", lang, member=r.get("member", ""),
                                      what=kind_name(r["kind"], lang), note=r.get("note") or ""))
        for r in approvals.answered_for_me(self.ledger, now):
            key = f"{r['id']}:{r['decision']['decision']}"
            if key not in done:
                fresh.append(key)
                code = f"team_ui.notify.{r['decision']['decision']}"
                self.notice.emit(text("team_ui.notify.answer_title", lang),
                                 text(code, lang, what=kind_name(r["kind"], lang),
                                      note=r["decision"].get("note") or ""))
        if fresh:
            self.ledger.set_setting(NOTIFIED, [*sorted(done), *fresh][-500:])
            self._approval_notice = True

    def notice_clicked(self) -> None:
        """The tray's notification was clicked: ours (the last shown) opens the approvals."""
        if not self._approval_notice:
            return
        self._approval_notice = False
        shell = self.parent()
        opener = getattr(getattr(shell, "shell", None), "windows", None)
        if opener is not None:
            opener.open("approvals")

    # -- reports -------------------------------------------------------------------------
    def send_reports(self) -> None:
        """Post what is due on a worker thread, then arm the timer for the next slot."""
        now = self.session.now()
        busy = self._report_thread is not None and self._report_thread.is_alive()
        if team_report.destinations(self.ledger) and not busy:
            self._report_thread = threading.Thread(
                target=_send_due, args=(self.ledger.path, now),
                name="creditfuel-report", daemon=True)
            self._report_thread.start()
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        due = team_report.next_due(self.ledger, now)
        if due is None or not team_report.destinations(self.ledger):
            self._report_timer.stop()
            return
        wait = int((due - now).total_seconds() * 1000) + 1000
        self._report_timer.start(max(1000, min(wait, MAX_WAIT_MS)))


def _what_changed(report: SyncReport) -> Change | None:
    """What a sync changed for the screens: nothing when it found nothing new (the
    watcher's echo of this app's own shares), so an idle team redraws nothing."""
    if report.merged or report.changes or any(
            p.code == "team_device_clash" for p in report.problems):
        return EVERYTHING
    if report.problems:
        return SETTINGS  # Settings > Team lists them
    return None


def _send_due(path: Path, now: datetime) -> None:
    """Its own connection: a SQLite connection belongs to the thread that made it."""
    ledger = open_ledger(path)
    try:
        team_report.send_due(ledger, now, pause=time.sleep)
    except Exception:  # a failure is in the outbox; a bug must not kill the tray
        from desktopapp.platform.error_log import record_exception

        record_exception("team report", Exception("report sending failed"))
    finally:
        ledger.close()
