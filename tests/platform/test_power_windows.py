"""Which Windows messages make the tray recompute (the Win32 plumbing only runs there)."""

from __future__ import annotations

import sys

from desktopapp.platform import power_windows as pw


def test_resume_and_clock_changes_recompute_other_power_events_do_not() -> None:
    assert pw.wants_recompute(pw.WM_TIMECHANGE, 0)
    assert pw.wants_recompute(pw.WM_POWERBROADCAST, pw.PBT_APMRESUMEAUTOMATIC)
    assert pw.wants_recompute(pw.WM_POWERBROADCAST, pw.PBT_APMRESUMESUSPEND)
    assert not pw.wants_recompute(pw.WM_POWERBROADCAST, 0x000A)  # PBT_APMPOWERSTATUSCHANGE
    assert not pw.wants_recompute(0x0010, 0)  # WM_CLOSE


def test_the_filter_is_only_installed_on_windows(qapp) -> None:
    installed = pw.install(qapp, lambda: None)
    assert (installed is not None) == (sys.platform == "win32")
