"""The README's install command, run as a new user would on a fresh account (a temporary
HOME, a bare environment): the commands on the PATH, the menu entry and the icons appear,
and the uninstall command takes exactly those away again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pkg_helpers import APP_ID, PNG_SIZES, ROOT, clean_env, files_under, needs, run

from desktopapp.platform.autostart_linux import XdgAutostart

INSTALL_SH = ROOT / "packaging" / "linux" / "install.sh"
UNINSTALL_SH = ROOT / "packaging" / "linux" / "uninstall.sh"
VENV_BIN = Path(sys.executable).parent


def desktop_value(entry: Path, key: str) -> str:
    for line in entry.read_text(encoding="utf-8").splitlines():
        if line.startswith(key + "="):
            return line[len(key) + 1:]
    raise AssertionError(f"no {key}= in {entry}")


def manifest(data: Path) -> list[str]:
    return (data / APP_ID / "installed-files").read_text(encoding="utf-8").splitlines()


def test_install_command_puts_commands_menu_entry_and_icons_then_uninstall_removes_them(
        home: Path) -> None:
    needs("desktop-file-validate")
    env = clean_env(home, CREDITFUEL_NO_RUN="1")
    run([str(ROOT / "scripts" / "install-and-run")], env=env, timeout=600)

    local = home / ".local"
    bin_dir, data = local / "bin", local / "share"
    # On the PATH: a new terminal (PATH with ~/.local/bin, as Debian's ~/.profile sets it)
    # finds both commands, and the CLI works.
    for name in ("creditfuel", "creditfuel-tray"):
        assert os.access(bin_dir / name, os.X_OK), name
    user_env = clean_env(home, PATH=f"{bin_dir}:/usr/bin:/bin")
    version = run(["creditfuel", "--version"], env=user_env, cwd=home).stdout.strip()
    assert version.startswith("creditfuel ") and version != "creditfuel 0+unknown"
    db = str(home / "x.sqlite3")
    run(["creditfuel", "--db", db, "preset", "apply", "genspark-free"], env=user_env, cwd=home)
    assert "Genspark" in run(["creditfuel", "--db", db, "status"], env=user_env, cwd=home).stdout

    # The menu entry starts the installed tray by its full path (menus do not read the
    # terminal's PATH), and desktop-file-validate accepts it.
    entry = data / "applications" / f"{APP_ID}.desktop"
    res = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert res.returncode == 0 and not res.stdout.strip(), res.stdout
    assert desktop_value(entry, "Exec") == f'"{bin_dir}/creditfuel-tray"'  # a space in HOME
    assert desktop_value(entry, "TryExec") == f"{bin_dir}/creditfuel-tray"
    assert desktop_value(entry, "Icon") == APP_ID

    hicolor = data / "icons" / "hicolor"
    for size in PNG_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (hicolor / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    # The app's own "start at login" for this install goes with it.
    XdgAutostart(home / ".config" / "autostart").enable([str(bin_dir / "creditfuel-tray")],
                                                        db=None)
    installed = [line.split(" ", 1)[1] for line in manifest(data)]
    run([str(ROOT / "scripts" / "uninstall")], env=clean_env(home), cwd=home)
    assert not any(Path(p).exists() or Path(p).is_symlink() for p in installed)
    # Left: the ledger the CLI made (user data stays), pip's cache, the folder we made.
    left = {p for p in files_under(home) if not p.startswith((".cache", "x.sqlite3"))}
    assert left == {".config", ".config/autostart"}, left


def test_install_follows_prefix_and_xdg_data_home(tmp_path: Path, home: Path,
                                                  staged_share: Path) -> None:
    prefix, data = tmp_path / "prefix", tmp_path / "data"
    env = clean_env(home, PREFIX=str(prefix), XDG_DATA_HOME=str(data))
    run(["sh", str(INSTALL_SH), "--share", str(staged_share), "--bin-from", str(VENV_BIN)],
        env=env)
    assert (prefix / "bin" / "creditfuel").resolve() == (VENV_BIN / "creditfuel").resolve()
    assert (data / "applications" / f"{APP_ID}.desktop").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert files_under(home) == set()  # nothing went to the real HOME
    run(["sh", str(UNINSTALL_SH)], env=env)
    assert files_under(prefix) == set() and files_under(data) == set()


def test_a_second_install_replaces_the_first_and_one_uninstall_removes_it(
        home: Path, staged_share: Path) -> None:
    env = clean_env(home)
    cmd = ["sh", str(INSTALL_SH), "--share", str(staged_share), "--bin-from", str(VENV_BIN)]
    run(cmd, env=env)
    first = manifest(home / ".local" / "share")
    run(cmd, env=env)
    assert manifest(home / ".local" / "share") == first
    run(["sh", str(UNINSTALL_SH)], env=env)
    assert files_under(home) == set()


def test_a_command_of_another_install_is_left_alone(home: Path, staged_share: Path) -> None:
    own = home / ".local" / "bin" / "creditfuel"
    own.parent.mkdir(parents=True)
    own.write_text("#!/bin/sh\necho mine\n")
    res = subprocess.run(["sh", str(INSTALL_SH), "--share", str(staged_share), "--bin-from",
                          str(VENV_BIN)], env=clean_env(home), capture_output=True, text=True)
    assert res.returncode != 0
    assert "already exists and is not ours" in res.stderr
    assert own.read_text() == "#!/bin/sh\necho mine\n"
    assert not (home / ".local" / "share" / "applications").exists()
