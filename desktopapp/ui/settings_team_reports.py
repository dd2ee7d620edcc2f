"""Settings → Team → reports to the team chat: destinations (the address goes to the
system keyring and is never shown again), the weekly day and time (the lead's), a
preview, "Send test", and what waits to be sent after a failure."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import text, weekday_name
from desktopapp.services import approvals, team_report
from desktopapp.services.changes import SETTINGS
from desktopapp.services.ledger import open_ledger
from desktopapp.ui.formatting import describe_error
from desktopapp.ui.inline_message import InlineMessage, good_colour
from desktopapp.ui.session import Session

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ReportsBox(QGroupBox):
    sent = Signal(object)  # results of "Send test", from the worker thread

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(80)
        self.dest_name = QLineEdit(self)
        self.dest_url = QLineEdit(self)
        self.dest_url.setEchoMode(QLineEdit.EchoMode.Password)  # it carries a token
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_destination)
        self.remove_button.clicked.connect(self.remove_destination)
        self.day = QComboBox(self)
        self.at = QTimeEdit(self)
        self.at.setDisplayFormat("HH:mm")
        self.report_lang = QComboBox(self)  # the team's language, for the chat
        self.report_lang.addItem("English", "en")
        self.report_lang.addItem("日本語", "ja")
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_schedule)
        self.preview_button = QPushButton(self)
        self.test_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.test_button.clicked.connect(self.send_test)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.preview_text.setMaximumHeight(120)
        self.preview_text.hide()
        self.waiting = QLabel(self)
        self.waiting.setWordWrap(True)
        self.message = InlineMessage(self)
        self.sent.connect(self._show_sent)
        add_row = QHBoxLayout()
        add_row.addWidget(self.dest_name)
        add_row.addWidget(self.dest_url, 2)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.at)
        when.addWidget(self.report_lang)
        when.addWidget(self.save_button)
        when.addStretch(1)
        when.addWidget(self.preview_button)
        when.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(add_row)
        layout.addLayout(when)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.waiting)
        layout.addWidget(self.message)

    def t(self, code: str, **params: Any) -> str:
        return text(code, self.session.lang(), app=True, **params)

    def retranslate(self) -> None:
        lang = self.session.lang()
        self.setTitle(self.t("team_ui.reports_box"))
        self.intro.setText(self.t("team_ui.reports_intro"))
        self.dest_name.setPlaceholderText(self.t("team_ui.dest_name"))
        self.dest_url.setPlaceholderText(self.t("team_ui.dest_url"))
        self.add_button.setText(self.t("team_ui.dest_add"))
        self.remove_button.setText(self.t("team_ui.dest_remove"))
        self.save_button.setText(self.t("team_ui.schedule_save"))
        self.preview_button.setText(self.t("team_ui.preview"))
        self.test_button.setText(self.t("team_ui.send_test"))
        current = self.day.currentIndex()
        self.day.clear()
        self.day.addItem(self.t("team_ui.no_weekly"))
        for d in DAYS:
            self.day.addItem(weekday_name(d, lang))
        self.day.setCurrentIndex(max(current, 0))

    def refresh(self) -> None:
        ledger = self.session.ledger
        self.list.clear()
        for d in team_report.destinations(ledger):
            self.list.addItem(f"{d['name']}  ({d['kind']})")
        sched = ledger.get_setting(team_report.SCHEDULE)
        if isinstance(sched, dict) and isinstance(sched.get("weekday"), int):
            self.day.setCurrentIndex(int(sched["weekday"]) + 1)
            hh, mm = (int(x) for x in str(sched.get("at") or "09:00").split(":"))
            self.at.setTime(QTime(hh, mm))
        else:
            self.day.setCurrentIndex(0)
            self.at.setTime(QTime(9, 0))
        chosen = team_report.team_language(ledger)
        self.report_lang.setCurrentIndex(max(0, self.report_lang.findData(chosen)))
        lead = approvals.is_lead(ledger)
        for w in (self.day, self.at, self.report_lang, self.save_button):
            w.setEnabled(lead)  # the lead picks the day; members see it
        waiting = team_report.waiting(ledger)
        self.waiting.setText("\n".join(
            self.t("report_send.waiting", name=w["destination"], error=w["error"],
                   at=w["next_try"]) for w in waiting))
        self.waiting.setVisible(bool(waiting))

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.text().split("  (")[0] if item is not None else None

    def _do(self, fn: Any, done: str, **params: Any) -> bool:
        try:
            self.session.mutate(fn, SETTINGS)
        except InvalidInput as exc:
            self.message.show_error(describe_error(exc, self.session.lang()))
            return False
        self.message.show_note(self.t(done, **params), good_colour(self))
        self.refresh()
        return True

    def add_destination(self) -> bool:
        name, url = self.dest_name.text(), self.dest_url.text()
        ok = self._do(lambda lg, _now: team_report.add_destination(lg, name, url),
                      "team_ui.dest_added", name=name.strip())
        if ok:
            self.dest_url.clear()  # never shown again
            self.dest_name.clear()
        return ok

    def remove_destination(self) -> bool:
        name = self._selected()
        if name is None:
            return False
        return self._do(lambda lg, _now: team_report.remove_destination(lg, name),
                        "report_send.removed", name=name)

    def save_schedule(self) -> bool:
        day = self.day.currentIndex() - 1
        at = self.at.time().toString("HH:mm")
        lang = str(self.report_lang.currentData())
        return self._do(
            lambda lg, _now: team_report.set_schedule(lg, day if day >= 0 else None, at,
                                                      lang=lang),
            "team_ui.schedule_saved")

    def preview(self) -> str:
        ledger = self.session.ledger
        msg = team_report.compose(ledger, self.session.now(), team_report.team_language(ledger))
        shown = f"{msg['title']}\n{msg['text']}"
        self.preview_text.setPlainText(shown)
        self.preview_text.show()
        return shown

    def send_test(self) -> None:
        """Posts the preview on a worker thread (a slow chat never freezes Settings)."""
        name = self._selected()
        path, now = self.session.ledger.path, self.session.now()
        self.test_button.setEnabled(False)
        self.message.show_note(self.t("team_ui.sending"))

        def work() -> None:
            ledger = open_ledger(path)
            try:
                msg = team_report.compose(ledger, now, team_report.team_language(ledger))
                self.sent.emit(team_report.deliver(ledger, now, msg, to=name, pause=time.sleep))
            except InvalidInput as exc:
                self.sent.emit(exc)
            finally:
                ledger.close()

        threading.Thread(target=work, name="creditfuel-send-test", daemon=True).start()

    def _show_sent(self, results: Any) -> None:
        self.test_button.setEnabled(True)
        if isinstance(results, InvalidInput):
            self.message.show_error(describe_error(results, self.session.lang()))
            return
        lines = [self.t("report_send.sent" if r["sent"] else "report_send.failed",
                        name=r["destination"], error=r["error"] or "") for r in results]
        failed = any(not r["sent"] for r in results)
        if failed:
            self.message.show_error("\n".join(lines))
        else:
            self.message.show_note("\n".join(lines), good_colour(self))
        self.refresh()
