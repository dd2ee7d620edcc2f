"""Quick log: the most used screen. Keyboard first: Enter saves, Esc cancels,
Ctrl+R then Enter repeats the last log.

The dialog only gathers what the user typed and hands it to the session (services.log);
the ledger validates (InvalidInput, worded for a window: no CLI flags) and derives the
cost from a "balance now" of one named meter (never a sum of meters). Logging a task
that is done never opens the pre-task warning: a high-octane kind shows its usual cost
inline. A refusal comes with its fix one key away (set the balance, pick the meter, create
the new kind). Its Undo undoes its own log by id, even when a CLI log came after it.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.events import OUTCOMES, Spend
from desktopapp.domain.kinds import KINDS, kind_info, normalize_kind
from desktopapp.domain.problems import InvalidInput
from desktopapp.services import log, setup
from desktopapp.ui.fix_bar import FixBar
from desktopapp.ui.formatting import (
    arg,
    describe_error,
    event_summary,
    kind_label,
    outcome_label,
    unit_label,
)
from desktopapp.ui.inline_message import ConfirmationBar, InlineMessage
from desktopapp.ui.pickers import parse_count, size_field
from desktopapp.ui.quick_log_fixes import QuickLogFixes
from desktopapp.ui.quick_log_keys import PopupManners, show_cost_context
from desktopapp.ui.session import Session


class QuickLogDialog(QuickLogFixes, QDialog):
    """Log one task. ``saved`` carries the Spend after every successful save."""

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("CreditFuel — Quick log"))
        self.setObjectName("QuickLogDialog")
        self._last: Spend | None = None
        self._logged: Spend | None = None  # shown in the confirmation, undoable
        self._new_kinds: set[str] = set()  # new kinds the user said yes to
        self._known: set[str] = set()  # kinds listed (built in or logged before)
        self._after_save = False  # Enter on an untouched form after a save closes
        self._sized = False
        self._build()
        self._load_choices()
        self._connect()
        self._on_kind_changed()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.setMinimumContentsLength(16)
        completer = self.kind.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        kind_label_w = QLabel(self.tr("&Kind:"), self)
        kind_label_w.setBuddy(self.kind)
        kind_line = self.kind.lineEdit()
        if kind_line is not None:  # the typed text is what a screen reader lands on
            kind_line.setAccessibleName(self.tr("Kind"))
        form.addRow(kind_label_w, self.kind)
        self.cost_note = QLabel(self)  # a high-octane kind's usual cost: inline, not modal
        self.cost_note.setWordWrap(True)
        form.addRow("", self.cost_note)

        self._size_row, self.size_box, self.size_unit = size_field(self)
        self.size_label = QLabel(self.tr("Si&ze:"), self)
        self.size_label.setBuddy(self.size_box)
        form.addRow(self.size_label, self._size_row)

        self.used = QRadioButton(self.tr("Credits &used"), self)
        self.balance_now = QRadioButton(self.tr("&Balance now"), self)
        self.used.setChecked(True)
        self.amount_mode = QButtonGroup(self)
        self.amount_mode.addButton(self.used)
        self.amount_mode.addButton(self.balance_now)
        mode_row = QWidget(self)
        mode_layout = QHBoxLayout(mode_row)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.addWidget(self.used)
        mode_layout.addWidget(self.balance_now)
        mode_layout.addStretch(1)
        form.addRow(self.tr("Amount is:"), mode_row)

        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 50"))
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.amount_label = QLabel(self.tr("Cr&edits:"), self)
        self.amount_label.setBuddy(self.amount)
        form.addRow(self.amount_label, self.amount)

        self.project = QLineEdit(self)
        self.project.setPlaceholderText(self.tr("optional"))
        project_label = QLabel(self.tr("&Project / client:"), self)
        project_label.setBuddy(self.project)
        form.addRow(project_label, self.project)

        # With several meters: which one paid, or whose balance "balance now" is.
        self.meter = QComboBox(self)
        self.meter_label = QLabel(self.tr("&Meter:"), self)
        self.meter_label.setBuddy(self.meter)
        form.addRow(self.meter_label, self.meter)

        self.outcome = QComboBox(self)
        for code in OUTCOMES:
            self.outcome.addItem(outcome_label(code), code)
        outcome_label_w = QLabel(self.tr("&Outcome:"), self)
        outcome_label_w.setBuddy(self.outcome)
        form.addRow(outcome_label_w, self.outcome)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("optional"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)

        self.message = InlineMessage(self)
        self.fix = FixBar(self)
        self.confirmation = ConfirmationBar(self)

        self.buttons = QDialogButtonBox(self)
        self.repeat_button = QPushButton(self.tr("&Repeat last"), self)
        self.repeat_button.setAutoDefault(False)
        self.repeat_button.setToolTip(self.tr("Fill in the last log again (Ctrl+R)"))
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)

        bottom = QHBoxLayout()
        bottom.addWidget(self.repeat_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(self.message)
        root.addWidget(self.fix)
        root.addWidget(self.confirmation)
        root.addLayout(bottom)

        order = (self.kind, self.size_box, self.used, self.balance_now, self.amount,
                 self.project, self.meter, self.outcome, self.note)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _load_choices(self) -> None:
        ledger = self.session.ledger
        recent = [normalize_kind(k) for k in log.recent_kinds(ledger)]
        seen: set[str] = set()
        with QSignalBlocker(self.kind):
            for code in recent:
                if code and code not in seen:
                    seen.add(code)
                    self.kind.addItem(kind_label(code), code)
            if seen:
                self.kind.insertSeparator(self.kind.count())
            for info in KINDS:
                if info.code not in seen:
                    self.kind.addItem(kind_label(info.code), info.code)
            self.kind.setCurrentIndex(0)
        self._known = seen | {info.code for info in KINDS}

        self._load_projects()
        meters = setup.meters(ledger)
        several = len(meters) > 1
        if several and len({m.account for m in meters}) == 1:
            # One account: a task is paid in the usual order; "balance now" needs a meter.
            self.meter.addItem(self.tr("Usual order"), None)
        for m in meters if several else ():
            self.meter.addItem(m.name, m.name)
        self.meter.setVisible(several)
        self.meter_label.setVisible(several)
        self._only_meter = meters[0].name if len(meters) == 1 else None

        self._last = log.last_spend(ledger, self.session.now())
        self.repeat_button.setEnabled(self._last is not None)
        if self._last is not None:
            self.repeat_button.setToolTip(
                arg(self.tr("%1 (Ctrl+R)"), self._describe(self._last))
            )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.repeat_button.clicked.connect(self.repeat_last)
        QShortcut(QKeySequence("Ctrl+R"), self, self.repeat_last)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        line = self.kind.lineEdit()
        assert line is not None  # the combo is editable
        line.editingFinished.connect(self._on_kind_changed)
        completer = self.kind.completer()
        if completer is not None:
            self._manners = PopupManners(completer, line, self.accept)
        self.used.toggled.connect(self._on_mode_changed)
        self.meter.currentIndexChanged.connect(self._on_mode_changed)
        self.confirmation.undo_requested.connect(self.undo)
        for edit in (self.amount, self.project, self.note):
            edit.textEdited.connect(self._touched)
            edit.textEdited.connect(self.fix.clear)
        self.kind.editTextChanged.connect(self.fix.clear)
        self.kind.editTextChanged.connect(self._touched)
        self.kind.editTextChanged.connect(self._on_kind_changed)
        self.size_box.valueChanged.connect(self._touched)
        self.outcome.currentIndexChanged.connect(self._touched)

    # -- reading the form ----------------------------------------------------------------
    def current_kind(self) -> str:
        """The kind code: a listed item's code, else the typed text folded to a code."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.kind.itemData(index):
            return str(self.kind.itemData(index))
        return normalize_kind(text) if text else ""

    def _select_kind(self, code: str) -> None:
        index = self.kind.findData(code)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        else:
            self.kind.setEditText(code)
        self._on_kind_changed()

    def _on_kind_changed(self, *_: object) -> None:
        info = kind_info(self.current_kind())
        has_size = info is not None and info.size_unit is not None
        self._sized = has_size
        self._size_row.setVisible(has_size)
        self.size_label.setVisible(has_size)
        self.size_unit.setText(unit_label(info.size_unit) if info else "")
        show_cost_context(self.session, self.current_kind(), self.cost_note)

    def _on_mode_changed(self, *_: object) -> None:
        """'Balance now' says whose balance it is: one meter's, never a sum."""
        name = self.meter.currentData() if self.meter.count() else self._only_meter
        if self.used.isChecked():
            self.amount_label.setText(self.tr("Cr&edits:"))
        elif name:
            self.amount_label.setText(arg(self.tr("Balanc&e now on %1:"), str(name)))
        else:
            self.amount_label.setText(self.tr("Balanc&e now:"))
        self._touched()

    def _touched(self, *_: object) -> None:
        self._after_save = False

    # -- actions -------------------------------------------------------------------------
    def repeat_last(self) -> None:
        """Fill the form with the last log (Enter then saves it)."""
        last = self._last
        if last is None:
            return
        self._select_kind(normalize_kind(last.kind))
        self.size_box.setValue(int(last.size) if last.size else 0)
        self.used.setChecked(True)
        self.amount.setText(QLocale().toString(last.credits).replace(
            QLocale().groupSeparator(), ""))
        self.project.setText(last.project or "")
        self.outcome.setCurrentIndex(0)
        self.note.clear()
        self.message.clear_message()
        self.fix.clear()
        self._after_save = False
        self.save_button.setFocus()

    def accept(self) -> None:
        """Enter / Save: log the form, or close after a save when nothing changed since."""
        if self._after_save:
            super().accept()
            return
        self.save()

    def save(self) -> Spend | None:
        self.message.clear_message()
        self.fix.clear()
        kind = self.current_kind()
        try:
            amount = parse_count(self.amount.text())
        except ValueError:
            self.message.show_error(self.tr("Type a whole number of credits, like 50."))
            self.amount.setFocus()
            return None
        if kind and kind not in self._known and kind not in self._new_kinds:
            typed = self.kind.currentText().strip()
            self.fix.offer(
                arg(self.tr("“%1” is a new kind of task."), typed),
                arg(self.tr("&Create “%1” and log it"), typed),
                lambda: self._create_kind(kind),
            )
            return None
        return self._write(kind, amount)

    def _create_kind(self, kind: str) -> None:
        self._new_kinds.add(kind)
        self.save()

    def _write(self, kind: str, amount: int | None) -> Spend | None:
        fields: dict[str, object] = {
            "project": self.project.text().strip() or None,
            "meter": self.meter.currentData() if self.meter.count() else None,
            "outcome": self.outcome.currentData(),
            "note": self.note.text().strip() or None,
            "size": float(self.size_box.value()) if self._sized and self.size_box.value() else None,
        }
        if self.used.isChecked():
            fields["credits"] = amount
        else:
            fields["balance_now"] = amount
        if self.session.updating:  # its check needs the figures a worker is replaying
            self.message.show_note(self.tr("Saving as soon as the figures are up to date…"))
            self.session.when_caught_up(lambda: self._write(kind, amount))
            return None
        try:
            spend = self.session.log_spend(kind, **fields)
        except InvalidInput as error:
            self._offer_fix(error, amount)
            return None
        self._logged = spend
        self._last = spend
        self.repeat_button.setEnabled(True)
        self._confirm(spend)
        self._reset_form()
        self._after_save = True
        self.saved.emit(spend)
        return spend

    def _confirm(self, spend: Spend) -> None:
        text = arg(self.tr("Logged: %1. Press Enter to close."), self._describe(spend))
        self.confirmation.confirm(text)
        self.save_button.setFocus()

    def _reset_form(self) -> None:
        self.amount.clear()
        self.note.clear()
        self.outcome.setCurrentIndex(0)
        self.size_box.setValue(0)
        self.used.setChecked(True)
        self._load_projects()

    def _load_projects(self) -> None:
        completer = QCompleter(log.projects(self.session.ledger), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.project.setCompleter(completer)
        self._project_manners = PopupManners(completer, self.project, self.accept)

    def undo(self) -> None:
        """Undo this dialog's own last log (by id: a CLI log made since stays)."""
        if self._logged is None:
            return
        try:
            undone = self.session.undo(self._logged.origin.id)
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return
        self._logged = None
        self.confirmation.undo_button.setEnabled(False)
        self.confirmation.label.setText(self.tr("Undone: nothing was logged.") if undone
                                        else self.tr("That log was already undone."))
        self._after_save = True

    def _describe(self, spend: Spend) -> str:
        return event_summary(spend)
