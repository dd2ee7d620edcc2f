"""Set balance: "I have N credits now" for one meter, an observation, never a task.

Opened from a meter card in the panel, Settings > Meters and Quick log's fixes. The
ledger decides (services.set_balance): a number above what the meter can hold, or a
balance that later logs would push below zero, comes back in plain words and nothing
is written. With several meters the user picks which one; the balance is never spread
over (or summed from) several.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import set_balance, setup
from desktopapp.services.changes import LEDGER
from desktopapp.ui.formatting import arg, describe_error, fmt_int
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.session import Session

SPIN_MAX = 2_000_000_000  # a QSpinBox holds a 32-bit int; far above any plan


class SetBalanceDialog(QDialog):
    """``balance_set`` carries the Observation once written."""

    balance_set = Signal(object)

    def __init__(
        self,
        session: Session,
        meter: str | None = None,
        balance: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("SetBalanceDialog")
        self.setWindowTitle(self.tr("CreditFuel — Set balance"))
        status = {m.name: m for m in session.status().meters}
        intro = QLabel(self.tr(
            "Type the balance the site shows now. It replaces what CreditFuel counted; "
            "no task is logged."), self)
        intro.setWordWrap(True)
        self.meter = QComboBox(self)
        self.meter.setAccessibleName(self.tr("Meter"))
        for m in setup.meters(session.ledger):
            self.meter.addItem(m.name, m.name)
        if meter is not None and self.meter.findData(meter) >= 0:
            self.meter.setCurrentIndex(self.meter.findData(meter))
        self.amount = QSpinBox(self)
        self.amount.setRange(0, SPIN_MAX)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setAccessibleName(self.tr("Credits now"))
        self._status = status
        form = QFormLayout()
        self.meter_label = QLabel(self.tr("&Meter:"), self)
        self.meter_label.setBuddy(self.meter)
        form.addRow(self.meter_label, self.meter)
        amount_label = QLabel(self.tr("&Credits now:"), self)
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, self.amount)
        self.counted = QLabel(self)
        self.counted.setWordWrap(True)
        form.addRow("", self.counted)
        several = self.meter.count() > 1
        self.meter.setVisible(several)
        self.meter_label.setVisible(several)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Set balance"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.meter.currentIndexChanged.connect(self._meter_changed)
        self._meter_changed()
        if balance is not None:
            self.amount.setValue(balance)
        QWidget.setTabOrder(self.meter, self.amount)
        self.amount.setFocus()
        self.amount.selectAll()

    def _meter_changed(self, *_: object) -> None:
        row = self._status.get(str(self.meter.currentData()))
        if row is None:
            self.counted.clear()
            return
        if row.balance < 0:
            self.counted.setText(self.tr("CreditFuel's count doesn't add up: set the balance."))
        else:
            self.counted.setText(arg(self.tr("CreditFuel counted %1 of %2."),
                                     fmt_int(row.balance), fmt_int(row.grant)))
        self.amount.setValue(max(0, row.balance))
        self.amount.selectAll()

    def chosen_meter(self) -> str | None:
        data = self.meter.currentData()
        return str(data) if data is not None else None

    def accept(self) -> None:
        value = self.amount.value()
        name = self.chosen_meter()
        try:
            event = self.session.mutate(
                lambda ledger, now: set_balance.set_balance(ledger, now, value, meter=name),
                LEDGER,
            )
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            self.amount.setFocus()
            self.amount.selectAll()
            return
        self.balance_set.emit(event)
        super().accept()
