"""Words and delivery for the proactive alerts decided in desktopapp.domain.alerts.

Runs on every status update (a minute tick, a log, a resume), asks the domain which
alerts start an episode now, shows those through ``notify`` and remembers the open
episodes in settings so a restart does not repeat them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from desktopapp.domain.alerts import Alert, AlertSettings, evaluate
from desktopapp.domain.status import Status
from desktopapp.ui.session import Session

FIRED_KEY = "alerts.fired"
PAUSED_KEY = "alerts.paused"
FORECAST_EVERY = timedelta(minutes=15)  # a pace measured in days moves slowly

Notify = Callable[[str, str], None]


class AlertsView(QObject):
    def __init__(self, session: Session, notify: Notify, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.notify = notify
        self._dry_at: Mapping[str, datetime | None] = {}
        self._forecast_at: datetime | None = None
        session.changed.connect(self._ledger_changed)
        self.shown: list[Alert] = []  # every alert shown, for the tray's "recent" and tests

    # -- settings ------------------------------------------------------------------------
    def paused(self) -> bool:
        return bool(self.session.tracker.get_setting(PAUSED_KEY, False))

    def set_paused(self, paused: bool) -> None:
        self.session.tracker.set_setting(PAUSED_KEY, bool(paused))

    # -- evaluation ----------------------------------------------------------------------
    def _ledger_changed(self) -> None:
        self._forecast_at = None  # a new log changes the pace

    def _forecast(self, status: Status) -> Mapping[str, datetime | None]:
        now = status.as_of
        if self._forecast_at is not None and now - self._forecast_at < FORECAST_EVERY:
            return self._dry_at
        try:
            from desktopapp.domain.forecast import WINDOW_DAYS, forecast_all
        except ImportError:
            return {}
        tracker = self.session.tracker
        spends = tracker.spends(since=now - timedelta(days=WINDOW_DAYS + 1), until=now)
        forecasts = forecast_all(tracker.meters(), tracker.state(now), spends, now=now)
        self._dry_at = {f.meter_id: f.runs_dry_at for f in forecasts}
        self._forecast_at = now
        return self._dry_at

    def on_status(self, status: Status) -> list[Alert]:
        tracker = self.session.tracker
        settings = AlertSettings.from_settings(tracker.get_setting)
        fired = tracker.get_setting(FIRED_KEY, []) or []
        dry_at = {} if settings.paused else self._forecast(status)
        new, keep = evaluate(status, settings, fired, dry_at)
        if sorted(keep) != sorted(fired):
            tracker.set_setting(FIRED_KEY, sorted(keep))
        for alert in new:
            title, text = self.words(alert)
            self.notify(title, text)
        self.shown.extend(new)
        return new

    # -- words ---------------------------------------------------------------------------
    def _when(self, at: datetime | None) -> str:
        if at is None:
            return ""
        from desktopapp.ui.widgets import fmt_instant

        return fmt_instant(at, self.session.user_zone())

    def words(self, alert: Alert) -> tuple[str, str]:
        from desktopapp.ui.widgets import arg, fmt_int

        credits = fmt_int(alert.credits)
        when = self._when(alert.at)
        if alert.code == "low_balance":
            title = self.tr("Credits running low")
            if alert.at is not None:
                text = arg(
                    self.tr("%1: %2 credits left. Next refill %3."), alert.subject, credits, when
                )
            else:
                text = arg(self.tr("%1: %2 credits left."), alert.subject, credits)
        elif alert.code == "runs_dry":
            title = self.tr("Credits may run out before the refill")
            text = arg(
                self.tr("%1: at your recent pace the %2 credits run out around %3."),
                alert.subject,
                credits,
                when,
            )
        elif alert.code == "credits_vanish":
            title = self.tr("Use them or lose them")
            text = arg(
                self.tr("%1: %2 credits vanish at %3 (the refill replaces what is left)."),
                alert.subject,
                credits,
                when,
            )
        else:
            title = self.tr("Credit pack expiring soon")
            text = arg(self.tr("%1 pack credits expire at %2."), credits, when)
        return title, text
