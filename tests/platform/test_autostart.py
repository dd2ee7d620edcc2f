"""'Start at login' writes and removes the platform's own entry."""

from __future__ import annotations

import plistlib
import sys

from desktopapp.platform import autostart
from desktopapp.platform.autostart_linux import XdgAutostart
from desktopapp.platform.autostart_macos import LaunchAgent


def test_linux_desktop_entry_under_xdg_config_home(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = autostart.for_platform("linux")
    assert not entry.is_enabled()

    entry.enable(["/opt/my apps/creditfuel-tray", "--quiet"])
    path = tmp_path / "config" / "autostart" / "creditfuel.desktop"
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/my apps/creditfuel-tray" --quiet' in text  # the spec's quoting
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert entry.is_enabled()

    entry.disable()
    assert not path.exists()
    assert not entry.is_enabled()
    entry.disable()  # twice is fine


def test_linux_entry_disabled_by_the_desktop_counts_as_off(tmp_path) -> None:
    entry = XdgAutostart(tmp_path)
    entry.enable(["creditfuel-tray"])
    entry.path.write_text(entry.path.read_text().replace("Hidden=false", "Hidden=true"))
    assert not entry.is_enabled()


def test_percent_signs_are_escaped_for_the_desktop_entry(tmp_path) -> None:
    entry = XdgAutostart(tmp_path)
    entry.enable(["/home/a%b/creditfuel-tray"])
    assert "Exec=/home/a%%b/creditfuel-tray" in entry.path.read_text()


def test_macos_launch_agent_plist(tmp_path) -> None:
    agent = LaunchAgent(tmp_path)
    agent.enable(["/Applications/CreditFuel.app/Contents/MacOS/creditfuel-tray"])
    with agent.path.open("rb") as f:
        data = plistlib.load(f)
    assert data["RunAtLoad"] is True
    assert data["ProgramArguments"] == [
        "/Applications/CreditFuel.app/Contents/MacOS/creditfuel-tray"
    ]
    assert agent.is_enabled()
    agent.disable()
    assert not agent.is_enabled()


def test_the_launch_command_starts_this_installation() -> None:
    command = autostart.launch_command()
    assert command[0].startswith(str(__import__("pathlib").Path(sys.executable).parent))
