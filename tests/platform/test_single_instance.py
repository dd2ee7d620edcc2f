"""A second launch does not start a second tray: it asks the first to show its panel."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QDir

from desktopapp.platform.single_instance import (
    SingleInstance,
    ask_running_instance,
    claim_or_forward,
    server_name,
)


def unique_name() -> str:
    return f"creditfuel-test-{uuid.uuid4().hex[:12]}"


def test_second_launch_pings_the_first_which_shows_itself(qtbot) -> None:
    name = unique_name()
    first = claim_or_forward(name)
    assert first is not None, "the first launch must become the running instance"
    try:
        with qtbot.waitSignal(first.show_requested, timeout=3000):
            assert claim_or_forward(name) is None  # the second launch steps aside
    finally:
        first.close()


def test_a_separate_process_reaches_the_running_instance(qtbot) -> None:
    name = unique_name()
    first = claim_or_forward(name)
    assert first is not None
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from desktopapp.platform.single_instance import ask_running_instance; "
        f"sys.exit(0 if ask_running_instance({name!r}, 3000) else 1)"
    )
    try:
        with qtbot.waitSignal(first.show_requested, timeout=10000):
            proc = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[2])
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
        assert proc.returncode == 0
    finally:
        first.close()


def test_nobody_answers_when_no_instance_runs(qapp) -> None:
    assert ask_running_instance(unique_name(), timeout_ms=200) is False


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(qapp, tmp_path) -> None:
    name = unique_name()
    leftover = Path(QDir.tempPath()) / name
    leftover.write_text("")  # what a killed instance leaves behind on Unix
    try:
        instance = SingleInstance(name)
        assert instance.listen()
        instance.close()
    finally:
        leftover.unlink(missing_ok=True)


def test_names_differ_per_database(tmp_path) -> None:
    assert server_name(tmp_path / "a.sqlite") != server_name(tmp_path / "b.sqlite")
    assert server_name(tmp_path / "a.sqlite") == server_name(tmp_path / "." / "a.sqlite")
