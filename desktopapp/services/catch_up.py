"""Bringing the figures up to date after a change that reaches far back in history.

A meter edited over its whole life, an import or a restore leaves the next status a long
replay away (seconds on a million events). The tray asks ``is_behind`` (a bounded
count) before each status; when it is, ``bring_up_to_date`` runs on a worker thread with
its own connection and leaves checkpoints behind, so the status the tray then computes
itself is short. The worker never hands figures over: the tray reads them from the file
afterwards, so a figure computed before a newer write can never overwrite a newer one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktopapp.store.ledger_file import LedgerFile


def is_behind(ledger: LedgerFile, now: datetime) -> bool:
    return ledger.replay_is_long(now)


def bring_up_to_date(path: Path, now: datetime) -> None:
    """Replay up to ``now`` on the calling (worker) thread, saving checkpoints on the way.

    Its own connection: SQLite connections never cross threads. A file that vanished
    or became unreadable meanwhile is left to the tray's own status to report."""
    ledger = LedgerFile.open(path, create=False, make_folder=False)
    try:
        ledger.state(now)
    finally:
        ledger.close()
