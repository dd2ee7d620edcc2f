"""PyInstaller entry point of the ``creditfuel`` command line."""

from desktopapp.cli.main import main

raise SystemExit(main())
