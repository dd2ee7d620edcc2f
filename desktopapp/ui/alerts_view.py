"""Words and delivery for the proactive alerts ``services.alerts`` decides.

Runs on every status update (a minute tick, a log, a resume): the service says which
alerts start an episode now (it remembers the open ones in the ledger, and its forecast
is keyed on the ledger's revision, so an alert reflects the log that triggered it); this
view words them and shows them through ``notify``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject

from desktopapp.domain.alerts import Alert
from desktopapp.domain.status import Status
from desktopapp.services import alerts
from desktopapp.ui.formatting import arg, fmt_instant, fmt_int
from desktopapp.ui.session import Session

Notify = Callable[[str, str], None]


class AlertsView(QObject):
    def __init__(self, session: Session, notify: Notify, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.notify = notify
        self.shown: list[Alert] = []  # every alert shown, for the tray's "recent" and tests

    def paused(self) -> bool:
        return alerts.paused(self.session.ledger)

    def set_paused(self, paused: bool) -> None:
        alerts.set_paused(self.session.ledger, paused)

    def on_status(self, status: Status) -> list[Alert]:
        """The alerts this status starts: told at once on a small ledger; on a busy one
        when the worker has the run-dry forecast (then the list returned is empty)."""
        if status.updating:  # the last known figures: nothing new can be told from them
            return []
        told: list[Alert] = []

        def tell(dry_at: Mapping[str, datetime | None]) -> None:
            new = alerts.due(self.session.ledger, status.as_of, status, dry_at)
            for alert in new:
                title, text = self.words(alert)
                self.notify(title, text)
            self.shown.extend(new)
            told.extend(new)

        if alerts.paused(self.session.ledger):
            tell({})
        else:
            from desktopapp.services import forecast  # after the icon: not a start-up cost

            self.session.figures(
                "alerts.runs_dry", lambda ledger, _now: forecast.runs_dry(ledger, status.as_of),
                tell,
            )
        return told

    # -- words ---------------------------------------------------------------------------
    def _when(self, at: datetime | None) -> str:
        if at is None:
            return ""
        return fmt_instant(at, self.session.user_zone())

    def words(self, alert: Alert) -> tuple[str, str]:
        credits = fmt_int(alert.credits)
        when = self._when(alert.at)
        if alert.credits < 0 and alert.code in ("low_balance", "runs_dry"):
            # Below zero is old data that cannot be true: ask for the balance instead.
            title = self.tr("The balance doesn't add up")
            text = arg(self.tr("%1: the logs don't add up. Set the balance the site shows."),
                       alert.subject)
        elif alert.code == "low_balance":
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
