"""The search benchmark's fixed query mix (QUERIES, by kind) and the hits asked per query.

bench/search.py times these queries; the tests reuse them (through bench.search).
"""

from __future__ import annotations

LIMIT = 20  # hits per query, as in the search panel

# The fixed query mix, 50 queries by kind (" | " separates them). Every word is in
# bench/vocabulary.py's word lists; the quoted phrases occur even in 200 briefings.
QUERY_MIX = {
    "word": "mobilité | logement | budget | cybersécurité | tramway | péréquation | "
    "biodiversité | gouvernance | CNIL | intercommunalité",
    "pair": "logement social | budget pluriannuel | transport urbain | fiscalité locale | "
    "politique locale | ville durable | énergie sobriété | tramway vélo | CNIL donnée | "
    "chantier calendrier",
    "no accent": "collectivite | securite | energie | deplacement | amenagement | metropole",
    "phrase": '"mobilité durable" | "stratégie numérique" | "réseau social" | '
    '"rénovation énergétique" | "gouvernance partagée" | "dotation budgétaire"',
    "prefix": "mobil* | numér* | fisca* | énerg* | transp*",
    "field": "titre:stratégie | titre:mobilité | theme:Numérique | theme:Logement | tag:CNIL | "
    "date:2018 | date:2016..2019 | logement date:2020 | budget theme:Logement",
    "not": "mobilité NOT vélo | logement SAUF loyer",
    "or": "tramway OR covoiturage | CNIL OU RGPD",
}
QUERIES = tuple((kind, text) for kind, texts in QUERY_MIX.items() for text in texts.split(" | "))
