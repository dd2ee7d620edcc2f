"""What in the ledger file the app cannot use, for both faces to show as problems.

A meter whose stored rule the schedule cannot step (a window under a minute, a zone
that does not exist) or a setting whose value is unusable was written by an older
version, another device or a hand edit. Each is left out of every figure (the rest keeps
working) and listed here, with what the user can do about it.
"""

from __future__ import annotations

import os
from datetime import datetime

from desktopapp.domain.problems import Problem
from desktopapp.store import connection
from desktopapp.store.errors import StoreError, is_damage, storage_problem
from desktopapp.store.ledger_file import LedgerFile

__all__ = [
    "checkpoint_wal", "is_damage", "problems", "remove_meter", "storage_problem", "verify",
]

# A command reads only the pages it needs, so a damaged page elsewhere would be served
# without a word; a quick check of a small file costs ~2.5 ms per MiB. Larger files rely
# on the error SQLite raises when a damaged page is read (and the tray's start-up check).
QUICK_CHECK_MAX_BYTES = 8 << 20

# Setting key -> the `creditfuel config` name that sets it again (None: a window setting).
CONFIG_NAMES = {"tz": "timezone", "lang": "language", "price.currency": "currency",
                "price.per_credit": "price_per_credit"}


def problems(ledger: LedgerFile) -> list[Problem]:
    found = [Problem("meter_unusable", {"name": name}) for name in ledger.meter_problems()]
    for key in ledger.setting_problems():
        found.append(Problem("setting_unusable", {"key": key,
                                                  "name": CONFIG_NAMES.get(key, key)}))
    return found


def verify(ledger: LedgerFile) -> None:
    """StoreError("db_corrupt_now") when a small ledger file fails SQLite's quick check."""
    try:
        small = os.stat(ledger.path).st_size <= QUICK_CHECK_MAX_BYTES
    except OSError:
        return
    if small and not connection.is_sound(ledger.db):
        raise StoreError("db_corrupt_now", path=str(ledger.path))


def checkpoint_wal(ledger: LedgerFile) -> bool:
    """Fold the WAL into the main file (the tray calls this once writes have settled), so
    copying only the ``.sqlite3`` file misses nothing. False if busy: try again later."""
    return connection.checkpoint_wal(ledger.db)


def remove_meter(ledger: LedgerFile, now: datetime, name: str) -> None:
    """Remove a meter by name, usable or not (its past logs stay in the ledger)."""
    ledger.remove_meter(name, now=now)
