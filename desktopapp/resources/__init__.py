"""Files the app ships inside the package: icons, compiled translations (.qm, .mo).

Read through ``importlib.resources`` so an installed wheel, a source checkout and a
frozen bundle all find them the same way (the project root is not there once installed).
Qt-free: the CLI reads the .mo files through here too.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_ROOT = files(__name__)
# Copies extracted from a zipped install (Qt wants a path) live as long as the process.
_extracted = ExitStack()


def resource(*parts: str) -> Traversable:
    """A file inside desktopapp/resources (it may not exist: check ``is_file()``)."""
    node = _ROOT
    for part in parts:
        node = node.joinpath(part)
    return node


def read_bytes(*parts: str) -> bytes | None:
    node = resource(*parts)
    return node.read_bytes() if node.is_file() else None


def real_path(node: Traversable) -> Path:
    """A path Qt can open: the file itself, or a copy kept until the process ends."""
    if isinstance(node, Path):
        return node
    return Path(_extracted.enter_context(as_file(node)))


def icon_path() -> Path:
    return real_path(resource("icons", "creditfuel.svg"))


def mo_file(lang: str, domain: str) -> Traversable:
    return resource("locale", lang, "LC_MESSAGES", f"{domain}.mo")


def qm_file(lang: str) -> Traversable:
    return resource("translations", f"creditfuel_{lang}.qm")
