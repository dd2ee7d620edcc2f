"""What a user suffers (a typo, a pipe, a full disk, a read-only folder, a damaged page)
ends in one plain line naming the cause: never a traceback, a hang or an empty ledger.

Real files, FIFOs, symlinks, file-size limits and (as root) a real tmpfs; the CLI runs in
a subprocess with a timeout wherever the old behaviour was to hang.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktopapp.cli.main import main
from desktopapp.domain.schedule import Never
from desktopapp.store.integrity import check_at_startup
from desktopapp.store.ledger_file import Identity, LedgerFile

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-25T09:00:00+00:00"
T = datetime(2026, 11, 25, 9, tzinfo=UTC)
ME = Identity(device="d1", member="tester")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, rlimits, mounts")


def cli(db: Path | str, *args: str, limit: int | None = None, timeout: float = 30
        ) -> subprocess.CompletedProcess[str]:
    def restrict() -> None:
        if limit is not None:  # a file-size limit: writes past it fail, as on a full disk
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, CREDITFUEL_LANG="en", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "desktopapp.cli", "--db", str(db), "--now", NOW, *args],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
        preexec_fn=restrict,
    )


def one_plain_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(path, ME) as led:
        led.add_meter("a", 1000, Never(), now=T)
        led.log_spend("chat", credits=1, at=T, now=T)
    return path


# -- only regular files ---------------------------------------------------------------------


@pytest.mark.parametrize("command", [["status"], ["log", "chat", "--credits", "1"], ["history"]])
def test_a_fifo_as_db_is_refused_at_once(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = cli(fifo, *command, timeout=20)  # the old open() waited for a writer forever
    assert proc.returncode == 2
    assert str(fifo) in one_plain_line(proc)


@pytest.mark.parametrize("target", ["/dev/null", "folder"])
def test_a_device_or_folder_as_db_is_refused(tmp_path: Path, target: str) -> None:
    path = tmp_path if target == "folder" else Path(target)
    proc = cli(path, "log", "chat", "--credits", "1")
    assert proc.returncode == 2 and str(path) in one_plain_line(proc)


def test_a_fifo_or_device_as_import_file_is_refused_at_once(ledger: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "import.json"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        proc = cli(ledger, "import", str(source), timeout=20)
        assert proc.returncode == 2 and str(source) in one_plain_line(proc)


def test_an_export_never_writes_into_a_fifo_or_folder(ledger: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path):
        proc = cli(ledger, "export", "--out", str(target), timeout=20)
        assert proc.returncode == 2, proc.stderr
        one_plain_line(proc)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_database_made_through_a_dangling_symlink_is_private(tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite3"
    target = tmp_path / "real.sqlite3"
    link.symlink_to(target)
    old = os.umask(0o022)
    try:
        proc = cli(link, "meter", "add", "a", "--grant", "10", "--reset", "never")
    finally:
        os.umask(old)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_the_tray_start_up_check_does_not_block_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code = (
        "import sys; from datetime import UTC, datetime; from pathlib import Path; "
        "from desktopapp.store.integrity import check_at_startup; "
        f"r = check_at_startup(Path({str(fifo)!r}), now=datetime.now(UTC)); "
        "sys.exit(0 if r.ok else 1)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=20,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # not "moved aside" either
    assert check_at_startup(tmp_path / "missing.sqlite3", now=T).status == "missing"


# -- a typo never makes an empty ledger -------------------------------------------------------


def test_a_missing_folder_is_refused_with_the_path(tmp_path: Path) -> None:
    db = tmp_path / "typo" / "ledger.sqlite3"
    for command in (["status"], ["meter", "add", "a", "--grant", "1", "--reset", "never"]):
        proc = cli(db, *command)
        assert proc.returncode == 2
        assert str(db) in one_plain_line(proc)
    assert not db.parent.exists()


def test_a_command_that_writes_still_creates_one_where_asked(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    proc = cli(db, "report", "destination", "list")
    assert not db.exists()
    proc = cli(db, "meter", "add", "a", "--grant", "1", "--reset", "never")
    assert proc.returncode == 0 and db.exists(), proc.stderr


@pytest.mark.parametrize(
    "command",
    [["status"], ["history"], ["check", "chat"], ["estimate", "chat"], ["forecast"],
     ["report"], ["export"], ["meter", "list"], ["rule", "list"], ["backup", "list"],
     ["log", "list"], ["plan", "show"], ["config", "list"]],
)
def test_a_command_that_only_reads_never_creates_a_ledger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = tmp_path / "ledgr.sqlite3"  # a typo of an existing name
    code = main(["--db", str(db), "--now", NOW, "--lang", "en", *command])
    _, err = capsys.readouterr()
    assert not db.exists() and not Path(f"{db}-wal").exists()
    assert code in (0, 2) and "Traceback" not in err


# -- every storage fault is one plain line with its cause --------------------------------------


def test_a_full_disk_is_named_as_such(ledger: Path) -> None:
    # No room for even the WAL index: SQLite says only "disk I/O error".
    proc = cli(ledger, "log", "chat", "--credits", "1", "--note", "n" * 9000, limit=16384)
    assert proc.returncode != 0
    line = one_plain_line(proc)
    assert "full" in line and "cannot be read" not in line and "opened" not in line
    with LedgerFile.open(ledger, ME) as led:  # nothing half-written, nothing lost
        assert len(led.events()) == 1


@contextlib.contextmanager
def read_only_copy(ledger: Path, tmp_path: Path) -> Iterator[Path]:
    """The ledger in a folder that cannot be written: a read-only tmpfs as root (root
    ignores permissions), else plain permissions."""
    if os.geteuid() != 0:
        os.chmod(ledger, 0o444)
        os.chmod(ledger.parent, 0o555)
        try:
            yield ledger
        finally:
            os.chmod(ledger.parent, 0o755)
            os.chmod(ledger, 0o644)
        return
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        copy = mnt / ledger.name
        copy.write_bytes(ledger.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        yield copy
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_a_read_only_ledger_still_answers_and_refuses_writes_in_one_line(
    ledger: Path, tmp_path: Path
) -> None:
    with read_only_copy(ledger, tmp_path) as ro:
        for command in (["status"], ["history"]):
            proc = cli(ro, *command)
            # It answers, or (a WAL file whose index cannot be made there) says why not.
            assert proc.returncode == 0 or "read-only" in one_plain_line(proc), proc.stderr
        proc = cli(ro, "log", "chat", "--credits", "1")
        assert proc.returncode != 0
        assert "read-only" in one_plain_line(proc)


def test_a_damaged_page_is_named_with_how_to_restore(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(db, ME) as led:
        led.add_meter("a", 10**9, Never(), now=T)
        for i in range(2000):
            at = T + timedelta(minutes=i)
            led.log_spend("chat", credits=1, note="x" * 50, at=at, now=at)
        led.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(db)
    with open(db, "r+b") as f:
        for page in range(5, size // 4096, 7):
            f.seek(page * 4096 + 100)
            f.write(b"\xff" * 200)
    for command in (["status"], ["log", "chat", "--credits", "1"], ["history"]):
        proc = cli(db, *command)
        assert proc.returncode != 0
        line = one_plain_line(proc)
        assert "damaged" in line and "backup restore" in line


def test_a_ledger_locked_by_another_program_is_named(ledger: Path) -> None:
    holder = sqlite3.connect(ledger, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        proc = cli(ledger, "log", "chat", "--credits", "1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 1
    assert "busy" in one_plain_line(proc)


# -- idempotent scripts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["log", "chat", "--credits", "5"], ["pack", "add", "50"], ["balance", "set", "900"]],
)
def test_a_retry_with_the_same_id_is_acknowledged_not_logged_twice(
    ledger: Path, command: list[str]
) -> None:
    ident = "3f2b8c1e-0d4a-4e7b-9a61-2c5d8e9f0a1b"
    first = cli(ledger, *command, "--id", ident)
    again = cli(ledger, *command, "--id", ident)
    assert first.returncode == 0 and again.returncode == 0, (first.stderr, again.stderr)
    assert "Already logged" in again.stdout and ident in again.stdout
    with LedgerFile.open(ledger, ME) as led:
        assert [e.origin.id for e in led.events()].count(ident) == 1
        assert len(led.events()) == 2
    bad = cli(ledger, *command, "--id", "not-a-uuid")
    assert bad.returncode == 2 and "not-a-uuid" in one_plain_line(bad)


def test_the_start_up_check_never_crashes_in_a_read_only_folder(
    ledger: Path, tmp_path: Path
) -> None:
    with open(ledger, "r+b") as f:
        f.seek(4096)
        f.write(b"\xff" * 8192)  # damaged pages: the check wants to move the file aside
    with read_only_copy(ledger, tmp_path) as ro:
        result = check_at_startup(ro, now=T)  # renaming is impossible here
        assert ro.exists() and result.moved_to is None


@pytest.mark.parametrize("command", ["create", "join"])
def test_a_team_folder_name_too_long_is_a_plain_refusal(
    ledger: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the fuzz campaign (6 of 10,000 inputs): os.stat raised ENAMETOOLONG."""
    code = main(["--db", str(ledger), "--now", NOW, "--lang", "en",
                 "team", command, "x" * 5000, "--name", "bob"])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1, err
