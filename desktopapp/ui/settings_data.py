"""The Settings dialog's "Data" tab: back up now, restore a backup, export, import.

Each action has a method that takes its file (``export_to``, ``import_from``) or backup
(``restore``) and a slot that asks for it first (a file dialog, a confirmation): the
methods are what tests drive, and what a future menu entry can reuse. Results and
problems are one plain line under the buttons; a failed action changes nothing (the
store guarantees it) and says so in its message.

The actions run on the session's worker (desktopapp.ui.data_worker): the methods start
one and return at once, the window stays responsive, the button says what is under way
and the other actions wait; ``finished(JobDone)`` fires once its message is shown. A
window closed mid-way loses nothing: the worker belongs to the session, which still
announces the change, and a Data tab opened meanwhile shows the action still running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import describe
from desktopapp.services import backups
from desktopapp.services.backups import BackupInfo
from desktopapp.services.changes import Change
from desktopapp.ui import data_actions
from desktopapp.ui.data_worker import JobDone
from desktopapp.ui.formatting import (
    arg,
    fmt_int,
    sentences,
    to_qdatetime,
    ui_lang,
    zone_abbrev,
)
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session


class DataTab(QWidget):
    finished = Signal(object)  # JobDone, once its message is shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = data_actions.jobs(session)
        self.rt = Retranslator()
        self._backups: list[BackupInfo] = []
        self._stale = False
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QPushButton | None = None

        # -- backups ----------------------------------------------------------------------
        self.backup_group = QGroupBox(self)
        self.backup_intro = QLabel(self)
        self.backup_intro.setWordWrap(True)
        self.backup_intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rt.bind(self.backup_intro.setText, self._backup_intro_text)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # size stays by the kind
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.backup_button = QPushButton(self)
        self.backup_button.setAutoDefault(False)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self)
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask_restore)
        self._labels: dict[QPushButton, Callable[[], str]] = {
            self.backup_button: lambda: self.tr("&Back up now"),
            self.restore_button: lambda: self.tr("&Restore selected…"),
        }
        self.rt.bind(self.backup_group.setTitle, lambda: self.tr("Backups"))
        self.rt.bind(self.table.setAccessibleName, lambda: self.tr("Backups"))
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        backup_layout = QVBoxLayout(self.backup_group)
        backup_layout.addWidget(self.backup_intro)
        backup_layout.addWidget(self.table, 1)
        backup_layout.addLayout(backup_buttons)

        # -- export and import ------------------------------------------------------------
        self.move_group = QGroupBox(self)
        self.move_intro = QLabel(self)
        self.move_intro.setWordWrap(True)
        self.rt.bind(self.move_intro.setText, lambda: self.tr(
            "An export holds everything: to keep a copy elsewhere or to move to another "
            "computer. Importing an export adds the logs that are not here yet and never "
            "removes any."))
        self.export_json_button = QPushButton(self)
        self.export_csv_button = QPushButton(self)
        self.import_button = QPushButton(self)
        for button, text, slot in (
            (self.export_json_button, lambda: self.tr("Export everything (&JSON)…"),
             self.ask_export_json),
            (self.export_csv_button, lambda: self.tr("Export for spreadsheets (C&SV)…"),
             self.ask_export_csv),
            (self.import_button, lambda: self.tr("&Import…"), self.ask_import),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self._labels[button] = text
        # What each running action's button says meanwhile (the kinds data_actions uses).
        self._running: dict[str, tuple[QPushButton, Callable[[], str]]] = {
            "backup": (self.backup_button, lambda: self.tr("Backing up…")),
            "restore": (self.restore_button, lambda: self.tr("Restoring…")),
            "export-json": (self.export_json_button, lambda: self.tr("Exporting…")),
            "export-csv": (self.export_csv_button, lambda: self.tr("Exporting…")),
            "import": (self.import_button, lambda: self.tr("Importing…")),
        }
        self.rt.bind(self.move_group.setTitle, lambda: self.tr("Export and import"))
        move_buttons = QHBoxLayout()
        for button in (self.export_json_button, self.export_csv_button, self.import_button):
            move_buttons.addWidget(button)
        move_buttons.addStretch(1)
        move_layout = QVBoxLayout(self.move_group)
        move_layout.addWidget(self.move_intro)
        move_layout.addLayout(move_buttons)

        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.backup_group, 1)
        layout.addWidget(self.move_group)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.backup_button)
        self.setTabOrder(self.backup_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.export_json_button)
        self.setTabOrder(self.export_json_button, self.export_csv_button)
        self.setTabOrder(self.export_csv_button, self.import_button)

        session.changed.connect(self._session_changed)
        self.jobs.started.connect(self._started)
        self.jobs.finished.connect(self._job_finished)
        self.retranslate()

    def _backup_intro_text(self) -> str:
        return sentences(
            self.tr("CreditFuel makes a checked backup each day something changed, and "
                    "before every update, restore and import."),
            arg(self.tr("Backups are kept in: %1"),
                str(data_actions.backups_folder(self.session))),
        )

    # -- the list ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.rt.apply()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.refresh()  # ... which words the buttons too

    def refresh(self) -> None:
        self._stale = False
        chosen = self.selected()
        self._backups = data_actions.backups(self.session)
        zone = self.session.user_zone()
        locale = QLocale()
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            made = self._made(info, zone)
            size = locale.formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            for col, text in enumerate((made, data_actions.kind_label(info.kind), size)):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if chosen is not None:
            for row, info in enumerate(self._backups):
                if info.path == chosen.path:
                    self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def select(self, info: BackupInfo) -> None:
        for row, found in enumerate(self._backups):
            if found.path == info.path:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        self._show_busy()

    # -- one action at a time ----------------------------------------------------------------
    def busy(self) -> bool:
        return self.jobs.running() is not None

    def _started(self, _kind: str) -> None:
        self.message.clear_message()  # the last action's result is not this one's
        self._show_busy()

    def _show_busy(self) -> None:
        """While an action runs its button says so and every data button waits."""
        running = self.jobs.running()
        shown = self._running.get(running) if running is not None else None
        for button, label in self._labels.items():
            button.setText(shown[1]() if shown is not None and shown[0] is button else label())
            button.setEnabled(running is None)
        if running is None:
            self.restore_button.setEnabled(self.selected() is not None)

    def _job_finished(self, done: JobDone) -> None:
        # A hidden tab words it too: the message is there when Settings opens again.
        self.refresh()  # a new backup, "Before an import" or "Before a restore"
        if done.unexpected:
            self.message.clear_message()  # the error hook tells it, once
        elif isinstance(done.error, (InvalidInput, OSError)):
            self._failed(done.error)
        elif done.error is None:
            report = {"backup": self._backed_up, "restore": self._restored,
                      "import": self._imported}.get(done.kind, self._exported)
            report(done)
        self.finished.emit(done)

    def _session_changed(self, what: Change | None = None) -> None:
        if what is not None and not what.touches("file"):
            return  # a log or a setting changes no backup
        # A hidden tab waits until it is shown: no folder listing for closed windows.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # -- reporting ----------------------------------------------------------------------------
    def _failed(self, error: Exception) -> None:
        if isinstance(error, InvalidInput) and error.problems:
            first = describe(error.problems[0], ui_lang(), app=True)
            more = len(error.problems) - 1
            text = first if not more else sentences(
                first, arg(self.tr("(%1 more problems in the same file.)"), fmt_int(more)))
        else:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
            text = sentences(self.tr("This could not be done, and nothing was changed."),
                             reason)
        self.message.show_error(text)

    # -- back up and restore -----------------------------------------------------------------
    def back_up_now(self) -> bool:
        """Start a verified copy; False when another action is still running."""
        return data_actions.start_back_up(self.session)

    def _backed_up(self, done: JobDone) -> None:
        info: BackupInfo = done.result
        self.select(info)
        said = arg(self.tr("Backup saved and checked: %1"), str(info.path))
        thinned = backups.thinned_notice(self.session.ledger.path, info, self.session.lang(),
                                         self.session.user_zone())
        self.message.show_note(f"{said}\n{thinned}" if thinned else said)

    def restore_details(self) -> str:
        return sentences(
            self.tr("First, your data as it is now is saved as a “Before a restore” backup. "
                    "Then the chosen backup replaces it: logs made after it will no longer "
                    "show."),
            self.tr("Nothing is deleted: to return, restore the “Before a restore” backup."),
        )

    def _made(self, info: BackupInfo, zone: str | None = None) -> str:
        """'2026/11/25 9:00 JST': in the user's zone, labelled like every shown time."""
        zone = zone or self.session.user_zone()
        qdt = to_qdatetime(info.created, zone)
        shown = QLocale().toString(qdt, QLocale.FormatType.ShortFormat)
        return f"{shown} {zone_abbrev(info.created, zone)}"

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("CreditFuel — Restore a backup"))
        box.setText(arg(self.tr("Go back to the backup from %1?"), self._made(info)))
        box.setInformativeText(self.restore_details())
        confirm = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter on a surprise question changes nothing
        box.setEscapeButton(cancel)
        confirm.clicked.connect(lambda: self.restore(info))
        box.finished.connect(self._confirm_closed)
        self.confirm_box, self.confirm_button = box, confirm
        box.open()  # no nested event loop; the answer arrives through the buttons

    def _confirm_closed(self) -> None:
        box, self.confirm_box, self.confirm_button = self.confirm_box, None, None
        if box is not None:
            box.deleteLater()

    def restore(self, info: BackupInfo) -> bool:
        """Start replacing the ledger with ``info``; False while another action runs."""
        return data_actions.start_restore(self.session, info)

    def _restored(self, done: JobDone) -> None:
        result = done.result
        parts = [arg(self.tr("Restored the backup from %1."), self._made(done.subject))]
        if result.safety_copy is not None:
            parts.append(self.tr("Your data from before is kept as the newest “Before a "
                                 "restore” backup."))
        if result.moved_aside is not None:
            parts.append(arg(self.tr("The old data file could not be read; it was kept "
                                     "aside as “%1”."), result.moved_aside.name))
        self.message.show_note(sentences(*parts))

    # -- export ------------------------------------------------------------------------------
    def ask_export_json(self) -> None:
        self._ask_export("json", self.tr("Export everything"), self.tr("JSON files (*.json)"))

    def ask_export_csv(self) -> None:
        self._ask_export("csv", self.tr("Export for spreadsheets"),
                         self.tr("CSV files (*.csv)"))

    def _ask_export(self, fmt: str, title: str, filter_text: str) -> None:
        default = data_actions.default_export_path(self.session, fmt)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(default), filter_text)
        if chosen:
            self.export_to(data_actions.with_suffix(Path(chosen), fmt), fmt)

    def export_to(self, target: Path, fmt: str) -> bool:
        """Start writing the export; False while another action runs."""
        return data_actions.start_export(self.session, target, fmt)

    def _exported(self, done: JobDone) -> None:
        self.message.show_note(sentences(
            arg(self.tr("Saved to %1."), str(done.subject)),
            arg(self.tr("Log entries in the file: %1."), fmt_int(done.result)),
        ))

    # -- import ------------------------------------------------------------------------------
    def ask_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an export"), str(data_actions.documents_folder()),
            self.tr("CreditFuel exports (*.json *.csv);;All files (*)"))
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, source: Path) -> bool:
        """Start merging ``source``; False while another action runs."""
        return data_actions.start_import(self.session, source)

    def _imported(self, done: JobDone) -> None:
        outcome: data_actions.ImportOutcome = done.result
        r = outcome.result
        parts = [arg(self.tr("New logs added: %1. Already here: %2."),
                     fmt_int(r.events_added), fmt_int(r.events_skipped))]
        if r.events_differing:
            parts.append(arg(self.tr("%1 logs in the file have the id of a different log here; "
                                     "the one here was kept."), fmt_int(r.events_differing)))
        if r.meters_added:
            parts.append(arg(self.tr("Meters added: %1."), fmt_int(r.meters_added)))
        if r.meters_matched:
            parts.append(arg(self.tr("Meters merged with one of the same name here: %1."),
                             fmt_int(r.meters_matched)))
        if r.rules_added:
            parts.append(arg(self.tr("Team rules added: %1."), fmt_int(r.rules_added)))
        if outcome.safety is None:
            parts.append(self.tr("Nothing was changed."))
        else:
            parts.append(self.tr("To undo this import, restore the newest “Before an "
                                 "import” backup."))
        self.message.show_note(sentences(*parts))
