"""The ledger file's writes: a finished task, a balance seen, a correction, a pack, a
bulk append. Each is checked by ``domain.limits`` and, when a service passes one, a
plausibility check run inside its transaction; a refusal writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from desktopapp.domain import limits, plausibility
from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Outcome,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import draw_order
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store import balances, checkpoints_table, connection, meters_table, queries
from desktopapp.store.codec import event_to_row, to_ms
from desktopapp.store.ledger_core import MAX_MS, LedgerCore, SpendCheck


class LedgerWrites(LedgerCore):
    """Appending what happened; balances come from ``store.balances``."""

    # -- ledger -----------------------------------------------------------------------------
    def _account_for(self, meter: Meter | None) -> str:
        if meter is not None:
            return meter.account
        accounts = sorted({m.account for m in self.meters()})
        if len(accounts) > 1:
            raise problem("meter_required", meters=", ".join(m.name for m in self.meters()))
        return accounts[0] if accounts else "default"

    def log_spend(
        self,
        kind: str,
        *,
        credits: int | None = None,
        balance_now: int | None = None,
        meter: str | None = None,
        project: str | None = None,
        outcome: Outcome = "ok",
        note: str | None = None,
        size: float | None = None,
        at: datetime,
        now: datetime,
        event_id: str | None = None,
        check: SpendCheck | None = None,
        replaces: str | None = None,
    ) -> Spend:
        """``event_id``: a UUID the caller chose, so a retry is recognised (AlreadyLogged).

        ``check`` (the services' plausibility rule) sees what the ledger expects just
        before ``at``; a checked write also refuses to leave a balance newly below zero
        at ``now`` (a back-dated log ahead of later ones: ``leaves_negative``)."""
        kind = kind.strip()
        project = (project or "").strip() or None
        limits.check_spend_fields(
            kind,
            credits=credits,
            balance_now=balance_now,
            outcome=outcome,
            size=size,
            project=project,
            note=note,
        )
        origin = self._origin(at, event_id)
        with connection.transaction(self.db):
            self._refuse_known(origin, event_id)
            m = self.meter(meter) if meter is not None else None
            account = self._account_for(m)
            # Only an entry with later ones after it can leave a balance below zero
            # now (the check keeps the entry itself within what is there).
            guarded = check is not None and queries.has_events_after(self.db, to_ms(at))
            before = self._negatives(now) if guarded else None
            cost = credits or 0
            if balance_now is not None or check is not None:
                expected = self._expected(at, m, account)
                if check is not None:
                    found = check(expected)
                    if found:
                        raise InvalidInput(*found)
                if balance_now is not None:
                    if expected.pools == 0:
                        raise problem("no_meters")
                    # Refills and purchases between two "balance now" logs are not spends.
                    cost = max(expected.available - balance_now, 0)
            spend = Spend(
                origin=origin,
                kind=kind,
                credits=cost,
                meter_id=m.id if m else None,
                project=project,
                outcome=outcome,
                note=note or None,
                size=size,
                balance_after=balance_now,
                account=account,
                replaces=replaces,
            )
            self._append(spend, now)
            if before is not None:
                self._refuse_new_negative(before, now)
        return spend

    def _expected(
        self, at: datetime, meter: Meter | None, account: str
    ) -> plausibility.Expected:
        state = balances.balances_at(self.db, at)
        if meter is not None:
            pool = state.pools.get(meter.id)
            return plausibility.Expected(
                available=pool.balance if pool else 0, meter=meter, pools=1
            )
        order = draw_order(meters_table.all_meters(self.db), state, account)
        if not order:  # the account's meters all start later: name the first one
            later = [
                m for m in meters_table.live_meters(self.db)
                if m.account == account and m.created_at is not None and m.created_at > at
            ]
            first = min(later, key=lambda m: m.created_at or at) if later else None
            return plausibility.Expected(available=0, meter=first, pools=0)
        return plausibility.Expected(
            available=sum(max(state.pools[pid].balance, 0) for pid in order),
            meter=None,
            pools=len(order),
        )

    def expected_before(self, at: datetime, meter: str | None = None) -> plausibility.Expected:
        """What the ledger expects just before ``at``: the named meter's balance, or the
        sum over the pools a spend with no meter draws from (and how many there are)."""
        m = self.meter(meter) if meter is not None else None
        return self._expected(at, m, self._account_for(m))

    def observe(
        self,
        meter: str,
        balance: int,
        *,
        at: datetime,
        now: datetime,
        note: str | None = None,
        source: str | None = None,
        event_id: str | None = None,
        check: Callable[[Meter], Sequence[Problem]] | None = None,
    ) -> Event:
        """``source``: the reading's source name (automatic readings); None when typed.
        ``check``: as for ``log_spend`` (with the meter), and no balance left newly
        below zero at ``now`` (a back-dated balance under later logs)."""
        limits.check_count(balance, "balance")
        origin = self._origin(at, event_id)
        with connection.transaction(self.db):
            self._refuse_known(origin, event_id)
            m = self.meter(meter)
            before = None
            if check is not None:
                found = check(m)
                if found:
                    raise InvalidInput(*found)
                if queries.has_events_after(self.db, to_ms(at)):
                    before = self._negatives(now)
            event = Observation(
                origin=origin, meter_id=m.id, balance=balance, note=note, source=source
            )
            self._append(event, now)
            if before is not None:
                self._refuse_new_negative(before, now)
        return event

    def correct(
        self, meter: str, delta: int, *, at: datetime, now: datetime, note: str | None = None
    ) -> Event:
        origin = self._origin(at)
        with connection.transaction(self.db):
            m = self.meter(meter)
            event = Correction(origin=origin, meter_id=m.id, delta=delta, note=note)
            self._append(event, now)
        return event

    def add_pack(
        self,
        credits: int,
        *,
        expires_at: datetime | None = None,
        account: str | None = None,
        note: str | None = None,
        at: datetime,
        now: datetime,
        event_id: str | None = None,
    ) -> Event:
        limits.check_count(credits, "credits")
        if credits == 0:
            raise problem("credits_not_positive", value=credits)
        if expires_at is not None:
            if expires_at.utcoffset() is None:
                raise problem("bad_datetime", value=expires_at.isoformat())
            if expires_at <= at:
                raise problem("expires_before_purchase", expires=expires_at.isoformat())
        origin = self._origin(at, event_id)
        with connection.transaction(self.db):
            self._refuse_known(origin, event_id)
            event = PackPurchase(
                origin=origin,
                credits=credits,
                expires_at=expires_at,
                account=account or self._account_for(None),
                note=note,
            )
            self._append(event, now)
        return event

    def append_many(self, events: Iterable[Event], *, now: datetime) -> int:
        """Bulk append (imports, benchmarks) in one transaction; checkpoints dropped as needed."""
        count, earliest, has_undo = 0, MAX_MS, False

        def rows() -> Iterable[tuple[Any, ...]]:
            nonlocal count, earliest, has_undo
            for e in events:
                count += 1
                earliest = min(earliest, to_ms(e.origin.at))
                has_undo = has_undo or isinstance(e, Undo)
                yield event_to_row(e, now)

        with connection.transaction(self.db):
            before = queries.max_seq(self.db)
            queries.insert_event_rows(self.db, rows())
            if has_undo:  # an undo chain may reach back: from its root on
                balances.invalidate_for_new_events(self.db, before)
            elif count:
                checkpoints_table.delete_checkpoints_from(self.db, earliest)
        return count
