"""The ledger file's meters: add, edit, remove, restore, presets and plan switches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from desktopapp.domain import limits, plausibility
from desktopapp.domain.events import (
    Observation,
)
from desktopapp.domain.limits import problem
from desktopapp.domain.meter import GrantMode, Meter, Unit
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import ResetRule
from desktopapp.store import balances, connection, meters_table
from desktopapp.store.codec import to_ms
from desktopapp.store.ledger_core import LedgerCore


class LedgerMeters(LedgerCore):
    """Meters are config with stable ids; a removal is a mark, never a deletion."""

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
        import uuid  # here: uuid loads platform, which no command that only reads needs

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
            if meters_table.live_meter_by_name(self.db, name) is not None:
                raise problem("meter_exists", name=name)
            meters_table.insert_meter(self.db, meter)
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
            if new.name != old.name and meters_table.live_meter_by_name(self.db, new.name):
                raise problem("meter_exists", name=new.name)
            meters_table.update_meter(self.db, new)
            # Config applied to the meter's whole life: replay from its creation on.
            balances.invalidate_for_meter(self.db, old)
        return new

    def remove_meter(self, name: str, *, now: datetime) -> Meter:
        """Soft removal; returns the meter so the face can undo it (``restore_meter``)."""
        with connection.transaction(self.db):
            m = self.meter(name)
            meters_table.mark_meter_removed(self.db, m.id, to_ms(now))
            balances.invalidate_for_meter(self.db, m, removed_ms=to_ms(now))
        return m

    def restore_meter(self, meter_id: str, *, now: datetime, guard: bool = True) -> Meter:
        """Undo a removal: the meter is live again as if never removed (its pool replays
        through the gap). InvalidInput("meter_exists") when its name was taken since."""
        with connection.transaction(self.db):
            found = meters_table.meter_by_id(self.db, meter_id)
            if found is None:
                raise problem("unknown_meter", name=meter_id)
            if found.removed_at is None:
                return found
            if meters_table.live_meter_by_name(self.db, found.name) is not None:
                raise problem("meter_exists", name=found.name)
            before = self._negatives(now) if guard else None
            meters_table.mark_meter_restored(self.db, meter_id)
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
        from desktopapp.domain.presets import PRESETS, instantiate  # only when applying one

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
        from desktopapp.domain.presets import PRESETS, instantiate  # only when applying one

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
            old = [m for m in meters_table.live_meters(self.db) if m.account == account]
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
                meters_table.mark_meter_removed(self.db, m.id, to_ms(at))
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
                    meters_table.mark_meter_removed(self.db, m.id, to_ms(m.created_at))
                    balances.invalidate_for_meter(self.db, m)
            for m in removed:
                self.restore_meter(m.id, now=now, guard=False)
