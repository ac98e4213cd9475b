"""From a Whoosh query to hits: filters split off as remembered sets of documents,
the scored part run (by core.search.evaluation, or Whoosh for what it does not run),
and each hit made with its snippet."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from whoosh import query as wq

from briefing_app.core.search.documents import (
    F_BODY,
    F_BRIEFING,
    F_DATE,
    F_SECTION,
    F_SECTION_TITLE,
    F_TEXT,
    F_TITLE,
)
from briefing_app.core.search.evaluation import Evaluator
from briefing_app.core.search.prefixes import expand_prefixes
from briefing_app.core.search.records import SearchHit
from briefing_app.core.search.snippets import snippet
from briefing_app.core.search.translation import is_filter

FILTERS_KEPT = 32  # date, theme and tag filters whose documents are remembered
_TAG = re.compile(r"<[^>]+>")


def run_query(
    evaluator: Evaluator, query: Any, limit: int, closest: bool = False
) -> tuple[SearchHit, ...]:
    """The best ``limit`` sections for the Whoosh ``query``, with their snippets.

    With ``closest``, when no section matches every part of the query, the sections
    that match most of its parts (then best scored) come instead, marked ``partial``."""
    searcher = evaluator.searcher
    query = expand_prefixes(query, evaluator.reader)
    base, allowed, excluded = _split(evaluator, query)
    if base is None:  # filters only (dates, theme, tag): every match scores alike
        docs = sorted(allowed if allowed is not None else ())[:limit]
        return tuple(hit_from(searcher.stored_fields(d), 0.0, "") for d in docs)
    handled = evaluator.handles(base)
    if handled:
        best = evaluator.best(base, limit, allowed, excluded)
    else:  # Whoosh's block-quality skipping costs more than it saves here (measured)
        results = searcher.search(base, limit=limit, optimize=False, filter=allowed, mask=excluded)
        best = [(hit.docnum, hit.score) for hit in results]
    partial = False
    if not best and closest and handled and isinstance(base, wq.And):
        best = evaluator.closest(base.subqueries, limit, allowed, excluded)
        partial = True
    if not best:
        return ()
    words = _highlighted(base, evaluator.reader)
    hits = []
    for docnum, score in best:
        fields = searcher.stored_fields(docnum)
        html = snippet(fields[F_BODY], words)
        hits.append(hit_from(fields, score, html, partial))
    return tuple(hits)


def _highlighted(query: Any, reader: Any) -> frozenset[str]:
    """The words of the index that ``query`` searches in the text, which the snippets
    highlight."""
    field = reader.schema[F_TEXT]
    terms = query.existing_terms(reader, fieldname=F_TEXT, expand=True)
    return frozenset(field.from_bytes(text) for _field, text in terms)


def _split(evaluator: Evaluator, query: Any) -> tuple[Any, Any, Any]:
    """The query as (scored part, allowed documents, excluded documents).

    Date ranges, theme and tag clauses become sets of documents, remembered for
    the life of the searcher; NOT clauses a mask: they are neither scored nor
    walked for each query."""
    parts = list(query.subqueries) if isinstance(query, wq.And) else [query]
    remembered = evaluator.filters
    allowed: set[int] | None = None
    excluded: set[int] = set()
    scored = []
    for part in parts:
        if isinstance(part, wq.Not):
            excluded.update(_docs(evaluator, part.query))
        elif is_filter(part):
            key = repr(part)
            docs = remembered.get(key)
            if docs is None:
                if len(remembered) >= FILTERS_KEPT:
                    remembered.clear()
                docs = remembered[key] = _docs(evaluator, part)
            allowed = docs if allowed is None else allowed & docs
        else:
            scored.append(part)
    if excluded and not scored:
        scored = [wq.Every()]
    if allowed is None and not excluded:
        return query, None, None  # nothing to take out: the query as it was
    base = None if not scored else scored[0] if len(scored) == 1 else wq.And(scored)
    return base, allowed, excluded or None


def _docs(evaluator: Evaluator, query: Any) -> set[int]:
    """The documents ``query`` matches."""
    if evaluator.handles(query):
        return evaluator.docs(query)
    return set(evaluator.searcher.docs_for_query(query))


def hit_from(fields: dict[str, Any], score: float, html: str, partial: bool = False) -> SearchHit:
    """One result, its snippet being the highlighted HTML (or the text's start)."""
    html = html or _escape(fields[F_BODY][:220])
    return SearchHit(
        briefing=fields[F_BRIEFING],
        title=fields[F_TITLE],
        section=fields[F_SECTION],
        section_title=fields[F_SECTION_TITLE],
        date=fields[F_DATE],
        score=round(float(score), 4),
        snippet=_plain(html),
        snippet_html=html,
        partial=partial,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(html: str) -> str:
    return unescape(_TAG.sub("", html))
