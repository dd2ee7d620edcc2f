"""What in the ledger file the app cannot use, for both faces to show as problems.

A meter whose stored rule the schedule cannot step (a window under a minute, a zone
that does not exist) or a setting whose value is unusable was written by an older
version, another device or a hand edit. Each is left out of every figure (the rest keeps
working) and listed here, with what the user can do about it.
"""

from __future__ import annotations

from desktopapp.domain.problems import Problem
from desktopapp.store.ledger_file import LedgerFile

# Setting key -> the `creditfuel config` name that sets it again (None: a window setting).
CONFIG_NAMES = {"tz": "timezone", "lang": "language", "price.currency": "currency",
                "price.per_credit": "price_per_credit"}


def problems(ledger: LedgerFile) -> list[Problem]:
    found = [Problem("meter_unusable", {"name": name}) for name in ledger.meter_problems()]
    for key in ledger.setting_problems():
        found.append(Problem("setting_unusable", {"key": key,
                                                  "name": CONFIG_NAMES.get(key, key)}))
    return found
