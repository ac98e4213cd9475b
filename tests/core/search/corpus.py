"""A small library written for the search tests (invented test content, not France urbaine's)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.core.search.index import SearchIndex

BRIEFINGS = {
    "mobilite": """---
title: Mobilité urbaine
date: 2019-03
theme: Mobilité
tags: [vélo, transports]
---
## Le vélo en ville

Les collectivités développent des pistes cyclables. L’État finance les aménagements.

## Le financement des transports

Le versement mobilité finance les transports collectifs.

## Les données des voyageurs

Les applications de trajet doivent respecter le RGPD.
""",
    "donnees": """---
title: Données publiques
date: 2017-11
theme: Numérique
tags: [open data]
---
## L'ouverture des données

Les donnees publiques sont ouvertes par défaut depuis la loi pour une République numérique.

## La protection

Le Règlement général sur la protection des données encadre les fichiers des collectivités.

## Le rôle de la CNIL

La CNIL accompagne les élus.

*[CNIL]: Commission nationale de l’informatique et des libertés
*[RGPD]: Règlement général sur la protection des données
""",
    "ville": """---
title: Ville intelligente
date: 2018-04
theme: Numérique
tags: [smart city]
---
## Le rapport

Le rapport propose trois principes directeurs. Des capteurs mesurent la qualité de l'air.

## Les usages

Les habitants utilisent les services en ligne ; la métropole a lancé une application.

## Les libertés

La Commission nationale de l'informatique et des libertés suit les capteurs.
""",
    "logement": """---
title: Logement social
date: 2016
theme: Logement
tags: [habitat]
---
## Les bailleurs

Les bailleurs sociaux rénovent le parc. Ils lanceront un plan de rénovation thermique.
""",
}


def write_corpus(folder: Path, names: tuple[str, ...] = tuple(BRIEFINGS)) -> Path:
    """Write the named test briefings into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.md").write_text(BRIEFINGS[name], encoding="utf-8")
    return folder


# Thirty words of distinct stems that start with « con ».
CON_WORDS = (
    "conseil contrat concert concours condition confiance confort congrès conquête "
    "conscience conséquence conservation considération consigne consommation constat "
    "constitution construction consultation contact conte contexte continent contour "
    "contrainte contribution contrôle convention conversation conviction"
)


def two_segment_index(tmp: Path, count: int, vocabulary: str = "uniform") -> SearchIndex:
    """An index of ``count`` generated briefings (bench/make_corpus.py) in two segments,
    one of them with deleted documents: 7 briefings changed after the first build."""
    from bench.make_corpus import make_corpus
    from briefing_app.core.content.catalog import load_library
    from briefing_app.core.content.pages import PageCache
    from briefing_app.core.search.index import SearchIndex

    paths = make_corpus(tmp / "content", count, sections=4, seed=5, vocabulary=vocabulary)
    index = SearchIndex(tmp / "index")
    index.update(load_library([tmp / "content"], tmp / "cache"), PageCache(tmp / "cache"))
    for path in paths[:20:3]:  # changed: their old documents are deleted, not rewritten
        path.write_text(path.read_text(encoding="utf-8") + "\nLa stratégie numérique.\n")
    report = index.update(load_library([tmp / "content"], tmp / "cache"), PageCache(tmp / "cache"))
    assert (report.rebuilt, report.briefings) == (False, 7)
    assert index._searcher_now().reader().has_deletions()
    return index


QUERIES = ("collectivités", "capteurs", "RGPD", '"qualité de l’air"', "date:2016..2019", "mobili*")


def snapshot(index: SearchIndex) -> dict[str, object]:
    """Everything the index answers and holds, to compare two indexes."""
    searcher = index._searcher_now()
    documents = sorted(
        (tuple(sorted(fields.items())) for fields in searcher.all_stored_fields()), key=str
    )
    answers = {
        q: [(h.briefing, h.section, h.snippet) for h in index.search(q).hits] for q in QUERIES
    }
    return {"documents": documents, "answers": answers, "glossary": index.glossary().to_dict()}
