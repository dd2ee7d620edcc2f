"""The Qt shell: thin widgets over desktopapp.store.ledger_file and desktopapp.domain."""
