"""Settings > Meters and packs (Settings > Plan is desktopapp.ui.settings_plan).

The meters tab edits
what the "Why" dialog's hints point at: credits per refill, refill time, zone, billing
day, overwrite vs carry; removes meters; and records purchased packs with their expiry.
Every write goes through services.setup (the ledger validates; problems are worded for a
window by formatting.describe_error).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.history import day_start, local_day
from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import WEEKDAYS, Daily, Every, Monthly, ResetRule, Rolling, Weekly
from desktopapp.services import setup
from desktopapp.services.changes import LEDGER, METERS
from desktopapp.ui import settings_meter_actions as actions
from desktopapp.ui.fix_bar import FixBar
from desktopapp.ui.formatting import (
    arg,
    describe_error,
    fmt_clock,
    fmt_credits,
    fmt_date,
    fmt_int,
)
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.pickers import ZoneBox
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session
from desktopapp.ui.settings_journal import Journal

translate = QCoreApplication.translate


def rule_short(rule: ResetRule) -> str:
    locale = QLocale()
    if isinstance(rule, Daily):
        return arg(translate("Meters", "every day %1 (%2)"), fmt_clock(rule.at),
                   rule.tz)
    if isinstance(rule, Weekly):
        day = locale.dayName(WEEKDAYS.index(rule.weekday) + 1, QLocale.FormatType.ShortFormat)
        return arg(translate("Meters", "every %1 %2 (%3)"), day,
                   fmt_clock(rule.at), rule.tz)
    if isinstance(rule, Monthly):
        return arg(translate("Meters", "day %1 of each month %2 (%3)"), fmt_int(rule.day),
                   fmt_clock(rule.at), rule.tz)
    if isinstance(rule, Every):
        return arg(translate("Meters", "every %1 h"), locale.toString(rule.hours, "g", 4))
    if isinstance(rule, Rolling):
        return arg(translate("Meters", "%1 h window from first use"),
                   locale.toString(rule.hours, "g", 4))
    return translate("Meters", "never")


def mode_label(mode: str) -> str:
    if mode == "carry":
        return translate("Meters", "leftover carries over")
    return translate("Meters", "leftover is lost")


class MetersTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 journal: Journal | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = journal if journal is not None else Journal(session)
        self.rt = Retranslator()
        self.meters: list[Meter] = []

        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rt.bind(self.table.setAccessibleName, lambda: self.tr("Meters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.edit_box = QGroupBox(self)
        form = QFormLayout(self.edit_box)
        self.name = QLineEdit(self.edit_box)
        self.name.setReadOnly(True)
        self.grant = QSpinBox(self.edit_box)
        self.grant.setRange(0, 100_000_000)
        self.grant.setGroupSeparatorShown(True)
        self.time = QTimeEdit(self.edit_box)
        self.time.setDisplayFormat("HH:mm")
        self.day = QSpinBox(self.edit_box)
        self.day.setRange(1, 31)
        self.weekday = QComboBox(self.edit_box)
        for i, code in enumerate(WEEKDAYS):
            self.weekday.addItem(QLocale().dayName(i + 1), code)
        self.zone = ZoneBox(session.user_zone(), self.edit_box)
        self.mode = QComboBox(self.edit_box)
        self.mode.addItem("", "overwrite")
        self.mode.addItem("", "carry")
        self.cap = QSpinBox(self.edit_box)
        self.cap.setRange(0, 100_000_000)
        self.cap.setGroupSeparatorShown(True)
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, widget, text in (
            ("name", self.name, lambda: self.tr("&Name:")),
            ("grant", self.grant, lambda: self.tr("&Credits per refill:")),
            ("time", self.time, lambda: self.tr("Refill &time:")),
            ("day", self.day, lambda: self.tr("&Billing day:")),
            ("weekday", self.weekday, lambda: self.tr("&Weekday:")),
            ("zone", self.zone, lambda: self.tr("Time &zone:")),
            ("mode", self.mode, lambda: self.tr("At a refill:")),
            ("cap", self.cap, lambda: self.tr("Ca&p (0: none):")),
        ):
            label = QLabel(self.edit_box)
            label.setBuddy(widget)
            self.rt.bind(label.setText, text)
            form.addRow(label, widget)
            self.rows[key] = (label, widget)
        self.save_button = QPushButton(self.edit_box)
        self.rt.bind(self.save_button.setText, lambda: self.tr("&Save meter"))
        self.remove_button = QPushButton(self.edit_box)
        self.rt.bind(self.remove_button.setText, lambda: self.tr("Remo&ve meter…"))
        self.balance_button = QPushButton(self.edit_box)
        self.rt.bind(self.balance_button.setText, lambda: self.tr("Set &balance…"))
        self.message = InlineMessage(self.edit_box)
        self.fix = FixBar(self)  # outside the box: its Undo works with no meter left
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.balance_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.rt.bind(self.edit_box.setTitle, lambda: self.tr("Selected meter"))

        self.packs_box = QGroupBox(self)
        self.rt.bind(self.packs_box.setTitle, lambda: self.tr("Purchased packs"))
        self.packs = QListWidget(self.packs_box)
        self.packs.setMaximumHeight(90)
        self.pack_credits = QSpinBox(self.packs_box)
        self.pack_credits.setRange(1, 100_000_000)
        self.pack_credits.setValue(10_000)
        self.pack_credits.setGroupSeparatorShown(True)
        self.pack_expires = QCheckBox(self.packs_box)
        self.rt.bind(self.pack_expires.setText, lambda: self.tr("E&xpires on"))
        self.pack_expiry = QDateEdit(self.packs_box)
        self.pack_expiry.setCalendarPopup(True)
        today = local_day(session.now(), session.user_zone())
        expiry = today + timedelta(days=90)
        self.pack_expiry.setDate(QDate(expiry.year, expiry.month, expiry.day))
        self.pack_expires.setChecked(True)
        self.add_pack_button = QPushButton(self.packs_box)
        self.rt.bind(self.add_pack_button.setText, lambda: self.tr("Add p&ack"))
        self.pack_message = InlineMessage(self.packs_box)
        pack_row = QHBoxLayout()
        credits_label = QLabel(self.packs_box)
        credits_label.setBuddy(self.pack_credits)
        self.rt.bind(credits_label.setText, lambda: self.tr("Cr&edits:"))
        pack_row.addWidget(credits_label)
        pack_row.addWidget(self.pack_credits)
        pack_row.addWidget(self.pack_expires)
        pack_row.addWidget(self.pack_expiry)
        pack_row.addStretch(1)
        pack_row.addWidget(self.add_pack_button)
        pack_layout = QVBoxLayout(self.packs_box)
        pack_layout.addWidget(self.packs)
        pack_layout.addLayout(pack_row)
        pack_layout.addWidget(self.pack_message)

        at_once = QLabel(self)
        at_once.setWordWrap(True)
        self.rt.bind(at_once.setText, lambda: self.tr(
            "The buttons on this tab act at once; Undo or Cancel takes their changes back."))
        layout = QVBoxLayout(self)
        layout.addWidget(at_once)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.edit_box)
        layout.addWidget(self.fix)
        layout.addWidget(self.packs_box)

        self.table.currentCellChanged.connect(lambda *_: self._load_selected())
        self.mode.currentIndexChanged.connect(self._show_rows)
        self.save_button.clicked.connect(self.save_meter)
        self.remove_button.clicked.connect(self.remove_meter)
        self.balance_button.clicked.connect(lambda: actions.set_balance(self))
        self.add_pack_button.clicked.connect(self.add_pack)
        self.pack_expires.toggled.connect(self.pack_expiry.setEnabled)
        self.retranslate()

    # -- table ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.rt.apply()
        self.table.setHorizontalHeaderLabels([
            self.tr("Meter"), self.tr("Credits"), self.tr("Refills"), self.tr("At a refill")])
        self.mode.setItemText(0, self.tr("the leftover is lost (overwrite)"))
        self.mode.setItemText(1, self.tr("the leftover carries over"))
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.meters = setup.meters(self.session.ledger)
        self.table.setRowCount(len(self.meters))
        for row, m in enumerate(self.meters):
            cells = [m.name, fmt_int(m.grant), rule_short(m.rule), mode_label(m.mode)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        ids = [m.id for m in self.meters]
        row = ids.index(selected.id) if selected and selected.id in ids else 0
        if self.meters:
            self.table.selectRow(row)
        self.edit_box.setEnabled(bool(self.meters))
        self._load_selected()
        self._show_packs()

    def selected(self) -> Meter | None:
        row = self.table.currentRow()
        return self.meters[row] if 0 <= row < len(self.meters) else None

    def select(self, meter_id: str) -> None:
        for row, m in enumerate(self.meters):
            if m.id == meter_id:
                self.table.selectRow(row)

    def _load_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        self.name.setText(m.name)
        self.grant.setValue(m.grant)
        rule = m.rule
        if isinstance(rule, Daily | Weekly | Monthly):
            self.time.setTime(QTime(rule.at.hour, rule.at.minute))
            self.zone.set_zone(rule.tz)
        if isinstance(rule, Monthly):
            self.day.setValue(rule.day)
        if isinstance(rule, Weekly):
            self.weekday.setCurrentIndex(self.weekday.findData(rule.weekday))
        self.mode.setCurrentIndex(self.mode.findData(m.mode))
        self.cap.setValue(m.cap or 0)
        self.message.clear_message()
        self._show_rows()

    def _show_rows(self, *_: object) -> None:
        m = self.selected()
        rule = m.rule if m else None
        visible = {
            "name": True,
            "grant": True,
            "time": isinstance(rule, Daily | Weekly | Monthly),
            "zone": isinstance(rule, Daily | Weekly | Monthly),
            "day": isinstance(rule, Monthly),
            "weekday": isinstance(rule, Weekly),
            "mode": True,
            "cap": self.mode.currentData() == "carry",
        }
        for key, (label, widget) in self.rows.items():
            label.setVisible(visible[key])
            widget.setVisible(visible[key])

    def edited_rule(self, rule: ResetRule) -> ResetRule:
        qt = self.time.time()
        at = time(qt.hour(), qt.minute())
        if isinstance(rule, Daily):
            return replace(rule, at=at, tz=self.zone.zone())
        if isinstance(rule, Weekly):
            return replace(rule, at=at, tz=self.zone.zone(),
                           weekday=self.weekday.currentData())
        if isinstance(rule, Monthly):
            return replace(rule, at=at, tz=self.zone.zone(), day=self.day.value())
        return rule

    def save_meter(self) -> None:
        m = self.selected()
        if m is None:
            return
        # LedgerFile.edit_meter(name, **changes) cannot take a new name yet (its first
        # parameter is called ``name``), so the name is shown read-only.
        changes = {
            "grant": self.grant.value(),
            "rule": self.edited_rule(m.rule),
            "mode": self.mode.currentData(),
            "cap": (self.cap.value() or None) if self.mode.currentData() == "carry" else None,
        }
        try:
            self.session.mutate(
                lambda ledger, now: setup.edit_meter(ledger, now, m.name, **changes), METERS
            )
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return
        self.journal.record(actions.undo_edit(m))
        self.refresh()
        self.message.show_note(self.tr("Saved. Balances are recomputed with the new rule."))

    def remove_meter(self) -> None:
        actions.ask_remove(self)

    # -- packs ------------------------------------------------------------------------------
    def _show_packs(self) -> None:
        self.packs.clear()
        for p in self.session.status().packs:
            if p.expired:
                continue
            text = arg(self.tr("%1, %2 left"), fmt_credits(p.credits), fmt_int(p.credits_left))
            if p.expires_at is not None:
                text += " · " + arg(self.tr("expires %1"), fmt_date(
                    local_day(p.expires_at, self.session.user_zone())))
            self.packs.addItem(text)
        if self.packs.count() == 0:
            self.packs.addItem(self.tr("No pack bought."))

    def add_pack(self) -> None:
        zone = self.session.user_zone()
        expires = None
        if self.pack_expires.isChecked():
            qd = self.pack_expiry.date()
            last = date(qd.year(), qd.month(), qd.day())
            expires = day_start(last + timedelta(days=1), zone)  # usable all that day
        credits = self.pack_credits.value()
        chosen = self.selected()  # with several accounts, the pack is the selected meter's
        meter = chosen.name if chosen is not None else None
        try:
            pack = self.session.mutate(
                lambda ledger, now: setup.add_pack(
                    ledger, now, credits, expires_at=expires, meter=meter
                ),
                LEDGER,
            )
        except InvalidInput as error:
            self.pack_message.show_error(describe_error(error, self.session.lang()))
            return
        self.journal.record(actions.undo_pack(pack.origin.id))
        self.pack_message.clear_message()
        self._show_packs()
