"""The ledger file's corrections: undo and redo (tombstones resolved by ``domain.undo``),
edits as an undo plus a replacing spend, batches, and merging another device's events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from desktopapp.domain.events import (
    Event,
    Spend,
    Undo,
)
from desktopapp.domain.limits import problem
from desktopapp.domain.undo import active_events, cancelled_ids, in_force, in_order
from desktopapp.store import balances, checkpoints_table, connection, meters_table, queries
from desktopapp.store.codec import event_to_row, to_ms
from desktopapp.store.ledger_core import SpendCheck
from desktopapp.store.ledger_writes import LedgerWrites


class LedgerCorrections(LedgerWrites):
    """Nothing is changed in place: every correction is a new event."""

    # -- undo / redo ------------------------------------------------------------------------
    def undo_last(self, *, now: datetime, guard: bool = False) -> Event | None:
        """Tombstone the most recently written active log; returns the event undone.

        The newest log being a correction, the undo is of the whole edit: the log it
        replaced comes back in the same transaction."""
        with connection.transaction(self.db):
            negative = self._negatives(now) if guard else None
            before: int | None = None
            while True:
                page = queries.user_logs_newest_first(self.db, before_seq=before)
                if not page:
                    return None
                # Only the undos aimed at this page (and their chains) can say which of
                # it stands: an index read, not every undo of history.
                undos = in_force(queries.undos_aimed_at(self.db, [e.origin.id for e in page]))
                alive = {e.origin.id for e in active_events([*page, *undos])}
                for e in page:  # newest first
                    if e.origin.id in alive and self._made_here(e):
                        if isinstance(e, Spend) and e.replaces:
                            replaced = queries.undos_aimed_at(self.db, [e.replaces])
                            self._bring_back(e.replaces, in_force(replaced), now)
                        self._append(Undo(origin=self._origin(now), target_id=e.origin.id), now)
                        self._refuse_new_negative(negative, now)
                        return e
                before = queries.seq_of(self.db, page[-1].origin.id)

    def _bring_back(self, event_id: str, undos: Sequence[Event], now: datetime) -> None:
        """Cancel the undos in force aimed at ``event_id`` (a redo of it)."""
        for u in undos:
            if isinstance(u, Undo) and u.target_id == event_id:
                self._append(Undo(origin=self._origin(now), target_id=u.origin.id), now)

    def undo_event(
        self, event_id: str, *, now: datetime, guard: bool = False
    ) -> Event | None:
        """Tombstone one log by id (Quick log's own Undo); returns it, or None when it is
        already undone. InvalidInput("unknown_event") for an id that is no log here."""
        with connection.transaction(self.db):
            target = queries.event_by_id(self.db, event_id)
            if target is None or isinstance(target, Undo):
                raise problem("unknown_event", id=event_id)
            undos = in_order(queries.undos_aimed_at(self.db, [event_id]))
            pairs = [(u.origin.id, u.target_id) for u in undos if isinstance(u, Undo)]
            if event_id in cancelled_ids(pairs):
                return None
            negative = self._negatives(now) if guard else None
            if isinstance(target, Spend) and target.replaces:
                replaced = queries.undos_aimed_at(self.db, [target.replaces])
                self._bring_back(target.replaces, in_force(replaced), now)
            self._append(Undo(origin=self._origin(now), target_id=event_id), now)
            self._refuse_new_negative(negative, now)
            return target

    def redo_last(self, *, now: datetime, guard: bool = False) -> Event | None:
        """Undo the most recent undo still in force; returns the event it restores."""
        with connection.transaction(self.db):
            for u in self._undos_in_force_newest_first():
                if not self._made_here(u):
                    continue
                target = queries.event_by_id(self.db, u.target_id)
                if target is None or isinstance(target, Undo):
                    continue  # a redo, not an undo of a log
                negative = self._negatives(now) if guard else None
                self._append(Undo(origin=self._origin(now), target_id=u.origin.id), now)
                if isinstance(target, Spend) and target.replaces:
                    # a correction comes back: the log it replaced goes again
                    self._append(Undo(origin=self._origin(now), target_id=target.replaces), now)
                self._refuse_new_negative(negative, now)
                return target
        return None

    def _undos_in_force_newest_first(self) -> Iterator[Undo]:
        """Page by page from the newest: each page's own chains say which stand."""
        before: tuple[int, int] | None = None
        while True:
            rows = queries.newest_first(self.db, "undo", before=before)
            if not rows:
                return
            page = [u for _, u in rows if isinstance(u, Undo)]
            chains = queries.undos_aimed_at(self.db, [u.origin.id for u in page])
            every = {u.origin.id: u for u in [*chains, *page]}
            seq = queries.seqs_of(self.db, every)
            recorded = sorted(every.values(), key=lambda u: seq.get(u.origin.id, 0))
            pairs = [(u.origin.id, u.target_id) for u in in_order(recorded)
                     if isinstance(u, Undo)]
            cancelled = cancelled_ids(pairs)
            for u in page:
                if u.origin.id not in cancelled:
                    yield u
            before = (to_ms(rows[-1][1].origin.at), rows[-1][0])

    # -- corrections and batches (issue 9) ------------------------------------------------
    def replace_spend(
        self,
        event_id: str,
        *,
        now: datetime,
        check: SpendCheck | None = None,
        meter: str | None = None,
        keep_meter: bool = True,
        **changes: Any,
    ) -> tuple[Undo, Spend]:
        """Correct a past log, append-only: the old spend is undone and a new one that
        ``replaces`` it is written, in one transaction. Returns both (undoing the two
        together, or ``undo_last``, brings the old one back). ``changes``: kind,
        credits, project, outcome, note, size, at. A new ``credits`` drops a logged
        "balance now" (the user states the cost instead)."""
        allowed = {"kind", "credits", "project", "outcome", "note", "size", "at"}
        unknown = set(changes) - allowed
        if unknown:
            raise problem("bad_field", field=", ".join(sorted(unknown)))
        with connection.transaction(self.db):
            old = self.log_in_force(event_id)
            if not isinstance(old, Spend):
                raise problem("edit_spends_only", id=event_id)
            negative = self._negatives(now)
            undo = Undo(origin=self._origin(now), target_id=old.origin.id)
            self._append(undo, now)
            fields: dict[str, Any] = {
                "kind": old.kind,
                "project": old.project,
                "outcome": old.outcome,
                "note": old.note,
                "size": old.size,
                "at": old.origin.at,
            }
            fields.update(changes)
            credits: int | None = changes.get("credits")
            balance_now = old.balance_after if credits is None else None
            if credits is None and balance_now is None:
                credits = old.credits
            if meter is None and keep_meter and old.meter_id is not None:
                kept = meters_table.meter_by_id(self.db, old.meter_id)
                meter = kept.name if kept is not None and kept.removed_at is None else None
            new = self.log_spend(
                fields["kind"],
                credits=credits,
                balance_now=balance_now,
                meter=meter,
                project=fields["project"],
                outcome=fields["outcome"],
                note=fields["note"],
                size=fields["size"],
                at=fields["at"],
                now=now,
                check=check,
                replaces=old.origin.id,
            )
            self._refuse_new_negative(negative, now)
        return undo, new

    def _settle_corrections(self, target_id: str, now: datetime) -> None:
        """Two devices corrected the same log: both corrections arrive and would count
        twice. The one with the greatest id stays (every device picks the same one); the
        others are undone here, and those undos travel like any other."""
        rivals = queries.spends_replacing(self.db, target_id)
        if len(rivals) < 2:
            return
        chain = in_order(queries.undos_aimed_at(self.db, [r.origin.id for r in rivals]))
        gone = cancelled_ids([(u.origin.id, u.target_id) for u in chain if isinstance(u, Undo)])
        alive = [r for r in rivals if r.origin.id not in gone]
        if len(alive) < 2:
            return
        keep = max(alive, key=lambda r: r.origin.id)
        for loser in alive:
            if loser is not keep:
                self._append(Undo(origin=self._origin(now), target_id=loser.origin.id), now)

    def log_in_force(self, event_id: str) -> Event:
        """The log with that id, in force; InvalidInput("unknown_event") otherwise."""
        target = queries.event_by_id(self.db, event_id.strip().lower())
        if target is None or isinstance(target, Undo):
            raise problem("unknown_event", id=event_id)
        undos = in_order(queries.undos_aimed_at(self.db, [target.origin.id]))
        pairs = [(u.origin.id, u.target_id) for u in undos if isinstance(u, Undo)]
        if target.origin.id in cancelled_ids(pairs):
            raise problem("unknown_event", id=event_id)
        return target

    def undo_events(
        self, ids: Sequence[str], *, now: datetime, logs_only: bool = True, guard: bool = True
    ) -> list[Undo]:
        """Tombstone several events in one transaction (a delete of several logs, or the
        undo of such a batch: ``logs_only=False`` lets the targets be undos, i.e. redo).
        Ids already undone are skipped; returns the undos written."""
        made: list[Undo] = []
        with connection.transaction(self.db):
            negative = self._negatives(now) if guard else None
            for event_id in dict.fromkeys(i.strip().lower() for i in ids):
                target = queries.event_by_id(self.db, event_id)
                if target is None or (logs_only and isinstance(target, Undo)):
                    raise problem("unknown_event", id=event_id)
                chain = in_order(queries.undos_aimed_at(self.db, [event_id]))
                pairs = [(u.origin.id, u.target_id) for u in chain if isinstance(u, Undo)]
                if event_id in cancelled_ids(pairs):
                    continue
                undo = Undo(origin=self._origin(now), target_id=event_id)
                self._append(undo, now)
                made.append(undo)
            self._refuse_new_negative(negative, now)
        return made


    # -- team folder (issue 13) -------------------------------------------------------------
    def _made_here(self, event: Event) -> bool:
        """Undo/redo "the last" act on what this PC wrote: a log merged from a teammate's
        PC is theirs to undo (undo by id still reaches it)."""
        if event.origin.device == self.identity.device:
            return True
        from desktopapp.store import team_store  # a teammate's event: a team ledger

        return not team_store.stamped(self.db, event.origin.id)

    def merge_events(self, events: Iterable[Event], *, now: datetime) -> list[Event]:
        """Add events made on other devices, each at most once (by id), in the order
        given; returns those that were new. Checkpoints from the earliest instant they
        change (an undo: from its target's) are dropped, as for a local write."""
        batch = list(events)
        with connection.transaction(self.db):
            known = queries.existing_event_ids(self.db, [e.origin.id for e in batch])
            fresh: list[Event] = []
            for e in batch:
                if e.origin.id not in known:
                    known.add(e.origin.id)
                    fresh.append(e)
            if not fresh:
                return []
            queries.insert_event_rows(self.db, (event_to_row(e, now) for e in fresh))
            for target in {e.replaces for e in fresh if isinstance(e, Spend) and e.replaces}:
                self._settle_corrections(target, now)
            earliest = min(to_ms(e.origin.at) for e in fresh)
            for e in fresh:
                if isinstance(e, Undo):
                    root = balances.root_target(self.db, e)
                    if root is not None:
                        earliest = min(earliest, to_ms(root.origin.at))
            checkpoints_table.delete_checkpoints_from(self.db, earliest)
        return fresh
