"""Opening the ledger file, for the two composition roots (the tray and the CLI).

Faces hold a ``LedgerFile`` and pass it to services; they never import the store. The
type is re-exported here so a face can name it in its own type hints.
"""

from __future__ import annotations

from pathlib import Path

from desktopapp.store import connection
from desktopapp.store.ledger_file import Identity, LedgerFile

__all__ = ["Identity", "LedgerFile", "default_path", "open_ledger"]


def default_path() -> Path:
    """CREDITFUEL_DB, else creditfuel.sqlite3 in the per-user data folder."""
    return connection.default_path()


def open_ledger(
    path: Path | None = None, *, create: bool = True, make_folder: bool = True
) -> LedgerFile:
    """Open (creating or migrating) the ledger; StoreError when it is unusable.

    ``create=False``: a missing file is refused (what only reads never makes a file);
    ``make_folder=False``: a missing folder is refused (a typo in a given path).
    """
    return LedgerFile.open(path, create=create, make_folder=make_folder)
