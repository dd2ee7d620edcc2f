"""Removing what killed backups and restores left in the backups folder.

A backup or a restore killed half-way leaves ``.<name>.tmp`` files (a full-size
uncompressed copy, its ``-journal``/``-wal``/``-shm``, a half-written ``.gz``) that
nobody will finish and that the size cap does not see. A young one may be another
process's backup still running, so only those older than any backup takes are removed.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

LEFTOVER_AGE_S = 15 * 60  # older than any backup still running (a copy keeps writing)
PATTERNS = (
    ".*.db.tmp",
    ".*.db.tmp-journal",
    ".*.db.tmp-wal",
    ".*.db.tmp-shm",
    ".*.gz.tmp",
)


def sweep_leftovers(folder: Path, now: datetime) -> None:
    limit = now.timestamp() - LEFTOVER_AGE_S
    for pattern in PATTERNS:
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime < limit:
                    leftover.unlink()
