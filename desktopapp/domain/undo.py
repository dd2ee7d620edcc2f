"""The one undo-chain resolver: which undos are in force and which events they cancel.

An undo is a tombstone event aimed at another event; a redo is an undo aimed at an undo.
Chains resolve newest first: an undo that a newer undo cancels has no effect. Ties in
time keep the order the events were recorded in, so an undo and its redo stamped with
the same instant (a script's ``--now``) resolve the way they were made. The store, the
export and the replay all call these functions, so they can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from desktopapp.domain.events import Event, Undo

U = TypeVar("U", bound=Event)


def cancelled_ids(undos: Iterable[tuple[str, str]]) -> set[str]:
    """Ids cancelled by ``(undo_id, target_id)`` pairs given oldest first."""
    cancelled: set[str] = set()
    for undo_id, target_id in reversed(list(undos)):
        if undo_id not in cancelled:
            cancelled.add(target_id)
    return cancelled


def in_order(undos: Sequence[U]) -> list[U]:
    """Undos oldest first by instant; equal instants keep the given (recorded) order.

    A redo always comes after the undo it cancels, even when it is stamped earlier: made
    on a computer whose clock is behind (a team), or merged before it. Its instant
    counts as no earlier than its target's, and at a tie the deeper link comes later.
    """
    by_id = {u.origin.id: u for u in undos if isinstance(u, Undo)}
    keys: dict[str, tuple[datetime, int]] = {}

    def key(u: Undo) -> tuple[datetime, int]:
        chain: list[Undo] = []
        cur: Undo | None = u
        while cur is not None and cur.origin.id not in keys and cur not in chain:
            chain.append(cur)
            cur = by_id.get(cur.target_id)
        for link in reversed(chain):  # the chain's root first
            below = keys.get(link.target_id)
            keys[link.origin.id] = (
                (max(link.origin.at, below[0]), below[1] + 1)
                if below is not None
                else (link.origin.at, 0)
            )
        return keys[u.origin.id]

    def order(i: int, u: U) -> tuple[datetime, int, int]:
        at, depth = key(u) if isinstance(u, Undo) else (u.origin.at, 0)
        return (at, depth, i)

    return [u for _, u in sorted(((order(i, u), u) for i, u in enumerate(undos)),
                                 key=lambda pair: pair[0])]


def _pairs(undos: Sequence[Event]) -> list[tuple[str, str]]:
    return [(u.origin.id, u.target_id) for u in undos if isinstance(u, Undo)]


def in_force(undos: Sequence[U]) -> list[U]:
    """The undos still in force (none of them targets another), in the given order.

    ``undos`` must be in recorded order (the store's sequence)."""
    cancelled = cancelled_ids(_pairs(in_order(undos)))
    return [u for u in undos if u.origin.id not in cancelled]


def active_events(events: Sequence[Event]) -> list[Event]:
    """The events still in force after applying undo tombstones, Undo events removed.

    ``events`` must be in recorded order (the store's sequence) for same-instant ties."""
    undos = [e for e in events if isinstance(e, Undo)]
    cancelled = cancelled_ids(_pairs(in_order(undos)))
    return [e for e in events if not isinstance(e, Undo) and e.origin.id not in cancelled]

