"""Quick log's refusals and their fixes: the service's words, and the fix one key away.

"180 is not lower than the 140 expected" offers "Set balance to 180 instead" (one
click, services.set_balance, no 0-credit task); a task above everything left offers
"Set balance…" then logs again; a "balance now" with several meters asks for the meter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import set_balance
from desktopapp.services.changes import LEDGER
from desktopapp.ui.fix_bar import FixBar
from desktopapp.ui.formatting import arg, describe_error, fmt_int
from desktopapp.ui.inline_message import ConfirmationBar, InlineMessage
from desktopapp.ui.session import Session

if TYPE_CHECKING:
    from desktopapp.domain.events import Spend

    _Base = QWidget
else:
    _Base = object


class QuickLogFixes(_Base):
    """Mixed into QuickLogDialog (which owns these widgets)."""

    session: Session
    meter: QComboBox
    amount: QLineEdit
    message: InlineMessage
    fix: FixBar
    confirmation: ConfirmationBar
    save_button: QPushButton
    _after_save: bool

    def save(self) -> Spend | None:  # the dialog's
        raise NotImplementedError

    def _offer_fix(self, error: InvalidInput, amount: int | None) -> None:
        """The refusal in plain words, and the fix one key away."""
        words = describe_error(error, self.session.lang())
        codes = {p.code: p.params for p in error.problems}
        meter = self.meter.currentData() if self.meter.count() else None
        if "balance_not_lower" in codes and amount is not None:
            self.fix.offer(words, arg(self.tr("Set &balance to %1 instead"), fmt_int(amount)),
                           lambda: self._set_balance_to(amount, meter))
        elif "spend_exceeds_balance" in codes or "leaves_negative" in codes:
            named = codes.get("leaves_negative", {}).get("meter") or meter
            self.fix.offer(words, self.tr("Set &balance…"),
                           lambda: self._ask_balance(str(named) if named else None))
        elif "balance_needs_meter" in codes:
            self.message.show_error(words)
            self.meter.setFocus()
        else:
            self.message.show_error(words)
            if "balance_above_capacity" in codes:
                self.amount.setFocus()
                self.amount.selectAll()

    def _set_balance_to(self, amount: int, meter: str | None) -> None:
        try:
            self.session.mutate(
                lambda ledger, now: set_balance.set_balance(ledger, now, amount, meter=meter),
                LEDGER)
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return
        self.confirmation.confirm(arg(self.tr("Balance set to %1. No task was logged."),
                                      fmt_int(amount)))
        self.confirmation.undo_button.setEnabled(False)
        self.amount.clear()
        self._after_save = True
        self.save_button.setFocus()

    def _ask_balance(self, meter: str | None) -> None:
        """Set the balance the site shows, then log the task again against it."""
        from desktopapp.ui.set_balance_dialog import SetBalanceDialog

        dialog = SetBalanceDialog(self.session, meter, parent=self)
        dialog.balance_set.connect(lambda _e: self.save())
        dialog.open()
