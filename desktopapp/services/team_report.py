"""The report the team reads in its chat: balance per meter, spend by kind, project and
member, waste, the run-dry forecast and the envelopes, in the team's language.

Destinations are names here and URLs in the system keyring (a webhook URL or a Chatwork
token gives the whole room to whoever holds it). Sent weekly (day and time the lead
picks) and on the billing day; in a team one PC sends each period: the first to claim
the period in the team folder. A report missed while the PC slept is sent once when it
wakes (only the latest of each schedule). Failures wait in an outbox and are retried with
growing pauses; they are shown, never dropped.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desktopapp.domain.history import billing_period
from desktopapp.domain.limits import problem
from desktopapp.i18n import kind_name, text
from desktopapp.integrations import chat
from desktopapp.integrations.team_folder import TeamFolder
from desktopapp.platform import secrets
from desktopapp.services import balances, forecast, preferences, report, team
from desktopapp.services.ledger import LedgerFile

DESTS = "report.destinations"
OUTBOX = "report.outbox"
HANDLED = "report.handled"
SCHEDULE = "report.schedule"  # {"weekday": 0-6 (Monday 0), "at": "HH:MM", "tz": zone}
BACKOFF_S = (60, 300, 1800, 7200, 21600)
TRIES_NOW = 3
PAUSES_S = (1.0, 3.0)
MAX_NAME = 40
Pause = Callable[[float], None]


def _secret(name: str) -> str:
    return f"report-destination:{name}"


# -- destinations ------------------------------------------------------------------------
def destinations(ledger: LedgerFile) -> list[dict[str, str]]:
    found = ledger.get_setting(DESTS) or []
    return [d for d in found if isinstance(d, dict) and d.get("name")]


def add_destination(ledger: LedgerFile, name: str, url: str) -> dict[str, str]:
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(c.isspace() for c in name):
        raise problem("report_bad_name", value=name[:MAX_NAME])
    url = url.strip()
    if not chat.valid(url):
        raise problem("report_bad_url", kind=chat.scheme(url) or "?")
    try:
        secrets.set_secret(_secret(name), url)
    except secrets.SecretsUnavailable:
        raise problem("report_keyring_unavailable") from None
    entry = {"name": name, "kind": chat.scheme(url)}
    kept = [d for d in destinations(ledger) if d["name"] != name]
    ledger.set_setting(DESTS, sorted([*kept, entry], key=lambda d: d["name"]))
    return entry


def remove_destination(ledger: LedgerFile, name: str) -> None:
    known = destinations(ledger)
    if name not in {d["name"] for d in known}:
        raise problem("report_unknown_destination", name=name)
    try:
        secrets.delete_secret(_secret(name))
    except secrets.SecretsUnavailable:
        raise problem("report_keyring_unavailable") from None
    ledger.set_setting(DESTS, [d for d in known if d["name"] != name])


# -- the message -------------------------------------------------------------------------
def team_language(ledger: LedgerFile) -> str:
    chosen = ledger.get_setting("report.lang")
    return chosen if chosen in ("en", "ja") else preferences.language(ledger)


def _n(value: float) -> str:
    return f"{value:,.0f}"


def compose(ledger: LedgerFile, now: datetime, lang: str) -> dict[str, Any]:
    """Title, text and the figures behind them."""
    st = balances.status_json(ledger, now)
    month, price = report.build(ledger, now, lang)
    rj = report.report_json(month, price, lang)
    dry = forecast.runs_dry(ledger, now)
    by_member: Counter[str] = Counter()
    for s in ledger.spends(since=month.period.start, until=min(now, month.period.end)):
        by_member[s.origin.member] += s.credits
    names = {m.id: m.name for m in ledger.meters()}
    zone = ZoneInfo(preferences.user_zone(ledger))
    cfg = team.config(ledger)
    info = TeamFolder(cfg.folder).team_info() if cfg else None

    def t(code: str, **params: Any) -> str:
        return text(code, lang, **params)

    lines = [t("team_report.balance", items=" · ".join(
        f"{m['name']} {_n(m['balance'])}/{_n(m['grant'])}" for m in st["meters"]) or "-")]
    lines.append(t("team_report.spent", period=month.period.label, credits=_n(month.spent),
                   tasks=month.tasks))
    if rj["by_kind"]:
        lines.append(t("team_report.by_kind", items=" · ".join(
            f"{kind_name(g['kind'], lang)} {_n(g['credits'])}" for g in rj["by_kind"])))
    if rj["by_project"]:
        lines.append(t("team_report.by_project", items=" · ".join(
            f"{p['project'] or t('team_report.no_project')} {_n(p['credits'])}"
            for p in rj["by_project"])))
    if by_member:
        lines.append(t("team_report.by_member", items=" · ".join(
            f"{who} {_n(c)}" for who, c in sorted(by_member.items(), key=lambda x: -x[1]))))
    waste = rj["waste"]
    lines.append(t("team_report.waste", credits=_n(waste["wasted"]),
                   percent=f"{waste['share'] * 100:.0f}"))
    for meter_id, at in sorted(dry.items(), key=lambda x: names.get(x[0], x[0])):
        if meter_id in names:
            when = at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if at else None
            lines.append(t("team_report.runs_dry", meter=names[meter_id], at=when) if when
                         else t("team_report.lasts", meter=names[meter_id]))
    for e in rj["envelopes"]:
        if e["limit_percent"] is None:
            continue
        lines.append(t("team_report.envelope", group=e["group"], used=e["used_percent"],
                       limit=e["limit_percent"]))
    title = t("team_report.title", team=(info or {}).get("team") or "CreditFuel",
              date=now.astimezone(zone).strftime("%Y-%m-%d"))
    return {"title": title, "text": "\n".join(lines),
            "data": {"status": st, "report": rj, "by_member": dict(by_member),
                     "runs_dry": {names.get(k, k): v.isoformat() if v else None
                                  for k, v in dry.items()}}}


# -- sending -----------------------------------------------------------------------------
def _url(name: str) -> str | None:
    try:
        return secrets.get_secret(_secret(name))
    except secrets.SecretsUnavailable:
        return None


def _try(url: str, title: str, body: str, pause: Pause, timeout: float) -> str | None:
    """Up to TRIES_NOW attempts with short pauses; the last error, or None when sent."""
    error: str | None = None
    for attempt in range(TRIES_NOW):
        if attempt:
            pause(PAUSES_S[min(attempt - 1, len(PAUSES_S) - 1)])
        try:
            chat.send(url, title, body, timeout=timeout)
            return None
        except chat.SendFailed as exc:
            error = exc.detail
    return error


def _outbox(ledger: LedgerFile) -> list[dict[str, Any]]:
    return [x for x in ledger.get_setting(OUTBOX) or [] if isinstance(x, dict)]


def deliver(
    ledger: LedgerFile, now: datetime, message: dict[str, Any], *, to: str | None = None,
    period: str = "manual", pause: Pause, timeout: float = chat.DEFAULT_TIMEOUT,
) -> list[dict[str, Any]]:
    """Send to each destination (or ``to``); one result per destination. What fails is
    kept in the outbox for ``retry``."""
    targets = [d for d in destinations(ledger) if to is None or d["name"] == to]
    if to is not None and not targets:
        raise problem("report_unknown_destination", name=to)
    if not targets:
        raise problem("report_no_destination")
    results = []
    outbox = _outbox(ledger)
    for d in targets:
        url = _url(d["name"])
        error = "keyring: missing" if url is None else _try(
            url, message["title"], message["text"], pause, timeout)
        results.append({"destination": d["name"], "kind": d["kind"], "sent": error is None,
                        "error": error})
        if error is not None:
            outbox.append({"id": uuid.uuid4().hex[:8], "destination": d["name"],
                           "period": period, "title": message["title"],
                           "text": message["text"], "attempts": TRIES_NOW, "error": error,
                           "next_try": (now + timedelta(seconds=BACKOFF_S[0])).isoformat()})
    ledger.set_setting(OUTBOX, outbox)
    return results


def retry(ledger: LedgerFile, now: datetime, *, pause: Pause,
          timeout: float = chat.DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """Try again what is due in the outbox; what still fails waits longer."""
    kept, results = [], []
    for item in _outbox(ledger):
        if datetime.fromisoformat(item["next_try"]) > now:
            kept.append(item)
            continue
        url = _url(item["destination"])
        error = "keyring: missing" if url is None else _try(
            url, item["title"], item["text"], pause, timeout)
        results.append({"destination": item["destination"], "period": item["period"],
                        "sent": error is None, "error": error})
        if error is not None:
            tries = int(item["attempts"]) + TRIES_NOW
            wait = BACKOFF_S[min(tries // TRIES_NOW, len(BACKOFF_S) - 1)]
            kept.append({**item, "attempts": tries, "error": error,
                         "next_try": (now + timedelta(seconds=wait)).isoformat()})
    ledger.set_setting(OUTBOX, kept)
    return results


def waiting(ledger: LedgerFile) -> list[dict[str, Any]]:
    """Undelivered reports (shown in Settings → Team and by ``report --send --json``)."""
    return [{k: v for k, v in x.items() if k != "text"} for x in _outbox(ledger)]


# -- schedule ----------------------------------------------------------------------------
def set_schedule(ledger: LedgerFile, weekday: int | None, at: str = "09:00",
                 *, billing_day: bool = True, lang: str | None = None) -> None:
    """The lead's choice (shared with the team): a weekly slot in the lead's zone (None:
    no weekly report), whether the billing day sends one too, the report's language."""
    if lang is not None:
        if lang not in ("en", "ja"):
            raise problem("bad_setting", key="report.lang", value=lang)
        ledger.set_setting("report.lang", lang)
    if weekday is not None and not 0 <= weekday <= 6:
        raise problem("bad_day", value=weekday)
    hh, _, mm = at.partition(":")
    if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
        raise problem("bad_time", value=at)
    value = None if weekday is None else {
        "weekday": weekday, "at": f"{int(hh):02d}:{int(mm):02d}",
        "tz": preferences.user_zone(ledger)}
    ledger.set_setting(SCHEDULE, value)
    ledger.set_setting("report.billing_day", billing_day)


def due_periods(ledger: LedgerFile, now: datetime) -> list[str]:
    """The latest weekly slot and billing day at or before ``now`` not handled yet.
    Only the latest of each: a PC asleep for three weeks sends one report, not three.
    Keys are UTC instants, so every PC names a period the same whatever its own zone."""
    handled = set(ledger.get_setting(HANDLED) or [])
    due: list[str] = []
    sched = ledger.get_setting(SCHEDULE)
    if isinstance(sched, dict) and isinstance(sched.get("weekday"), int):
        zone = ZoneInfo(str(sched.get("tz") or preferences.user_zone(ledger)))
        hh, mm = (int(x) for x in str(sched.get("at") or "09:00").split(":"))
        local = now.astimezone(zone)
        slot = local.replace(hour=hh, minute=mm, second=0, microsecond=0)
        slot -= timedelta(days=(local.weekday() - int(sched["weekday"])) % 7)
        if slot > local:
            slot -= timedelta(days=7)
        due.append(f"weekly-{slot.astimezone(UTC):%Y%m%dT%H%MZ}")
    meters = ledger.meters()
    if meters and ledger.get_setting("report.billing_day", True):
        start = billing_period(meters, now, preferences.user_zone(ledger)).start
        due.append(f"billing-{start.astimezone(UTC):%Y%m%dT%H%MZ}")
    return [p for p in due if p not in handled]


def send_due(ledger: LedgerFile, now: datetime, *, pause: Pause,
             timeout: float = chat.DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """What the tray calls at start, on wake and at each scheduled time. In a team the
    period is claimed in the folder first; the PC that lost the claim does nothing."""
    results = retry(ledger, now, pause=pause, timeout=timeout)
    if not destinations(ledger):
        return results
    cfg = team.config(ledger)
    for period in due_periods(ledger, now):
        if cfg is not None:
            if not cfg.lead:
                continue  # reports go out from a lead's PC
            held = TeamFolder(cfg.folder).claim(f"report-{period}", cfg.device, now.isoformat())
            if not held:
                _handled(ledger, period)
                results.append({"period": period, "sent": False, "by_other_pc": True})
                continue
        message = compose(ledger, now, team_language(ledger))
        for r in deliver(ledger, now, message, period=period, pause=pause, timeout=timeout):
            results.append({**r, "period": period})
        _handled(ledger, period)
    return results


def _handled(ledger: LedgerFile, period: str) -> None:
    done = [p for p in ledger.get_setting(HANDLED) or [] if p != period]
    ledger.set_setting(HANDLED, [*done, period][-50:])


def next_due(ledger: LedgerFile, now: datetime) -> datetime | None:
    """When the next scheduled report falls due (the tray arms one timer for it)."""
    found: list[datetime] = []
    sched = ledger.get_setting(SCHEDULE)
    if isinstance(sched, dict) and isinstance(sched.get("weekday"), int):
        zone = ZoneInfo(str(sched.get("tz") or preferences.user_zone(ledger)))
        hh, mm = (int(x) for x in str(sched.get("at") or "09:00").split(":"))
        local = now.astimezone(zone)
        slot = local.replace(hour=hh, minute=mm, second=0, microsecond=0)
        slot += timedelta(days=(int(sched["weekday"]) - local.weekday()) % 7)
        if slot <= local:
            slot += timedelta(days=7)
        found.append(slot)
    meters = ledger.meters()
    if meters and ledger.get_setting("report.billing_day", True):
        found.append(billing_period(meters, now, preferences.user_zone(ledger)).end)
    return min(found) if found else None
