"""Receiving briefings in the window: the import dialog, the installed packs, the
distribution folder's banner, the packs worker, and « Voir les changements »."""
