"""The tray app as a user meets it: started from the venv on a desktop with a tray, its icon
sits in the tray, a left click opens the panel, and the screen shows it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import xvfb

pytestmark = pytest.mark.xvfb

PANEL_TITLE = "CreditFuel"


def _log(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def test_left_click_on_tray_icon_opens_the_panel(desktop: xvfb.Desktop, tmp_path: Path) -> None:
    db = tmp_path / "creditfuel.sqlite"
    ready = tmp_path / "ready"
    env = desktop.env(xvfb.sandbox_env(tmp_path / "home", CREDITFUEL_DB=str(db),
                                       CREDITFUEL_READY_FILE=str(ready)))
    xvfb.seed_genspark_free(db, env)
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        app = subprocess.Popen(xvfb.app_command(), env=env, cwd=xvfb.ROOT, stdout=out,
                               stderr=subprocess.STDOUT)
    try:
        xvfb.wait_for(lambda: ready.exists() or app.poll() is not None, timeout=30,
                      what="the app's ready file")
        assert app.poll() is None, f"the app exited with {app.returncode}:\n{_log(log)}"

        icon_window, icon = desktop.wait_for_tray_icon(app.pid)
        assert desktop.visible_windows(PANEL_TITLE, min_width=100, min_height=60) == [], \
            "a window opened at start; the app should start quietly in the tray"

        desktop.click(icon, button=1)

        def panel() -> xvfb.Box | None:
            for window, box in desktop.visible_windows(PANEL_TITLE, min_width=100,
                                                       min_height=60):
                if window != icon_window:
                    return box
            return None

        box = xvfb.wait_for(panel, timeout=10, what=f"a visible '{PANEL_TITLE}' panel")
        assert box.distance_to(*icon.center) <= 60, \
            f"the panel {box} opened far from the tray icon {icon}"
        shot = desktop.screenshot(tmp_path / "tray-panel.png")
        assert shot.stat().st_size > 0
        assert xvfb.colour_count(shot) > 1, "the screenshot is one flat colour"
        assert xvfb.colour_count(shot, box) > 1, "the panel area is one flat colour"
        assert app.poll() is None, f"the app died after the click:\n{_log(log)}"
    finally:
        xvfb.stop(app)
