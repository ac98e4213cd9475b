"""Generate synthetic French-like briefings for tests and measurements.

Usage: ``python bench/make_corpus.py OUT_DIR --count N [--sections 5] [--seed 1]``

Each file is ``OUT_DIR/synth-00001.md`` (and so on): a YAML front matter, then
``##`` sections of sentences drawn from a small built-in French vocabulary. The
output depends only on the seed and the file's number. The front matter says the
briefings are synthetic: they never claim to come from France urbaine.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SOURCE = "Corpus synthétique (généré pour les tests)"
SUMMARY = (
    "Briefing synthétique généré pour les tests et mesures ; ne provient pas de France urbaine."
)
THEMES = ("Numérique", "Mobilité", "Logement", "Finances locales", "Transition écologique")
SECTION_CHARS = 370  # body text per section: about 3 KB per briefing with 5 sections


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``."""
    return tuple(text.split())


MASCULINE = _words("""
    territoire service projet budget réseau logement quartier transport usager citoyen élu maire
    conseil département schéma contrat plan dispositif financement investissement programme
    observatoire rapport partenariat calendrier chantier numérique cadre accompagnement habitat
    parc loyer bailleur foncier urbanisme aménagement déplacement vélo tramway covoiturage
    stationnement carburant climat bâtiment chauffage recyclage déchet impôt emprunt endettement
    fonds amendement décret projet_de_loi gouvernement ministère État opérateur agent marché
    équipement outil logiciel serveur archivage enjeu objectif bilan diagnostic débat arbitrage
    seuil périmètre mécanisme levier modèle
""")
FEMININE = _words("""
    ville métropole collectivité commune région agglomération intercommunalité administration
    politique donnée plateforme transformation stratégie mission réforme loi ordonnance
    concertation démarche gouvernance évaluation expérimentation mutualisation dotation
    fiscalité recette dépense péréquation taxe compensation trajectoire contribution mobilité
    voirie circulation navette infrastructure gare desserte rénovation construction copropriété
    location résidence précarité énergie sobriété biodiversité pollution émission adaptation
    ressource eau forêt filière innovation sécurité protection cybersécurité dématérialisation
    identité inclusion médiation formation association instance convention enveloppe méthode
    priorité proposition recommandation étude enquête note consultation
""")
ADJECTIVES = _words("""
    local,locale public,publique numérique territorial,territoriale urbain,urbaine
    national,nationale européen,européenne durable financier,financière social,sociale
    écologique énergétique nouveau,nouvelle ambitieux,ambitieuse partagé,partagée
    concerté,concertée efficace transparent,transparente solidaire innovant,innovante
    collectif,collective fiscal,fiscale budgétaire prioritaire opérationnel,opérationnelle
    souple commun,commune intercommunal,intercommunale métropolitain,métropolitaine accessible
    sobre résilient,résiliente ouvert,ouverte sécurisé,sécurisée simplifié,simplifiée
    dématérialisé,dématérialisée pluriannuel,pluriannuelle expérimental,expérimentale
    régional,régionale stratégique majeur,majeure
""")
VERBS = _words("""
    renforce soutient accompagne favorise encadre simplifie finance prévoit améliore garantit
    mobilise développe structure précise complète modernise prolonge sécurise facilite relance
    interroge clarifie reconnaît consolide anticipe évalue transforme généralise fragilise
    réoriente pérennise engage oriente rassemble valorise ouvre prépare
""")
OPENERS = _words("""
    Par_ailleurs En_outre Toutefois Dans_ce_cadre À_ce_stade Néanmoins De_plus
    Dans_le_même_temps Pour_autant En_parallèle Concrètement Désormais
""")
ACRONYMS = _words("""
    CNIL ANCT ADEME DGCL RGPD PLU SCoT EPCI DGF CVAE TVA ANRU ANAH PLH SRADDET AOM DSIL ZFE
    DCANT SGMAP CGCT
""")
HEAD_WORDS = _words("""
    Enjeux Perspectives Calendrier Propositions Suivi Financement Gouvernance Bilan Méthode
    Priorités Travaux Chiffres Actualité Positions
""")
VOWELS = "aàâeéèêëiîïoôuùûyhAÀÂEÉÈÊIÎOÔUÙÛYHÉ"


def _word(word: str) -> str:
    return word.replace("_", " ")


def _definite(noun: str, feminine: bool) -> str:
    """The noun with its definite article: le, la or the elided l’."""
    if noun[0] in VOWELS:
        return f"l’{_word(noun)}"
    return f"{'la' if feminine else 'le'} {_word(noun)}"


def _of(noun: str, feminine: bool) -> str:
    """The noun after « de »: du, de la or the elided de l’."""
    if noun[0] in VOWELS:
        return f"de l’{_word(noun)}"
    return f"{'de la' if feminine else 'du'} {_word(noun)}"


class Writer:
    """Draws French-like words, sentences and sections from one random source."""

    def __init__(self, rng: random.Random) -> None:
        """Use ``rng`` for every choice, so the text depends only on its state."""
        self.rng = rng

    def noun(self) -> tuple[str, bool]:
        """A noun and whether it is feminine."""
        feminine = self.rng.random() < 0.5
        return self.rng.choice(FEMININE if feminine else MASCULINE), feminine

    def adjective(self, feminine: bool) -> str:
        """An adjective agreed with the noun's gender."""
        forms = self.rng.choice(ADJECTIVES).split(",")
        return forms[-1] if feminine else forms[0]

    def group(self, article: str = "definite") -> str:
        """A noun group, e.g. « la politique locale » or « de l’habitat »."""
        noun, feminine = self.noun()
        text = _definite(noun, feminine) if article == "definite" else _of(noun, feminine)
        if self.rng.random() < 0.6:
            text += " " + self.adjective(feminine)
        return text

    def sentence(self) -> str:
        """One sentence ending with a full stop."""
        rng = self.rng
        words = [self.group(), rng.choice(VERBS), self.group(), self.group("of")]
        if rng.random() < 0.3:
            words.insert(0, _word(rng.choice(OPENERS)) + ",")
        elif rng.random() < 0.3:
            words.insert(0, f"Selon {rng.choice(ACRONYMS)},")
        if rng.random() < 0.3:
            words.append(f"d’ici {rng.randint(2026, 2035)}")
        elif rng.random() < 0.2:
            words.append(f"avec « {self.group()} »")
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        """Two to four sentences."""
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def title(self) -> str:
        """A title such as « La stratégie numérique de la métropole »."""
        text = f"{self.group()} {self.group('of')}"
        return text[0].upper() + text[1:]

    def heading(self) -> str:
        """A section heading: a heading word then a noun group."""
        noun, feminine = self.noun()
        return f"{self.rng.choice(HEAD_WORDS)} {_of(noun, feminine)}"

    def section(self) -> str:
        """A ``##`` section of about SECTION_CHARS characters, maybe with a sub-heading."""
        blocks = [f"## {self.heading()}", self.paragraph()]
        if self.rng.random() < 0.3:
            blocks.append("\n".join(f"- {self.title()} ;" for _ in range(3)))
        if self.rng.random() < 0.4:
            blocks.append(f"### {self.title()}")
        while sum(len(block) for block in blocks) < SECTION_CHARS:
            blocks.append(self.paragraph())
        return "\n\n".join(blocks)


def briefing_text(number: int, sections: int = 5, seed: int = 1) -> str:
    """The text of synthetic briefing ``number`` (front matter and Markdown)."""
    writer = Writer(random.Random(f"{seed}-{number}"))
    rng = writer.rng
    date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}"
    if rng.random() < 0.5:
        date += f"-{rng.randint(1, 28):02d}"
    tags = rng.sample([*ACRONYMS, *(_word(noun) for noun in FEMININE)], rng.randint(2, 3))
    header = [
        "---",
        f"title: {writer.title()}",
        f"date: {date}",
        f"source: {SOURCE}",
        f"theme: {rng.choice(THEMES)}",
        f"tags: [synthétique, {', '.join(tags)}]",
        f"summary: {SUMMARY}",
        "---",
    ]
    body = "\n\n".join(writer.section() for _ in range(sections))
    return "\n".join(header) + "\n" + body + "\n"


def make_corpus(out_dir: Path, count: int, sections: int = 5, seed: int = 1) -> list[Path]:
    """Write ``count`` synthetic briefings into ``out_dir`` and return their paths.

    Args:
        out_dir: the folder to fill (created if needed).
        count: how many briefings to write.
        sections: ``##`` sections per briefing.
        seed: the same seed always gives the same files.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = out_dir / f"synth-{number:05d}.md"
        path.write_text(briefing_text(number, sections, seed), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def main() -> None:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--count", type=int, required=True, metavar="N")
    parser.add_argument("--sections", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = make_corpus(args.out_dir, args.count, args.sections, args.seed)
    print(f"{len(paths)} briefing(s) written to {args.out_dir}")


if __name__ == "__main__":
    main()
