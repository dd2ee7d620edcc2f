"""The user's preferences, shared by the tray and the CLI (``creditfuel config``).

One zone policy: every time either face shows is in ``user_zone`` (the zone the user
chose, else the computer's), labelled with its abbreviation. One language policy: the
app's language setting, else the environment. Prices: ``price_per_credit`` in
``currency``, used by reports, History and cost per client alike.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desktopapp.domain import limits
from desktopapp.domain.limits import problem
from desktopapp.domain.problems import InvalidInput
from desktopapp.platform.zone import computer_zone
from desktopapp.store.ledger_file import LedgerFile

if TYPE_CHECKING:  # prices load when a report or an estimate asks for one
    from desktopapp.domain.costing import Price

LANGS = ("ja", "en")
CURRENCIES = ("JPY", "USD", "EUR", "GBP", "CNY", "KRW", "TWD", "AUD", "CAD", "SGD")
# Older versions kept the price as credits per unit of money under this key.
_OLD_CREDITS_PER_UNIT = "price.credits_per_unit"


@dataclass(frozen=True)
class Key:
    """A preference as ``creditfuel config`` names it, and where it is stored."""

    name: str
    stored: str
    parse: Callable[[str], Any]


def env_lang() -> str:
    """CREDITFUEL_LANG, then LC_ALL / LC_MESSAGES / LANG (first one set wins): ja or en."""
    for var in ("CREDITFUEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    return "en"


def _zone(value: str) -> str:
    value = value.strip()
    limits.check_zone(value)
    return value


def _lang(value: str) -> str:
    value = value.strip().lower()
    if value not in LANGS:
        raise problem("bad_choice", value=value, choices=", ".join(LANGS))
    return value


def _currency(value: str) -> str:
    value = value.strip().upper()
    if not (len(value) == 3 and value.isalpha()):
        raise problem("bad_currency", value=value)
    return value


def _price(value: str) -> float:
    try:
        number = float(value.strip().replace(",", ""))
    except ValueError:
        raise problem("not_a_number", value=value) from None
    if not math.isfinite(number) or not 0 < number < 1e9:
        raise problem("not_a_number", value=value)
    return number


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key("timezone", "tz", _zone),
        Key("language", "lang", _lang),
        Key("currency", "price.currency", _currency),
        Key("price_per_credit", "price.per_credit", _price),
    )
}


def key(name: str) -> Key:
    found = KEYS.get(name.strip().lower().replace("-", "_"))
    if found is None:
        raise problem("unknown_setting", key=name, keys=", ".join(KEYS))
    return found


def user_zone(ledger: LedgerFile) -> str:
    """The zone every shown time uses: the user's choice, else the computer's."""
    chosen = ledger.get_setting("tz")
    if isinstance(chosen, str) and chosen:
        try:
            limits.check_zone(chosen)
            return chosen
        except InvalidInput:
            pass  # a bad stored value (old version, hand edit) must not break every screen
    return computer_zone()


def chosen_language(ledger: LedgerFile) -> str | None:
    """The app's language setting, None while the user has not chosen one."""
    chosen = ledger.get_setting("lang")
    return str(chosen) if chosen in LANGS else None


def language(ledger: LedgerFile | None) -> str:
    """The app's language setting, else the environment's."""
    if ledger is not None:
        chosen = ledger.get_setting("lang")
        if chosen in LANGS:
            return str(chosen)
    return env_lang()


def currency(ledger: LedgerFile, lang: str) -> str:
    chosen = ledger.get_setting("price.currency")
    if isinstance(chosen, str) and len(chosen) == 3:
        return chosen.upper()
    from desktopapp.domain.costing import default_currency

    return default_currency(lang)


def price_per_credit(ledger: LedgerFile) -> float | None:
    value = ledger.get_setting("price.per_credit")
    if value is None:
        old = ledger.get_setting(_OLD_CREDITS_PER_UNIT)
        try:
            value = 1 / float(old) if old else None
        except (TypeError, ValueError, ZeroDivisionError):
            value = None
    try:
        number = float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    return number if number is not None and math.isfinite(number) and number > 0 else None


def price(ledger: LedgerFile, lang: str) -> Price | None:
    """The user's price as the domain counts it (credits per unit of money)."""
    per_credit = price_per_credit(ledger)
    if per_credit is None:
        return None
    from desktopapp.domain.costing import Price

    return Price(1 / per_credit, currency(ledger, lang))


def get(ledger: LedgerFile, name: str) -> Any:
    k = key(name)
    if k.name == "timezone":
        return user_zone(ledger)
    if k.name == "language":
        return language(ledger)
    if k.name == "currency":
        return currency(ledger, language(ledger))
    return price_per_credit(ledger)


def set_value(ledger: LedgerFile, name: str, value: str) -> Any:
    """Check and store one preference; returns the stored value."""
    k = key(name)
    parsed = k.parse(value)
    ledger.set_setting(k.stored, parsed)
    return parsed


def unset(ledger: LedgerFile, name: str) -> None:
    """Back to the default (the computer's zone, the environment's language...)."""
    k = key(name)
    ledger.set_setting(k.stored, None)
    if k.name == "price_per_credit":
        ledger.set_setting(_OLD_CREDITS_PER_UNIT, None)


def listing(ledger: LedgerFile) -> dict[str, Any]:
    return {name: get(ledger, name) for name in KEYS}


def zone_info(ledger: LedgerFile) -> ZoneInfo:
    """``user_zone`` as a tzinfo, for converting instants to the user's wall clock."""
    return ZoneInfo(user_zone(ledger))


# -- the other settings windows edit (gauge colours, alert thresholds: not config keys) ----
def setting(ledger: LedgerFile, stored: str, default: Any = None) -> Any:
    return ledger.get_setting(stored, default)


def store_setting(ledger: LedgerFile, stored: str, value: Any) -> None:
    ledger.set_setting(stored, value)


def apply_form(ledger: LedgerFile, values: dict[str, Any]) -> None:
    """Settings' OK: ``config`` keys (None: back to the default) are checked first, all
    of them, so a bad zone writes nothing; other keys are stored as they are."""
    named = {n: v for n, v in values.items() if n in KEYS}
    for name, value in named.items():
        if value is not None:
            key(name).parse(str(value))
    for name, value in named.items():
        if value is None:
            unset(ledger, name)
        else:
            set_value(ledger, name, str(value))
    for stored, value in values.items():
        if stored not in KEYS:
            store_setting(ledger, stored, value)
