"""A kind's most recent runs in a window, read without decoding the whole window.

An estimate is the spread of one kind's runs. On a busy ledger a 90-day window holds
tens of thousands of logs, most of them other kinds; reading the kind's own newest runs
through its index, up to a cap, makes an estimate cost the same on years of history as
on a week. Kinds are stored as typed ("Video", "動画"): every stored spelling that files
under the code is read.
"""

from __future__ import annotations

from datetime import datetime

from desktopapp.domain.events import Spend
from desktopapp.domain.kinds import normalize_kind
from desktopapp.domain.undo import active_events, in_force
from desktopapp.store import queries
from desktopapp.store.codec import to_ms
from desktopapp.store.handle import Db


def runs_of(db: Db, kind: str, *, since: datetime, until: datetime, limit: int) -> list[Spend]:
    """The newest ``limit`` spends in force filed under ``kind``'s code, dated in
    [since, until], in time order (undone ones do not count towards ``limit``)."""
    code = normalize_kind(kind)
    spellings = [v for v in queries.distinct_recent(db, "kind") if normalize_kind(v) == code]
    want = limit
    while True:
        found: list[Spend] = []
        for spelling in spellings:
            found += [e for e in queries.spends_of_kind_newest_first(
                db, spelling, since_ms=to_ms(since), until_ms=to_ms(until), limit=want)
                if isinstance(e, Spend)]
        found.sort(key=lambda s: s.origin.at, reverse=True)
        newest = found[:want]
        undos = in_force(queries.undos_aimed_at(db, [s.origin.id for s in newest]))
        alive = {e.origin.id for e in active_events([*newest, *undos])}
        kept = [s for s in newest if s.origin.id in alive]
        if len(kept) >= limit or len(newest) < want:  # enough, or all there is
            return list(reversed(kept[:limit]))
        want *= 2  # undone runs took places: read further back
