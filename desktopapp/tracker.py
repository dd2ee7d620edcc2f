"""The one entry point the CLI and the tray use: store + domain, no Qt, no clock reads.

Every method that depends on time takes ``now``; every user action is one transaction
(``BEGIN IMMEDIATE``). Validation failures raise ``InvalidInput`` (codes, worded by the
caller in desktopapp.messages) and write nothing.

Balances are never stored: ``state(now)`` replays the ledger from the newest checkpoint
(a cached ``LedgerState``) at or before ``now``. A checkpoint only reflects events and
undos dated at or before its own instant, so it stays valid until something changes that
past: a back-dated event, an undo of an event before it, or any meter edit (each deletes
the checkpoints it touches).
"""

from __future__ import annotations

import getpass
import importlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktopapp.domain.events import (
    OUTCOMES,
    Correction,
    Event,
    Observation,
    Origin,
    Outcome,
    PackPurchase,
    Spend,
    Undo,
    active_events,
)
from desktopapp.domain.ledger import LedgerState, PoolState, draw_order, replay
from desktopapp.domain.meter import GrantMode, Meter, Unit
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.schedule import Daily, Every, Monthly, ResetRule, Rolling, Weekly
from desktopapp.domain.status import Status, build_status
from desktopapp.store import connection, queries
from desktopapp.store.codec import event_to_row, from_ms, state_from_json, state_to_json, to_ms
from desktopapp.store.handle import Db

# A replay longer than this leaves a checkpoint behind so the next status is short.
CHECKPOINT_AFTER_EVENTS = 2_000
# Checkpoints sit this far before ``now``: recent events are the ones likely to be
# back-dated or undone, and each such change would delete a newer checkpoint.
CHECKPOINT_MARGIN = timedelta(hours=1)
USER_LOG_TYPES = queries.USER_LOG_TYPES
MAX_MS = 2**62
# Packs that expired before a checkpoint are folded into this one pool there: their
# credits are gone (balance 0, expired) but the credits they lost still count, and a
# status no longer walks every pack bought in ten years.
EXPIRED_PACKS_POOL = "expired-packs"


@dataclass(frozen=True)
class Identity:
    """Who and where events are made (stamped on every event for later merging)."""

    device: str
    member: str


def _problem(code: str, **params: object) -> InvalidInput:
    return InvalidInput(Problem(code, {k: str(v) for k, v in params.items()}))


def check_zone(tz: str) -> None:
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise _problem("unknown_zone", zone=tz) from exc


def check_rule(rule: ResetRule) -> None:
    """Raise InvalidInput for a rule the schedule cannot compute."""
    if isinstance(rule, Daily | Weekly | Monthly):
        check_zone(rule.tz)
    if isinstance(rule, Monthly) and not 1 <= rule.day <= 31:
        raise _problem("bad_day", value=rule.day)
    if isinstance(rule, Every | Rolling) and not rule.hours > 0:
        raise _problem("bad_hours", value=rule.hours)
    if isinstance(rule, Every) and rule.anchor.utcoffset() is None:
        raise _problem("bad_datetime", value=rule.anchor.isoformat())


def _check_count(value: int | None, field: str) -> None:
    if value is not None and value < 0:
        code = "negative_credits" if field in ("credits", "balance") else "negative_number"
        raise _problem(code, field=field, value=value)


class Tracker:
    """Contract (implemented over ``desktopapp.store``):

    open(path, identity=None) -> Tracker        create/migrate the database file
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
    def open(cls, path: Path | str | None = None, identity: Identity | None = None) -> Tracker:
        """Open (creating or migrating) the ledger file; StoreError if it is unusable."""
        real = Path(path).expanduser() if path is not None else connection.default_path()
        db = connection.connect(real)
        try:
            ident = identity or cls._identity(db)
        except BaseException:
            db.close()
            raise
        return cls(db, real, ident)

    @staticmethod
    def _identity(db: Db) -> Identity:
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
        fresh = connection.connect(self.path)
        old, self.db = self.db, fresh
        old.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers ---------------------------------------------------------------------------
    def _origin(self, at: datetime) -> Origin:
        if at.utcoffset() is None:
            raise _problem("bad_datetime", value=at.isoformat())
        return Origin(
            id=str(uuid.uuid4()), at=at, device=self.identity.device, member=self.identity.member
        )

    def _append(self, event: Event, now: datetime) -> None:
        """Insert one event and drop the checkpoints whose past it changes."""
        queries.insert_event(self.db, event, now)
        changed_from = to_ms(event.origin.at)
        if isinstance(event, Undo):
            root = self._root_target(event)
            if root is not None:
                changed_from = min(changed_from, to_ms(root.origin.at))
        queries.delete_checkpoints_from(self.db, changed_from)

    def _root_target(self, undo: Undo) -> Event | None:
        """The logged event an undo chain finally points at (undo of undo of X -> X)."""
        seen: set[str] = set()
        target = queries.event_by_id(self.db, undo.target_id)
        while isinstance(target, Undo) and target.origin.id not in seen:
            seen.add(target.origin.id)
            target = queries.event_by_id(self.db, target.target_id)
        return None if isinstance(target, Undo) else target

    # -- meters -----------------------------------------------------------------------------
    def meters(self) -> list[Meter]:
        return queries.live_meters(self.db)

    def meter(self, name: str) -> Meter:
        found = queries.live_meter_by_name(self.db, name)
        if found is None:
            raise _problem("unknown_meter", name=name)
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
    ) -> Meter:
        name = name.strip()
        self._check_meter_fields(name, grant, rule, mode, cap, unit)
        _check_count(balance, "balance")
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
            created_at=now,
        )
        with connection.transaction(self.db):
            if queries.live_meter_by_name(self.db, name) is not None:
                raise _problem("meter_exists", name=name)
            queries.insert_meter(self.db, meter)
            queries.delete_all_checkpoints(self.db)
            if balance is not None:
                self._append(
                    Observation(origin=self._origin(now), meter_id=meter.id, balance=balance),
                    now,
                )
        return meter

    @staticmethod
    def _check_meter_fields(
        name: str, grant: int, rule: ResetRule, mode: str, cap: int | None, unit: str
    ) -> None:
        if not name:
            raise _problem("empty_name")
        _check_count(grant, "grant")
        _check_count(cap, "cap")
        if mode not in ("overwrite", "carry"):
            raise _problem("bad_mode", value=mode)
        if unit not in ("credits", "minutes"):
            raise _problem("bad_unit", value=unit)
        check_rule(rule)

    def edit_meter(self, name: str, /, *, now: datetime, **changes: Any) -> Meter:
        """Change a meter's config (``name=`` renames it); applies to its whole history."""
        allowed = {"name", "grant", "rule", "mode", "cap", "priority", "unit", "account"}
        unknown = set(changes) - allowed
        if unknown:
            raise _problem("bad_field", field=", ".join(sorted(unknown)))
        with connection.transaction(self.db):
            old = self.meter(name)
            new = replace(old, **changes)
            if isinstance(new.name, str):
                new = replace(new, name=new.name.strip())
            self._check_meter_fields(new.name, new.grant, new.rule, new.mode, new.cap, new.unit)
            if new.name != old.name and queries.live_meter_by_name(self.db, new.name):
                raise _problem("meter_exists", name=new.name)
            queries.update_meter(self.db, new)
            # A meter's rule/grant is config applied to its whole history: replay all.
            queries.delete_all_checkpoints(self.db)
        return new

    def remove_meter(self, name: str, *, now: datetime) -> None:
        with connection.transaction(self.db):
            m = self.meter(name)
            queries.mark_meter_removed(self.db, m.id, to_ms(now))
            queries.delete_all_checkpoints(self.db)

    def apply_preset(
        self,
        key: str,
        *,
        now: datetime,
        grant: int | None = None,
        billing_day: int | None = None,
        tz: str | None = None,
        lang: str = "en",
    ) -> list[Meter]:
        """The preset's meters, named in ``lang`` (the user renames them at will)."""
        from desktopapp import messages  # here: the tray starts without the word tables

        presets: Any = importlib.import_module("desktopapp.domain.presets")
        preset = presets.PRESETS.get(key)
        if preset is None:
            raise _problem("unknown_preset", name=key)
        zone = tz or str(self.get_setting("tz", "UTC"))
        check_zone(zone)
        if billing_day is not None and not 1 <= billing_day <= 31:
            raise _problem("bad_day", value=billing_day)
        _check_count(grant, "grant")
        specs = presets.instantiate(
            preset, tz=zone, anchor=now, billing_day=billing_day, grant=grant
        )
        made: list[Meter] = []
        with connection.transaction(self.db):
            for spec in specs:
                made.append(
                    self.add_meter(
                        messages.meter_name(spec.name, lang),
                        spec.grant,
                        spec.rule,
                        mode=spec.mode,
                        cap=spec.cap,
                        priority=spec.priority,
                        unit=spec.unit,
                        account=spec.account,
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
            raise _problem("meter_required", meters=", ".join(m.name for m in self.meters()))
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
    ) -> Spend:
        kind = kind.strip()
        if not kind:
            raise _problem("empty_kind")
        if (credits is None) == (balance_now is None):
            raise _problem("credits_or_balance")
        _check_count(credits, "credits")
        _check_count(balance_now, "balance")
        if outcome not in OUTCOMES:
            raise _problem("bad_outcome", value=outcome)
        if size is not None and size < 0:
            raise _problem("negative_number", field="size", value=size)
        origin = self._origin(at)
        with connection.transaction(self.db):
            m = self.meter(meter) if meter is not None else None
            account = self._account_for(m)
            cost = credits or 0
            if balance_now is not None:
                expected = self._balance_before(at, m, account)
                # Refills and purchases between two "balance now" logs are not spends.
                cost = max(expected - balance_now, 0)
            spend = Spend(
                origin=origin,
                kind=kind,
                credits=cost,
                meter_id=m.id if m else None,
                project=(project or "").strip() or None,
                outcome=outcome,
                note=note or None,
                size=size,
                balance_after=balance_now,
                account=account,
            )
            self._append(spend, now)
        return spend

    def _balance_before(self, at: datetime, meter: Meter | None, account: str) -> int:
        """The balance the ledger expects just before this log: every event already
        recorded up to ``at`` (same instant included: with --now several logs share one),
        resets due at ``at`` applied."""
        state = self._replay(to_ms(at), include_at=True, until=at)
        if meter is not None:
            pool = state.pools.get(meter.id)
            return pool.balance if pool else 0
        order = draw_order(queries.all_meters(self.db), state, account)
        if not order:
            raise _problem("no_meters")
        return sum(max(state.pools[pid].balance, 0) for pid in order)

    def observe(
        self, meter: str, balance: int, *, at: datetime, now: datetime, note: str | None = None
    ) -> Event:
        _check_count(balance, "balance")
        origin = self._origin(at)
        with connection.transaction(self.db):
            m = self.meter(meter)
            event = Observation(origin=origin, meter_id=m.id, balance=balance, note=note)
            self._append(event, now)
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
    ) -> Event:
        _check_count(credits, "credits")
        if credits == 0:
            raise _problem("credits_not_positive", value=credits)
        if expires_at is not None:
            if expires_at.utcoffset() is None:
                raise _problem("bad_datetime", value=expires_at.isoformat())
            if expires_at <= at:
                raise _problem("expires_before_purchase", expires=expires_at.isoformat())
        origin = self._origin(at)
        with connection.transaction(self.db):
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
            queries.insert_event_rows(self.db, rows())
            if has_undo:  # an undo chain may reach back anywhere
                queries.delete_all_checkpoints(self.db)
            elif count:
                queries.delete_checkpoints_from(self.db, earliest)
        return count

    # -- undo / redo ------------------------------------------------------------------------
    def undo_last(self, *, now: datetime) -> Event | None:
        """Tombstone the most recently written active log; returns the event undone."""
        with connection.transaction(self.db):
            undos = _in_force(queries.all_undos(self.db))
            before: int | None = None
            while True:
                page = queries.user_logs_newest_first(self.db, before_seq=before)
                if not page:
                    return None
                alive = {e.origin.id for e in active_events([*page, *undos])}
                for e in page:  # newest first
                    if e.origin.id in alive:
                        self._append(Undo(origin=self._origin(now), target_id=e.origin.id), now)
                        return e
                before = queries.seq_of(self.db, page[-1].origin.id)

    def redo_last(self, *, now: datetime) -> Event | None:
        """Undo the most recent undo still in force; returns the event it restores."""
        with connection.transaction(self.db):
            undos = [u for u in queries.all_undos(self.db) if isinstance(u, Undo)]
            cancelled = _cancelled_ids(undos)
            for u in reversed(undos):  # newest first
                if u.origin.id in cancelled:
                    continue
                target = queries.event_by_id(self.db, u.target_id)
                if target is None or isinstance(target, Undo):
                    continue  # a redo, not an undo of a log
                self._append(Undo(origin=self._origin(now), target_id=u.origin.id), now)
                return target
        return None

    # -- reading ----------------------------------------------------------------------------
    def events(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Event]:
        """Active (not undone) events in time order, undo tombstones left out."""
        hi = to_ms(until) if until is not None else MAX_MS
        found = queries.events_between(self.db, after_ms=None, until_ms=hi)
        logs = [e for e in found if not isinstance(e, Undo)]
        active = active_events([*logs, *_in_force([e for e in found if isinstance(e, Undo)])])
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
        undos = _in_force(queries.undos_after_checkpoint(self.db, to_ms(since) - 1, hi))
        return [e for e in active_events([*found, *undos]) if isinstance(e, Spend)]

    def projects(self) -> list[str]:
        return queries.distinct_recent(self.db, "project")

    def recent_kinds(self) -> list[str]:
        return queries.distinct_recent(self.db, "kind")

    def state(self, now: datetime) -> LedgerState:
        return self._replay(to_ms(now), include_at=True, until=now)

    def status(self, now: datetime) -> Status:
        return build_status(self.meters(), self.state(now), now)

    def _replay(self, until_ms: int, *, include_at: bool, until: datetime) -> LedgerState:
        """Balances at ``until`` from the events dated up to until_ms (inclusive or not).

        Starts from the newest checkpoint; streams events in chunks so a million-event
        ledger is never held in memory at once; leaves a checkpoint behind at
        ``until - CHECKPOINT_MARGIN`` when it had to replay many events to get there.
        """
        upper = until_ms if include_at else until_ms - 1
        meters = queries.all_meters(self.db)  # removed ones count until their removal
        found = queries.latest_checkpoint(self.db, upper)
        state = state_from_json(found[2]) if found else None
        after_ms = found[0] if found else None
        if after_ms is None:
            undos = _in_force(queries.undos_until(self.db, upper))
        else:
            undos = _in_force(queries.undos_after_checkpoint(self.db, after_ms, upper))
        split_ms: int | None = None
        wanted = min(to_ms(until - CHECKPOINT_MARGIN), upper)
        if (after_ms is None or wanted > after_ms) and queries.count_logs(
            self.db, after_ms=after_ms, until_ms=wanted
        ) > CHECKPOINT_AFTER_EVENTS:
            split_ms = self._checkpoint_instant(wanted, after_ms)
        before_split = 0
        chunks = queries.iter_event_chunks(
            self.db, after_ms=after_ms, until_ms=upper, types=USER_LOG_TYPES
        )
        for chunk in chunks:
            live = active_events([*chunk, *undos])
            if split_ms is not None:
                n = sum(1 for e in live if to_ms(e.origin.at) <= split_ms)
                head, live = live[:n], live[n:]
                if head:
                    state = replay(meters, head, until=head[-1].origin.at, start=state)
                    before_split += n
                if to_ms(chunk[-1].origin.at) > split_ms:
                    state = self._close_split(meters, state, split_ms, before_split)
                    split_ms = None
            if live:
                state = replay(meters, live, until=live[-1].origin.at, start=state)
        if split_ms is not None:
            state = self._close_split(meters, state, split_ms, before_split)
        return replay(meters, [], until=until, start=state)

    def _close_split(
        self, meters: Sequence[Meter], state: LedgerState | None, split_ms: int, replayed: int
    ) -> LedgerState | None:
        """Advance to the checkpoint instant and save it if the replay was long."""
        if not replayed:
            return state
        state = _compact(replay(meters, [], until=from_ms(split_ms), start=state))
        if replayed > CHECKPOINT_AFTER_EVENTS:
            try:
                with connection.transaction(self.db):
                    queries.save_checkpoint(
                        self.db, split_ms, queries.max_seq(self.db), state_to_json(state)
                    )
            except connection.OperationalError:
                pass  # a cache: busy or read-only file, the next status saves it instead
        return state

    def _checkpoint_instant(self, wanted_ms: int, after_ms: int | None) -> int | None:
        """Where a new checkpoint may sit: at most ``wanted_ms``, and before the root of
        any undo dated later (so the checkpoint depends on its own past only)."""
        c = wanted_ms
        if after_ms is not None and c <= after_ms:
            return None
        roots: list[tuple[int, int]] = []  # (undo at, root at)
        for u in queries.all_undos(self.db):
            if isinstance(u, Undo):
                root = self._root_target(u)
                if root is not None:
                    roots.append((to_ms(u.origin.at), to_ms(root.origin.at)))
        # Lowering c brings more undos "after" it into play: repeat until none reaches back.
        for undo_ms, root_ms in sorted(roots, key=lambda r: -r[0]):
            if undo_ms > c and root_ms <= c:
                c = root_ms - 1
        if after_ms is not None and c <= after_ms:
            return None
        return c

    # -- team rules -------------------------------------------------------------------------
    def rules(self) -> list[Any]:
        """Live team rules (desktopapp.domain.rules), oldest first."""
        rules_mod: Any = importlib.import_module("desktopapp.domain.rules")
        return [
            rules_mod.rule_from_dict({"id": r["id"], "code": r["code"], "params": r["params"]})
            for r in queries.live_rules(self.db)
        ]

    def add_rule(self, rule: Any, *, now: datetime) -> Any:
        """Store a team rule as id, code and params JSON; a rule without an id gets one."""
        rules_mod: Any = importlib.import_module("desktopapp.domain.rules")
        d = dict(rules_mod.rule_to_dict(rule))
        rule_id = str(d.get("id") or uuid.uuid4())
        stored = {"id": rule_id, "code": d["code"], "params": d.get("params") or {}}
        made = rules_mod.rule_from_dict(stored)  # validates before writing
        with connection.transaction(self.db):
            queries.insert_rule(self.db, rule_id, stored["code"], stored["params"], to_ms(now))
        return made

    def remove_rule(self, rule_id: str, *, now: datetime) -> None:
        with connection.transaction(self.db):
            if not queries.mark_rule_removed(self.db, rule_id, to_ms(now)):
                raise _problem("unknown_rule", id=rule_id)

    # -- settings / other processes ---------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        found, value = queries.get_setting(self.db, key)
        return value if found else default

    def set_setting(self, key: str, value: Any) -> None:
        with connection.transaction(self.db):
            queries.set_setting(self.db, key, value)

    def data_version(self) -> int:
        return queries.data_version(self.db)

    def checkpoint_count(self) -> int:
        return queries.checkpoint_count(self.db)

    def backup(self, target: Path) -> Path:
        return connection.copy_database(self.db, target)


def _compact(state: LedgerState) -> LedgerState:
    """The state with expired packs folded into EXPIRED_PACKS_POOL (see there)."""
    gone = {p.id for p in state.packs if state.pools[p.id].expired}
    if not gone:
        return state
    pools = {pid: s for pid, s in state.pools.items() if pid not in gone}
    folded = pools.get(EXPIRED_PACKS_POOL)
    lost = sum(state.pools[pid].lost_total for pid in gone)
    pools[EXPIRED_PACKS_POOL] = PoolState(
        pool_id=EXPIRED_PACKS_POOL,
        balance=0,
        last_refill=None,
        next_refill=None,
        lost_total=lost + (folded.lost_total if folded else 0),
        expired=True,
    )
    packs = tuple(p for p in state.packs if p.id not in gone)
    return LedgerState(as_of=state.as_of, pools=pools, packs=packs)


def _cancelled_ids(undos: Sequence[Event]) -> set[str]:
    """Ids cancelled by the undos in force. ``undos`` come oldest first (instant, then
    the order written); an undo that is itself undone cancels nothing."""
    cancelled: set[str] = set()
    for u in reversed(undos):
        if isinstance(u, Undo) and u.origin.id not in cancelled:
            cancelled.add(u.target_id)
    return cancelled


def _in_force(undos: Sequence[Event]) -> list[Event]:
    """The undos still in force, so none of them targets another.

    events.active_events breaks ties between undos of one instant by their random id;
    resolving the chain here first, in the order they were written, makes an undo and
    its redo given the same --now come out right.
    """
    cancelled = _cancelled_ids(undos)
    return [u for u in undos if u.origin.id not in cancelled]
