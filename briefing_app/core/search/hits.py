"""From a Whoosh query to hits: filters split off as remembered sets of documents,
the scored part run, and each hit made with its snippet."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from whoosh import query as wq
from whoosh.highlight import ContextFragmenter, HtmlFormatter

from briefing_app.core.search.documents import (
    F_BODY,
    F_BRIEFING,
    F_DATE,
    F_SECTION,
    F_SECTION_TITLE,
    F_TEXT,
    F_TITLE,
)
from briefing_app.core.search.records import SearchHit
from briefing_app.core.search.translation import is_filter

FILTERS_KEPT = 32  # date, theme and tag filters whose documents are remembered
_TAG = re.compile(r"<[^>]+>")


def run_query(
    searcher: Any, query: Any, limit: int, remembered: dict[str, set[int]]
) -> tuple[SearchHit, ...]:
    """The best ``limit`` sections for the Whoosh ``query``, with their snippets
    (``remembered``: the filters' documents, kept for the life of ``searcher``)."""
    base, allowed, excluded = _split(searcher, query, remembered)
    if base is None:  # filters only (dates, theme, tag): every match scores alike
        docs = sorted(allowed if allowed is not None else ())[:limit]
        return tuple(hit_from(searcher.stored_fields(d), 0.0, "") for d in docs)
    # Whoosh's block-quality skipping costs more than it saves here (measured).
    results = searcher.search(base, limit=limit, optimize=False, filter=allowed, mask=excluded)
    results.fragmenter = ContextFragmenter(maxchars=220, surround=60)
    results.formatter = HtmlFormatter(tagname="mark", between=" … ", classname="hit")
    return tuple(
        hit_from(hit.fields(), hit.score, hit.highlights(F_TEXT, text=hit[F_BODY], top=2))
        for hit in results
    )


def _split(searcher: Any, query: Any, remembered: dict[str, set[int]]) -> tuple[Any, Any, Any]:
    """The query as (scored part, allowed documents, excluded documents).

    Date ranges, theme and tag clauses become sets of documents, remembered for
    the life of the searcher; NOT clauses a mask: Whoosh then neither scores them
    nor walks their tiered terms for each query."""
    parts = list(query.subqueries) if isinstance(query, wq.And) else [query]
    allowed: set[int] | None = None
    excluded: set[int] = set()
    scored = []
    for part in parts:
        if isinstance(part, wq.Not):
            excluded.update(searcher.docs_for_query(part.query))
        elif is_filter(part):
            key = repr(part)
            docs = remembered.get(key)
            if docs is None:
                if len(remembered) >= FILTERS_KEPT:
                    remembered.clear()
                docs = remembered[key] = set(searcher.docs_for_query(part))
            allowed = docs if allowed is None else allowed & docs
        else:
            scored.append(part)
    if excluded and not scored:
        scored = [wq.Every()]
    if allowed is None and not excluded:
        return query, None, None  # nothing to take out: the query as it was
    base = None if not scored else scored[0] if len(scored) == 1 else wq.And(scored)
    return base, allowed, excluded or None


def hit_from(fields: dict[str, Any], score: float, html: str) -> SearchHit:
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
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(html: str) -> str:
    return unescape(_TAG.sub("", html))
