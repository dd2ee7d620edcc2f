"""The ledger file: one SQLite database of meters, append-only events, rules, settings.

No Qt, no clock reads: every method that depends on time takes ``now``; every user
action is one transaction (``BEGIN IMMEDIATE``). Every write is checked by
``desktopapp.domain.limits`` first; a refusal raises ``InvalidInput`` (codes, worded by
the faces) and writes nothing. Balances come from ``desktopapp.store.balances``.
Services call this; windows and CLI commands never do. Its parts, one job each:
``ledger_core`` (opening, appending, reading, rules, settings), ``ledger_meters``,
``ledger_writes`` and ``ledger_corrections``.
"""

from __future__ import annotations

from desktopapp.store.ledger_core import MAX_MS, USER_LOG_TYPES, Identity, SpendCheck
from desktopapp.store.ledger_corrections import LedgerCorrections
from desktopapp.store.ledger_meters import LedgerMeters

__all__ = ["MAX_MS", "USER_LOG_TYPES", "Identity", "LedgerFile", "SpendCheck"]


class LedgerFile(LedgerMeters, LedgerCorrections):
    """The whole ledger file: what services hold (see ``LedgerCore`` for the contract)."""
