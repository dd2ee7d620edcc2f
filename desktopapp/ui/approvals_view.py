"""Approvals that travel, in a window: the requests and their answers; the lead approves
or declines with a note; anyone asks. Opened from a notification and from Settings →
Team. Words from the shared catalogue (``team_ui.*``), the same both faces use."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
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
from desktopapp.i18n import kind_name, text
from desktopapp.services import approvals
from desktopapp.services.changes import SETTINGS
from desktopapp.ui.formatting import describe_error
from desktopapp.ui.inline_message import InlineMessage, good_colour
from desktopapp.ui.retranslate import RewordsWhenShown
from desktopapp.ui.session import Session


def ask_for_approval(session: Session, kind: str, *, size: float | None = None,
                     project: str | None = None, note: str | None = None) -> dict[str, object]:
    """What "Ask for approval" in the pre-task warning calls: records the request (it
    reaches the lead through the team folder) instead of copying text to the clipboard."""
    return session.mutate(
        lambda lg, now: approvals.request(lg, kind, size=size, project=project, note=note,
                                          now=now),
        SETTINGS,
    )


class ApprovalsWindow(RewordsWhenShown, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ApprovalsWindow")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLineEdit(self)
        self.until_box = QCheckBox(self)  # unticked: approved for one task
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.until_box.toggled.connect(self.until.setEnabled)
        self.approve_button = QPushButton(self)
        self.decline_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.decline_button.clicked.connect(lambda: self.decide(False))
        self.message = InlineMessage(self)
        answer = QHBoxLayout()
        answer.addWidget(self.note, 1)
        answer.addWidget(self.until_box)
        answer.addWidget(self.until)
        answer.addWidget(self.approve_button)
        answer.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(answer)
        layout.addWidget(self.message)
        self.ids: list[str] = []
        session.changed.connect(self._session_changed)  # dropped with this window
        self.resize(620, 380)
        self.retranslate()

    def t(self, code: str, **params: object) -> str:
        return text(code, self.session.lang(), app=True, **params)

    def retranslate(self) -> None:
        self.setWindowTitle(self.t("team_ui.approvals_title"))
        lead = approvals.is_lead(self.session.ledger)
        self.intro.setText(self.t("team_ui.approvals_intro_lead" if lead
                                  else "team_ui.approvals_intro_member"))
        self.table.setHorizontalHeaderLabels([self.t(f"team_ui.approvals_col.{c}") for c in
                                              ("what", "member", "state", "note")])
        self.note.setPlaceholderText(self.t("team_ui.approvals_note"))
        self.approve_button.setText(self.t("team_ui.approve"))
        self.decline_button.setText(self.t("team_ui.decline"))
        self.until_box.setText(self.t("team_ui.approve_until"))
        answer_widgets: tuple[QWidget, ...] = (self.note, self.until_box, self.until,
                                               self.approve_button, self.decline_button)
        for w in answer_widgets:
            w.setVisible(lead)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.until_box.isChecked():  # a sensible default: the end of today
            end = self.session.now().astimezone(ZoneInfo(self.session.user_zone()))
            self.until.setDateTime(QDateTime(QDate(end.year, end.month, end.day),
                                             QTime(23, 59)))
        super().showEvent(event)

    def _session_changed(self, _what: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        lang = self.session.lang()
        found = approvals.listing(self.session.ledger, self.session.now())
        self.ids = [str(r["id"]) for r in found]
        self.table.setRowCount(len(found))
        for row, r in enumerate(found):
            what = kind_name(str(r["kind"]), lang)
            if r.get("size") is not None:
                what += f" ×{r['size']:g}"
            if r.get("project"):
                what += f" · {r['project']}"
            dec = r.get("decision") or {}
            note = dec.get("note") or r.get("note") or ""
            cells = [what, str(r.get("member") or ""),
                     self.t(f"approval.state.{r['state']}"), str(note)]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def decide(self, approve: bool) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.ids):
            self.message.show_error(self.t("team_ui.approvals_pick"))
            return
        rid, note = self.ids[row], self.note.text().strip() or None
        until = None
        if approve and self.until_box.isChecked():
            qd, qt = self.until.date(), self.until.time()
            until = datetime(qd.year(), qd.month(), qd.day(), qt.hour(), qt.minute(),
                             tzinfo=ZoneInfo(self.session.user_zone()))
        try:
            self.session.mutate(
                lambda lg, now: approvals.decide(lg, rid, approve=approve, note=note,
                                                 until=until, now=now),
                SETTINGS,
            )
        except InvalidInput as exc:
            self.message.show_error(describe_error(exc, self.session.lang()))
            return
        self.note.clear()
        self.message.show_note(self.t("team_ui.approved" if approve else "team_ui.declined"),
                               good_colour(self))


def record_from_preflight(session: Session, kind: str, size: float | None,
                          project: str | None) -> str:
    """The pre-task warning's "Ask for approval": the request is recorded (and travels to
    the lead through the team folder); returns the sentence that says so, or a plain
    account of why it could not be recorded."""
    try:
        ask_for_approval(session, kind, size=size, project=(project or "").strip() or None)
    except InvalidInput as exc:
        return describe_error(exc, session.lang())
    lead_here = approvals.is_lead(session.ledger)
    return text("team_ui.asked_solo" if lead_here else "team_ui.asked_team", session.lang())
