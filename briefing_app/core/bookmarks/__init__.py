"""Bookmarks: passages of briefings the user marked, with their notes, kept for good.

``model`` holds the records; ``database`` the SQLite schema and its migrations;
``store`` the store itself (``salvage`` reads what it can of a damaged file);
``anchoring`` finds a marked passage again in a briefing's current text; ``placing``
makes bookmarks from the library and places them all again after a change;
``transfer`` exports and imports them (Markdown to print, JSON to keep).
"""
