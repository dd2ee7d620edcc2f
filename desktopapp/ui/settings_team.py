"""Settings → Team: create or join a team folder, see who is in it and what the folder
holds, sync now, leave; the team chat reports below (settings_team_reports.py).

Acts at once (like Settings → Sources), not on OK: joining a folder is not a form value.
Words from the shared catalogue (``team_ui.*``), in the user's language.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import text
from desktopapp.services import team
from desktopapp.services.changes import EVERYTHING, SETTINGS
from desktopapp.ui.formatting import describe_error, fmt_instant
from desktopapp.ui.inline_message import InlineMessage, good_colour
from desktopapp.ui.session import Session
from desktopapp.ui.settings_team_reports import ReportsBox


class TeamTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("TeamTab")
        self.box = QGroupBox(self)
        self.state = QLabel(self.box)
        self.state.setWordWrap(True)
        self.name = QLineEdit(self.box)
        self.name_label = QLabel(self.box)
        self.name_label.setBuddy(self.name)
        self.create_button = QPushButton(self.box)
        self.join_button = QPushButton(self.box)
        self.sync_button = QPushButton(self.box)
        self.leave_button = QPushButton(self.box)
        self.approvals_button = QPushButton(self.box)
        self.create_button.clicked.connect(lambda: self._pick(self.create_team))
        self.join_button.clicked.connect(lambda: self._pick(self.join_team))
        self.sync_button.clicked.connect(self.sync_now)
        self.leave_button.clicked.connect(self.leave_team)
        self.approvals_button.clicked.connect(self.open_approvals)
        self.members = QTableWidget(0, 4, self.box)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QLabel(self.box)
        self.problems.setWordWrap(True)
        self.convention = QLabel(self.box)
        self.convention.setWordWrap(True)
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        buttons = QHBoxLayout()
        for b in (self.create_button, self.join_button, self.sync_button, self.leave_button,
                  self.approvals_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.state)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.members, 1)
        inner.addWidget(self.problems)
        inner.addWidget(self.convention)
        self.reports = ReportsBox(session, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.reports)
        layout.addWidget(self.message)
        # A bound method, not a lambda: Qt drops it with this tab (a lambda outlived it
        # and raised on the next write after Settings closed).
        session.changed.connect(self._session_changed)
        # The tray's TeamLink syncs on its worker and answers here; what this tab asked
        # for (a code of the note to show) until then, None when it waits for nothing.
        self._waiting: str | None = None
        session.team_synced.connect(self._synced)
        self.retranslate()

    def showEvent(self, event: Any) -> None:
        self.refresh()  # a sync or another PC may have changed the list while it was hidden
        super().showEvent(event)

    def t(self, code: str, **params: Any) -> str:
        return text(code, self.session.lang(), app=True, **params)

    def title(self) -> str:
        return self.t("team_ui.tab")

    def retranslate(self) -> None:
        self.box.setTitle(self.t("team_ui.box"))
        self.name_label.setText(self.t("team_ui.your_name"))
        self.name.setPlaceholderText(self.t("team_ui.your_name_hint"))
        self.create_button.setText(self.t("team_ui.create"))
        self.join_button.setText(self.t("team_ui.join"))
        self._show_syncing()
        self.leave_button.setText(self.t("team_ui.leave"))
        self.approvals_button.setText(self.t("team_ui.approvals"))
        self.convention.setText(self.t("team_ui.convention"))
        self.members.setHorizontalHeaderLabels(
            [self.t(f"team.col.{c}") for c in ("member", "device", "role", "last_seen")])
        self.reports.retranslate()
        self.refresh()

    def refresh(self) -> None:
        found = team.status(self.session.ledger)
        solo = found is None
        solo_only: tuple[QWidget, ...] = (self.name, self.name_label, self.create_button,
                                          self.join_button)
        team_only: tuple[QWidget, ...] = (self.sync_button, self.leave_button, self.members,
                                          self.problems)
        for w in solo_only:
            w.setVisible(solo)
        for w in team_only:
            w.setVisible(not solo)
        if found is None:
            self._stop_waiting()  # left the team: a sync asked before will not answer
            self.state.setText(self.t("team_ui.solo"))
            self.members.setRowCount(0)
            self.problems.setText("")
            self.reports.refresh()
            return
        role = self.t("team.role.lead" if found["lead"] else "team.role.member")
        self.state.setText(self.t("team_ui.in_team", team=found["team"] or "",
                                  folder=found["folder"], member=found["member"], role=role))
        devices = found["devices"]
        self.members.setRowCount(len(devices))
        zone = self.session.user_zone()
        for row, d in enumerate(devices):
            seen = (fmt_instant(datetime.fromisoformat(d["last_seen"]), zone, with_date=True)
                    if d["last_seen"] else "-")
            role_text = self.t("team.role.lead" if d["lead"] else "team.role.member")
            if d["this_device"]:
                role_text += " " + self.t("team.this_device")
            for col, value in enumerate((d["member"], d["device"][:8], role_text, seen)):
                self.members.setItem(row, col, QTableWidgetItem(value))
        lines = [self.t(f"team.problem.{p['code']}", file=p.get("file", ""),
                        line=p.get("line", 0), detail=p.get("detail", ""))
                 for p in found["problems"]]
        self.problems.setText("\n".join(lines) if lines else self.t("team_ui.no_problems"))
        self.reports.refresh()

    # -- actions -------------------------------------------------------------------------
    def _pick(self, then: Any) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.t("team_ui.pick_folder"))
        if folder:
            then(Path(folder))

    def _session_changed(self, _what: object) -> None:
        if self.isVisible():
            self.refresh()

    def _run(self, fn: Any, done: str) -> bool:
        try:
            self.session.mutate(fn, EVERYTHING)
        except InvalidInput as exc:
            self.message.show_error(describe_error(exc, self.session.lang()))
            return False
        except OSError as exc:
            self.message.show_error(self._folder_error(exc))
            return False
        self.message.show_note(self.t(done), good_colour(self))
        self.refresh()
        return True

    def create_team(self, folder: Path) -> bool:
        name = self.name.text()
        if not self._tray_syncs():
            return self._run(lambda lg, now: team.create(lg, folder, name, now=now),
                             "team.created")
        return self._run(lambda lg, now: team.create(lg, folder, name, now=now, sync=False),
                         "team.created") and self._ask_sync("team.created")

    def join_team(self, folder: Path) -> bool:
        name = self.name.text()
        if not self._tray_syncs():
            return self._run(lambda lg, now: team.join(lg, folder, name, now=now),
                             "team.joined")
        return self._run(lambda lg, now: team.join(lg, folder, name, now=now, sync=False),
                         "team.joined") and self._ask_sync("team.joined")

    def sync_now(self) -> bool:
        if self._tray_syncs():
            return self._ask_sync("team_ui.synced")
        return self._run(lambda lg, now: team.sync(lg, now=now), "team_ui.synced")

    # -- the tray's worker syncs -----------------------------------------------------------
    def _tray_syncs(self) -> bool:
        """Whether the running tray's TeamLink listens: a merge of a big team's history
        takes seconds, there on its worker. Without one (a dialog on its own), here."""
        return self.session.receivers(SIGNAL("team_sync_requested()")) > 0

    def _ask_sync(self, done: str) -> bool:
        self._waiting = done
        self._show_syncing()
        self.session.team_sync_requested.emit()
        return True

    def _synced(self, report: dict[str, Any] | None, exc: object) -> None:
        """The tray's sync answered (asked here or by the folder watcher)."""
        done, self._waiting = self._waiting, None
        self._show_syncing()
        if done is not None:
            if isinstance(exc, InvalidInput):
                self.message.show_error(describe_error(exc, self.session.lang()))
            elif isinstance(exc, OSError):
                self.message.show_error(self._folder_error(exc))
            elif report is not None:
                self.message.show_note(self.t(done), good_colour(self))
        self.refresh()

    def _stop_waiting(self) -> None:
        if self._waiting is not None:
            self._waiting = None
            self._show_syncing()

    def _show_syncing(self) -> None:
        syncing = self._waiting is not None
        self.sync_button.setEnabled(not syncing)
        self.sync_button.setText(self.tr("Syncing…") if syncing else self.t("team_ui.sync"))

    def _folder_error(self, exc: OSError) -> str:
        return self.t("team.problem.team_unreadable", file=exc.filename or "", line=0,
                      detail=exc.strerror or str(exc))

    def leave_team(self) -> bool:
        self._stop_waiting()
        try:
            self.session.mutate(lambda lg, _now: team.leave(lg), SETTINGS)
        except InvalidInput as exc:
            self.message.show_error(describe_error(exc, self.session.lang()))
            return False
        self.message.show_note(self.t("team.left"), good_colour(self))
        self.refresh()
        return True

    def open_approvals(self) -> None:
        from desktopapp.ui.approvals_view import ApprovalsWindow

        self._approvals = ApprovalsWindow(self.session, self)
        self._approvals.show()
