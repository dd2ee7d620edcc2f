"""Files the app ships inside the package: icons, compiled translations (.qm, .mo).

Found next to this file when the package is a folder on disk (a source checkout, an
installed wheel, a frozen bundle's collected files), else through ``importlib.resources``
(a zipped install); the project root is not there once installed. Qt-free: the CLI
reads the .mo files through here too, and ``importlib.resources`` (tempfile, zipfile,
shutil...) is loaded only for a zipped install: that import alone was a tenth of every
``creditfuel`` command's start.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_ROOT: Traversable | None = None
# Copies extracted from a zipped install (Qt wants a path) live as long as the process.
_extracted = ExitStack()


def _root() -> Traversable:
    global _ROOT
    if _ROOT is None:
        here = Path(__file__).parent
        if here.is_dir():
            _ROOT = here
        else:
            from importlib.resources import files

            _ROOT = files(__name__)
    return _ROOT


def resource(*parts: str) -> Traversable:
    """A file inside desktopapp/resources (it may not exist: check ``is_file()``)."""
    node = _root()
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
    from importlib.resources import as_file

    return Path(_extracted.enter_context(as_file(node)))


def icon_path() -> Path:
    return real_path(resource("icons", "creditfuel.svg"))


def mo_file(lang: str, domain: str) -> Traversable:
    return resource("locale", lang, "LC_MESSAGES", f"{domain}.mo")


def qm_file(lang: str) -> Traversable:
    return resource("translations", f"creditfuel_{lang}.qm")
