"""``python -m desktopapp``: the tray app (the CLI is ``creditfuel``)."""

import sys

from desktopapp.app import main

sys.exit(main())
