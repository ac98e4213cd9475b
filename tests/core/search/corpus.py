"""A small library written for the search tests (invented test content, not France urbaine's)."""

from __future__ import annotations

from pathlib import Path

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
