"""Whether the figures at an instant are a short replay away, or a long one.

After a change that reaches far back (a meter edited over its whole life, an import, a
restore of a file without checkpoints) the next status replays from the start: seconds on
a long history. The tray must not do that on its UI thread, so it asks here first; the
answer costs a bounded index walk, never more than ``LONG_REPLAY`` rows.
"""

from __future__ import annotations

from datetime import datetime

from desktopapp.store import checkpoints_table, queries
from desktopapp.store.codec import to_ms
from desktopapp.store.handle import Db

# Replaying this many logs takes tens of milliseconds: above it, a worker does it.
LONG_REPLAY = 5_000
# Decoding and weighing this many logs (an estimate window, a History period) takes
# tens of milliseconds too: a window holding more is computed on a worker.
LARGE_WINDOW = 2_000


def logs_to_replay(db: Db, until: datetime, *, cap: int | None = None) -> int:
    """Logs between the newest checkpoint at or before ``until`` and ``until``, counted
    up to ``cap`` (just past ``LONG_REPLAY`` unless given)."""
    upper = to_ms(until)
    after = checkpoints_table.latest_checkpoint_ms(db, upper)
    limit = LONG_REPLAY + 1 if cap is None else cap
    return queries.count_logs_capped(db, after_ms=after, until_ms=upper, cap=limit)


def is_long(db: Db, until: datetime) -> bool:
    return logs_to_replay(db, until) > LONG_REPLAY


def is_large_window(db: Db, since: datetime, until: datetime) -> bool:
    """Whether more than ``LARGE_WINDOW`` logs fall in [since, until] (a bounded count)."""
    found = queries.count_logs_capped(
        db, after_ms=to_ms(since) - 1, until_ms=to_ms(until), cap=LARGE_WINDOW + 1
    )
    return found > LARGE_WINDOW
