"""Resume from suspend reaches the tray through logind's PrepareForSleep signal.

A private D-Bus daemon stands in for the system bus; a second connection owns logind's
name there and emits the signal exactly as logind does.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from desktopapp.platform.sleep_linux import LOGIND, SleepWatcher

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def private_bus(tmp_path):
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(5)


def connect(address: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, f"test-{uuid.uuid4().hex}")
    assert bus.isConnected()
    return bus


def emit(bus: QDBusConnection, going_to_sleep: bool) -> None:
    _service, path, interface = LOGIND
    signal = QDBusMessage.createSignal(path, interface, "PrepareForSleep")
    signal.setArguments([going_to_sleep])
    assert bus.send(signal)


def test_resume_triggers_a_recompute_and_going_to_sleep_does_not(qtbot, private_bus) -> None:
    logind = connect(private_bus)
    assert logind.registerService(LOGIND[0])
    resumed: list[bool] = []
    watcher = SleepWatcher(lambda: resumed.append(True))
    assert watcher.start(connect(private_bus))

    emit(logind, True)  # about to sleep: nothing to recompute yet
    emit(logind, False)  # woke up
    qtbot.waitUntil(lambda: resumed == [True], timeout=3000)
    qtbot.wait(100)
    assert resumed == [True]


def test_no_bus_is_harmless(qapp) -> None:
    class NoBus:
        def isConnected(self) -> bool:
            return False

    assert SleepWatcher(lambda: None).start(NoBus()) is False
