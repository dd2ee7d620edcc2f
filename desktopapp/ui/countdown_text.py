"""'3 h 12 min': the countdown in words, rounded the way desktopapp.domain.countdown says.

The ticker re-arms at ``countdown.next_display_change``; this text must change exactly
there, so both take what is shown (rounded up to the minute; days and hours beyond a
day) from the same domain module.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktopapp.domain import countdown


def remaining(now: datetime, target: datetime) -> str:
    left = countdown.shown(now, target)  # "2 d 5 h" beyond a day, minutes within it
    if left.due:
        return QCoreApplication.translate("Countdown", "now")
    from desktopapp.ui.formatting import fmt_duration  # shared wording with the dialogs

    return fmt_duration(left.total_minutes * 60)
