"""Removing what killed backups and restores left in the backups folder.

A backup or a restore killed half-way leaves ``.<name>.tmp`` files (a full-size
uncompressed copy, its ``-journal``/``-wal``/``-shm``, a half-written ``.gz``) that
nobody will finish and that the size cap does not see. A young one may be another
process's backup still running, so only those older than any backup takes are removed.

"Older" by both the caller's ``now`` and the file system's own time: the temp files'
times are the file system's, and ``now`` may run ahead of it (a fake clock, a
benchmark's simulated year), which would make the decompressed copy a restore is
reading from this very moment look old.
"""

from __future__ import annotations

import contextlib
import os
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
    limit = min(now.timestamp(), _file_system_time(folder)) - LEFTOVER_AGE_S
    for pattern in PATTERNS:
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime < limit:
                    leftover.unlink()


def _file_system_time(folder: Path) -> float:
    """The time the file system stamps on files now (touching our own folder), which is
    what a leftover's mtime is measured against; +inf when it cannot be had."""
    try:
        os.utime(folder)
        return folder.stat().st_mtime
    except OSError:
        return float("inf")
