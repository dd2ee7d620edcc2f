"""A read-only connection to a ledger or a backup, on its own so the start-up check can
use it without loading the backups machinery (gzip, shutil, tempfile)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_S = 10.0


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection: it reads the WAL but never checkpoints, truncates or
    deletes it on close, so checking a file cannot change or destroy what is in it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
