import sys

from desktopapp.cli.main import main

sys.exit(main())
