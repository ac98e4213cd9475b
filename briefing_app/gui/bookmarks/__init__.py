"""The bookmarks dock: the panel, the note editor, and the controller that keeps the
store and the reader in step."""
