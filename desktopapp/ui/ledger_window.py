"""The ledger window: every log, newest first, to find one and fix it.

Filters (period, kind, project, outcome, meter, member, words in notes) narrow the list;
Enter opens the selected log to edit any field (an append-only correction, shown as
edited), Delete removes the selected logs after one plain question, Ctrl+Z (or Undo)
takes back the last edit or delete. The exports hold what the list shows.

The list is paged (``ledger_model``): opening it on a million logs reads one page. The
window calls services only (through ``ledger_source``); every write goes through the
session, which tells the other windows.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.services.changes import LEDGER, Change
from desktopapp.ui import ledger_source
from desktopapp.ui.formatting import arg, describe_error, fmt_int
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.ledger_edit import EditLogDialog
from desktopapp.ui.ledger_export_ui import ExportControls
from desktopapp.ui.ledger_filters import FilterBar, LedgerQuery
from desktopapp.ui.ledger_model import LedgerModel, LedgerRow
from desktopapp.ui.ledger_source import Batch
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown
from desktopapp.ui.session import Session


class LedgerView(QTableView):
    """The list: Enter opens the current log, Delete deletes the selected ones."""

    def __init__(self, window: LedgerWindow) -> None:
        super().__init__(window)
        self._window = window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._window.open_current()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self._window.ask_delete()
            return
        super().keyPressEvent(event)


class LedgerWindow(RewordsWhenShown, QWidget):
    exports: ExportControls  # made in _build (the export buttons' work)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("LedgerWindow")
        self.rt = Retranslator()
        self.undo_stack: list[Batch] = []
        self.dialog: EditLogDialog | None = None  # the editor or question open now
        self.confirm: QMessageBox | None = None
        self._stale = False
        self._sized = False
        self._members: list[str] | None = None
        self._build()
        self.session.changed.connect(self._on_session_changed)
        self.refresh()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.rt.bind(self.setWindowTitle, lambda: self.tr("CreditFuel — Ledger"))
        self.filters = FilterBar(self)
        self.filters.changed.connect(self._query_changed)
        self.balances = QLabel(self)
        self.balances.setWordWrap(True)
        self.balances.setTextFormat(Qt.TextFormat.PlainText)
        self.rt.bind(self.balances.setAccessibleName, lambda: self.tr("Balances now"))

        self.model = LedgerModel(self.session.user_zone(), self)
        self.model.modelReset.connect(self._seen_members)
        self.model.rowsInserted.connect(self._seen_members)
        self.view = LedgerView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the note
        header.setResizeContentsPrecision(40)  # sized on the first 40 rows: quick at open
        self.rt.bind(self.view.setAccessibleName, lambda: self.tr("Logs, newest first"))
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.open_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.xlsx_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = (
            (self.open_button, lambda: self.tr("&Open…"), lambda: self.tr("Open the log"),
             self.open_current),
            (self.delete_button, lambda: self.tr("&Delete…"),
             lambda: self.tr("Delete the selected logs"), self.ask_delete),
            (self.undo_button, lambda: self.tr("&Undo"),
             lambda: self.tr("Undo the last edit or delete"), self.undo),
            (self.csv_button, lambda: self.tr("Export &CSV…"),
             lambda: self.tr("Export the logs shown as CSV"), lambda: self.exports.choose("csv")),
            (self.xlsx_button, lambda: self.tr("Export &Excel…"),
             lambda: self.tr("Export the logs shown as an Excel workbook"),
             lambda: self.exports.choose("xlsx")),
            (self.close_button, lambda: self.tr("Close"), lambda: self.tr("Close the ledger"),
             self.close),
        )
        row = QHBoxLayout()
        for index, (button, text, name, slot) in enumerate(buttons):
            button.setAutoDefault(False)
            self.rt.bind(button.setText, text)
            self.rt.bind(button.setAccessibleName, name)
            button.clicked.connect(slot)
            if index in (3, 5):
                row.addStretch(1)
            row.addWidget(button)
        self.rt.bind(self.delete_button.setToolTip, lambda: self.tr("Delete (Del)"))
        self.rt.bind(self.undo_button.setToolTip, lambda: self.tr("Undo (Ctrl+Z)"))
        self.message = InlineMessage(self)
        self.exports = ExportControls(self, self.session, self.message,
                                      (self.csv_button, self.xlsx_button), self.query)
        self.exporter = self.exports.exporter
        self.export = self.exports.export

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.balances)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(980, 600)

        last: QWidget = self.filters.search
        for widget in (self.view, *(b for b, *_ in buttons)):
            self.setTabOrder(last, widget)
            last = widget
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.focus_search)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.filters.search.returnPressed.connect(self._search_entered)
        self._selection_changed()

    def retranslate(self) -> None:
        self.rt.apply()
        self.model.retranslate()
        self._show_balances()

    # -- data ----------------------------------------------------------------------------
    def query(self) -> LedgerQuery:
        return self.filters.query()

    def refresh(self, members_too: bool = True) -> None:
        """After a write: the filter's lists, the rows and the balances afresh. Who is in
        the team changes only with the settings (it reads the team folder's cards)."""
        ledger = self.session.ledger
        if members_too or self._members is None:
            self._members = ledger_source.members(ledger)
        self.filters.set_choices(**ledger_source.choices(ledger, self._members))
        self.reload()
        self._show_balances()

    def reload(self) -> None:
        """The first page of the current query, keeping the selection where it can."""
        keep = set(self.selected_ids())
        current = self.current_row()
        fetch = ledger_source.fetch(self.session.ledger, self.query(), self.session.now())
        try:
            self.model.load(fetch, self.session.user_zone())
        except InvalidInput as error:
            self.message.show_error(describe_error(error))
            return
        if not self._sized and self.model.rowCount():
            # Once, on the first page (never all of history); the user's widths stay.
            self._sized = True
            self.view.resizeColumnsToContents()
        self._reselect(keep, current.id if current else None)
        self._selection_changed()

    def _seen_members(self, *_: object) -> None:
        self.filters.add_members([r.member for r in self.model.rows()])

    def _show_balances(self) -> None:
        self.balances.setText(ledger_source.balances_line(self.session))

    def _query_changed(self, _query: object) -> None:
        self.reload()  # the balances and lists stay as they are: nothing was written

    def _search_entered(self) -> None:
        self.filters.flush()
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.selectRow(0)

    def _on_session_changed(self, what: Change | None = None) -> None:
        if not self.isVisible():
            self._stale = True  # a hidden window does no queries until shown again
            return
        if what is None or what.touches("ledger", "meters", "settings"):
            self.refresh(members_too=what is None or what.touches("settings"))

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- selection -----------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        model = self.view.selectionModel()
        return sorted({i.row() for i in model.selectedRows()})

    def selected_ids(self) -> list[str]:
        return [self.model.row_at(r).id for r in self.selected_rows()]

    def current_row(self) -> LedgerRow | None:
        index = self.view.currentIndex()
        if index.isValid():
            return self.model.row_at(index.row())
        rows = self.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def _reselect(self, ids: set[str], current: str | None) -> None:
        selection = self.view.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for event_id in ids:
            row = self.model.row_of(event_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self, *_: object) -> None:
        chosen = bool(self.selected_rows())
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.undo_button.setEnabled(bool(self.undo_stack))

    # -- edit ----------------------------------------------------------------------------
    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_row(self.model.row_of(row.id))

    def edit_dialog(self, row: LedgerRow) -> EditLogDialog:
        ledger = self.session.ledger
        return EditLogDialog(
            ledger_source.edit_values(row),
            zone=self.session.user_zone(),
            kinds=ledger_source.kinds(ledger),
            projects=ledger_source.projects(ledger),
            parent=self,
        )

    def open_row(self, index: int) -> None:
        if not 0 <= index < self.model.rowCount():
            return
        row = self.model.row_at(index)
        if row.type != "spend":
            # A balance, a pack or a correction is one figure: delete it and enter it again.
            self.message.show_note(self.tr(
                "Only tasks can be edited. To change a balance, a pack or a correction, "
                "delete it and enter it again."))
            return
        dialog = self.edit_dialog(row)
        dialog.accepted.connect(lambda: self._dialog_done(dialog, row))
        dialog.open()
        self.dialog = dialog  # tests drive the open dialog

    def _dialog_done(self, dialog: EditLogDialog, row: LedgerRow) -> None:
        changes = dialog.changes()
        if not changes:
            return
        try:
            batch = self.session.mutate(
                lambda ledger, now: ledger_source.edit(ledger, now, row, changes), LEDGER)
        except InvalidInput as error:
            # The service refused (a spend above everything available, a log in the
            # future...): say why and keep what the user typed open for the fix.
            dialog.show_problem(error)
            dialog.open()
            return
        self._did(batch, arg(self.tr("Edited: %1."), ledger_source.summary(row)))

    # -- delete --------------------------------------------------------------------------
    def ask_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete logs"))
        if len(ids) == 1:
            box.setText(arg(self.tr("Delete this log? %1"),
                            ledger_source.summary(self.model.row_at(self.selected_rows()[0]))))
        else:
            box.setText(arg(self.tr("Delete these %1 logs?"), fmt_int(len(ids))))
        box.setInformativeText(self.tr("You can undo this with Ctrl+Z."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(delete)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._delete_answered(box, delete, ids))
        box.open()
        self.confirm = box  # tests answer the open question

    def _delete_answered(self, box: QMessageBox, delete: object, ids: list[str]) -> None:
        if box.clickedButton() is not delete:
            return
        self.delete(ids)

    def delete(self, ids: list[str]) -> None:
        try:
            batch = self.session.mutate(
                lambda ledger, now: ledger_source.delete(ledger, now, ids), LEDGER)
        except InvalidInput as error:
            self.message.show_error(describe_error(error))
            return
        self._did(batch, arg(self.tr("Deleted %1 logs."), fmt_int(len(ids)))
                  if len(ids) != 1 else self.tr("Deleted 1 log."))

    # -- undo ----------------------------------------------------------------------------
    def _did(self, batch: Batch, said: str) -> None:
        self.undo_stack.append(batch)
        self.message.show_note(" ".join([said, self.tr("Ctrl+Z undoes it.")]))
        self._selection_changed()
        self.activateWindow()  # back from the form or the question, keys go to the list
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        if not self.undo_stack:
            self.message.show_note(self.tr("Nothing to undo here."))
            return
        batch = self.undo_stack.pop()
        try:
            self.session.mutate(
                lambda ledger, now: ledger_source.undo(ledger, now, batch), LEDGER)
        except InvalidInput as error:
            self.undo_stack.append(batch)  # still there to undo once the cause is fixed
            self.message.show_error(describe_error(error))
            return
        self.message.show_note(self.tr("Undone."))
        self._selection_changed()
