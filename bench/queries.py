"""The search benchmark's fixed query mixes, by kind, and the hits asked per query.

REAL_QUERIES is for the real-frequency corpus (bench/search.py's default), QUERIES for
the corpora of make_corpus's own word lists (uniform and zipf). bench/search.py times
them; the tests reuse them.
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

# The real-frequency mix, 60 queries. Its words are among wordfreq's commonest French
# words; the hard kinds are the point: pairs and phrases of very common words (every
# section holds « de » and « la »), prefixes of 3 and 4 letters of very common stems
# (« con* » matches thousands of words), filters, long queries of ordinary prose, and
# the acronyms of bench/real_frequency.py, by themselves and by their long forms.
REAL_QUERY_MIX = {
    "word": "politique | gouvernement | santé | économie | sécurité | histoire | "
    "entreprise | logement",
    "pair": "temps travail | ville monde | président gouvernement | service public | "
    "projet ville | eau santé | vie pays | RGPD données",
    "no accent": "securite | economie | etat | energie",
    "phrase": '"de la" | "il y a" | "de la ville" | "à la fin" | "c’est pas" | '
    '"le monde" | "pour les" | "que les gens"',
    "prefix": "con* | cons* | pro* | pré* | dé* | com* | tra* | par*",
    "field": "titre:ville | titre:monde | theme:Numérique | theme:Logement | tag:RGPD | "
    "date:2018 | date:2016..2019 | politique date:2020 | santé theme:Mobilité",
    "long": "le président de la république et le gouvernement de la france | "
    "les données personnelles des habitants de la ville | "
    "la politique du logement dans les grandes villes du pays | "
    "le temps de travail des agents du service public | "
    "une histoire de la santé publique en europe depuis la guerre",
    "not / or": "ville NOT paris | données SAUF personnelles | président OR gouvernement | "
    "RGPD OU CNIL",
    "acronym": "RGPD | cnil | EPCI | règlement général sur la protection des données | "
    "zone à faibles émissions",
}


def _queries(mix: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The (kind, text) pairs of a mix."""
    return tuple((kind, text) for kind, texts in mix.items() for text in texts.split(" | "))


QUERIES = _queries(QUERY_MIX)
REAL_QUERIES = _queries(REAL_QUERY_MIX)


def queries_for(vocabulary: str) -> tuple[tuple[str, str], ...]:
    """The query mix of a make_corpus vocabulary."""
    return REAL_QUERIES if vocabulary == "real" else QUERIES
