"""Settings from outside (import files, ``config set``, windows): which values the app
can use for each key it reads (``setting_ok``), and the import's check (``check_setting``).
"""

from __future__ import annotations

from typing import Any

from desktopapp.domain.limits import MAX_NAME, MAX_TEXT
from desktopapp.domain.problems import Problem
from desktopapp.domain.validation_values import MAX_ID, is_number, is_text, is_zone

MAX_SETTING_JSON = 100_000

# Every key the app reads, with what its value must be. A value that fails here is never
# stored (imports, `config set`, windows) and never used when read (an older version or a
# hand edit may have stored it): the reader falls back to its default and the problem is
# listed for the user to fix. ``None`` (JSON null) always means "not set". Keys not listed
# are kept as they are: nothing reads them, so they cannot break anything.
MAX_FIRED = 10_000


def _is_fraction(value: object) -> bool:
    return is_number(value, 0.0, 1.0)


def _is_price(value: object) -> bool:
    return is_number(value, 0.0, 1e9) and value != 0


def _is_fired(value: object) -> bool:
    return isinstance(value, list) and len(value) <= MAX_FIRED and all(
        is_text(k, MAX_TEXT, empty=False) for k in value
    )


def _is_currency(value: object) -> bool:
    return isinstance(value, str) and len(value) == 3 and value.isascii() and value.isalpha()


SETTING_CHECKS: dict[str, Any] = {
    "tz": is_zone,
    "lang": lambda v: v in ("ja", "en"),
    "price.currency": _is_currency,
    "currency": _is_currency,
    "price.per_credit": _is_price,
    "price.credits_per_unit": _is_price,
    "plan_price": _is_price,
    "alerts.fired": _is_fired,
    "alerts.paused": lambda v: isinstance(v, bool),
    "alerts.low_fraction": _is_fraction,
    "alerts.vanish_min_fraction": _is_fraction,
    "alerts.vanish_hours": lambda v: is_number(v, 0.0, 24.0 * 31),
    "alerts.pack_days": lambda v: is_number(v, 0.0, 366.0),
    "gauge.amber_below": _is_fraction,
    "gauge.red_below": _is_fraction,
    "device_id": lambda v: is_text(v, MAX_ID, empty=False),
    "member": lambda v: is_text(v, MAX_NAME),
}


def setting_ok(key: str, value: object) -> bool:
    """Whether the app can use ``value`` for ``key`` (unknown keys: always)."""
    check = SETTING_CHECKS.get(key)
    if value is None or check is None:
        return True
    try:
        return bool(check(value))
    except (TypeError, ValueError):  # an unhashable value for a membership test
        return False


def check_setting(key: object, size: int, value: object = None) -> list[Problem]:
    """``size``: length of the value's JSON text (measured by the caller); ``value``: the
    value itself, checked when the key is one the app reads."""
    if not is_text(key, MAX_NAME, empty=False):
        return [Problem("import_bad_setting", {"key": str(key)[:40]})]
    assert isinstance(key, str)
    if size > MAX_SETTING_JSON or not setting_ok(key, value):
        return [Problem("import_bad_setting", {"key": key})]
    return []
