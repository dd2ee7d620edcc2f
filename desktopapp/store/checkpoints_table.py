"""The checkpoints table (a derived cache of replayed balances) and its epoch (schema
step 0009): a replay saves only while no invalidation happened since it began."""

from __future__ import annotations

from desktopapp.store.handle import Db


def latest_checkpoint(db: Db, at_or_before_ms: int) -> tuple[int, int, str] | None:
    row = db.conn.execute(
        "SELECT at_ms, upto_seq, state FROM checkpoints WHERE at_ms <= ? "
        "ORDER BY at_ms DESC LIMIT 1",
        [at_or_before_ms],
    ).fetchone()
    return (int(row[0]), int(row[1]), str(row[2])) if row else None


def latest_checkpoint_ms(db: Db, at_or_before_ms: int) -> int | None:
    """The instant of the newest checkpoint at or before ``at_or_before_ms`` (no state)."""
    row = db.conn.execute(
        "SELECT MAX(at_ms) FROM checkpoints WHERE at_ms <= ?", [at_or_before_ms]
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def save_checkpoint(
    db: Db, at_ms: int, upto_seq: int, state_json: str, *, epoch: int | None = None
) -> bool:
    """Save one; with ``epoch`` (``checkpoint_epoch`` read before the replay began) only
    while no invalidation happened since: False when it was left out."""
    if epoch is None:
        db.execute(
            "INSERT OR REPLACE INTO checkpoints (at_ms, upto_seq, state) VALUES (?, ?, ?)",
            [at_ms, upto_seq, state_json],
        )
        return True
    cursor = db.conn.execute(
        "INSERT OR REPLACE INTO checkpoints (at_ms, upto_seq, state) "
        "SELECT ?, ?, ? WHERE (SELECT n FROM checkpoint_epoch) = ?",
        [at_ms, upto_seq, state_json, epoch],
    )
    return cursor.rowcount > 0


def checkpoint_epoch(db: Db) -> int:
    """Bumped by every invalidation (see schema step 0009)."""
    row = db.conn.execute("SELECT n FROM checkpoint_epoch").fetchone()
    return int(row[0]) if row else 0


def _bump_epoch(db: Db) -> None:
    db.execute("UPDATE checkpoint_epoch SET n = n + 1")


def delete_checkpoints_from(db: Db, at_ms: int) -> None:
    """Checkpoints at or after an instant whose history just changed (and any that a
    replay running now would save: it began before this change)."""
    db.execute("DELETE FROM checkpoints WHERE at_ms >= ?", [at_ms])
    _bump_epoch(db)


def delete_all_checkpoints(db: Db) -> None:
    db.execute("DELETE FROM checkpoints")
    _bump_epoch(db)


def checkpoint_count(db: Db) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM checkpoints").fetchone()[0])
