"""The ledger file: one SQLite database of meters, append-only events, rules, settings.

No Qt, no clock reads: every method that depends on time takes ``now``; every user
action is one transaction (``BEGIN IMMEDIATE``). Every write is checked by
``desktopapp.domain.limits`` first; a refusal raises ``InvalidInput`` (codes, worded by
the faces) and writes nothing. Balances come from ``desktopapp.store.balances``.
Services call this; windows and CLI commands never do.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktopapp.domain import limits, plausibility, validation
from desktopapp.domain.events import (
    Correction,
    Event,
    Observation,
    Origin,
    Outcome,
    PackPurchase,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import LedgerState, draw_order
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import GrantMode, Meter, Unit
from desktopapp.domain.presets import PRESETS, instantiate
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.rules import Rule, rule_from_dict, rule_to_dict
from desktopapp.domain.schedule import ResetRule
from desktopapp.domain.status import Status, build_status
from desktopapp.domain.undo import active_events, cancelled_ids, in_force, in_order
from desktopapp.store import balances, connection, ledger_pages, queries, team_store
from desktopapp.store.codec import event_to_row, to_ms
from desktopapp.store.handle import Db

MAX_MS = 2**62
USER_LOG_TYPES = queries.USER_LOG_TYPES
# A plausibility check a service passes into a write: run inside its transaction with
# what the ledger expects just before the entry (nothing written when it finds problems).
SpendCheck = Callable[[plausibility.Expected], Sequence[Problem]]


def _before_migration(path: Path, version: int) -> object:
    from desktopapp.store.backup import backup_before_migration  # only when migrating

    return backup_before_migration(path, version)


@dataclass(frozen=True)
class Identity:
    """Who and where events are made (stamped on every event for later merging)."""

    device: str
    member: str


class LedgerFile:
    """Contract (implemented over ``desktopapp.store``):

    open(path, identity=None) -> LedgerFile        create/migrate the database file
    close()
    # meters (config, editable; stable UUID ids)
    meters() -> list[Meter]                      live meters, draw/display order
    meter(name) -> Meter                         InvalidInput("unknown_meter") if absent
    add_meter(name, grant, rule, *, mode, cap, priority, unit, account, balance, now) -> Meter
    edit_meter(name, *, now, **changes) -> Meter
    remove_meter(name, *, now) -> None           soft removal; its events stay
    apply_preset(key, *, now, grant=None, billing_day=None, tz=None) -> list[Meter]
    # ledger (append-only)
    log_spend(kind, *, credits=None, balance_now=None, meter=None, project=None,
              outcome="ok", note=None, size=None, at, now) -> Spend
    observe(meter, balance, *, at, now) -> Event
    add_pack(credits, *, expires_at=None, account="default", at, now) -> Event
    undo_last(*, now) -> Event | None            the undone event (None: nothing to undo)
    undo_event(event_id, *, now) -> Event | None  that log undone (None: it already was)
    redo_last(*, now) -> Event | None            the restored event
    events(*, since=None, until=None) -> list[Event]   active events, time order
    spends(*, since, until) -> list[Spend]       active spends, time order
    projects() / recent_kinds() -> list[str]     most recently used first
    state(now) -> LedgerState                    replay from the newest valid checkpoint
    status(now) -> Status
    rules() / add_rule(rule, *, now) / remove_rule(rule_id, *, now)
    # settings (JSON values)
    get_setting(key, default=None) / set_setting(key, value)
    data_version() -> int                        changes whenever another process writes
    """

    def __init__(self, db: Db, path: Path, identity: Identity) -> None:
        self.db = db
        self.path = path
        self.identity = identity

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        identity: Identity | None = None,
        *,
        create: bool = True,
        make_folder: bool = True,
    ) -> LedgerFile:
        """Open (creating or migrating) the ledger file; StoreError if it is unusable.

        ``create=False``: refuse a missing file (read-only commands never make one);
        ``make_folder=False``: refuse a missing folder (a ``--db`` typo).
        """
        real = Path(path).expanduser() if path is not None else connection.default_path()
        db = connection.connect(
            real, create=create, make_folder=make_folder, before_migration=_before_migration
        )
        try:
            ident = identity or cls._identity(db)
        except BaseException:
            db.close()
            raise
        return cls(db, real, ident)

    @staticmethod
    def _identity(db: Db) -> Identity:
        found, device = queries.get_setting(db, "device_id")
        if not found:  # the write lock only when there is something to write: a
            # read-only file still opens for reading commands
            with connection.transaction(db):
                found, device = queries.get_setting(db, "device_id")
                if not found:
                    device = str(uuid.uuid4())
                    queries.set_setting(db, "device_id", device)
        found, member = queries.get_setting(db, "member")
        if not found or not member:
            try:
                member = getpass.getuser()
            except (KeyError, OSError):  # no user name in a bare container
                member = "me"
        return Identity(device=str(device), member=str(member))

    def close(self) -> None:
        self.db.close()

    def reopen(self) -> None:
        """Open the same path afresh (a restore replaced the file or moved it aside).

        The same object stays: every holder (session, file watcher, app) keeps working.
        The new connection is made first, so a failure leaves the old one usable.
        """
        fresh = connection.connect(self.path, before_migration=_before_migration)
        old, self.db = self.db, fresh
        old.close()

    def __enter__(self) -> LedgerFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers ---------------------------------------------------------------------------
    def _origin(self, at: datetime, event_id: str | None = None) -> Origin:
        limits.check_instant(at)
        validation.check_event_id(event_id)
        return Origin(
            id=(event_id or "").lower() or str(uuid.uuid4()),
            at=at,
            device=self.identity.device,
            member=self.identity.member,
        )

    def _refuse_known(self, origin: Origin, chosen: str | None) -> None:
        """A caller-chosen id already in the ledger: the retry of an earlier write
        (``AlreadyLogged``, nothing written), never a second copy. Inside the write lock."""
        if chosen is not None:
            found = queries.event_by_id(self.db, origin.id)
            if found is not None:
                raise validation.AlreadyLogged(found)

    def _append(self, event: Event, now: datetime) -> None:
        """Insert one event and drop the checkpoints whose past it changes."""
        queries.insert_event(self.db, event, now)
        changed_from = to_ms(event.origin.at)
        if isinstance(event, Undo):
            root = balances.root_target(self.db, event)
            if root is not None:
                changed_from = min(changed_from, to_ms(root.origin.at))
        queries.delete_checkpoints_from(self.db, changed_from)

    # -- meters -----------------------------------------------------------------------------
    def meters(self) -> list[Meter]:
        return queries.live_meters(self.db)

    def all_meters(self) -> list[Meter]:
        """Live and removed meters (a list names the meter an old log drew from)."""
        return queries.all_meters(self.db)

    def page_logs(
        self, filters: ledger_pages.Filters, *, before: tuple[int, int] | None, limit: int
    ) -> tuple[list[tuple[int, Event]], tuple[int, int] | None]:
        """A page of logs in force, newest first (see store.ledger_pages)."""
        return ledger_pages.page(self.db, filters, before=before, limit=limit)

    def meter(self, name: str) -> Meter:
        found = queries.live_meter_by_name(self.db, name)
        if found is None:
            raise problem("unknown_meter", name=name)
        return found

    def add_meter(
        self,
        name: str,
        grant: int,
        rule: ResetRule,
        *,
        mode: GrantMode = "overwrite",
        cap: int | None = None,
        priority: int | None = None,
        unit: Unit = "credits",
        account: str = "default",
        balance: int | None = None,
        now: datetime,
        created_at: datetime | None = None,
    ) -> Meter:
        """``created_at``: when the meter starts (a plan switched at an earlier instant);
        default ``now``. Its opening ``balance`` is observed then."""
        name = name.strip()
        start = created_at or now
        limits.check_meter_fields(name, grant, rule, mode, cap, unit)
        limits.check_count(balance, "balance")
        meter = Meter(
            id=str(uuid.uuid4()),
            name=name,
            grant=grant,
            rule=rule,
            mode=mode,
            cap=cap,
            priority=priority,
            unit=unit,
            account=account.strip() or "default",
            created_at=start,
        )
        with connection.transaction(self.db):
            if queries.live_meter_by_name(self.db, name) is not None:
                raise problem("meter_exists", name=name)
            queries.insert_meter(self.db, meter)
            balances.invalidate_for_meter(self.db, meter)  # a new meter: only from now on
            if balance is not None:
                self._append(
                    Observation(origin=self._origin(start), meter_id=meter.id, balance=balance),
                    now,
                )
        return meter

    def edit_meter(self, name: str, /, *, now: datetime, **changes: Any) -> Meter:
        """Change a meter's config (``name=`` renames it); applies to its whole history."""
        allowed = {"name", "grant", "rule", "mode", "cap", "priority", "unit", "account"}
        unknown = set(changes) - allowed
        if unknown:
            raise problem("bad_field", field=", ".join(sorted(unknown)))
        with connection.transaction(self.db):
            old = self.meter(name)
            new = replace(old, **changes)
            if isinstance(new.name, str):
                new = replace(new, name=new.name.strip())
            limits.check_meter_fields(new.name, new.grant, new.rule, new.mode, new.cap, new.unit)
            if new.name != old.name and queries.live_meter_by_name(self.db, new.name):
                raise problem("meter_exists", name=new.name)
            queries.update_meter(self.db, new)
            # Config applied to the meter's whole life: replay from its creation on.
            balances.invalidate_for_meter(self.db, old)
        return new

    def remove_meter(self, name: str, *, now: datetime) -> Meter:
        """Soft removal; returns the meter so the face can undo it (``restore_meter``)."""
        with connection.transaction(self.db):
            m = self.meter(name)
            queries.mark_meter_removed(self.db, m.id, to_ms(now))
            balances.invalidate_for_meter(self.db, m, removed_ms=to_ms(now))
        return m

    def restore_meter(self, meter_id: str, *, now: datetime, guard: bool = True) -> Meter:
        """Undo a removal: the meter is live again as if never removed (its pool replays
        through the gap). InvalidInput("meter_exists") when its name was taken since."""
        with connection.transaction(self.db):
            found = queries.meter_by_id(self.db, meter_id)
            if found is None:
                raise problem("unknown_meter", name=meter_id)
            if found.removed_at is None:
                return found
            if queries.live_meter_by_name(self.db, found.name) is not None:
                raise problem("meter_exists", name=found.name)
            before = self._negatives(now) if guard else None
            queries.mark_meter_restored(self.db, meter_id)
            balances.invalidate_for_meter(self.db, found, removed_ms=to_ms(found.removed_at))
            self._refuse_new_negative(before, now)
        return replace(found, removed_at=None)

    def apply_preset(
        self,
        key: str,
        *,
        now: datetime,
        grant: int | None = None,
        billing_day: int | None = None,
        tz: str | None = None,
        name_of: Callable[[str], str] = str,
        account: str | None = None,
    ) -> list[Meter]:
        """The preset's meters, each named by ``name_of`` (the user's language), in
        ``account`` when given (else the preset's own, e.g. "Genspark")."""
        preset = PRESETS.get(key)
        if preset is None:
            raise problem("unknown_preset", name=key)
        zone = tz or str(self.get_setting("tz", "UTC"))
        limits.check_zone(zone)
        if billing_day is not None and not 1 <= billing_day <= 31:
            raise problem("bad_day", value=billing_day)
        limits.check_count(grant, "grant")
        specs = instantiate(
            preset, tz=zone, anchor=now, billing_day=billing_day, grant=grant
        )
        made: list[Meter] = []
        with connection.transaction(self.db):
            for spec in specs:
                made.append(
                    self.add_meter(
                        name_of(spec.name),
                        spec.grant,
                        spec.rule,
                        mode=spec.mode,
                        cap=spec.cap,
                        priority=spec.priority,
                        unit=spec.unit,
                        account=account or spec.account,
                        now=now,
                    )
                )
        return made

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
        order = draw_order(queries.all_meters(self.db), state, account)
        if not order:  # the account's meters all start later: name the first one
            later = [
                m for m in queries.live_meters(self.db)
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

    # -- the gauge never goes below zero by a write ---------------------------------------
    def _negatives(self, now: datetime) -> dict[str, int]:
        """Pools shown (live meters, packs) whose balance at ``now`` is below zero."""
        state = balances.balances_at(self.db, now)
        shown = {m.id for m in queries.live_meters(self.db)} | {p.id for p in state.packs}
        return {
            pid: s.balance
            for pid, s in state.pools.items()
            if s.balance < 0 and not s.expired and pid in shown
        }

    def _refuse_new_negative(self, before: dict[str, int] | None, now: datetime) -> None:
        """Inside a write's transaction: refuse it (rolled back) when it leaves a pool
        below zero, or lower than it already was (old data keeps its mismatch flag).
        ``before`` None: an unguarded write (imports, the store's own tests)."""
        if before is None:
            return
        for pid, balance in self._negatives(now).items():
            if balance < before.get(pid, 0):
                found = queries.meter_by_id(self.db, pid)
                raise problem(
                    "leaves_negative",
                    meter=found.name if found is not None else "pack",
                    balance=str(balance),
                )

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
                queries.delete_checkpoints_from(self.db, earliest)
        return count

    # -- undo / redo ------------------------------------------------------------------------
    def undo_last(self, *, now: datetime, guard: bool = False) -> Event | None:
        """Tombstone the most recently written active log; returns the event undone.

        The newest log being a correction, the undo is of the whole edit: the log it
        replaced comes back in the same transaction."""
        with connection.transaction(self.db):
            negative = self._negatives(now) if guard else None
            undos = in_force(queries.all_undos(self.db))
            before: int | None = None
            while True:
                page = queries.user_logs_newest_first(self.db, before_seq=before)
                if not page:
                    return None
                alive = {e.origin.id for e in active_events([*page, *undos])}
                for e in page:  # newest first
                    if e.origin.id in alive and self._made_here(e):
                        if isinstance(e, Spend) and e.replaces:
                            self._bring_back(e.replaces, undos, now)
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
            undos = in_order(queries.all_undos(self.db))
            pairs = [(u.origin.id, u.target_id) for u in undos if isinstance(u, Undo)]
            if event_id in cancelled_ids(pairs):
                return None
            negative = self._negatives(now) if guard else None
            if isinstance(target, Spend) and target.replaces:
                self._bring_back(target.replaces, in_force(undos), now)
            self._append(Undo(origin=self._origin(now), target_id=event_id), now)
            self._refuse_new_negative(negative, now)
            return target

    def redo_last(self, *, now: datetime, guard: bool = False) -> Event | None:
        """Undo the most recent undo still in force; returns the event it restores."""
        with connection.transaction(self.db):
            undos = [u for u in queries.all_undos(self.db) if isinstance(u, Undo)]
            cancelled = cancelled_ids([(u.origin.id, u.target_id) for u in undos])
            for u in reversed(undos):  # newest first
                if u.origin.id in cancelled or not self._made_here(u):
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
                kept = queries.meter_by_id(self.db, old.meter_id)
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
        chain = in_order(queries.undo_chain(self.db, [r.origin.id for r in rivals]))
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
        undos = in_order(queries.undo_chain(self.db, [target.origin.id]))
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
                chain = in_order(queries.undo_chain(self.db, [event_id]))
                pairs = [(u.origin.id, u.target_id) for u in chain if isinstance(u, Undo)]
                if event_id in cancelled_ids(pairs):
                    continue
                undo = Undo(origin=self._origin(now), target_id=event_id)
                self._append(undo, now)
                made.append(undo)
            self._refuse_new_negative(negative, now)
        return made

    # -- plan switch (issue 9) ------------------------------------------------------------
    def switch_plan(
        self,
        key: str,
        *,
        at: datetime,
        now: datetime,
        account: str,
        name_of: Callable[[str], str] = str,
        billing_day: int | None = None,
        grant: int | None = None,
        tz: str | None = None,
        balance: int | None = None,
    ) -> tuple[list[Meter], list[Meter]]:
        """The preset's meters replace the live meters of ``account`` at ``at``: those
        are removed then, the new ones start then (history, packs and rules stay).
        ``balance``: what the first new meter holds at ``at`` (else it starts full).
        Returns (removed, made)."""
        preset = PRESETS.get(key)
        if preset is None:
            raise problem("unknown_preset", name=key)
        zone = tz or str(self.get_setting("tz", "UTC"))
        limits.check_zone(zone)
        limits.check_instant(at)
        if billing_day is not None and not 1 <= billing_day <= 31:
            raise problem("bad_day", value=billing_day)
        limits.check_count(grant, "grant")
        limits.check_count(balance, "balance")
        specs = instantiate(preset, tz=zone, anchor=at, billing_day=billing_day, grant=grant)
        with connection.transaction(self.db):
            old = [m for m in queries.live_meters(self.db) if m.account == account]
            for m in old:
                found = plausibility.check_when(at, now, m)
                if found:
                    raise InvalidInput(*found)
            if not old:
                found = plausibility.check_when(at, now, None)
                if found:
                    raise InvalidInput(*found)
            negative = self._negatives(now)
            for m in old:
                queries.mark_meter_removed(self.db, m.id, to_ms(at))
                balances.invalidate_for_meter(self.db, m, removed_ms=to_ms(at))
            made = [
                self.add_meter(
                    name_of(spec.name),
                    spec.grant,
                    spec.rule,
                    mode=spec.mode,
                    cap=spec.cap,
                    priority=spec.priority,
                    unit=spec.unit,
                    account=account,
                    now=now,
                    created_at=at,
                )
                for spec in specs
            ]
            if balance is not None and made:
                found = plausibility.check_set_balance(balance, made[0], at=at, now=now)
                if found:
                    raise InvalidInput(*found)
                self._append(
                    Observation(origin=self._origin(at), meter_id=made[0].id, balance=balance),
                    now,
                )
            self._refuse_new_negative(negative, now)
        return old, made

    def unswitch_plan(
        self, removed: Sequence[Meter], made: Sequence[Meter], *, now: datetime
    ) -> None:
        """Undo ``switch_plan``: its meters go as if never there, the old ones are back."""
        with connection.transaction(self.db):
            for m in made:
                if m.created_at is not None:
                    queries.mark_meter_removed(self.db, m.id, to_ms(m.created_at))
                    balances.invalidate_for_meter(self.db, m)
            for m in removed:
                self.restore_meter(m.id, now=now, guard=False)

    # -- reading ----------------------------------------------------------------------------
    def events(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Event]:
        """Active (not undone) events in time order, undo tombstones left out."""
        hi = to_ms(until) if until is not None else MAX_MS
        found = queries.events_between(self.db, after_ms=None, until_ms=hi)
        logs = [e for e in found if not isinstance(e, Undo)]
        active = active_events([*logs, *in_force([e for e in found if isinstance(e, Undo)])])
        if since is not None:
            active = [e for e in active if e.origin.at >= since]
        return active

    def spends(self, *, since: datetime, until: datetime) -> list[Spend]:
        """Active spends with since <= at <= until, time order (indexed by type, at)."""
        hi = to_ms(until)
        found = queries.events_between(
            self.db, after_ms=to_ms(since) - 1, until_ms=hi, types=("spend",)
        )
        # Only undos dated in the window or aimed at its events (and their chains) can
        # change what it holds: a check stays as cheap on years of history as on weeks.
        undos = in_force(queries.undos_after_checkpoint(self.db, to_ms(since) - 1, hi))
        return [e for e in active_events([*found, *undos]) if isinstance(e, Spend)]

    def projects(self) -> list[str]:
        return queries.distinct_recent(self.db, "project")

    def recent_kinds(self) -> list[str]:
        return queries.distinct_recent(self.db, "kind")

    def state(self, now: datetime) -> LedgerState:
        return balances.balances_at(self.db, now)

    def status(self, now: datetime) -> Status:
        return build_status(self.meters(), self.state(now), now)

    # -- team rules -------------------------------------------------------------------------
    def rules(self) -> list[Rule]:
        """Live team rules (desktopapp.domain.rules), oldest first."""
        made: list[Rule] = []
        for r in queries.live_rules(self.db):
            try:
                stored = {"id": r["id"], "code": r["code"], "params": r["params"]}
                made.append(rule_from_dict(stored))
            except (InvalidInput, ValueError, TypeError, KeyError, AttributeError):
                continue  # a row this version cannot use (hand edit, newer app): left out
        return made

    def add_rule(self, rule: Rule, *, now: datetime) -> Rule:
        """Store a team rule as id, code and params JSON; a rule without an id gets one."""
        d = dict(rule_to_dict(rule))
        rule_id = str(d.get("id") or uuid.uuid4())
        stored = {"id": rule_id, "code": d["code"], "params": d.get("params") or {}}
        made = rule_from_dict(stored)  # validates before writing
        with connection.transaction(self.db):
            queries.insert_rule(self.db, rule_id, stored["code"], stored["params"], to_ms(now))
        return made

    def remove_rule(self, rule_id: str, *, now: datetime) -> None:
        with connection.transaction(self.db):
            if not queries.mark_rule_removed(self.db, rule_id, to_ms(now)):
                raise problem("unknown_rule", id=rule_id)

    # -- settings / other processes ---------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when absent or unusable (a bad value left by
        an older version, an import or a hand edit: listed by ``setting_problems``)."""
        try:
            found, value = queries.get_setting(self.db, key)
        except ValueError:  # not JSON at all
            return default
        return value if found and validation.setting_ok(key, value) else default

    def set_setting(self, key: str, value: Any) -> None:
        if not validation.setting_ok(key, value):
            raise problem("bad_setting", key=key, value=str(value)[:80])
        with connection.transaction(self.db):
            queries.set_setting(self.db, key, value)

    def setting_problems(self) -> list[str]:
        """Keys whose stored value the app cannot use (it uses the default instead)."""
        bad: list[str] = []
        for key in validation.SETTING_CHECKS:
            try:
                found, value = queries.get_setting(self.db, key)
            except ValueError:
                bad.append(key)
                continue
            if found and not validation.setting_ok(key, value):
                bad.append(key)
        return bad

    def meter_problems(self) -> list[str]:
        """Names of live meters whose stored rule or fields cannot be used: left out of
        every figure until edited (``edit_meter``) or removed (``remove_meter``)."""
        return [name for _id, name in queries.unusable_meters(self.db)]

    def data_version(self) -> int:
        return queries.data_version(self.db)

    def revision(self) -> tuple[int, int, int]:
        """Changes whenever this file's content may have: our own writes, another
        process's commits, a reopen. Caches of derived figures key on it, so a figure
        is never served from before the write that changed it."""
        return (id(self.db), self.db.conn.total_changes, queries.data_version(self.db))

    def checkpoint_count(self) -> int:
        return queries.checkpoint_count(self.db)

    def backup(self, target: Path) -> Path:
        return connection.copy_database(self.db, target)


    # -- team folder (issue 13) -------------------------------------------------------------
    def _made_here(self, event: Event) -> bool:
        """Undo/redo "the last" act on what this PC wrote: a log merged from a teammate's
        PC is theirs to undo (undo by id still reaches it)."""
        if event.origin.device == self.identity.device:
            return True
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
            queries.delete_checkpoints_from(self.db, earliest)
        return fresh
