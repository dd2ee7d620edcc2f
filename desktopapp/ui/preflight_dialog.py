"""Before I start…: the pre-task warning. It pops up on top and takes focus.

The verdict, estimate, balance after and reasons all come from
``services.estimates.run_check`` (the same as ``creditfuel check``); this dialog words
them (``preflight_words``) and offers the buttons the verdict allows: Cancel is always
the default (Enter never starts an expensive task by accident), then "Start" /
"Start anyway" / "Ask for approval", none when blocked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktopapp.domain.kinds import KINDS, kind_info, normalize_kind
from desktopapp.domain.preflight import Preflight
from desktopapp.services import estimates
from desktopapp.ui.countdown_text import remaining
from desktopapp.ui.formatting import arg, fmt_instant, fmt_int, kind_label, sentences, unit_label
from desktopapp.ui.inline_message import InlineMessage, caution_colour, good_colour, warning_colour
from desktopapp.ui.pickers import size_field
from desktopapp.ui.preflight_words import reason_text, verdict_title
from desktopapp.ui.session import Session


def run_check(session: Session, kind: str, size: float | None, project: str | None) -> Preflight:
    """The same check as ``creditfuel check`` (services.estimates.run_check)."""
    return estimates.run_check(session.ledger, session.now(), kind, size, project)


class PreflightDialog(QDialog):
    """``decided`` carries "cancel", "start", "approval" or, from Quick log, "log"."""

    decided = Signal(str)

    def __init__(
        self,
        session: Session,
        kind: str | None = None,
        size: float | None = None,
        parent: QWidget | None = None,
        *,
        for_log: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.for_log = for_log
        self.decision = "cancel"
        self._kind_given = kind is not None
        self._sized = False
        self._asked: tuple[str, float | None, str | None] | None = None
        self._checking = False
        self.result_check: Preflight | None = None
        self.setObjectName("PreflightDialog")
        self.setWindowTitle(self.tr("CreditFuel — Before I start…"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._build()
        self._fill_kinds(kind)
        if size:
            self.size_box.setValue(int(size))
        self._connect()
        self.refresh()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        kind_caption = QLabel(self.tr("&Task:"), self)
        kind_caption.setBuddy(self.kind)
        kind_line = self.kind.lineEdit()
        if kind_line is not None:
            kind_line.setAccessibleName(self.tr("Task"))
        form.addRow(kind_caption, self.kind)

        self._size_row, self.size_box, self.size_unit = size_field(self)
        self.size_caption = QLabel(self.tr("Si&ze:"), self)
        self.size_caption.setBuddy(self.size_box)
        form.addRow(self.size_caption, self._size_row)

        self.project = QLineEdit(self)
        self.project.setPlaceholderText(self.tr("optional; team rules count runs per project"))
        completer = QCompleter(self.session.ledger.projects(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.project.setCompleter(completer)
        project_caption = QLabel(self.tr("&Project / client:"), self)
        project_caption.setBuddy(self.project)
        form.addRow(project_caption, self.project)

        self.verdict = QLabel(self)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("verdict")

        self.estimate = QLabel(self)
        self.basis = QLabel(self)
        self.after = QLabel(self)
        self.refill = QLabel(self)
        self.reasons = QLabel(self)
        for label in (self.estimate, self.basis, self.after, self.refill, self.reasons):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.basis.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.message = InlineMessage(self)

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton(self)
        self.approval_button = QPushButton(self.tr("&Ask for approval"), self)
        self.approval_button.setToolTip(
            self.tr("Copies a request with the figures, to paste to your lead")
        )
        self.log_button = QPushButton(self.tr("&Log it anyway"), self)
        self.log_button.setToolTip(self.tr("The task already ran: record what it cost"))
        for button in (self.start_button, self.approval_button, self.log_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)

        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(line)
        root.addWidget(self.verdict)
        root.addWidget(self.estimate)
        root.addWidget(self.basis)
        root.addWidget(self.after)
        root.addWidget(self.refill)
        root.addWidget(self.reasons)
        root.addWidget(self.message)
        root.addStretch(1)
        root.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _fill_kinds(self, kind: str | None) -> None:
        recent = [normalize_kind(k) for k in self.session.ledger.recent_kinds()]
        codes = [info.code for info in KINDS]
        codes += [c for c in recent if c and c not in codes]
        for code in codes:
            self.kind.addItem(kind_label(code), code)
        wanted = normalize_kind(kind) if kind else "video"
        index = self.kind.findData(wanted)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        else:
            self.kind.setEditText(wanted)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self.refresh)
        line = self.kind.lineEdit()
        assert line is not None  # the combo is editable
        line.editingFinished.connect(self.refresh)
        self.size_box.valueChanged.connect(self.refresh)
        self.project.editingFinished.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(lambda: self._finish("start"))
        self.log_button.clicked.connect(lambda: self._finish("log"))
        self.approval_button.clicked.connect(self.ask_for_approval)
        self.finished.connect(lambda _code: self.decided.emit(self.decision))
        self.session.changed.connect(self._on_session_changed)

    # -- input -----------------------------------------------------------------------------
    def set_project(self, project: str | None) -> None:
        self.project.setText(project or "")
        self.refresh()

    def current_kind(self) -> str:
        text = self.kind.currentText().strip()
        index = self.kind.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.kind.itemData(index):
            return str(self.kind.itemData(index))
        return normalize_kind(text) if text else ""

    def current_size(self) -> float | None:
        return float(self.size_box.value()) if self._sized and self.size_box.value() else None

    # -- the check ---------------------------------------------------------------------------
    def _on_session_changed(self) -> None:
        if self.isVisible():
            self.refresh(force=True)
        else:
            self._asked = None  # checked again when shown

    def refresh(self, *_: object, force: bool = False) -> None:
        kind = self.current_kind()
        info = kind_info(kind)
        has_size = info is not None and info.size_unit is not None
        self._sized = has_size
        self._size_row.setVisible(has_size)
        self.size_caption.setVisible(has_size)
        self.size_unit.setText(unit_label(info.size_unit) if info else "")
        if not kind:  # the last verdict was for a task no longer named
            self._asked = self.result_check = None
            self._show_checking(self.tr("Name the task to check it."))
            return
        asked = (kind, self.current_size(), self.project.text().strip() or None)
        if asked == self._asked and not force:
            return  # focus changes re-emit editingFinished: no need to query again
        self._asked = asked
        # On a busy ledger the verdict comes from a worker: until then nothing can act on
        # the last one, which was for another task (or for the ledger before a log).
        self.result_check = None
        self._checking = True  # _arrived clears it, at once on a small ledger
        self.session.figures(
            f"preflight:{id(self)}",
            lambda ledger, now: estimates.run_check(ledger, now, *asked),
            lambda found: self._arrived(asked, found),
        )
        if self._checking:
            self._show_checking(self.tr("Checking…"))

    def _arrived(self, asked: tuple[str, float | None, str | None], result: Preflight) -> None:
        if not isValid(self) or asked != self._asked:
            return  # the dialog is gone, or another task was asked about since
        self._checking = False
        self.result_check = result
        self._show(result)

    @property
    def checking(self) -> bool:
        """Whether the verdict on the task shown is still to come."""
        return self._checking

    def _show_checking(self, words: str) -> None:
        palette = self.verdict.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.verdict.setPalette(palette)
        self.verdict.setText(words)
        for label in (self.estimate, self.basis, self.after, self.refill, self.reasons):
            label.setText("")
        self.reasons.setVisible(False)
        for button in (self.start_button, self.approval_button, self.log_button):
            button.setEnabled(False)  # a verdict for this task first
        self.cancel_button.setDefault(True)

    def _show(self, r: Preflight) -> None:
        colours = {
            "ok": good_colour(self),
            "warn": caution_colour(self),
            "needs_approval": caution_colour(self),
            "blocked": warning_colour(self),
        }
        palette = self.verdict.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colours[r.verdict])
        self.verdict.setPalette(palette)
        self.verdict.setText(verdict_title(r.verdict))

        e = r.estimate
        what = kind_label(r.kind)
        if r.size and kind_info(r.kind) and kind_info(r.kind).size_unit:  # type: ignore[union-attr]
            what = arg(self.tr("%1, %2 %3"), what, fmt_int(r.size),
                       unit_label(kind_info(r.kind).size_unit))  # type: ignore[union-attr]
        if e is None:
            self.estimate.setText(arg(self.tr("%1: no estimate yet."), what))
            self.basis.setText("")
        else:
            self.estimate.setText(arg(
                self.tr("%1 usually costs you %2–%3 credits (typically %4)."),
                what, fmt_int(e.low), fmt_int(e.high), fmt_int(e.typical),
            ))
            self.basis.setText(self._basis(e.samples, e.source, e.mostly_defaults, r.kind))

        if r.balance is None or r.balance_after is None:
            self.after.setText(self.tr("Balance unknown: no meter is set up."))
        elif r.balance_after.typical < 0:
            self.after.setText(arg(
                self.tr("You have %1 now: a usual run would leave you %2 short."),
                fmt_int(r.balance), fmt_int(-r.balance_after.typical),
            ))
        else:
            self.after.setText(arg(
                self.tr("You have %1 now; after it about %2 (%3 if it runs high)."),
                fmt_int(r.balance), fmt_int(r.balance_after.typical),
                fmt_int(r.balance_after.high),
            ))
        if r.next_reset is not None and r.seconds_to_reset is not None:
            self.refill.setText(arg(
                self.tr("Next refill: %1 (in %2)."),
                fmt_instant(r.next_reset, self.session.user_zone(),
                            with_date=r.seconds_to_reset > 20 * 3600),
                remaining(self.session.now(), r.next_reset),
            ))
        else:
            self.refill.setText(self.tr("No refill is scheduled."))
        if any(v.code == "refill_too_small" for v in r.reasons):  # waiting is no advice
            self.refill.setText(sentences(self.refill.text(), self.tr(
                "Even then it will not be enough: a pack or a bigger plan is.")))

        lines = [reason_text(v) for v in r.reasons if v.level != "info"]
        notes = [reason_text(v) for v in r.reasons
                 if v.level == "info" and v.code not in _SHOWN_AS_BASIS]
        text = "\n".join("• " + line for line in lines + notes)
        self.reasons.setText(text)
        self.reasons.setVisible(bool(text))
        self._buttons_for(r.verdict)

    def _basis(self, samples: int, source: str, mostly_defaults: bool, kind: str) -> str:
        label = kind_label(kind)
        if source == "defaults":
            return arg(self.tr("From typical figures only: you have not logged a %1 yet."), label)
        if mostly_defaults:
            return arg(self.tr("Mostly typical figures: only %1 of your own %2 runs so far."),
                       fmt_int(samples), label)
        return arg(self.tr("From your last %1 %2 runs."), fmt_int(samples), label)

    def _buttons_for(self, verdict: str) -> None:
        self.start_button.setText(self.tr("&Start") if verdict == "ok" else
                                  self.tr("&Start anyway"))
        self.start_button.setVisible(not self.for_log and verdict in ("ok", "warn"))
        self.approval_button.setVisible(verdict == "needs_approval")
        self.log_button.setVisible(self.for_log)
        for button in (self.start_button, self.approval_button, self.log_button):
            button.setEnabled(True)
        self.cancel_button.setDefault(True)

    # -- decisions -----------------------------------------------------------------------------
    def approval_request(self) -> str:
        r = self.result_check
        if r is None:
            return ""
        lines = [arg(self.tr("Approval request: %1"), kind_label(r.kind))]
        if r.project:
            lines.append(arg(self.tr("Project: %1"), r.project))
        if r.estimate is not None:
            lines.append(arg(self.tr("Estimate: %1–%2 credits (typically %3)"),
                             fmt_int(r.estimate.low), fmt_int(r.estimate.high),
                             fmt_int(r.estimate.typical)))
        if r.balance is not None:
            lines.append(arg(self.tr("Balance now: %1"), fmt_int(r.balance)))
        lines += [reason_text(v) for v in r.reasons if v.level != "info"]
        return "\n".join(lines)

    def ask_for_approval(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.approval_request())
        self.decision = "approval"
        from desktopapp.ui.approvals_view import record_from_preflight  # issue 13

        recorded = record_from_preflight(self.session, self.current_kind(),
                                         self.current_size(), self.project.text())
        self.message.show_note(self.tr("The request is copied: paste it to your lead.")
                               + " " + recorded)
        self.cancel_button.setText(self.tr("Close"))

    def _finish(self, decision: str) -> None:
        self.decision = decision
        if decision == "start":  # its cost will come from the balance readings
            from desktopapp.ui.reader import mark_started

            mark_started(self.session, self.current_kind(), self.current_size(),
                         self.project.text())
        self.accept()

    def reject(self) -> None:
        if self.decision != "approval":
            self.decision = "cancel"
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        if self._asked is None:
            self.refresh()
        super().showEvent(event)
        self.raise_()
        self.activateWindow()
        # Asked about a given task (from Quick log): Cancel has the focus, so a stray Enter
        # never starts it. Opened on its own: the task field, to type what is planned.
        (self.cancel_button if self._kind_given else self.kind).setFocus()


_SHOWN_AS_BASIS = {"estimate_from_defaults", "estimate_mostly_defaults"}
