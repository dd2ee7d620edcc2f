"""What every CreditFuel bundle holds, shared by the three PyInstaller specs.

The specs stay short and readable per platform; the decisions live here:
- which parts of Python and Qt are left out (the app never loads them; see EXCLUDES),
- which data files go in (icons, compiled translations, tzdata, the dist-info that
  carries the version),
- which files PyInstaller's PySide6 hook collects that we drop again (trim()).

Plain Python, importable outside PyInstaller, so tests/packaging can check the lists.
"""

from __future__ import annotations

import fnmatch
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.creditfuel.CreditFuel"
NAME = "CreditFuel"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def resources_dir() -> tuple[Path, str]:
    """The resource folder and where it goes in the bundle. Inside the package
    (desktopapp/resources, read with importlib.resources) since issue 8; the old top-level
    resources/ of a source checkout is still accepted so a build of an older tree works."""
    inside = ROOT / "desktopapp" / "resources"
    if (inside / "icons").is_dir():
        return inside, "desktopapp/resources"
    return ROOT / "resources", "resources"


# Sources of the translations (.ts, .po) and Python files are not needed at run time:
# only compiled .qm/.mo files, the icons and data tables (the zone picker's cities.json)
# go in.
RESOURCE_SUFFIXES = (".qm", ".mo", ".svg", ".png", ".ico", ".icns", ".json")


def resource_datas() -> list[tuple[str, str]]:
    folder, target = resources_dir()
    datas = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in RESOURCE_SUFFIXES:
            rel = path.parent.relative_to(folder)
            datas.append((str(path), str(Path(target) / rel)))
    return datas


# Modules the app never imports. Measured on Linux (packaging/README.md): every entry
# below was in the bundle before and is not touched by the tray or the CLI.
EXCLUDES = [
    # Python's own batteries the app does not use.
    "tkinter", "unittest", "pydoc", "doctest", "lib2to3", "pdb", "xmlrpc", "ensurepip",
    "idlelib", "distutils", "setuptools", "pip", "pkg_resources",
    # Test tools that live in the same venv (keyrings.alt is the tests' plaintext keyring:
    # it must never be what a user's key lands in).
    "pytest", "_pytest", "hypothesis", "pytestqt", "mypy", "ruff", "keyrings",
    # Syntax highlighting for Markdown code blocks (4.5 MB): apprise renders chat messages
    # with Python-Markdown, whose code-block extension works without it.
    "pygments",
    # NOT excluded: cryptography + secretstorage (about 16 MB with cryptography's own
    # OpenSSL). keyring's Secret Service backend on Linux needs them, and the Genspark
    # source keeps the user's key there (services/sources.py).
    # Qt modules of PySide6-Essentials the app never imports (it uses QtCore, QtGui,
    # QtWidgets, QtSvg, QtDBus, and QtNetwork for QLocalServer only).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets", "PySide6.QtStateMachine",
    "PySide6.QtNetworkAuth", "PySide6.QtMultimedia", "PySide6.QtWebEngineCore",
]

# Files the PySide6 hook collects for the modules we keep, which this app still never
# loads. Matched against the destination path inside the bundle.
DROP = [
    # Qt's TLS backends (OpenSSL, GnuTLS...): QLocalServer is all the networking we do.
    "*/plugins/tls/*", "*/plugins/networkinformation/*",
    # Platform plugins beyond the desktop ones, and what only they need.
    "*/plugins/platforms/libqvnc*", "*/plugins/platforms/libqlinuxfb*",
    "*/plugins/platforms/libqeglfs*", "*/plugins/platforms/libqminimalegl*",
    "*/plugins/egldeviceintegrations/*", "*libQt6EglFS*", "*libQt6EglFs*",
    "*/plugins/generic/*", "*/plugins/platforminputcontexts/libqtvirtualkeyboard*",
    # Image formats: the icons are SVG (and .ico on Windows); PNG is built into QtGui.
    "*/plugins/imageformats/*",
    # Qt's GTK theme plugin, and the GTK stack the bundle would otherwise carry for it
    # (8.5 MB). It needs the system's libgtk-3 anyway (never bundled), and a bundled glib
    # stack under a system GTK is a known source of crashes; Qt falls back to its Fusion
    # style and the XDG desktop portal plugin.
    "*/plugins/platformthemes/libqgtk3*", "/libatk-1.0.so*", "/libcairo*.so*",
    "/libdatrie.so*", "/libfribidi.so*", "/libgdk_pixbuf-2.0.so*", "/libgio-2.0.so*",
    "/libgmodule-2.0.so*", "/libgobject-2.0.so*", "/libgraphite2.so*", "/libharfbuzz.so*",
    "/libjpeg.so*", "/libmount.so*", "/libblkid.so*", "/libselinux.so*", "/libpango*.so*",
    "/libpixman-1.so*", "/libthai.so*", "/libXext.so*", "/libXrender.so*",
    # Vulkan display platform: not a desktop session.
    "*/plugins/platforms/libqvkkhrdisplay*",
    # Qt's own translations: only Japanese (and no Qt-module catalogues we do not load).
    "*/PySide6/Qt/translations/*",
]
# ...except these, matched after DROP.
KEEP = ["*/PySide6/Qt/translations/qtbase_ja.qm", "*/plugins/imageformats/*qsvg*",
        "*/plugins/imageformats/*qico*"]


def _dropped(dest: str) -> bool:
    dest = dest.replace(os.sep, "/")
    if any(fnmatch.fnmatch(dest, pattern) for pattern in KEEP):
        return False
    return any(fnmatch.fnmatch(dest, pattern) for pattern in DROP)


def trim(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A TOC (Analysis binaries or datas) without what DROP names."""
    return [entry for entry in toc if not _dropped("/" + entry[0])]


def entry(script: str) -> str:
    return str(PACKAGING / script)


def is_windows() -> bool:
    return sys.platform == "win32"
