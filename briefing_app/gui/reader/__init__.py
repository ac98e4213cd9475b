"""The reading pane: the page view, its table of contents, find in page, reading progress."""
