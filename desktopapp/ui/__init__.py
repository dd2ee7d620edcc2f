"""The Qt shell: thin widgets over desktopapp.tracker and desktopapp.domain."""
