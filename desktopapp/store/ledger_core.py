"""The ledger file's core: opening the SQLite file, who writes, appending events, reading,
team rules and settings. No Qt, no clock reads: every method that depends on time takes
``now``; every user action is one transaction (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from desktopapp.domain import limits, plausibility, validation
from desktopapp.domain.events import (
    Event,
    Origin,
    Spend,
    Undo,
)
from desktopapp.domain.ledger import LedgerState
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.domain.status import Status, build_status
from desktopapp.domain.undo import active_events, in_force
from desktopapp.store import (
    balances,
    catch_up,
    checkpoints_table,
    connection,
    meters_table,
    queries,
    settings_table,
)
from desktopapp.store.codec import to_ms
from desktopapp.store.handle import Db

if TYPE_CHECKING:  # team rules and log pages load when asked for, not on open
    from desktopapp.domain.rules import Rule
    from desktopapp.store import ledger_pages

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


class LedgerCore:
    """The ledger file's core: opening it, who writes, appending, reading, rules and
    settings. The meters, the writes and the corrections are the sibling modules'
    mixins; ``LedgerFile`` (store/ledger_file.py) is all of them.

    Contract of the whole (implemented over ``desktopapp.store``):

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
    ) -> Self:
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
        import getpass

        found, device = settings_table.get_setting(db, "device_id")
        if not found:  # the write lock only when there is something to write: a
            # read-only file still opens for reading commands
            with connection.transaction(db):
                found, device = settings_table.get_setting(db, "device_id")
                if not found:
                    import uuid  # a new file's device id: uuid loads platform

                    device = str(uuid.uuid4())
                    settings_table.set_setting(db, "device_id", device)
        found, member = settings_table.get_setting(db, "member")
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers ---------------------------------------------------------------------------
    def _origin(self, at: datetime, event_id: str | None = None) -> Origin:
        import uuid

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
        checkpoints_table.delete_checkpoints_from(self.db, changed_from)

    # -- meters -----------------------------------------------------------------------------
    def meters(self) -> list[Meter]:
        return meters_table.live_meters(self.db)

    def all_meters(self) -> list[Meter]:
        """Live and removed meters (a list names the meter an old log drew from)."""
        return meters_table.all_meters(self.db)

    def page_logs(
        self, filters: ledger_pages.Filters, *, before: tuple[int, int] | None, limit: int
    ) -> tuple[list[tuple[int, Event]], tuple[int, int] | None]:
        """A page of logs in force, newest first (see store.ledger_pages)."""
        from desktopapp.store import ledger_pages

        return ledger_pages.page(self.db, filters, before=before, limit=limit)

    def meter(self, name: str) -> Meter:
        found = meters_table.live_meter_by_name(self.db, name)
        if found is None:
            raise problem("unknown_meter", name=name)
        return found

    # -- the gauge never goes below zero by a write ---------------------------------------
    def _negatives(self, now: datetime) -> dict[str, int]:
        """Pools shown (live meters, packs) whose balance at ``now`` is below zero."""
        state = balances.balances_at(self.db, now)
        shown = {m.id for m in meters_table.live_meters(self.db)} | {p.id for p in state.packs}
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
                found = meters_table.meter_by_id(self.db, pid)
                raise problem(
                    "leaves_negative",
                    meter=found.name if found is not None else "pack",
                    balance=str(balance),
                )

    # -- reading ----------------------------------------------------------------------------
    def events(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Event]:
        """Active (not undone) events in time order, undo tombstones left out.

        With ``since``, only that stretch is read: the undos dated in it or aimed at its
        events (and their chains) are all that can change what it holds, as in ``spends``."""
        hi = to_ms(until) if until is not None else MAX_MS
        if since is None:
            found = queries.events_between(self.db, after_ms=None, until_ms=hi)
            logs = [e for e in found if not isinstance(e, Undo)]
            return active_events([*logs, *in_force([e for e in found if isinstance(e, Undo)])])
        lo = to_ms(since) - 1
        logs = [e for e in queries.events_between(self.db, after_ms=lo, until_ms=hi)
                if not isinstance(e, Undo)]
        undos = in_force(queries.undos_after_checkpoint(self.db, lo, hi))
        return active_events([*logs, *undos])

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

    def runs_of(self, kind: str, *, since: datetime, until: datetime, limit: int) -> list[Spend]:
        """A kind's newest ``limit`` spends in force in [since, until] (store.kind_runs)."""
        from desktopapp.store import kind_runs  # the kinds table: not for every command

        return kind_runs.runs_of(self.db, kind, since=since, until=until, limit=limit)

    def last_spend(self, *, since: datetime, until: datetime) -> Spend | None:
        """The newest spend in force dated in [since, until] (store.ledger_pages)."""
        from desktopapp.store import ledger_pages

        return ledger_pages.newest_spend(self.db, since=since, until=until)

    def projects(self) -> list[str]:
        return queries.distinct_recent(self.db, "project")

    def recent_kinds(self) -> list[str]:
        return queries.distinct_recent(self.db, "kind")

    def state(self, now: datetime) -> LedgerState:
        return balances.balances_at(self.db, now)

    def status(self, now: datetime) -> Status:
        return build_status(self.meters(), self.state(now), now)

    def replay_is_long(self, now: datetime) -> bool:
        """Whether ``status(now)`` would replay a long stretch (see store.catch_up)."""
        return catch_up.is_long(self.db, now)

    def window_is_large(self, since: datetime, until: datetime) -> bool:
        """Whether figures over [since, until] weigh many logs (see store.catch_up)."""
        return catch_up.is_large_window(self.db, since, until)

    # -- team rules -------------------------------------------------------------------------
    def rules(self) -> list[Rule]:
        """Live team rules (desktopapp.domain.rules), oldest first."""
        from desktopapp.domain.rules import rule_from_dict

        made: list[Rule] = []
        for r in settings_table.live_rules(self.db):
            try:
                stored = {"id": r["id"], "code": r["code"], "params": r["params"]}
                made.append(rule_from_dict(stored))
            except (InvalidInput, ValueError, TypeError, KeyError, AttributeError):
                continue  # a row this version cannot use (hand edit, newer app): left out
        return made

    def add_rule(self, rule: Rule, *, now: datetime) -> Rule:
        """Store a team rule as id, code and params JSON; a rule without an id gets one."""
        import uuid

        from desktopapp.domain.rules import rule_from_dict, rule_to_dict

        d = dict(rule_to_dict(rule))
        rule_id = str(d.get("id") or uuid.uuid4())
        stored = {"id": rule_id, "code": d["code"], "params": d.get("params") or {}}
        made = rule_from_dict(stored)  # validates before writing
        with connection.transaction(self.db):
            settings_table.insert_rule(
                self.db, rule_id, stored["code"], stored["params"], to_ms(now)
            )
        return made

    def remove_rule(self, rule_id: str, *, now: datetime) -> None:
        with connection.transaction(self.db):
            if not settings_table.mark_rule_removed(self.db, rule_id, to_ms(now)):
                raise problem("unknown_rule", id=rule_id)

    # -- settings / other processes ---------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when absent or unusable (a bad value left by
        an older version, an import or a hand edit: listed by ``setting_problems``)."""
        try:
            found, value = settings_table.get_setting(self.db, key)
        except ValueError:  # not JSON at all
            return default
        return value if found and validation.setting_ok(key, value) else default

    def set_setting(self, key: str, value: Any) -> None:
        if not validation.setting_ok(key, value):
            raise problem("bad_setting", key=key, value=str(value)[:80])
        with connection.transaction(self.db):
            settings_table.set_setting(self.db, key, value)

    def setting_problems(self) -> list[str]:
        """Keys whose stored value the app cannot use (it uses the default instead)."""
        bad: list[str] = []
        for key in validation.SETTING_CHECKS:
            try:
                found, value = settings_table.get_setting(self.db, key)
            except ValueError:
                bad.append(key)
                continue
            if found and not validation.setting_ok(key, value):
                bad.append(key)
        return bad

    def meter_problems(self) -> list[str]:
        """Names of live meters whose stored rule or fields cannot be used: left out of
        every figure until edited (``edit_meter``) or removed (``remove_meter``)."""
        return [name for _id, name in meters_table.unusable_meters(self.db)]

    def data_version(self) -> int:
        return queries.data_version(self.db)

    def revision(self) -> tuple[int, int, int]:
        """Changes whenever this file's content may have: our own writes, another
        process's commits, a reopen. Caches of derived figures key on it, so a figure
        is never served from before the write that changed it."""
        return (id(self.db), self.db.conn.total_changes, queries.data_version(self.db))

    def checkpoint_count(self) -> int:
        return checkpoints_table.checkpoint_count(self.db)

    def backup(self, target: Path) -> Path:
        return connection.copy_database(self.db, target)
