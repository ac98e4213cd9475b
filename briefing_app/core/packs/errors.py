"""The one error a pack raises: what is wrong with it, in one French line."""

from __future__ import annotations


class PackError(Exception):
    """A pack, a key, a document to import or a folder that cannot be used; the message
    says why."""
