"""Start at login on Linux: the Exec line follows the Desktop Entry spec (a desktop reads
back exactly the arguments we meant) and carries the ledger the tray was started with."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pkg_helpers import APP_ID, needs

from desktopapp.platform.autostart_linux import XdgAutostart, carried_db, exec_arg


def parse_exec(value: str) -> list[str]:
    """How a desktop reads an Exec value: string escapes first, then the spec's quoting
    (double quotes; inside them \\ escapes " ` $ \\), then %% -> %."""
    unescaped, i = [], 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append(escapes.get(value[i + 1], "\\" + value[i + 1]))
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    args: list[str] = []
    current: list[str] | None = None
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current.append(text[i + 1])  # type: ignore[union-attr]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)  # type: ignore[union-attr]
        elif ch == " ":
            if current is not None:
                args.append("".join(current))
                current = None
        else:
            current = current if current is not None else []
            if ch == '"':
                quoted = True
            else:
                current.append(ch)
        i += 1
    if current is not None:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


def exec_value(entry: Path) -> str:
    for line in entry.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            return line[len("Exec="):]
    raise AssertionError(f"no Exec= in {entry}")


NASTY = [
    "/home/山田 花子/CreditFuel/creditfuel-tray",
    "--db",
    '/data/50% "quoted" $HOME `x` back\\slash it\'s.sqlite3',
]


def test_exec_quoting_round_trips_through_the_spec(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path)
    entry.enable(NASTY, db=None)
    assert parse_exec(exec_value(entry.path)) == NASTY
    assert exec_arg("plain/path-1.0") == "plain/path-1.0"  # nothing to quote
    assert exec_arg("a b") == '"a b"'  # double quotes: single quotes mean nothing there


def test_the_autostart_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    needs("desktop-file-validate")
    entry = XdgAutostart(tmp_path)
    entry.enable(NASTY[:1], db=tmp_path / "my ledger.sqlite3")
    res = subprocess.run(["desktop-file-validate", str(entry.path)], capture_output=True,
                         text=True)
    assert res.returncode == 0 and not res.stdout.strip(), res.stdout + res.stderr
    text = entry.path.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    # Once the program is uninstalled, the session skips the entry instead of failing.
    assert f"TryExec={NASTY[0]}\n" in text


def test_start_at_login_opens_the_ledger_given_with_db(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CREDITFUEL_DB", raising=False)
    monkeypatch.setattr("sys.argv", ["creditfuel-tray", "--db", "work/credits.sqlite3"])
    entry = XdgAutostart(tmp_path / "autostart")
    entry.enable(["/opt/cf/creditfuel-tray"])
    # Relative to where the tray was started, made absolute: at login the folder is $HOME.
    assert parse_exec(exec_value(entry.path)) == [
        "/opt/cf/creditfuel-tray", "--db", str(tmp_path / "work" / "credits.sqlite3")]


def test_start_at_login_carries_creditfuel_db(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.argv", ["creditfuel-tray"])
    monkeypatch.setenv("CREDITFUEL_DB", str(tmp_path / "team ledger.sqlite3"))
    entry = XdgAutostart(tmp_path / "autostart")
    entry.enable(["/opt/cf/creditfuel-tray"])
    assert parse_exec(exec_value(entry.path))[1:] == ["--db",
                                                      str(tmp_path / "team ledger.sqlite3")]


def test_no_db_given_means_the_default_ledger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDITFUEL_DB", raising=False)
    assert carried_db(["--quiet"], {}) is None
    assert carried_db(["--db=/x/y.sqlite3"], {}) == Path("/x/y.sqlite3")
    assert carried_db([], {"CREDITFUEL_DB": "~/l.sqlite3"}) == Path.home() / "l.sqlite3"
