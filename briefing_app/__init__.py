"""Briefings: an offline reader for France urbaine's digital-policy briefings."""

__version__ = "0.1.0"
