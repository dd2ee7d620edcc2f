"""The Qt shell: thin widgets over desktopapp.services (they never import the store)."""
