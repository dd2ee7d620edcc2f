"""The Qt shell. Importing it arms a guard every Qt process here needs (see
desktopapp.platform.pyside_guard: PySide6 6.12 on CPython 3.11 drains None's refcount)."""

from desktopapp.platform import pyside_guard

pyside_guard.apply()
