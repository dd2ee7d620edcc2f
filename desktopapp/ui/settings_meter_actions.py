"""Settings > Meters' buttons that act at once, each asked first when it removes
something, said, and undoable (its own Undo, and Settings' Cancel via the journal):
Remove meter (services.setup.remove_meter / restore_meter), Set balance (an
observation; undone by id), Save meter (the old values written back), Add pack.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import InvalidInput
from desktopapp.services import log, setup
from desktopapp.services.changes import METERS
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui.formatting import arg, describe_error

if TYPE_CHECKING:
    from desktopapp.ui.settings_meters import MetersTab

translate = QCoreApplication.translate


def ask_remove(tab: MetersTab) -> None:
    """First the question, with the removal one key away (never at once)."""
    m = tab.selected()
    if m is None:
        return
    tab.fix.offer(
        arg(translate("Meters", "Remove meter %1? Its past logs stay; you can undo this."),
            m.name),
        arg(translate("Meters", "&Remove %1"), m.name),
        lambda: remove(tab, m),
    )


def remove(tab: MetersTab, m: Meter) -> None:
    try:
        gone: Meter = tab.session.mutate(
            lambda ledger, now: setup.remove_meter(ledger, now, m.name), METERS)
    except InvalidInput as error:
        tab.message.show_error(describe_error(error, tab.session.lang()))
        return

    def restore(ledger: LedgerFile, now: datetime) -> object:
        return setup.restore_meter(ledger, now, gone.id)

    token = tab.journal.record(restore)
    tab.refresh()

    def undo() -> None:
        try:
            tab.session.mutate(restore, METERS)
        except InvalidInput as error:
            tab.message.show_error(describe_error(error, tab.session.lang()))
            return
        tab.journal.forget(token)
        tab.refresh()
        tab.message.show_note(arg(translate("Meters", "%1 is back."), gone.name))

    tab.fix.offer(arg(translate("Meters", "Removed %1."), gone.name),
                  translate("Meters", "&Undo"), undo)


def set_balance(tab: MetersTab) -> None:
    from desktopapp.ui.set_balance_dialog import SetBalanceDialog

    m = tab.selected()
    dialog = SetBalanceDialog(tab.session, m.name if m else None, parent=tab)

    def done(event: Any) -> None:
        event_id = event.origin.id
        tab.journal.record(lambda ledger, now: log.undo_event(ledger, now, event_id))
        tab.refresh()
        tab.message.show_note(translate("Meters", "Balance set. Cancel takes it back."))

    dialog.balance_set.connect(done)
    dialog.open()


def undo_edit(old: Meter) -> Any:
    """Save meter's undo: the meter's former values written back."""
    def undo(ledger: LedgerFile, now: datetime) -> object:
        return setup.edit_meter(ledger, now, old.name, grant=old.grant, rule=old.rule,
                                mode=old.mode, cap=old.cap)
    return undo


def undo_pack(event_id: str) -> Any:
    def undo(ledger: LedgerFile, now: datetime) -> object:
        return log.undo_event(ledger, now, event_id)
    return undo

