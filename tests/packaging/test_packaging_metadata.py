"""The menu entry, the AppStream metainfo, the icons and the one version number, checked
with the same validators software centres and desktops use."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from pkg_helpers import APP_ID, PNG_SIZES, ROOT, needs, run

sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import stage

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_menu_entry_passes_desktop_file_validate(staged_share: Path) -> None:
    needs("desktop-file-validate")
    entry = staged_share / "applications" / f"{APP_ID}.desktop"
    res = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert res.returncode == 0 and not res.stdout.strip(), res.stdout + res.stderr
    text = entry.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    assert "Comment[ja]=" in text and "GenericName[ja]=" in text


def test_the_metainfo_passes_appstreamcli_validate(staged_share: Path) -> None:
    needs("appstreamcli")
    meta = staged_share / "metainfo" / f"{APP_ID}.metainfo.xml"
    res = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(meta)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_the_metainfo_describes_the_app_in_english_and_japanese(staged_share: Path) -> None:
    root = ET.parse(staged_share / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    paragraphs = root.findall("description/p")
    assert any(p.get(XML_LANG) is None for p in paragraphs)
    assert any(p.get(XML_LANG) == "ja" and re.search(r"[ぁ-んァ-ン]", p.text or "")
               for p in paragraphs)
    assert any(s.get(XML_LANG) == "ja" for s in root.findall("summary"))
    # Every screenshot is one of ours, in the repository's docs/screenshots.
    images = [i.text or "" for i in root.findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://") and "/docs/screenshots/" in url
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_icons_are_rendered_at_every_hicolor_size_with_svg_and_symbolic(
        staged_share: Path) -> None:
    hicolor = staged_share / "icons" / "hicolor"
    for size in PNG_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_text().lstrip().startswith(
        "<?xml")
    symbolic = (hicolor / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").read_text()
    # Symbolic icons are one flat grey the desktop recolours for dark and light panels.
    assert set(re.findall(r'fill="(#[0-9a-f]{6})"', symbolic)) == {"#bebebe"}


def test_one_version_in_pyproject_changelog_metainfo_package_and_cli(
        staged_share: Path) -> None:
    version = pyproject_version()
    releases = stage.changelog_releases((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert releases[0].version == version, "CHANGELOG.md's newest release is not pyproject's"
    root = ET.parse(staged_share / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    shown = [(r.get("version"), r.get("date")) for r in root.findall("releases/release")]
    assert shown == [(r.version, r.date) for r in releases]
    assert sorted((r.date for r in releases), reverse=True) == [r.date for r in releases]

    import desktopapp

    assert desktopapp.__version__ == version
    cli = Path(sys.executable).parent / "creditfuel"
    cmd = [str(cli)] if cli.exists() else [sys.executable, "-m", "desktopapp.cli"]
    out = run([*cmd, "--version"], env=dict(os.environ)).stdout
    assert out.strip() == f"creditfuel {version}"


def test_changelog_releases_read_items_over_several_lines_and_skip_unreleased() -> None:
    text = """# Changelog

## [Unreleased]
- not yet

## [1.1.0] - 2027-01-02
- First line
  continues here.
- Second `code` & more

## [1.0.0] - 2026-12-01
- Initial
"""
    releases = stage.changelog_releases(text)
    assert [(r.version, r.date) for r in releases] == [("1.1.0", "2027-01-02"),
                                                        ("1.0.0", "2026-12-01")]
    assert releases[0].notes == ("First line continues here.", "Second `code` & more")
    xml = stage.releases_xml(releases)
    assert "<li>Second code &amp; more</li>" in xml


def test_one_app_id_everywhere() -> None:
    from desktopapp.version import APP_ID as app_id

    sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
    import common

    assert app_id == APP_ID == stage.APP_ID == common.APP_ID
    for rel in ("packaging/linux/install.sh", "packaging/linux/uninstall.sh",
                "packaging/pyinstaller/creditfuel-macos.spec"):
        text = (ROOT / rel).read_text(encoding="utf-8")
        assert APP_ID in text or "common.APP_ID" in text, rel
        assert "app.creditfuel" not in text, rel


def test_packaging_readme_figures_are_measured_for_this_version() -> None:
    """The figures come from ./scripts/measure-bundle; a new version re-measures them."""
    text = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- figures:start -->", 1)[1].split("<!-- figures:end -->", 1)[0]
    assert "by `./scripts/measure-bundle`" in block
    assert f"version {pyproject_version()}:" in block
