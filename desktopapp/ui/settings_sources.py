"""Settings > Sources: read the balance automatically instead of typing it.

Genspark through the user's own key: pasted (shown masked), or imported once from gsk
(``GSK_API_KEY`` or ``~/.genspark-tool-cli/config.json``) after the user agreed. The key
goes to the system keyring only; this tab never shows it again. Another platform: a
command that prints the balance. "Read now" and "Remove" per source.
"""

from __future__ import annotations

import shlex
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import readings, readings_words, setup, sources
from desktopapp.services.changes import SETTINGS
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui.formatting import arg, describe_error, fmt_int
from desktopapp.ui.inline_message import InlineMessage, good_colour
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session


class SourcesTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rt = Retranslator()
        intro = QLabel(self)
        intro.setWordWrap(True)
        self.rt.bind(intro.setText, lambda: self.tr(
            "CreditFuel can read your balance itself, so the gauge stays true without "
            "typing. It reads at most every 5 minutes while a task runs or this panel is "
            "open, otherwise at most once an hour. Keys are kept only in the system "
            "keyring, never in CreditFuel's files."))
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.read_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.rt.bind(self.read_button.setText, lambda: self.tr("&Read now"))
        self.rt.bind(self.remove_button.setText, lambda: self.tr("Re&move source and key"))
        self.read_button.clicked.connect(self.read_now)
        self.remove_button.clicked.connect(self.remove_selected)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.read_button)
        actions.addWidget(self.remove_button)

        self.genspark_box = QGroupBox(self)
        self.rt.bind(self.genspark_box.setTitle, lambda: self.tr("Connect Genspark"))
        self.key = QLineEdit(self.genspark_box)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)  # masked: shoulder-surfing
        self.rt.bind(self.key.setPlaceholderText, lambda: self.tr("Paste your Genspark API key"))
        self.rt.bind(self.key.setAccessibleName, lambda: self.tr("Genspark API key"))
        self.import_button = QPushButton(self.genspark_box)
        self.rt.bind(self.import_button.setText, lambda: self.tr("&Import from gsk…"))
        self.import_button.clicked.connect(self.import_from_gsk)
        self.meter = QComboBox(self.genspark_box)
        self.connect_button = QPushButton(self.genspark_box)
        self.rt.bind(self.connect_button.setText, lambda: self.tr("&Connect"))
        self.connect_button.clicked.connect(self.connect_genspark)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.import_button)
        hint = QLabel(self.genspark_box)
        hint.setWordWrap(True)
        self.rt.bind(hint.setText, lambda: self.tr(
            "Your key comes from Genspark's own command-line tool (gsk login). CreditFuel "
            "only asks Genspark for your plan and credit balance with it."))
        g_form = QFormLayout(self.genspark_box)
        self._labelled(g_form, key_row, lambda: self.tr("&Key:"), self.key)
        self._labelled(g_form, self.meter, lambda: self.tr("Readings go to &meter:"), self.meter)
        g_form.addRow(hint)
        g_form.addRow("", self.connect_button)

        self.command_box = QGroupBox(self)
        self.rt.bind(self.command_box.setTitle, lambda: self.tr("Another platform: a command"))
        self.command_name = QLineEdit(self.command_box)
        self.command_line = QLineEdit(self.command_box)
        self.rt.bind(self.command_line.setPlaceholderText,
                     lambda: self.tr('A command that prints {"balance": N} or a number'))
        self.command_meter = QComboBox(self.command_box)
        self.add_command_button = QPushButton(self.command_box)
        self.rt.bind(self.add_command_button.setText, lambda: self.tr("A&dd command"))
        self.add_command_button.clicked.connect(self.add_command)
        c_form = QFormLayout(self.command_box)
        self._labelled(c_form, self.command_name, lambda: self.tr("&Name:"), self.command_name)
        self._labelled(c_form, self.command_line, lambda: self.tr("Comm&and:"), self.command_line)
        self._labelled(c_form, self.command_meter, lambda: self.tr("Readings go to m&eter:"),
                       self.command_meter)
        c_form.addRow("", self.add_command_button)

        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.genspark_box)
        layout.addWidget(self.command_box)
        layout.addWidget(self.message)
        self.refresh()

    def _labelled(self, form: QFormLayout, field: object, text: object, buddy: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(buddy)
        self.rt.bind(label.setText, text)  # type: ignore[arg-type]
        form.addRow(label, field)  # type: ignore[call-overload]

    def retranslate(self) -> None:
        self.rt.apply()
        self.refresh()

    @property
    def ledger(self) -> LedgerFile:
        return self.session.ledger

    def refresh(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Meter"), self.tr("Balance"), self.tr("State")])
        lang = self.session.lang()
        now: datetime = self.session.now()
        items = sources.configs(self.ledger)
        self.table.setRowCount(len(items))
        for row, cfg in enumerate(items):
            st = readings.state_of(self.ledger, cfg.name)
            meter = sources.meter_of(self.ledger, cfg)
            state = readings_words.reading_age(st.seen_at, now, lang)
            if st.failure:
                state = readings_words.text_of("reading.state." + st.failure, lang)
            cells = [cfg.name, meter.name if meter else "—",
                     fmt_int(st.value) if st.value is not None else "—", state]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.read_button.setEnabled(bool(items))
        self.remove_button.setEnabled(bool(items))
        for combo in (self.meter, self.command_meter):
            chosen = combo.currentData()
            combo.clear()
            for m in setup.meters(self.ledger):
                combo.addItem(m.name, m.name)
            if chosen is not None and combo.findData(chosen) >= 0:
                combo.setCurrentIndex(combo.findData(chosen))

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        items = sources.configs(self.ledger)
        if 0 <= row < len(items):
            return items[row].name
        return items[0].name if len(items) == 1 else None

    # -- actions -----------------------------------------------------------------------
    def import_from_gsk(self) -> None:
        answer = QMessageBox.question(self, self.tr("Import the key from gsk?"), self.tr(
            "CreditFuel will read the key Genspark's command-line tool uses (the "
            "GSK_API_KEY variable, or ~/.genspark-tool-cli/config.json) this once, and "
            "keep it only in the system keyring. Nothing else is read."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        key = sources.gsk_key()
        if not key:
            self.message.show_error(self.tr(
                "No gsk key was found. Run gsk login first, or paste your key."))
            return
        self.key.setText(key)
        self.message.show_note(self.tr("Key found: press Connect to keep it in the keyring."))

    def connect_genspark(self) -> None:
        key, meter = self.key.text(), self.meter.currentData()
        try:
            self.session.mutate(
                lambda ledger, _now: sources.add_genspark(ledger, key, meter=meter), SETTINGS)
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return
        self.key.clear()  # the field never keeps it once it is in the keyring
        self.message.show_note(self.tr("Connected. Reading the balance now…"),
                               good_colour(self))
        self.refresh()
        self.read_now("genspark")

    def add_command(self) -> None:
        try:
            argv = shlex.split(self.command_line.text())
        except ValueError:
            argv = []
        name, meter = self.command_name.text().strip(), self.command_meter.currentData()
        try:
            self.session.mutate(
                lambda ledger, _now: sources.add_command(ledger, name, argv, meter=meter),
                SETTINGS)
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return
        self.command_name.clear()
        self.command_line.clear()
        self.message.clear_message()
        self.refresh()
        self.read_now(name)

    def read_now(self, name: str | None = None) -> None:
        from desktopapp.ui.reader import Reader

        reader = Reader.current
        chosen = name if isinstance(name, str) else self._selected()
        if reader is None or not reader.read_now(chosen):
            self.message.show_error(self.tr("Reading is not running yet."))
            return
        self.message.show_note(self.tr("Reading…"))

    def remove_selected(self) -> None:
        name = self._selected()
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove this source?"), arg(self.tr(
            "Stop reading %1 and delete its key from the system keyring? Readings already "
            "recorded stay in your history."), name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.mutate(lambda ledger, _now: sources.remove(ledger, name), SETTINGS)
        self.message.show_note(arg(self.tr("Removed %1 and its key."), name))
        self.refresh()
