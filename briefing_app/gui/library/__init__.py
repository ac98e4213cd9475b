"""The library dock: the list of briefings, and the notice of content problems."""
