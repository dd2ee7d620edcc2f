"""Verdicts, reasons and advice in words: the JSON ``message`` field and the CLI lines.

Qt-free and shared, so a script, a future native host and the CLI read one sentence per
code. Numbers are written as the CLI writes them (1,234; 2.5); a duration is rounded the
way the tray's countdown rounds it (``desktopapp.domain.countdown.shown_for``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktopapp.domain import countdown
from desktopapp.domain.rules import Param, Verdict
from desktopapp.i18n import kind_name, text


def num(n: int | float) -> str:
    return f"{n:,}" if isinstance(n, int) else f"{n:,.1f}".rstrip("0").rstrip(".")


def duration(seconds: int | float, lang: str) -> str:
    """'2 d 5 h' from a day on, '7 h 53 min' within it: the tooltip's rounding (up to
    the minute, so it never says 0 min before the instant)."""
    left = countdown.shown_for(seconds)
    if left.days:
        return text("text.duration_days", lang, d=left.days, h=left.hours)
    return text("text.duration", lang, h=left.hours, m=left.minutes)


def params_text(params: Mapping[str, Param], lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            out[key] = "" if key == "label" else "-"
        elif key == "group" and isinstance(value, str):
            out[key] = text(f"group.{value}", lang)
        elif key == "kind" and isinstance(value, str):
            out[key] = kind_name(value, lang)  # a Japanese sentence names no English code
        elif key == "seconds_to_reset" and isinstance(value, int):
            out[key] = duration(value, lang)
        elif key == "label":
            out[key] = f" ({value})" if lang == "en" else f"({value})"
        elif isinstance(value, bool):
            out[key] = str(value)
        elif isinstance(value, int | float):
            out[key] = num(value)
        else:
            out[key] = str(value)
    return out


def message(v: Verdict, lang: str) -> str:
    params: dict[str, Any] = params_text(v.params, lang)
    if v.rule_id is not None:
        params.setdefault("rule_id", v.rule_id)
    return text(v.code, lang, **params)


def as_json(v: Verdict, lang: str) -> dict[str, Any]:
    return {
        "level": v.level,
        "code": v.code,
        "rule_id": v.rule_id,
        "params": dict(v.params),
        "message": message(v, lang),
    }


def iso(t: datetime | None) -> str | None:
    return t.isoformat() if t is not None else None
