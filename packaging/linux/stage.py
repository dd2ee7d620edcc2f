"""Stages what a Linux install adds to the desktop, from the sources in the repository:

    python packaging/linux/stage.py share OUT        # OUT/share/{applications,icons,metainfo}
    python packaging/linux/stage.py app-icons OUT    # OUT/creditfuel.{ico,icns,png} for the
                                                     # Windows and macOS specs

- icons: hicolor PNGs 16-256 rendered from the app's SVG with Qt's own QSvgRenderer (the
  renderer the app uses, so they match the tray), the SVG itself, and a flat -symbolic
  SVG for panels that recolour icons on dark and light themes;
- the menu entry (packaging/linux/<APP_ID>.desktop; install.sh writes the absolute Exec);
- the AppStream metainfo, its <releases> made from CHANGELOG.md.

Needs PySide6 (the project's venv has it); runs with no display (offscreen).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_ID = "io.github.creditfuel.CreditFuel"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
RELEASE = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    notes: tuple[str, ...]


def app_svg() -> Path:
    for folder in (ROOT / "desktopapp" / "resources" / "icons", ROOT / "resources" / "icons"):
        if (folder / "creditfuel.svg").is_file():
            return folder / "creditfuel.svg"
    raise FileNotFoundError("creditfuel.svg is in neither desktopapp/resources nor resources")


def changelog_releases(text: str) -> list[Release]:
    """Releases of a Keep-a-Changelog file: '## [1.2.0] - 2026-11-28' then '- ...' items
    (an item may continue on indented lines). '## [Unreleased]' has no date: skipped."""
    releases: list[Release] = []
    current: dict[str, str] | None = None
    notes: list[str] = []

    def close() -> None:
        if current is not None:
            releases.append(Release(current["version"], current["date"], tuple(notes)))

    for line in text.splitlines():
        if line.startswith("## "):
            close()
            notes = []
            m = RELEASE.match(line)
            current = m.groupdict() if m else None
        elif current is not None and line.startswith("- "):
            notes.append(line[2:].strip())
        elif current is not None and notes and line.startswith("  ") and line.strip():
            notes[-1] += " " + line.strip()
    close()
    return releases


def _plain(note: str) -> str:
    # AppStream descriptions are plain paragraphs and lists: no Markdown code spans.
    return html.escape(note.replace("`", ""), quote=False)


def releases_xml(releases: list[Release]) -> str:
    out = []
    for rel in releases:
        out.append(f'    <release version="{rel.version}" date="{rel.date}">')
        if rel.notes:
            out.append("      <description>")
            out.append("        <ul>")
            out.extend(f"          <li>{_plain(note)}</li>" for note in rel.notes)
            out.append("        </ul>")
            out.append("      </description>")
        out.append("    </release>")
    return "\n".join(out)


def metainfo() -> str:
    template = (HERE / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    releases = changelog_releases((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    if not releases:
        raise ValueError("CHANGELOG.md has no dated release ('## [x.y.z] - YYYY-MM-DD')")
    body = template.replace("@RELEASES@", releases_xml(releases))
    # The comment about the template is for the source file only.
    return re.sub(r"<!-- Template:.*?-->\n", "", body)


def _renderer():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return app, QSvgRenderer(str(app_svg()))


def render(size: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    _app, renderer = _renderer()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def stage_share(out: Path) -> Path:
    share = out / "share"
    if share.exists():
        shutil.rmtree(share)
    hicolor = share / "icons" / "hicolor"
    for size in PNG_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise RuntimeError(f"could not write {target}")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(app_svg(), scalable)
    symbolic = hicolor / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg"
    symbolic.parent.mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}-symbolic.svg", symbolic)
    apps = share / "applications"
    apps.mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.desktop", apps / f"{APP_ID}.desktop")
    meta = share / "metainfo"
    meta.mkdir(parents=True)
    (meta / f"{APP_ID}.metainfo.xml").write_text(metainfo(), encoding="utf-8")
    return share


def stage_app_icons(out: Path) -> list[Path]:
    """creditfuel.png (256), .ico (16-256) and .icns for the Windows and macOS bundles,
    written by Qt's image plugins, so no Pillow or iconutil is needed on the build host."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in (("creditfuel.png", 256), ("creditfuel.ico", 256),
                       ("creditfuel.icns", 512)):
        path = out / name
        if render(size).save(str(path)):
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("share", "app-icons"):
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    if argv[0] == "share":
        print(stage_share(out))
    else:
        for path in stage_app_icons(out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
