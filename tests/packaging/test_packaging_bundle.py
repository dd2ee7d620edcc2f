"""The stand-alone Linux bundle, built the way a release is (./scripts/build-bundle; reused
while nothing that goes into it changed) and used as a new user would: unpack the .tar.gz,
run its install.sh into a fresh HOME, start the tray from a bare environment (`env -i`
plus DISPLAY, HOME and XDG_RUNTIME_DIR) on a virtual screen with a tray host, and use the
CLI inside it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pkg_helpers import APP_ID, ROOT, clean_env, files_under, needs, run, xvfb

pytestmark = [pytest.mark.bundle, pytest.mark.xvfb]

LIMIT_MB = 150  # the target, in SI megabytes (10^6 bytes) of disk use: the stricter unit
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@dataclass(frozen=True)
class Bundle:
    folder: Path
    tarball: Path
    figures: dict[str, str]


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    res = subprocess.run([str(ROOT / "scripts" / "build-bundle")], cwd=ROOT,
                         capture_output=True, text=True, timeout=1200)
    assert res.returncode == 0, f"build-bundle failed:\n{res.stdout}\n{res.stderr[-4000:]}"
    figures = dict(line.split("=", 1) for line in
                   (ROOT / "build" / "bundle" / "figures.env").read_text().split())
    tarball = ROOT / "dist" / f"creditfuel-{VERSION}-linux-{os.uname().machine}.tar.gz"
    return Bundle(ROOT / "dist" / "CreditFuel", tarball, figures)


@pytest.fixture
def installed(bundle: Bundle, tmp_path: Path, home: Path) -> Iterator[Path]:
    """The .tar.gz unpacked and installed with its own install.sh; yields HOME."""
    with tarfile.open(bundle.tarball) as tar:
        tar.extractall(tmp_path / "download", filter="tar")
    (unpacked,) = (tmp_path / "download").iterdir()
    run(["./install.sh"], env=clean_env(home), cwd=unpacked)
    yield home


def disk_bytes(folder: Path) -> int:
    out = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True,
                         check=True).stdout
    return int(out.split()[0]) * 1024


def ja_translation(source: str) -> str:
    for folder in (ROOT / "desktopapp" / "resources" / "translations",
                   ROOT / "resources" / "translations"):
        ts = folder / "creditfuel_ja.ts"
        if ts.is_file():
            for message in ET.parse(ts).getroot().iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no Japanese for {source!r}")


def test_the_bundle_is_lean(bundle: Bundle, capsys: pytest.CaptureFixture[str]) -> None:
    size = disk_bytes(bundle.folder) / 1e6
    with capsys.disabled():
        print(f"\nbundle: {bundle.folder} {size:.0f} MB on disk, "
              f"{bundle.tarball.name} {bundle.tarball.stat().st_size / 1e6:.0f} MB "
              f"(last build {float(bundle.figures['build_seconds']):.0f} s)")
    assert size <= LIMIT_MB, f"the bundle grew to {size:.0f} MB (target {LIMIT_MB})"
    internal = bundle.folder / "_internal"
    # Left out on purpose (packaging/pyinstaller/common.py): no Qt TLS plugins, no GTK
    # stack, no test tools, and never the tests' plaintext keyring.
    for gone in ("PySide6/Qt/plugins/tls", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                 "libcairo.so.2", "libQt6EglFSDeviceIntegration.so.6"):
        assert not (internal / gone).exists(), gone
    # Kept: the Secret Service keyring on Linux (the Genspark key lives there); pure
    # Python modules are inside the executables' archive, listed by PyInstaller's viewer.
    assert (internal / "cryptography").is_dir()
    assert list(internal.glob("keyring-*.dist-info")), "keyring finds backends by metadata"
    viewer = Path(sys.executable).parent / "pyi-archive_viewer"
    listing = subprocess.run([str(viewer), "--list", "--recursive", "--brief",
                              str(bundle.folder / "creditfuel-tray")], capture_output=True,
                             text=True, timeout=120).stdout.split()
    for module in ("secretstorage", "keyring.backends.SecretService", "desktopapp.ui.tray"):
        assert module in listing, module
    assert "pygments" not in listing and "keyrings.alt" not in listing
    # ...and kept: the translations, the icon, Qt's Japanese strings, the version.
    resources = next(p for p in (internal / "desktopapp" / "resources", internal / "resources")
                     if p.is_dir())
    assert (resources / "translations" / "creditfuel_ja.qm").is_file()
    assert (resources / "icons" / "creditfuel.svg").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ja.qm").is_file()
    assert (internal / f"creditfuel-{VERSION}.dist-info").is_dir()


def test_every_library_the_bundle_needs_is_in_it_or_left_to_the_system_on_purpose(
        bundle: Bundle) -> None:
    """Trimming must not cut a library something still links to: each one is either in
    the bundle or one PyInstaller never bundles (glibc, libGL... the system's own)."""
    needs("readelf")
    from PyInstaller.depend.dylib import include_library

    inside = {p.name for p in bundle.folder.rglob("*") if p.is_file() or p.is_symlink()}
    missing: dict[str, set[str]] = {}
    for path in bundle.folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True,
                             text=True).stdout
        for lib in re.findall(r"Shared library: \[(.+?)\]", out):
            if lib not in inside and include_library(lib) and not lib.startswith("ld-linux"):
                missing.setdefault(lib, set()).add(path.name)
    # libgtk-3/libgdk-3 are the GTK theme plugin's, which is left out as a whole.
    assert missing == {}, missing


def test_the_installed_bundle_docks_in_japanese_and_its_cli_answers(
        installed: Path, tmp_path: Path) -> None:
    needs("Xvfb", "trayer", "xdotool")
    home = installed
    bin_dir = home / ".local" / "bin"
    cli = clean_env(home, PATH=f"{bin_dir}:/usr/bin:/bin")
    assert run(["creditfuel", "--version"], env=cli, cwd=home).stdout.strip() == (
        f"creditfuel {VERSION}")
    cli_db = str(home / "cli.sqlite3")
    run(["creditfuel", "--db", cli_db, "preset", "apply", "genspark-free"], env=cli, cwd=home)
    status = run(["creditfuel", "--db", cli_db, "--lang", "ja", "status"], env=cli,
                 cwd=home).stdout
    assert re.search(r"[ぁ-んァ-ン一-龯]", status), status  # Japanese from the bundled .mo

    # The menu entry names the installed tray; start exactly that, with nothing else set.
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    tray = exec_line[len("Exec="):].strip('"')
    assert Path(tray) == bin_dir / "creditfuel-tray"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    welcome_ja = ja_translation("CreditFuel — Welcome")
    with xvfb.virtual_desktop(logs=tmp_path) as desktop:
        env = {"DISPLAY": desktop.display, "HOME": str(home),
               "XDG_RUNTIME_DIR": str(runtime), "CREDITFUEL_LANG": "ja"}
        with open(tmp_path / "tray.log", "wb") as log:
            app = subprocess.Popen([tray], env=env, cwd=home, stdout=log,
                                   stderr=subprocess.STDOUT)
        try:
            desktop.wait_for_tray_icon(app.pid, timeout=30)
            # A new ledger: the welcome opens, titled in Japanese from the bundled .qm.
            xvfb.wait_for(lambda: desktop.visible_windows(f"^{re.escape(welcome_ja)}$",
                                                          min_width=100),
                          timeout=20, what=f"the window {welcome_ja!r}")
            assert app.poll() is None
        finally:
            xvfb.stop(app)
        log_text = (tmp_path / "tray.log").read_text(errors="replace")
        assert "Traceback" not in log_text, log_text
    # The default ledger went to the per-user data folder of that HOME.
    assert (home / ".local" / "share" / "CreditFuel").is_dir()

    run(["sh", str(home / ".local" / "share" / APP_ID / "uninstall.sh")], env=clean_env(home))
    assert {p for p in files_under(home / ".local")
            if not p.startswith("share/CreditFuel")} == {"share"}
