"""Settings > Plan: add a preset's meters (the first-run form again)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktopapp.services import setup
from desktopapp.ui.first_run import DEFAULT_PRESET, PresetForm, preset_title
from desktopapp.ui.formatting import arg
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session


class PlanTab(QWidget):
    """Add a plan's meters (several accounts or a changed plan)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rt = Retranslator()
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.preset = QComboBox(self)
        for preset in setup.presets():
            self.preset.addItem(preset_title(preset), preset.key)
        self.preset.setCurrentIndex(self.preset.findData(DEFAULT_PRESET))
        caption = QLabel(self)
        caption.setBuddy(self.preset)
        self.rt.bind(caption.setText, lambda: self.tr("&Plan:"))
        self.form = PresetForm(session, self)
        self.add_button = QPushButton(self)
        self.rt.bind(self.add_button.setText, lambda: self.tr("A&dd this plan's meters"))
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.preset, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.preset.currentIndexChanged.connect(
            lambda _i: self.form.set_preset(str(self.preset.currentData())))
        self.add_button.clicked.connect(self.add_meters)
        self.refresh()

    def refresh(self) -> None:
        meters = setup.meters(self.session.ledger)
        if meters:
            names = ", ".join(m.name for m in meters)
            self.current.setText(arg(self.tr("Your meters now: %1. Edit them under Meters."),
                                     names))
        else:
            self.current.setText(self.tr("No meter yet: pick your plan below."))

    def add_meters(self) -> None:
        made = self.form.apply()
        if made:
            self.form.message.show_note(arg(self.tr("Added: %1"),
                                            ", ".join(m.name for m in made)))
            self.refresh()

    def retranslate(self) -> None:
        self.rt.apply()
        self.form.retranslate()
        self.refresh()
