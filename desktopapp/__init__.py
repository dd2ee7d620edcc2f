"""CreditFuel: a tray fuel gauge for credit-metered AI platforms.

``desktopapp.__version__`` is resolved on first use (desktopapp/version.py holds the
version and the app id), so importing the package costs nothing at start-up.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    if name == "__version__":
        from desktopapp.version import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
