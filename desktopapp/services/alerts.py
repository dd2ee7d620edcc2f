"""Which proactive alerts to show now, each once per episode (desktopapp.domain.alerts),
with the open episodes remembered in the ledger's settings so a restart, a second tray
window or a minute tick never repeats one. The tray only words and shows what this says.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from desktopapp.domain.alerts import Alert, AlertSettings, evaluate
from desktopapp.domain.status import Status
from desktopapp.store.ledger_file import LedgerFile

FIRED_KEY = "alerts.fired"
PAUSED_KEY = "alerts.paused"


def settings(ledger: LedgerFile) -> AlertSettings:
    return AlertSettings.from_settings(ledger.get_setting)


def paused(ledger: LedgerFile) -> bool:
    return bool(ledger.get_setting(PAUSED_KEY, False))


def set_paused(ledger: LedgerFile, value: bool) -> None:
    ledger.set_setting(PAUSED_KEY, bool(value))


def due(
    ledger: LedgerFile,
    now: datetime,
    status: Status | None = None,
    dry_at: Mapping[str, datetime | None] | None = None,
) -> list[Alert]:
    """The alerts whose episode starts now (and remember them). ``status``: the one the
    tray just drew, as of ``now``, so the alert and the icon agree; ``dry_at``: the
    run-dry forecast (``runs_dry``) when the tray had it computed on a worker."""
    current = ledger.status(now) if status is None else status
    chosen = settings(ledger)
    fired = ledger.get_setting(FIRED_KEY, []) or []
    if chosen.paused:
        dry_at = {}
    elif dry_at is None:
        from desktopapp.services.forecast import runs_dry  # the tray loads it after its icon

        dry_at = runs_dry(ledger, now)
    new, keep = evaluate(current, chosen, fired, dry_at)
    if sorted(keep) != sorted(fired):
        ledger.set_setting(FIRED_KEY, sorted(keep))
    return new
