"""The panel's readings line: how old the last reading is (or what stopped it), "Read
now", and a link to the platform's own usage page. Hidden while no source is connected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktopapp.services import readings, readings_words, sources
from desktopapp.ui.session import Session


def link_button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
    button.setPalette(palette)
    button.setStyleSheet("QPushButton { text-align: left; padding: 0px; border: none; }")
    return button


class ReadingLine(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.age = QLabel(self)
        self.age.setWordWrap(True)
        self.read_now = link_button(self)
        self.usage = link_button(self)
        self.read_now.clicked.connect(self._read_now)
        self.usage.clicked.connect(self._open_usage)
        self._usage_url: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.age, 1)
        row.addWidget(self.read_now)
        row.addWidget(self.usage)
        self.retranslate()

    def retranslate(self) -> None:
        self.read_now.setText(self.tr("Read now"))
        self.usage.setText(self.tr("Usage page"))
        self.read_now.setAccessibleName(self.tr("Read the balance now"))
        self.usage.setAccessibleName(self.tr("Open the platform's usage page"))

    def refresh(self) -> None:
        ledger = self.session.ledger
        items = sources.configs(ledger)
        self.setVisible(bool(items))
        if not items:
            return
        lang, now = self.session.lang(), self.session.now()
        parts = []
        for cfg in items:
            st = readings.state_of(ledger, cfg.name)
            if st.failure and st.failure != "offline":
                said = readings_words.text_of("reading.state." + st.failure, lang)
            else:
                said = readings_words.reading_age(st.seen_at, now, lang)
            parts.append(f"{cfg.name}: {said}")
        self.age.setText(" · ".join(parts))
        self._usage_url = next((c.usage_page for c in items if c.usage_page), None)
        self.usage.setVisible(self._usage_url is not None)

    def _read_now(self) -> None:
        from desktopapp.ui.reader import Reader

        if Reader.current is not None and Reader.current.read_now():
            self.age.setText(self.tr("Reading…"))

    def _open_usage(self) -> None:
        if self._usage_url:
            QDesktopServices.openUrl(QUrl(self._usage_url))
