"""What identifies this build of CreditFuel: its version and its one app id.

A leaf module (imports nothing of ours), so every layer may use it.

One version number: ``[project] version`` in pyproject.toml. Installed (pip, or a bundle
that carries the dist-info), it is read from the package metadata; in a bare source
checkout, from pyproject.toml itself. ``version()`` imports importlib.metadata only when
first called, so the tray's start-up does not pay for it.
"""

from __future__ import annotations

import functools
from pathlib import Path

DIST_NAME = "creditfuel"
# The one reverse-DNS id: menu entry, icons, AppStream metainfo, macOS bundle identifier.
APP_ID = "io.github.creditfuel.CreditFuel"


@functools.cache
def version() -> str:
    from importlib import metadata

    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        import tomllib

        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"
