"""Readings, findings and offers in words (both faces) and as JSON (the CLI contract).

Words come from the gettext catalogue: a finding's code is its msgid; pieces such as
"at 09:00 JST each day" are ``refill.*``; offers are ``reading.offer.*``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from desktopapp.domain.schedule import Daily, Monthly, ResetRule, Weekly, last_reset
from desktopapp.i18n import kind_name, text, weekday_name
from desktopapp.services import preferences
from desktopapp.services import readings_state as rs
from desktopapp.services.readings_findings import Finding
from desktopapp.store.codec import rule_from_dict
from desktopapp.store.ledger_file import LedgerFile


def _abbrev(tz: str, at: datetime | None) -> str:
    when = at or datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC"))
    return when.astimezone(ZoneInfo(tz)).tzname() or tz


def rule_words(rule: ResetRule, lang: str, around: datetime | None = None) -> str:
    """"at 09:00 JST each day", "on day 15 at 00:00 JST"..."""
    if isinstance(rule, Daily | Weekly | Monthly):
        clock = f"{rule.at.strftime('%H:%M')} {_abbrev(rule.tz, around)}"
        if isinstance(rule, Daily):
            return text("refill.daily", lang, time=clock)
        if isinstance(rule, Weekly):
            return text("refill.weekly", lang, time=clock, weekday=weekday_name(rule.weekday, lang))
        return text("refill.monthly", lang, time=clock, day=rule.day)
    return text("refill.other", lang)


def finding_text(f: Finding, lang: str, ledger: LedgerFile | None = None) -> str:
    p = dict(f.params)
    if f.code == "refill_mismatch":
        proposed = p.get("proposed_rule")
        parts = []
        if proposed:
            parts.append(text(
                "refill_mismatch",
                lang,
                meter=p["meter"],
                seen=rule_words(rule_from_dict(proposed), lang),
                expected=rule_words(rule_from_dict(p["rule"]), lang) if p.get("rule") else "",
            ))
        if p.get("proposed_grant") is not None:
            parts.append(text("refill_grant", lang, meter=p["meter"], grant=p["proposed_grant"]))
        return " ".join(parts)
    if "retry_after" in p:
        wait = p["retry_after"]
        p["minutes"] = max(1, round((wait or 60) / 60))
    return text(f.code, lang, **p)


def finding_json(f: Finding, lang: str) -> dict[str, Any]:
    return {"code": f.code, **f.params, "message": finding_text(f, lang)}


def offer_text(ledger: LedgerFile, offer: rs.Offer, lang: str) -> str:
    if len(offer.tasks) == 1:
        kind = kind_name(offer.tasks[0].kind, lang)
        kind = kind[:1].upper() + kind[1:]  # it starts the sentence ("Video done: …")
        return text("reading.offer.one", lang, kind=kind, credits=f"{offer.credits:,}")
    if offer.tasks:
        return text("reading.offer.several", lang, credits=f"{offer.credits:,}",
                    count=len(offer.tasks))
    return text("reading.offer.none", lang, credits=f"{offer.credits:,}")


def offer_json(ledger: LedgerFile, offer: rs.Offer, lang: str) -> dict[str, Any]:
    return {
        "id": offer.id,
        "credits": offer.credits,
        "since": offer.since.isoformat(),
        "until": offer.until.isoformat(),
        "tasks": [{"id": t.id, "kind": t.kind, "project": t.project} for t in offer.tasks],
        "ask": len(offer.tasks) != 1,
        "message": offer_text(ledger, offer, lang),
    }


def expected_words(ledger: LedgerFile, rule: ResetRule, lang: str, now: datetime) -> str:
    return rule_words(rule, lang, last_reset(rule, now) or now)


def reading_age(seen_at: datetime | None, now: datetime, lang: str) -> str:
    """"read 12 min ago" / "not read yet" for the gauge."""
    if seen_at is None:
        return text("reading.age.never", lang)
    minutes = max(int((now - seen_at).total_seconds() // 60), 0)
    if minutes < 1:
        return text("reading.age.now", lang)
    if minutes < 120:
        return text("reading.age.minutes", lang, minutes=minutes)
    return text("reading.age.hours", lang, hours=minutes // 60)


def zone_time(ledger: LedgerFile, at: datetime) -> str:
    zone = preferences.user_zone(ledger)
    local = at.astimezone(ZoneInfo(zone))
    return f"{local.strftime('%H:%M')} {local.tzname()}"


def text_of(code: str, lang: str) -> str:
    """A readings word by its catalogue code (windows use it for state names)."""
    return text(code, lang)
