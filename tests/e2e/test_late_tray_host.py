"""Start at login, tray host late: the app starts on a desktop with no tray (its window
shows), then trayer starts; the icon docks there and the window goes. Ctrl+C quits."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
import xvfb

pytestmark = pytest.mark.xvfb

TOOLS = (*xvfb.REQUIRED_TOOLS,)


def _log(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:] if path.exists() else ""


@pytest.fixture
def bare_desktop(tmp_path: Path):  # type: ignore[no-untyped-def]
    missing = xvfb.missing_tools(TOOLS)
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (./scripts/test installs them)")
    logs = tmp_path / "x11-logs"
    logs.mkdir()
    with xvfb.virtual_desktop(tray=False, logs=logs) as screen:
        yield screen, logs


def test_the_app_moves_into_a_tray_host_that_starts_later(bare_desktop, tmp_path: Path) -> None:
    desktop, logs = bare_desktop
    db = tmp_path / "creditfuel.sqlite"
    ready = tmp_path / "ready"
    env = desktop.env(xvfb.sandbox_env(tmp_path / "home", CREDITFUEL_DB=str(db),
                                       CREDITFUEL_READY_FILE=str(ready),
                                       PYTHONFAULTHANDLER="1"))
    xvfb.seed_genspark_free(db, env)
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        app = subprocess.Popen(xvfb.app_command(), env=env, cwd=xvfb.ROOT, stdout=out,
                               stderr=subprocess.STDOUT)
    trayer = None
    try:
        xvfb.wait_for(lambda: ready.exists() or app.poll() is not None, timeout=30,
                      what="the app's ready file")
        assert app.poll() is None, f"the app exited with {app.returncode}:\n{_log(log)}"
        xvfb.wait_for(lambda: desktop.visible_windows("^CreditFuel$", min_width=100,
                                                      min_height=60),
                      timeout=10, what="the fallback window (no tray yet)")

        trayer = xvfb.start_tray_host(desktop, logs)  # the host comes late
        _window, icon = desktop.wait_for_tray_icon(app.pid, timeout=20)
        assert icon.width >= 8
        xvfb.wait_for(lambda: not desktop.visible_windows("^CreditFuel$", min_width=100,
                                                          min_height=60),
                      timeout=10, what="the fallback window to go once the icon docked")
        assert app.poll() is None, f"the app died:\n{_log(log)}"

        app.send_signal(signal.SIGINT)  # Ctrl+C in the terminal
        assert app.wait(10) == 0, _log(log)
    finally:
        xvfb.stop(app)
        xvfb.stop(trayer)
