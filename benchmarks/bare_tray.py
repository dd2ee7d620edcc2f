"""The baseline: a bare PySide6 tray program the app's start-up and idle figures are judged by.

QApplication + QSystemTrayIcon with an icon drawn at runtime + a QMenu, nothing else.
It follows the same contract as the app, so the benchmarks treat both alike:
- CREDITFUEL_READY_FILE: written (with the pid) on the first event-loop turn after the
  tray icon is shown;
- CREDITFUEL_QUIT_WHEN_READY=1: quit right after writing it.
Without --idle it quits on the first event-loop turn (start-to-quit baseline); with
--idle it stays in the event loop until terminated (idle wake-up baseline).

    python benchmarks/bare_tray.py [--idle]
"""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def drawn_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.fillRect(4, 4, 24, 24, QColor("#2e7d32"))
    painter.end()
    return QIcon(pixmap)


def announce_ready(app: QApplication) -> None:
    ready = os.environ.get("CREDITFUEL_READY_FILE")
    if ready:
        with open(ready, "w", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
    if os.environ.get("CREDITFUEL_QUIT_WHEN_READY") == "1":
        app.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", action="store_true", help="stay in the event loop")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray = QSystemTrayIcon(drawn_icon())
    tray.setToolTip("bare tray")
    tray.setContextMenu(menu)
    tray.show()
    QTimer.singleShot(0, lambda: announce_ready(app))
    if not args.idle:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
