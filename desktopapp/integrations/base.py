"""The one small interface every source meets, and what it answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from desktopapp.domain.limits import MAX_CREDITS

TIMEOUT_S = 15.0  # seconds for one reading: a platform slower than this is "offline"

# Every way a reading can fail, as a state the faces word (gettext msgid "reading.<code>"
# and the finding codes of ``creditfuel source read``):
# - key_refused: 401/403, the key was revoked or mistyped; stop until the user acts;
# - rate_limited: 429; wait ``retry_after`` seconds (the server's Retry-After);
# - unexpected_answer: a web page, not JSON, or JSON without a balance; paused;
# - offline: no network, DNS, refused connection or a timeout; quietly retried later;
# - key_missing: the keyring holds no key for this source;
# - secrets_unavailable: no usable keyring on this machine;
# - command_failed: a command source exited with an error.
FailureCode = Literal[
    "key_refused",
    "rate_limited",
    "unexpected_answer",
    "offline",
    "key_missing",
    "secrets_unavailable",
    "command_failed",
]
FAILURE_CODES: tuple[FailureCode, ...] = (
    "key_refused",
    "rate_limited",
    "unexpected_answer",
    "offline",
    "key_missing",
    "secrets_unavailable",
    "command_failed",
)


@dataclass(frozen=True)
class Reading:
    """A balance as the platform reported it at ``at`` (credits, rounded down)."""

    balance: int
    at: datetime
    plan: str | None = None


@dataclass(frozen=True)
class Failure:
    code: FailureCode
    at: datetime
    retry_after: float | None = None  # seconds (rate_limited)
    detail: str = ""  # short, never the key, never a whole page


Answer = Reading | Failure


class Source(Protocol):
    """Reads once, now. Implementations block (network, a subprocess): call them off
    the UI thread."""

    name: str

    def read(self, now: datetime) -> Answer: ...


def balance_from(value: object) -> int | None:
    """A balance the platform sent (int, float or numeric text) as whole credits; None
    for anything else. Fractions are rounded down: a gauge must not promise a credit
    that is not there."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ""))
        except ValueError:
            return None
    else:
        return None
    if number != number or not 0 <= number <= MAX_CREDITS:  # NaN, inf, negative, absurd
        return None
    return int(number)
