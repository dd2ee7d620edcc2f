"""The words both faces show, looked up in the compiled gettext catalogues (.mo).

Sources: ``desktopapp/i18n/locale/<lang>/LC_MESSAGES/creditfuel.po`` (msgid = the stable
code the domain and store raise; English is a language like Japanese). Compiled by
``python -m desktopapp.i18n.build`` into ``desktopapp/resources/locale`` and read through
``importlib.resources``. No Qt here: the CLI, the domain's callers and the windows share it.
"""

from __future__ import annotations

import functools
import gettext
import os
import re
import string
from collections.abc import Mapping
from typing import Any, Literal

from desktopapp import resources
from desktopapp.domain.problems import Problem

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")
DOMAIN = "creditfuel"
APP_CONTEXT = "app"  # msgctxt of the window wording for codes whose CLI text names a flag

# Which parameter decides the plural form of a plural message (the .mo keeps no trace of
# it; tests/i18n checks this table against the catalogue both ways).
COUNT_PARAM: dict[str, str] = {
    "consider_upgrade": "packs",
    "insight.history_title": "days",
    "insight.source.blended": "samples",
    "insight.source.history": "samples",
    "insight.unsized": "count",
    "repeat_needs_approval": "runs",
    "rule.repeat_approval": "free_runs",
    "rule.topup_advice": "packs",
    "text.amount.credits": "n",
    "text.backup.thinned": "count",
    "text.amount.minutes": "n",
    "text.event.pack": "credits",
    "text.event.spend": "credits",
    "text.export.done": "events",
    "text.import.matched": "count",
    "text.logged": "credits",
    "text.pack_added": "credits",
    "text.preset_applied": "count",
    "text.total": "total",
}


def normalize(lang: str | None) -> Lang:
    return "ja" if (lang or "").lower().startswith("ja") else "en"


def current_lang() -> Lang:
    """CREDITFUEL_LANG, then LC_ALL / LC_MESSAGES / LANG (first one set wins): ja or en."""
    for var in ("CREDITFUEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return normalize(value)
    return "en"


@functools.cache
def translations(lang: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The compiled catalogue for ``lang`` (a NullTranslations when it is missing)."""
    node = resources.mo_file(normalize(lang), domain)
    if not node.is_file():
        return gettext.NullTranslations()
    with node.open("rb") as fp:
        return gettext.GNUTranslations(fp)


def _catalog(lang: str) -> Mapping[Any, str]:
    # GNUTranslations keeps its table in ``_catalog`` (plain keys: str; plural: (msgid, i)).
    return getattr(translations(lang), "_catalog", {})


def has(code: str, lang: str = "en", *, app: bool = False) -> bool:
    """Whether the catalogue words ``code`` (``app``: has a separate window wording)."""
    key = f"{APP_CONTEXT}\x04{code}" if app else code
    table = _catalog(lang)
    return key in table or (key, 0) in table


def is_plural(code: str) -> bool:
    return (code, 0) in _catalog("en")


def codes() -> list[str]:
    """Every code the English catalogue words (window variants and the header left out)."""
    out = set()
    for key in _catalog("en"):
        msgid = key[0] if isinstance(key, tuple) else key
        if msgid and "\x04" not in msgid:
            out.add(msgid)
    return sorted(out)


class _Keep(dict[str, Any]):
    """Leaves unknown {placeholders} visible instead of failing the message."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _count(value: Any) -> int:
    """A count as the CLI passes it: an int, or already formatted ("1,234", "2.5")."""
    if isinstance(value, int):
        return value
    digits = re.sub(r"[^\d.\-]", "", str(value))
    try:
        number = float(digits)
    except ValueError:
        return 2  # unknown: the plural reads right in more sentences than the singular
    return int(number) if number.is_integer() else 2


def _template(code: str, lang: str, app: bool, n: int | None) -> str | None:
    t = translations(lang)
    if is_plural(code):  # no window variant of a plural message exists
        found = t.ngettext(code, code, 2 if n is None else n)
        return None if found == code else found
    if app:
        found = t.pgettext(APP_CONTEXT, code)
        if found != code:
            return found
    found = t.gettext(code)
    return None if found == code else found


def plural(code: str, n: int, lang: str, /, **params: Any) -> str:
    """A plural message with its form chosen by ``n`` (params filled in as in ``text``)."""
    template = _template(code, lang, False, n) or _template(code, "en", False, n) or code
    return string.Formatter().vformat(template, (), _Keep(params))


def text(code: str, lang: str, /, *, app: bool = False, **params: Any) -> str:
    """A message in ``lang`` (English if it lacks that language), params filled in.

    ``app``: the wording for the app's windows where a message has one (msgctxt "app"):
    the CLI's text may name a flag or a command, which means nothing in a window.
    Plural messages pick their form from the parameter named in ``COUNT_PARAM``.
    """
    n = None
    if code in COUNT_PARAM and COUNT_PARAM[code] in params:
        n = _count(params[COUNT_PARAM[code]])
    template = _template(code, lang, app, n) or _template(code, "en", app, n)
    if template is None:
        return code
    return string.Formatter().vformat(template, (), _Keep(params))


def _named(prefix: str, key: str, lang: str) -> str:
    code = f"{prefix}.{key}"
    found = text(code, lang)
    return key if found == code else found


def meter_name(name: str, lang: str) -> str:
    """A preset meter's name in the user's language (unknown names stay as they are)."""
    return _named("meter_name", name, lang)


def weekday_name(day: str, lang: str) -> str:
    """mon..sun as the weekday's name (ja: the one character before 曜日)."""
    return _named("weekday", day, lang)


def field_name(field: str, lang: str) -> str:
    """An input field's name as a problem sentence uses it ("The grant", 付与量)."""
    return _named("field", field, lang)


def kind_name(kind: str, lang: str) -> str:
    """A task kind's name; free-text kinds a user typed stay as typed."""
    return _named("kind", kind, lang)


def preset_source(key: str, lang: str, default: str = "") -> str:
    """Where a preset's figures come from, in the user's language (``default``: the
    domain's English ``Preset.source`` for a preset the catalogue does not know yet)."""
    code = f"preset_source.{key}"
    found = text(code, lang)
    return default if found == code else found


def describe(problem: Problem, lang: str | None = None, *, app: bool = False) -> str:
    """One plain line for a problem, in the user's language (``app``: see ``text``)."""
    lang = lang or current_lang()
    if not has(problem.code):
        detail = ", ".join(f"{k}={v}" for k, v in problem.params.items())
        return text(
            "problem.unknown", lang, code=problem.code, detail=f": {detail}" if detail else ""
        )
    params: dict[str, Any] = dict(problem.params)
    if "field" in params:
        params["field"] = field_name(str(params["field"]), lang)
    return text(problem.code, lang, app=app, **params)
