"""Regenerate the README screenshots, in English and Japanese, under Xvfb with a real tray.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--now ISO] [--lang en ja]

For each language it builds the demo ledger (scripts/demo_ledger.py: four weeks of a small
team on Genspark Plus, two client jobs, a failed video and a retake) with a fixed clock
(CREDITFUEL_NOW), then:
- starts Xvfb and trayer, launches the app as a user would, clicks its tray icon and
  saves the screen around the tray and the panel (``<lang>-tray-panel.png``);
- in a second process on the same screen, opens Quick log, the pre-flight warning, the
  fuel history, the "Why" dialog, the ledger window and Set balance with that ledger and
  grabs each window (``<lang>-quick-log.png``, ``-preflight.png``, ``-history.png``,
  ``-why.png``, ``-ledger.png``, ``-set-balance.png``).
Everything it starts is stopped by PID. Look at every PNG afterwards.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts"), str(ROOT / "tests" / "e2e")]

import demo_ledger  # noqa: E402
import xvfb  # noqa: E402

DEFAULT_NOW = "2026-11-25T08:30:00+00:00"  # 17:30 in Tokyo, a Wednesday
SCREEN = "1280x800x24"


def tray_and_panel(db: Path, lang: str, now: str, out: Path, work: Path) -> Path:
    """The app in a real tray; a left click on its icon; the screen around both."""
    with xvfb.virtual_desktop(screen=SCREEN) as desktop:
        ready = work / f"ready-{lang}"
        env = desktop.env(xvfb.sandbox_env(
            work / f"home-{lang}", CREDITFUEL_DB=str(db), CREDITFUEL_READY_FILE=str(ready),
            CREDITFUEL_NOW=now, CREDITFUEL_LANG=lang))
        log = work / f"app-{lang}.log"
        with log.open("wb") as sink:
            app = subprocess.Popen(xvfb.app_command(), env=env, cwd=ROOT, stdout=sink,
                                   stderr=subprocess.STDOUT)
        try:
            xvfb.wait_for(lambda: ready.exists() or app.poll() is not None, timeout=30,
                          what="the app's ready file")
            if app.poll() is not None:
                raise RuntimeError(f"the app exited:\n{log.read_text(errors='replace')}")
            icon_window, icon = desktop.wait_for_tray_icon(app.pid)
            desktop.click(icon, button=1)

            def panel() -> xvfb.Box | None:
                for window, box in desktop.visible_windows("CreditFuel", min_width=100,
                                                           min_height=60):
                    if window != icon_window:
                        return box
                return None

            box = xvfb.wait_for(panel, timeout=10, what="the panel")
            import time

            time.sleep(0.6)  # let the panel finish painting
            shot = desktop.screenshot(work / f"root-{lang}.png")
            width = int(SCREEN.split("x")[0])
            left = max(0, min(box.x, icon.x) - 24)
            bottom = max(box.y + box.height, icon.y + icon.height) + 24
            target = out / f"{lang}-tray-panel.png"
            subprocess.run(["convert", str(shot), "-crop", f"{width - left}x{bottom}+{left}+0",
                            "+repage", str(target)], check=True, timeout=30)
            return target
        finally:
            xvfb.stop(app)


def dialogs(db: Path, lang: str, now: str, out: Path) -> list[Path]:
    """Runs in its own process (a QApplication per language): grabs each dialog."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktopapp.store.ledger_file import LedgerFile
    from desktopapp.ui import translations
    from desktopapp.ui.history_window import HistoryWindow
    from desktopapp.ui.preflight_dialog import PreflightDialog
    from desktopapp.ui.quick_log import QuickLogDialog
    from desktopapp.ui.session import Session
    from desktopapp.ui.why_dialog import WhyDialog

    translations.install(lang, app)
    at = datetime.fromisoformat(now).astimezone(UTC)
    tracker = LedgerFile.open(db)
    session = Session(tracker, lambda: at)
    client_a, client_b = demo_ledger.PROJECTS[lang]
    shots: list[Path] = []

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.show()
        widget.raise_()
        for _ in range(5):
            app.processEvents()
        path = out / f"{lang}-{name}.png"
        widget.grab().save(str(path))
        shots.append(path)
        widget.close()

    quick = QuickLogDialog(session)
    quick._select_kind("slides")
    quick.size_box.setValue(12)
    quick.amount.setText("64")
    quick.project.setText(client_a)
    quick.note.setText("第2版" if lang == "ja" else "second draft")
    quick.resize(460, quick.sizeHint().height())
    grab(quick, "quick-log")

    warning = PreflightDialog(session, kind="video", size=60)
    warning.set_project(client_b)
    warning.resize(560, warning.sizeHint().height())
    grab(warning, "preflight")

    history = HistoryWindow(session)
    history.resize(900, 640)
    grab(history, "history")

    why = WhyDialog(session, tracker.meters()[0].id)
    why.resize(600, why.sizeHint().height())
    grab(why, "why")

    from desktopapp.ui.ledger_window import LedgerWindow
    from desktopapp.ui.set_balance_dialog import SetBalanceDialog

    ledger = LedgerWindow(session)
    ledger.resize(1000, 560)
    grab(ledger, "ledger")

    set_balance = SetBalanceDialog(session, tracker.meters()[0].name)
    set_balance.resize(440, set_balance.sizeHint().height())
    grab(set_balance, "set-balance")
    tracker.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--now", default=DEFAULT_NOW)
    parser.add_argument("--lang", nargs="+", default=["en", "ja"], choices=["en", "ja"])
    parser.add_argument("--dialogs-only", metavar="DB", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    if args.dialogs_only:  # the child process
        for path in dialogs(args.dialogs_only, args.lang[0], args.now, args.out):
            print(path)
        return 0

    missing = xvfb.missing_tools(("Xvfb", "trayer", "xdotool", "convert"))
    if missing:
        print(f"not installed: {', '.join(missing)}", file=sys.stderr)
        return 2
    at = datetime.fromisoformat(args.now).astimezone(UTC)
    with tempfile.TemporaryDirectory(prefix="creditfuel-shots-") as tmp:
        work = Path(tmp)
        for lang in args.lang:
            db = work / f"demo-{lang}.sqlite3"
            demo_ledger.build(db, at, lang).close()
            print(tray_and_panel(db, lang, args.now, args.out, work))
            with xvfb.virtual_desktop(tray=False, screen=SCREEN) as desktop:
                env = desktop.env(xvfb.sandbox_env(work / f"dialogs-{lang}",
                                                   CREDITFUEL_LANG=lang))
                env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
                subprocess.run(
                    [sys.executable, __file__, "--dialogs-only", str(db), "--lang", lang,
                     "--now", args.now, "--out", str(args.out)],
                    env=env, cwd=ROOT, check=True, timeout=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
