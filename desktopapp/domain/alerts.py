"""Proactive alerts: which ones are due, each once per episode.

An episode is the stretch of time during which a condition holds. An alert fires when
its episode starts and not again until the condition has cleared and comes back, so a
restart, a redraw or a minute tick never repeats it. The caller keeps the set of open
episode keys (``fired``) between runs, e.g. in settings.

Conditions:
- ``low_balance``: a meter under its threshold (a fraction of its grant).
- ``runs_dry``: the forecast empties a meter before its next refill (the forecast is an
  input: ``dry_at`` per meter id, computed elsewhere from the user's history).
- ``credits_vanish``: an overwrite reset is near and it will discard a balance worth
  using ("150 credits vanish at 09:00: use them").
- ``pack_expiring``: a pack with credits left expires within ``pack_days``.
Codes, not sentences: the UI words them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from desktopapp.domain.status import Status

AlertCode = Literal["low_balance", "runs_dry", "credits_vanish", "pack_expiring"]


@dataclass(frozen=True)
class AlertSettings:
    """What the user set under Settings > Alerts (keys ``alerts.*`` in settings)."""

    paused: bool = False
    low_fraction: float = 0.2  # low_balance when balance < low_fraction * grant
    vanish_within: timedelta = timedelta(hours=3)
    vanish_min_fraction: float = 0.25  # only worth a nudge if this share would be lost
    pack_days: int = 7

    @classmethod
    def from_settings(cls, get: Any) -> AlertSettings:
        """``get(key, default)`` as ``LedgerFile.get_setting``; bad values keep the default."""
        d = cls()
        return cls(
            paused=bool(get("alerts.paused", d.paused)),
            low_fraction=_num(get("alerts.low_fraction", None), d.low_fraction, 0.0, 1.0),
            vanish_within=timedelta(
                hours=_num(
                    get("alerts.vanish_hours", None),
                    d.vanish_within.total_seconds() / 3600,
                    0.0,
                    24.0 * 31,
                )
            ),
            vanish_min_fraction=_num(
                get("alerts.vanish_min_fraction", None), d.vanish_min_fraction, 0.0, 1.0
            ),
            pack_days=int(_num(get("alerts.pack_days", None), d.pack_days, 0, 366)),
        )


def _num(value: Any, default: float, low: float, high: float) -> float:
    if value is None or isinstance(value, bool):
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default


@dataclass(frozen=True)
class Alert:
    code: AlertCode
    key: str  # the episode: same key while the condition lasts
    subject: str  # meter or pack name
    credits: int  # balance, credits at stake, or credits left in the pack
    at: datetime | None  # refill / reset / expiry / dry instant when there is one
    grant: int | None = None


def _ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def conditions(
    status: Status,
    settings: AlertSettings,
    dry_at: Mapping[str, datetime | None] | None = None,
) -> list[Alert]:
    """Every alert whose condition holds at ``status.as_of`` (whether or not it fired)."""
    now = status.as_of
    found: list[Alert] = []
    dry = dry_at or {}
    for m in status.meters:
        if m.unit != "credits" or m.grant <= 0 or m.idle_window:
            continue
        if m.balance < settings.low_fraction * m.grant:
            found.append(
                Alert("low_balance", f"low:{m.meter_id}", m.name, m.balance, m.next_reset, m.grant)
            )
        empty = dry.get(m.meter_id)
        if (
            empty is not None
            and m.balance > 0
            and empty > now
            and (m.next_reset is None or empty < m.next_reset)
        ):
            found.append(
                Alert("runs_dry", f"dry:{m.meter_id}", m.name, m.balance, empty, m.grant)
            )
        if (
            m.mode == "overwrite"
            and m.next_reset is not None
            and m.next_reset - now <= settings.vanish_within
            and m.balance > 0
            and m.balance >= settings.vanish_min_fraction * m.grant
        ):
            key = f"vanish:{m.meter_id}:{_ms(m.next_reset)}"
            found.append(
                Alert("credits_vanish", key, m.name, m.balance, m.next_reset, m.grant)
            )
    for p in status.packs:
        if (
            not p.expired
            and p.expires_at is not None
            and p.credits_left > 0
            and now < p.expires_at <= now + timedelta(days=settings.pack_days)
        ):
            found.append(
                Alert(
                    "pack_expiring",
                    f"pack:{p.pack_id}",
                    p.account,
                    p.credits_left,
                    p.expires_at,
                    p.credits,
                )
            )
    return found


def due(
    current: Iterable[Alert], fired: Iterable[str], paused: bool = False
) -> tuple[list[Alert], frozenset[str]]:
    """(alerts to show now, episode keys to remember).

    Keys whose condition no longer holds are forgotten, which re-arms them. While paused
    nothing is shown and no new episode is recorded, so resuming tells the user what is
    still true.
    """
    current = list(current)
    open_keys = {a.key for a in current}
    remembered = frozenset(k for k in fired if k in open_keys)
    if paused:
        return [], remembered
    new = [a for a in current if a.key not in remembered]
    return new, remembered | {a.key for a in new}


def evaluate(
    status: Status,
    settings: AlertSettings,
    fired: Iterable[str],
    dry_at: Mapping[str, datetime | None] | None = None,
) -> tuple[list[Alert], frozenset[str]]:
    """``due(conditions(...))``: the one call the tray makes on every status change."""
    return due(conditions(status, settings, dry_at), fired, settings.paused)
