"""Which backups stay: 7 daily, 4 weekly, 12 monthly, a few safety copies of each other
kind, and all of them together within ``MAX_TOTAL_FACTOR`` times the database.

The size cap drops the oldest kept backups first and never the newest (one good copy
beats none); whoever made the backup is told which ones the cap removed
(``BackupInfo.thinned_by_cap``) so the user can be.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktopapp.store.backup_names import BackupInfo, list_backups, order

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY = 5  # newest pre-migration / pre-restore copies kept per kind family
MAX_TOTAL_FACTOR = 3.0  # all backups together at most this many times the database


def keep_set(backups: list[BackupInfo]) -> set[Path]:
    """Which backups to keep: newest per day for 7 days, per ISO week for 4 weeks, per
    month for 12 months (days/weeks/months that HAVE backups, like borg prune), plus the
    newest few of each other kind (manual, pre-migration, pre-restore: a user who made
    two manual copies today expects both) and the newest one overall.
    """
    keep: set[Path] = set()
    ordered = sorted(backups, key=order, reverse=True)
    if ordered:
        keep.add(ordered[0].path)
    regular = [b for b in ordered if b.kind in ("daily", "manual")]
    periods = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for count, period_of in periods:
        seen: list[object] = []
        for b in regular:
            period = period_of(b.created)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(period)
            keep.add(b.path)
    safety: dict[str, int] = {}
    for b in ordered:
        family = "premigrate" if b.kind.startswith("premigrate") else b.kind
        if family == "daily":
            continue
        if safety.get(family, 0) < KEEP_SAFETY:
            safety[family] = safety.get(family, 0) + 1
            keep.add(b.path)
    return keep


def over_cap(backups: list[BackupInfo], keep: set[Path], cap: int) -> list[Path]:
    """Of the kept backups, the oldest to drop so all kept fit in ``cap`` bytes (the
    newest is never dropped: one good copy beats none)."""
    kept = sorted((b for b in backups if b.path in keep), key=order, reverse=True)
    total = sum(b.size for b in kept)
    dropped: list[Path] = []
    for b in reversed(kept[1:]):  # oldest first
        if total <= cap:
            break
        dropped.append(b.path)
        total -= b.size
    return dropped


def database_size(db_path: Path) -> int | None:
    """The database's bytes with its WAL (what the cap is a multiple of)."""
    try:
        size = Path(db_path).stat().st_size
    except OSError:
        return None
    with contextlib.suppress(OSError):
        size += Path(f"{db_path}-wal").stat().st_size
    return size


def thin_backups(db_path: Path) -> list[Path]:
    """Delete backups outside the keep set, then the oldest kept ones beyond the size
    cap (``MAX_TOTAL_FACTOR`` times the database); returns what was removed."""
    return thin(db_path)[0]


def thin(db_path: Path) -> tuple[list[Path], list[Path]]:
    """(every backup removed, those of them removed for the size cap, oldest first)."""
    backups = list_backups(db_path)
    keep = keep_set(backups)
    size = database_size(db_path)
    capped = over_cap(backups, keep, int(size * MAX_TOTAL_FACTOR)) if size else []
    keep -= set(capped)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
            removed.append(b.path)
    return removed, capped
