"""Aide: the keyboard shortcuts listed, and the program's own guide."""
