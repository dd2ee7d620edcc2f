"""Editing one log from the ledger window: every field in one small form.

The dialog only gathers what changed (``changes()``); the window hands that to the
service, which appends a correction that supersedes the log (nothing is rewritten), so
the window shows it as edited and Undo brings the old one back.

The time is edited as the wall clock in the user's zone (named beside it), whatever
zone the computer is in: the edit field holds those wall-clock figures and they are
read back in the user's zone, so a PC set to another zone cannot shift a log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.events import OUTCOMES
from desktopapp.domain.problems import InvalidInput
from desktopapp.ui.formatting import describe_error, kind_label, outcome_label, zone_abbrev
from desktopapp.ui.inline_message import InlineMessage

MAX_CREDITS_FIELD = 2_000_000_000  # QSpinBox is 32-bit; far above any plan
MAX_SIZE_FIELD = 1_000_000  # domain.limits.MAX_SIZE


@dataclass(frozen=True)
class EditValues:
    """A task's editable fields as the form shows them."""

    at: datetime
    kind: str | None
    credits: int | None
    project: str | None
    outcome: str | None
    note: str | None
    size: float | None = None


def wall_clock(at: datetime, zone: str) -> QDateTime:
    """The wall-clock figures of ``at`` in ``zone``, in a UTC QDateTime (no PC zone)."""
    local = at.astimezone(ZoneInfo(zone))
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )


def from_wall_clock(value: QDateTime, zone: str) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                    tzinfo=ZoneInfo(zone))


class EditLogDialog(QDialog):
    """Accepting with nothing changed is a plain close (no correction is written)."""

    def __init__(
        self,
        values: EditValues,
        *,
        zone: str,
        kinds: Sequence[str],
        projects: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.values = values
        self.zone = zone
        self.setWindowTitle(self.tr("Edit log"))
        form = QFormLayout()

        self.when = QDateTimeEdit(wall_clock(values.at, zone), self)
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        zone_label = QLabel(f"{zone_abbrev(values.at, zone)} ({zone})", self)
        form.addRow(self._label(self.tr("&When:"), self.when), self.when)
        form.addRow("", zone_label)

        self.kind: QComboBox | None = None
        if values.kind is not None:
            self.kind = QComboBox(self)
            known = list(dict.fromkeys([values.kind, *kinds]))
            for code in known:
                self.kind.addItem(kind_label(code), code)
            self.kind.setCurrentIndex(0)
            self.kind.setAccessibleName(self.tr("Kind"))
            form.addRow(self._label(self.tr("&Kind:"), self.kind), self.kind)

        self.credits: QSpinBox | None = None
        if values.credits is not None:
            self.credits = self._spin(values.credits, self.tr("Credits"))
            form.addRow(self._label(self.tr("&Credits:"), self.credits), self.credits)

        self.size_box = QDoubleSpinBox(self)
        self.size_box.setRange(0, MAX_SIZE_FIELD)
        self.size_box.setDecimals(1)
        self.size_box.setGroupSeparatorShown(True)
        self.size_box.setSpecialValueText("—")  # 0: no size given
        self.size_box.setValue(values.size or 0)
        self.size_box.setAccessibleName(self.tr("Size (seconds, pages or images)"))
        form.addRow(self._label(self.tr("Si&ze:"), self.size_box), self.size_box)

        self.project: QComboBox | None = None
        if values.kind is not None:
            self.project = QComboBox(self)
            self.project.setEditable(True)
            self.project.addItems(list(dict.fromkeys(p for p in projects if p)))
            self.project.setCurrentText(values.project or "")
            self.project.setAccessibleName(self.tr("Project / client"))
            line = self.project.lineEdit()
            if line is not None:
                line.setAccessibleName(self.tr("Project / client"))
            form.addRow(self._label(self.tr("&Project:"), self.project), self.project)

        self.outcome: QComboBox | None = None
        if values.outcome is not None:
            self.outcome = QComboBox(self)
            for code in OUTCOMES:
                self.outcome.addItem(outcome_label(code), code)
            self.outcome.setCurrentIndex(max(self.outcome.findData(values.outcome), 0))
            self.outcome.setAccessibleName(self.tr("Outcome"))
            form.addRow(self._label(self.tr("&Outcome:"), self.outcome), self.outcome)

        self.note = QLineEdit(values.note or "", self)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self._label(self.tr("&Note:"), self.note), self.note)

        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setAccessibleName(self.tr("Save the edit"))
        save.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # The cost is what a wrong log most often gets wrong: ready to type over it.
        self.first: QDateTimeEdit | QSpinBox = (
            self.credits if self.credits is not None else self.when
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first.setFocus(Qt.FocusReason.TabFocusReason)
        self.first.selectAll()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, MAX_CREDITS_FIELD)
        spin.setGroupSeparatorShown(True)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, in the service's terms."""
        v = self.values
        out: dict[str, Any] = {}
        if self.when.dateTime() != wall_clock(v.at, self.zone):
            out["at"] = from_wall_clock(self.when.dateTime(), self.zone)
        if self.kind is not None and self.kind.currentData() != v.kind:
            out["kind"] = self.kind.currentData()
        if self.credits is not None and self.credits.value() != v.credits:
            out["credits"] = self.credits.value()
        size = self.size_box.value() or None
        if size is not None and size != v.size:
            out["size"] = size
        # A cleared field is sent as "" (None means "unchanged" to the service).
        if self.project is not None:
            project = self.project.currentText().strip()
            if project != (v.project or ""):
                out["project"] = project
        if self.outcome is not None and self.outcome.currentData() != v.outcome:
            out["outcome"] = self.outcome.currentData()
        note = self.note.text().strip()
        if note != (v.note or ""):
            out["note"] = note
        return out

    def show_problem(self, error: InvalidInput) -> None:
        """The service said no: say why in plain words and keep the form open."""
        self.message.show_error(describe_error(error))
