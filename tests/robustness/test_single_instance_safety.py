"""The single-instance socket cannot be squatted by another user or stalled by idle clients.

Real AF_UNIX sockets and a real QLocalServer; no mocks.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktopapp.platform import single_instance as si

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    os.chmod(folder, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_the_socket_lives_in_a_folder_only_this_user_can_enter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    name = si.server_name(tmp_path / "ledger.sqlite3")
    folder = Path(name).parent
    assert folder.parent == tmp_path  # not a predictable name in the shared /tmp itself
    mode = stat.S_IMODE(os.lstat(folder).st_mode)
    assert mode == 0o700 and os.lstat(folder).st_uid == os.getuid()


def test_a_squatted_temp_folder_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    squatted = tmp_path / f"creditfuel-{os.getuid()}"
    squatted.mkdir()
    os.chmod(squatted, 0o777)  # what another local user would leave for us
    name = si.server_name(tmp_path / "ledger.sqlite3")
    assert Path(name).parent != squatted
    assert stat.S_IMODE(os.lstat(Path(name).parent).st_mode) == 0o700


def _squat(path: str, *, as_socket: bool) -> socket.socket | None:
    if not as_socket:
        Path(path).write_text("")
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    sock.listen(5)
    os.chown(path, 65534, 65534)  # another user's socket
    return sock


@pytest.mark.parametrize("as_socket", [False, True])
def test_a_socket_that_is_not_ours_is_reported_and_the_tray_still_starts(
    qapp: object, runtime: Path, tmp_path: Path, as_socket: bool,
    capfd: pytest.CaptureFixture[str],
) -> None:
    if as_socket and os.geteuid() != 0:
        pytest.skip("giving a socket to another user needs root")
    name = si.server_name(tmp_path / "ledger.sqlite3")
    squatter = _squat(name, as_socket=as_socket)
    try:
        instance = si.claim_or_forward(name, listen=False)
        assert instance is not None, "a squatter must not make the tray exit"
        assert si.take_over(instance)
        assert instance.foreign is not None
        assert "not ours" in capfd.readouterr().err
        instance.close()
    finally:
        if squatter is not None:
            squatter.close()


def test_idle_clients_never_stall_the_listener(qtbot, runtime: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = si.server_name(tmp_path / "ledger.sqlite3")
    first = si.claim_or_forward(name)
    assert first is not None and getattr(first, "foreign", None) is None
    # (a bare name is where the old listener put it: the shared temp folder)
    where = first.name if os.sep in first.name else str(Path(QDir.tempPath()) / first.name)
    idle = []
    try:
        for _ in range(30):  # connect and say nothing, as a stalling local process would
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                s.connect(where)
            idle.append(s)
        qtbot.wait(50)
        # A real second launch still gets its answer at once: the idle ones cost nothing
        # (the old listener waited 0.5 s on each, freezing the tray for 15 s).
        with qtbot.waitSignal(first.show_requested, timeout=2000):
            assert si.claim_or_forward(name) is None
        # ...and they are dropped after a while rather than kept open forever.
        qtbot.waitUntil(lambda: not getattr(first, "_peers", {}), timeout=5000)
    finally:
        for s in idle:
            s.close()
        first.close()
