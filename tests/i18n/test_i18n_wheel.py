"""What ``pip install creditfuel`` users get: the wheel (built from the sdist) carries the
translations and the icon, and an installed copy, not this checkout, finds them.

Builds with ``python -m build`` (its isolated build environment comes from the configured
package index), installs the wheel into a fresh venv (not editable) whose dependencies
come from this project's .venv through a .pth file, and runs everything from outside the
checkout so nothing can be imported from here by accident.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = (
    "desktopapp/resources/icons/creditfuel.svg",
    "desktopapp/resources/translations/creditfuel_ja.qm",
    "desktopapp/resources/locale/ja/LC_MESSAGES/creditfuel.mo",
    "desktopapp/resources/locale/ja/LC_MESSAGES/creditfuel_help.mo",
    "desktopapp/resources/locale/ja/LC_MESSAGES/argparse.mo",
    "desktopapp/resources/locale/en/LC_MESSAGES/creditfuel.mo",
)


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("build", reason="pip install -e '.[test]' installs 'build'")
    work = tmp_path_factory.mktemp("dist")
    src = work / "src"  # a clean copy: no build/ or egg-info lands in the checkout
    shutil.copytree(ROOT / "desktopapp", src / "desktopapp",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    out = work / "out"
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, text=True)
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


@pytest.fixture(scope="module")
def installed(dists: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; returns its python."""
    wheel, _ = dists
    env_dir = tmp_path_factory.mktemp("venv") / "v"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    # PySide6 & co. from this .venv, appended after the venv's own site-packages; a plain
    # path line, so .venv's editable-install hook (a .pth inside it) is not run.
    Path(site, "zz_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    # This .venv's pip installs into the new venv (--python): a normal, non-editable
    # install with its console scripts, and no package index needed.
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", str(wheel)],
        check=True, capture_output=True, text=True,
    )
    return python


def test_wheel_and_sdist_carry_translations_and_icon(dists: tuple[Path, Path]) -> None:
    wheel, sdist = dists
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    assert set(SHIPPED) <= in_wheel
    with tarfile.open(sdist) as tar:
        in_sdist = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert set(SHIPPED) <= in_sdist
    assert "desktopapp/i18n/locale/ja/LC_MESSAGES/creditfuel.po" in in_sdist
    assert "desktopapp/resources/translations/creditfuel_ja.ts" in in_sdist


def run_outside(python: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CREDITFUEL_LANG")}
    return subprocess.run([str(python), *args], capture_output=True, text=True,
                          cwd=python.parent, env={**clean, **env}, timeout=120)


def test_the_installed_package_is_not_this_checkout(installed: Path) -> None:
    out = run_outside(installed, "-c", "import desktopapp; print(desktopapp.__file__)")
    assert out.returncode == 0, out.stderr
    where = Path(out.stdout.strip()).resolve()
    assert ROOT not in where.parents


def test_installed_cli_help_is_japanese(installed: Path) -> None:
    script = installed.parent / ("creditfuel.exe" if os.name == "nt" else "creditfuel")
    out = run_outside(script, "--lang", "ja", "--help")
    assert out.returncode == 0, out.stderr
    help_text = out.stdout
    assert help_text.startswith("使い方: creditfuel")
    assert "オプション" in help_text and "このヘルプを表示して終了します" in help_text
    assert "表示の言語" in help_text  # our own --lang help text
    assert "show this help message" not in help_text


def test_installed_tray_finds_its_japanese_and_its_icon(installed: Path) -> None:
    snippet = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtGui import QIcon\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktopapp import resources\n"
        "from desktopapp.ui import translations\n"
        "loaded = translations.install('ja', app)\n"
        "print(loaded[0])\n"
        "print(QCoreApplication.translate('AlertsView', 'Credits running low'))\n"
        "icon = resources.icon_path()\n"
        "print(icon)\n"
        "print(QIcon(str(icon)).isNull())\n"
    )
    out = run_outside(installed, "-c", snippet, QT_QPA_PLATFORM="offscreen")
    assert out.returncode == 0, out.stderr
    qm, words, icon, null = out.stdout.strip().splitlines()[-4:]
    site = installed.parent.parent
    assert Path(qm).resolve().is_relative_to(site.resolve()), qm
    assert words == "クレジットが残りわずかです"
    assert Path(icon).resolve().is_relative_to(site.resolve()) and null == "False"
