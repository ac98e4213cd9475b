"""The preferences dialog and the settings it keeps."""
