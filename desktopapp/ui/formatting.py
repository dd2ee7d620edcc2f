"""Words and formats every window shares: labels for codes, Qt-style %1 arguments,
locale-aware numbers, instants, durations, money, and problems worded for a window.

Codes (kinds, outcomes, units) come from the domain; their words live here so every
window says "Slides" / "スライド" the same way. Numbers and dates go through QLocale so
Japanese users see 1,234 and 火 where English users see Tue. Every instant is shown in
the zone the caller passes (the session's user zone), with its abbreviation.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime, QTimeZone

from desktopapp.domain import countdown
from desktopapp.domain.events import Correction, Event, Observation, PackPurchase, Spend
from desktopapp.domain.kinds import normalize_kind
from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import describe


# -- words for codes -------------------------------------------------------------------
def kind_label(code: str) -> str:
    """A kind's name for people; unknown (free-text) kinds are shown as typed."""
    labels = {
        "chat": QCoreApplication.translate("Words", "Chat"),
        "slides": QCoreApplication.translate("Words", "Slides"),
        "sheets": QCoreApplication.translate("Words", "Sheets"),
        "sparkpage": QCoreApplication.translate("Words", "Sparkpage"),
        "research": QCoreApplication.translate("Words", "Research"),
        "image": QCoreApplication.translate("Words", "Image"),
        "video": QCoreApplication.translate("Words", "Video"),
        "developer": QCoreApplication.translate("Words", "AI Developer"),
        "agent": QCoreApplication.translate("Words", "Super agent"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    labels = {
        "ok": QCoreApplication.translate("Words", "Done"),
        "failed": QCoreApplication.translate("Words", "Failed"),
        "retake": QCoreApplication.translate("Words", "Retake"),
        "abandoned": QCoreApplication.translate("Words", "Abandoned"),
    }
    return labels.get(code, code)


def unit_label(unit: str | None) -> str:
    labels = {
        "seconds": QCoreApplication.translate("Words", "seconds"),
        "pages": QCoreApplication.translate("Words", "pages"),
        "images": QCoreApplication.translate("Words", "images"),
    }
    return labels.get(unit or "", "")


def group_label(code: str) -> str:
    labels = {
        "drafting": QCoreApplication.translate("Words", "Drafting"),
        "research": QCoreApplication.translate("Words", "Research"),
        "visual": QCoreApplication.translate("Words", "Images and video"),
        "developer": QCoreApplication.translate("Words", "Developer and agents"),
    }
    return labels.get(code, code)


def arg(template: str, *values: object) -> str:
    """Qt-style %1..%9 placeholders (translators may reorder them), filled in one pass."""
    out, i = [], 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            index = int(template[i + 1]) - 1
            out.append(str(values[index]) if 0 <= index < len(values) else template[i : i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# -- numbers, instants, durations ---------------------------------------------------------
def fmt_int(n: int | float) -> str:
    return QLocale().toString(round(n))


def fmt_credits(n: int | float) -> str:
    """'1,234 credits' / '1,234 クレジット' (plural-aware)."""
    value = round(n)
    # Two plain strings instead of %n: English plurals then need no English .qm file.
    if abs(value) == 1:
        return arg(QCoreApplication.translate("Words", "%1 credit"), fmt_int(value))
    return arg(QCoreApplication.translate("Words", "%1 credits"), fmt_int(value))


def fmt_money(amount: float, currency: str) -> str:
    locale = QLocale()
    digits = 0 if currency in ("JPY", "KRW") else 2
    return locale.toCurrencyString(round(amount, digits), _currency_symbol(currency), digits)


def _currency_symbol(code: str) -> str:
    return {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}.get(code, code + " ")


def fmt_percent(share: float) -> str:
    return QLocale().toString(share * 100, "f", 0) + "%"


def to_qdatetime(at: datetime, zone: str) -> QDateTime:
    qdt = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000), QTimeZone(zone.encode()))
    return qdt


def zone_abbrev(at: datetime, zone: str) -> str:
    """'JST', 'CET'...; zones with no letters give an offset like '+09'."""
    return at.astimezone(ZoneInfo(zone)).tzname() or zone


def fmt_clock(at: time) -> str:
    """A wall-clock time of a rule, '09:00'."""
    return QLocale().toString(QTime(at.hour, at.minute), "HH:mm")


def month_day_format() -> str:
    """'M/d' or 'd/M' as the locale orders days and months (no year: it is implied)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    m, d = fmt.find("M"), fmt.find("d")
    return "d/M" if 0 <= d < m else "M/d"


def fmt_instant(at: datetime, zone: str, *, with_date: bool = False) -> str:
    """'Tue 09:00 JST', with the date 'Tue 12/1 09:00 JST'; '12/1(火) 09:00 JST' in Japanese."""
    locale = QLocale()
    qdt = to_qdatetime(at, zone)
    weekday = locale.dayName(qdt.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    clock = locale.toString(qdt.time(), "HH:mm")
    day = locale.toString(qdt.date(), month_day_format()) if with_date else ""
    if locale.language() == QLocale.Language.Japanese:
        long_day = locale.dayName(qdt.date().dayOfWeek(), QLocale.FormatType.LongFormat)
        head = f"{day}({weekday})" if day else long_day  # 12/1(火) or 火曜日
        return f"{head} {clock} {zone_abbrev(at, zone)}"
    parts = [p for p in (weekday, day, clock, zone_abbrev(at, zone)) if p]
    return " ".join(parts)


def fmt_date(day: object) -> str:
    from PySide6.QtCore import QDate

    if isinstance(day, datetime):
        day = day.date()
    qd = QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
    return QLocale().toString(qd, QLocale.FormatType.ShortFormat)


def fmt_duration(seconds: int | float) -> str:
    """'3 h 12 min', '2 d 5 h', '45 min' ('3時間12分' in Japanese), rounded the one way
    every face rounds (desktopapp.domain.countdown.shown_for: up to the minute)."""
    left = countdown.shown_for(seconds)
    if left.days:
        return arg(
            QCoreApplication.translate("Words", "%1 d %2 h"), fmt_int(left.days),
            fmt_int(left.hours),
        )
    if left.hours:
        return arg(
            QCoreApplication.translate("Words", "%1 h %2 min"), fmt_int(left.hours),
            fmt_int(left.minutes),
        )
    return arg(QCoreApplication.translate("Words", "%1 min"), fmt_int(left.minutes))


# -- problems ------------------------------------------------------------------------------
def ui_lang() -> str:
    """The language the UI currently speaks, from the installed translator's locale."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def describe_error(error: InvalidInput, lang: str | None = None) -> str:
    """Every problem of a validation error in plain words, one per line."""
    return "\n".join(describe(p, lang or ui_lang(), app=True) for p in error.problems)


def sentences(*parts: str) -> str:
    """Sentences joined as the language writes them: a space in English, none after 。."""
    glue = "" if ui_lang() == "ja" else " "
    return glue.join(p for p in parts if p)


def bullet_list(lines: Iterable[str]) -> str:
    """Plain-text bullets (no rich text: user-typed names must never become markup)."""
    return "\n".join("• " + line for line in lines)


def event_summary(event: Event, meter_names: dict[str, str] | None = None) -> str:
    """'Video · 300 credits · Acme': what a log was, for "Logged: …" and "Undid: …"."""
    names = meter_names or {}
    if isinstance(event, Spend):
        parts = [kind_label(normalize_kind(event.kind)), fmt_credits(event.credits)]
        if event.project:
            parts.append(event.project)
        if event.outcome != "ok":
            parts.append(outcome_label(event.outcome))
        return " · ".join(parts)
    if isinstance(event, PackPurchase):
        return arg(QCoreApplication.translate("Words", "pack of %1"), fmt_credits(event.credits))
    if isinstance(event, Observation):
        return arg(
            QCoreApplication.translate("Words", "balance %1 on %2"),
            fmt_int(event.balance),
            names.get(event.meter_id, "?"),
        )
    if isinstance(event, Correction):
        return arg(
            QCoreApplication.translate("Words", "correction %1 on %2"),
            f"{event.delta:+,}",
            names.get(event.meter_id, "?"),
        )
    return ""
