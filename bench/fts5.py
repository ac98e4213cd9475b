"""The search benchmark's reference engine (c): SQLite FTS5 over the index's section texts.

The table is filled from the index's stored fields (``unicode61 remove_diacritics 2``);
a query of the app becomes its positive clauses AND-ed: each word quoted, a phrase as
an FTS5 phrase, ``"word"*`` for a prefix, alternatives in an OR group (fields, dates
and exclusions dropped), searched with ``snippet()``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from bench.queries import LIMIT
from briefing_app.core.search.language import Or, Phrase, Prefix, Word, parse_query

FTS_CREATE = (
    "CREATE VIRTUAL TABLE sections USING fts5(briefing UNINDEXED, section UNINDEXED, "
    "title, section_title, body, tokenize='unicode61 remove_diacritics 2')"
)
FTS_SELECT = (
    "SELECT briefing, section, title, section_title, "
    "snippet(sections, 4, '<mark>', '</mark>', ' … ', 24) "
    f"FROM sections WHERE sections MATCH ? ORDER BY rank LIMIT {LIMIT}"
)


def fts_search(db: sqlite3.Connection, match: str) -> int:
    """(c) SQLite FTS5 with snippets; return the number of hits."""
    return len(db.execute(FTS_SELECT, (match,)).fetchall())


def build_fts(path: Path, searcher: Any) -> sqlite3.Connection:
    """An FTS5 table of the index's stored section texts, in the database at ``path``."""
    names = ("briefing", "section", "title", "section_title", "body")
    db = sqlite3.connect(path)
    db.execute(FTS_CREATE)
    rows = (tuple(f.get(n, "") for n in names) for f in searcher.all_stored_fields())
    db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    return db


def fts_terms(clause: Any) -> list[str]:
    """The FTS5 terms of one parsed clause: a quoted word, a phrase, ``"word"*`` for a
    prefix, ``(a OR b)`` for alternatives."""

    def quote(word: str) -> str:
        return '"' + word.replace('"', '""') + '"'

    if isinstance(clause, Word):
        return [quote(clause.text)]
    if isinstance(clause, Prefix):
        return [quote(clause.text) + "*"]
    if isinstance(clause, Phrase):
        return [quote(" ".join(clause.words))]
    if isinstance(clause, Or):
        inner = [term for alternative in clause.clauses for term in fts_terms(alternative)]
        return ["(" + " OR ".join(inner) + ")"] if inner else []
    return []  # a date range or an excluded clause


def fts_match(text: str) -> str:
    """The FTS5 MATCH expression for a query of the app ("" when it has no word)."""
    terms = [term for clause in parse_query(text).clauses for term in fts_terms(clause)]
    return " AND ".join(terms)
