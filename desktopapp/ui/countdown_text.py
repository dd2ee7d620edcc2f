"""'3 h 12 min': the countdown in words, rounded the way desktopapp.domain.countdown says.

The ticker re-arms at ``countdown.next_display_change``; this text must change exactly
there, so both take what is shown (rounded up to the minute; days and hours beyond a
day) from the same domain module.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from desktopapp.domain import countdown


def remaining(now: datetime, target: datetime) -> str:
    left = countdown.shown(now, target)  # "2 d 5 h" beyond a day, minutes within it
    if left.due:
        return QCoreApplication.translate("Countdown", "now")
    from desktopapp.ui.formatting import fmt_duration  # shared wording with the dialogs

    return fmt_duration(left.total_minutes * 60)


# A weekday alone names a day within the coming week; further out it would be read as
# this week's (a monthly refill 20 days away shown as "Tue" misleads): add the date.
WEEKDAY_ENOUGH = timedelta(days=6)


def refill_when(now: datetime, at: datetime, zone: str) -> str:
    """'Tue 09:00 JST' within six days, 'Tue 12/15 09:00 JST' beyond."""
    from desktopapp.ui.formatting import fmt_instant

    return fmt_instant(at, zone, with_date=at - now > WEEKDAY_ENOUGH)
