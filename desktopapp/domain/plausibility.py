"""Is an entry possible? The gauge must stay true, so impossible entries are refused.

A spend larger than everything it can draw from, a "balance now" above what the meter
can hold or not below what the ledger expects, a log in the future or from before its
meter existed: each is a ``Problem`` whose code names the fix the faces offer (set the
balance, pick the meter, check the date). Pure: the caller passes what the ledger
expects just before the entry (``available``) and the instant ``now``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktopapp.domain.meter import Meter
from desktopapp.domain.problems import Problem

# A clock a little ahead (another device, a typed time) is not "the future".
FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class Expected:
    """What the ledger holds just before the entry, for the pool(s) it touches."""

    available: int  # credits the spend can draw from (one meter, or the account's pools)
    meter: Meter | None  # the meter named, if any
    pools: int  # how many pools the spend could draw from


def capacity(meter: Meter) -> int | None:
    """The most a meter can hold: its grant (overwrite) or its cap (carry; None: no cap)."""
    if meter.mode == "overwrite":
        return meter.grant
    return meter.cap


def check_when(at: datetime, now: datetime, meter: Meter | None) -> list[Problem]:
    if at > now + FUTURE_TOLERANCE:
        return [Problem("log_in_future", {"at": at.isoformat()})]
    if meter is not None and meter.created_at is not None and at < meter.created_at:
        return [
            Problem(
                "log_before_meter",
                {"meter": meter.name, "created": meter.created_at.isoformat()},
            )
        ]
    return []


def check_spend(
    credits: int | None,
    balance_now: int | None,
    expected: Expected,
    *,
    at: datetime,
    now: datetime,
) -> list[Problem]:
    """The problems with logging this task (empty: it is possible)."""
    found = check_when(at, now, expected.meter)
    if found:
        return found
    if credits is not None and credits > max(expected.available, 0):
        return [
            Problem(
                "spend_exceeds_balance",
                {"credits": str(credits), "available": str(max(expected.available, 0))},
            )
        ]
    if balance_now is not None:
        if expected.meter is None and expected.pools > 1:
            return [Problem("balance_needs_meter")]
        if expected.meter is not None:
            most = capacity(expected.meter)
            if most is not None and balance_now > most:
                return [
                    Problem(
                        "balance_above_capacity",
                        {
                            "balance": str(balance_now),
                            "meter": expected.meter.name,
                            "capacity": str(most),
                        },
                    )
                ]
        if balance_now >= expected.available:
            # No drop: the credits came back or were never logged. That is a new balance
            # to set, not a 0-credit task that would drag the estimates down.
            return [
                Problem(
                    "balance_not_lower",
                    {"balance": str(balance_now), "expected": str(max(expected.available, 0))},
                )
            ]
    return []


def check_set_balance(
    balance: int, meter: Meter, *, at: datetime, now: datetime
) -> list[Problem]:
    """Setting a meter's balance: possible if the meter can hold it, then and there."""
    found = check_when(at, now, meter)
    if found:
        return found
    most = capacity(meter)
    if most is not None and balance > most:
        return [
            Problem(
                "balance_above_capacity",
                {"balance": str(balance), "meter": meter.name, "capacity": str(most)},
            )
        ]
    return []
