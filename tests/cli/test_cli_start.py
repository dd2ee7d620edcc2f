"""The CLI's fixed cost (issue 11): each command loads what it needs and nothing more.

Pinned as module names a command must not load, never as times (the times are
benchmarks/cli_start.py's, as ratios to ``python -c "import sqlite3"``). Each command runs
in a fresh interpreter, as a user's ``creditfuel`` does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import TZPATH

import pytest

from desktopapp.platform import zone

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-25T12:00:00+09:00"

SCRIPT = """
import sys
from desktopapp.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --help
    code = exc.code
print("EXIT", code)
print("LOADED", " ".join(sorted(sys.modules)))
"""

# Nothing a plain reading command shows needs these: automatic readings and their
# readers, the team folder, team rules, presets, a subprocess, the network, the keyring,
# Qt, the migration library, number crunching for insights.
NEVER_TO_READ = {
    "desktopapp.services.readings",
    "desktopapp.services.readings_findings",
    "desktopapp.services.readings_tasks",
    "desktopapp.services.refill_learning",
    "desktopapp.services.team",
    "desktopapp.integrations.team_folder",
    "desktopapp.integrations.command_source",
    "desktopapp.domain.presets",
    "desktopapp.domain.rules",
    "subprocess",
    "statistics",
    "decimal",
    "email",
    "urllib.request",
    "http.client",
    "ssl",
    "keyring",
    "PySide6",
    "sqlite_utils",
    "uuid",
}
# The computer's zone in the usual Linux set-up is read without tzlocal, which would
# bring logging and importlib.resources (tempfile, zipfile, shutil) with it.
ZONE_LIBRARIES = {"tzlocal", "logging", "importlib.resources", "tempfile", "zipfile"}


def loaded(db: Path, *command: str, env: dict[str, str] | None = None) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--db", str(db), "--lang", "en", *command],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert proc.returncode == 0, proc.stderr
    assert "EXIT 0" in proc.stdout, proc.stdout + proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("LOADED "))
    return set(line.split()[1:])


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("start") / "ledger.sqlite3"
    for command in (["preset", "apply", "genspark-free"], ["log", "chat", "--credits", "5"]):
        proc = subprocess.run(
            [sys.executable, "-m", "desktopapp.cli.main", "--db", str(db), "--now", NOW,
             "--lang", "en", *command],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
    return db


def copy_of(ledger: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.sqlite3"
    shutil.copyfile(ledger, db)
    return db


def test_status_loads_neither_readings_nor_team_nor_presets(ledger: Path, tmp_path: Path) -> None:
    mods = loaded(copy_of(ledger, tmp_path), "status")
    assert "desktopapp.cli.status" in mods and "desktopapp.store.ledger_file" in mods
    assert sorted(NEVER_TO_READ & mods) == []
    # Only the command typed is imported, not its neighbours.
    assert not {"desktopapp.cli.log", "desktopapp.cli.meter", "desktopapp.cli.report",
                "desktopapp.cli.parsing"} & mods  # parsing: only with --now


def test_status_json_reads_the_last_readings_without_their_machinery(
    ledger: Path, tmp_path: Path
) -> None:
    mods = loaded(copy_of(ledger, tmp_path), "status", "--json")
    assert "desktopapp.services.readings" in mods  # each meter's "observed"
    assert sorted((NEVER_TO_READ - {"desktopapp.services.readings"}) & mods) == []


def test_a_solo_log_loads_neither_team_code_nor_readings_nor_presets(
    ledger: Path, tmp_path: Path
) -> None:
    mods = loaded(copy_of(ledger, tmp_path), "log", "chat", "--credits", "1")
    assert "uuid" in mods  # the new event's id
    assert "desktopapp.cli.team_hook" in mods  # asked, and solo: nothing to share
    assert sorted((NEVER_TO_READ - {"desktopapp.domain.rules", "uuid"}) & mods) == []
    assert "desktopapp.services.ledger_list" not in mods  # list, edit and delete only


def test_a_log_in_a_team_loads_the_team_code_and_shares_it(ledger: Path, tmp_path: Path) -> None:
    db = copy_of(ledger, tmp_path)
    folder = tmp_path / "team"
    folder.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "desktopapp.cli.main", "--db", str(db), "--lang", "en", "team",
         "create", str(folder), "--name", "Aki"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    before = {p: p.stat().st_size for p in folder.rglob("*") if p.is_file()}
    mods = loaded(db, "log", "chat", "--credits", "1")
    assert "desktopapp.services.team" in mods
    after = {p: p.stat().st_size for p in folder.rglob("*") if p.is_file()}
    assert after != before  # this device's new line went to its file in the folder


def test_help_still_loads_every_command(ledger: Path, tmp_path: Path) -> None:
    """The other side of the pins: --help lists every command, so it loads them all (the
    names above are real modules, and these tests would see them)."""
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--help"], capture_output=True, text=True, cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    mods = set(next(x for x in proc.stdout.splitlines() if x.startswith("LOADED ")).split())
    assert {"desktopapp.cli.log", "desktopapp.cli.report", "desktopapp.domain.presets",
            "desktopapp.services.readings_findings"} <= mods


@pytest.mark.skipif(zone.linked_zone() is None,
                    reason="this computer's zone is not a plain /etc/localtime link")
def test_status_reads_the_computer_zone_without_tzlocal(ledger: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TZ"}
    mods = loaded(copy_of(ledger, tmp_path), "status", env=env)
    assert sorted(ZONE_LIBRARIES & mods) == []


def test_a_zone_chosen_in_settings_needs_no_zone_lookup(ledger: Path, tmp_path: Path) -> None:
    db = copy_of(ledger, tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "desktopapp.cli.main", "--db", str(db), "config", "set",
         "timezone", "Asia/Tokyo"], capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    mods = loaded(db, "status", env={"TZ": "Europe/Paris"})  # TZ would send it to tzlocal
    assert sorted(ZONE_LIBRARIES & mods) == []


# -- the computer's zone: the same answer as tzlocal's --------------------------------------
def tzlocal_name(root: Path) -> str | None:
    from tzlocal import unix

    name = unix._get_localzone_name(_root=str(root))  # type: ignore[no-untyped-call]
    return None if name is None else str(name)


def zone_file(root: Path, name: str) -> Path:
    """A copy of the system's zone file at root/usr/share/zoneinfo/<name>."""
    source = next(Path(folder) / name for folder in TZPATH
                  if (Path(folder) / name).is_file())
    target = root / "usr" / "share" / "zoneinfo" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def fake_root(tmp_path: Path, link_to: str | None, timezone: str | None,
              extra: str | None = None) -> Path:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    for name in ("Europe/Paris", "Asia/Tokyo", "Etc/UTC"):
        zone_file(root, name)
    if link_to is not None:
        (root / "etc" / "localtime").symlink_to(root / "usr" / "share" / "zoneinfo" / link_to)
    if timezone is not None:
        (root / "etc" / "timezone").write_text(timezone, encoding="ascii")
    if extra is not None:
        (root / extra).parent.mkdir(parents=True, exist_ok=True)
        (root / extra).write_text('ZONE="Asia/Tokyo"\n', encoding="ascii")
    return root


needs_linux = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="the link is read directly on Linux only")


@needs_linux
@pytest.mark.parametrize(
    ("link_to", "timezone", "extra", "expected"),
    [
        ("Europe/Paris", None, None, "Europe/Paris"),  # a systemd link alone
        ("Europe/Paris", "Europe/Paris\n", None, "Europe/Paris"),  # Debian: both, agreeing
        ("Etc/UTC", "# set by the installer\nEtc/UTC\n", None, "Etc/UTC"),
        ("Asia/Tokyo", "", None, "Asia/Tokyo"),  # an empty /etc/timezone names nothing
        ("Europe/Paris", "Asia/Tokyo\n", None, None),  # disagreeing: tzlocal decides
        ("Europe/Paris", None, "etc/sysconfig/clock", None),  # Red Hat's file: tzlocal
        (None, "Asia/Tokyo\n", None, None),  # no link: tzlocal
    ],
)
def test_the_linked_zone_is_tzlocals_answer_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, link_to: str | None,
    timezone: str | None, extra: str | None, expected: str | None,
) -> None:
    monkeypatch.delenv("TZ", raising=False)
    root = fake_root(tmp_path, link_to, timezone, extra)
    found = zone.linked_zone(str(root))
    assert found == expected
    if found is not None:
        assert found == tzlocal_name(root)


@needs_linux
def test_tz_in_the_environment_is_left_to_tzlocal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tzlocal import unix

    root = fake_root(tmp_path, "Europe/Paris", None)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    monkeypatch.setattr(zone, "_answer", None)  # each process asks once
    monkeypatch.setattr(unix, "_cache_tz_name", None)
    assert zone.linked_zone(str(root)) is None
    assert zone.computer_zone() == "Asia/Tokyo"


def test_the_computer_zone_is_asked_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As tzlocal does: a zone change on the computer shows after a restart, never halfway
    through a command or between two figures of the tray."""
    monkeypatch.setattr(zone, "_answer", None)
    first = zone.computer_zone()
    monkeypatch.setenv("TZ", "Asia/Tokyo" if first != "Asia/Tokyo" else "Europe/Paris")
    assert zone.computer_zone() == first


def test_this_computers_zone_is_tzlocals(monkeypatch: pytest.MonkeyPatch) -> None:
    import tzlocal
    from tzlocal import unix

    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(unix, "_cache_tz_name", None)  # tzlocal keeps its first answer
    monkeypatch.setattr(zone, "_answer", None)  # and so does computer_zone
    expected = tzlocal.get_localzone_name() or "UTC"
    assert zone.computer_zone() == (expected if expected != "localtime" else "UTC")
