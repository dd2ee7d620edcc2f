"""PyInstaller entry point of the tray app (the bundle has no console scripts)."""

from desktopapp.app import main

raise SystemExit(main())
