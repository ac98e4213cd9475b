"""Generate synthetic French-like briefings for tests and measurements.

Usage: ``python bench/make_corpus.py OUT_DIR --count N [--sections 5] [--seed 1]
[--vocabulary real|uniform|zipf]``

Each file is ``OUT_DIR/synth-00001.md`` (and so on): a YAML front matter, then
``##`` sections of sentences drawn from a built-in French vocabulary. The output
depends only on the seed, the vocabulary and the file's number. The front matter
says the briefings are synthetic: they never claim to come from France urbaine.

Vocabularies:

- ``real``: wordfreq's 30,000 commonest French words, each drawn as often as real
  French uses it, 4 to 7 sections of 80 to 250 words, a few acronyms defined as
  « long form (ACR) » (see bench/real_frequency.py; ``--sections`` does not apply).
  bench/search.py's default: it is as hard on the index as real prose;
- ``uniform`` (this script's default, and the tests'): nouns, adjectives and verbs
  drawn uniformly from small fixed lists (about 300 words), so every content word is
  in 2 to 28 % of sections;
- ``zipf``: those words plus several thousand generated French-looking nouns and
  adjectives (``ZIPF_NOUNS``, ``ZIPF_ADJECTIVES``), drawn with a Zipf law, weight
  ``(rank + ZIPF_SHIFT) ** -ZIPF_EXPONENT``: the shift stands for the function words
  (le, la, de, du…) that the sentence patterns supply and that top the real lexicon.
  A few common words (``COMMON_NOUNS``, ``COMMON_ADJECTIVES``) have the top ranks; the
  words of bench/queries.py's query mix (``QUERY_WORDS``) get ranks in ``QUERY_RANKS``,
  log-uniformly, and every other word a random rank, all shuffled per seed. Some
  nouns keep their usual adjective (``COLLOCATIONS``), so that the mix's phrases still
  occur. Most content words then occur in well under 1 % of sections, and the
  vocabulary keeps growing with the corpus, as in real prose.

The word lists (the fixed ones, and the Zipf vocabulary's common words, query words,
collocations, syllables and suffixes) are in bench/vocabulary.py.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
import math
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.real_frequency import RealFrequencyWriter
from bench.vocabulary import (
    ACRONYMS,
    ADJECTIVE_SUFFIXES,
    ADJECTIVES,
    CODAS,
    COLLOCATIONS,
    COMMON_ADJECTIVES,
    COMMON_NOUNS,
    FEMININE,
    FEMININE_SUFFIXES,
    HEAD_WORDS,
    MASCULINE,
    MASCULINE_SUFFIXES,
    NUCLEI,
    ONSETS,
    OPENERS,
    PREFIXES,
    QUERY_PREFIXES,
    QUERY_WORDS,
    VERBS,
)

SOURCE = "Corpus synthétique (généré pour les tests)"
SUMMARY = (
    "Briefing synthétique généré pour les tests et mesures ; ne provient pas de France urbaine."
)
THEMES = ("Numérique", "Mobilité", "Logement", "Finances locales", "Transition écologique")
SECTION_CHARS = 370  # body text per section: about 3 KB per briefing with 5 sections
VOWELS = "aàâeéèêëiîïoôuùûyhAÀÂEÉÈÊIÎOÔUÙÛYHÉ"
VOCABULARIES = ("real", "uniform", "zipf")

# --- the Zipf vocabulary ---------------------------------------------------------------------

ZIPF_EXPONENT = 1.07
ZIPF_SHIFT = 20  # ranks taken by the function words of the sentence patterns
ZIPF_NOUNS = 15000  # generated nouns, beside the real ones
ZIPF_ADJECTIVES = 7500  # generated adjectives, beside the real ones
QUERY_RANKS = (10, 800)  # the query words' ranks, drawn log-uniformly in between


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


def _fold(word: str) -> str:
    """``word`` in lower case without accents (as the app's search compares words)."""
    text = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _stems(text: str) -> set[str]:
    """The search terms of the words in ``text``: folded, then stemmed as the app does."""
    from whoosh.lang import stemmer_for_language  # the app's stemmer (Snowball French)

    stem = stemmer_for_language("fr")
    return {stem(_fold(word)) for word in text.replace("_", " ").replace(",", " ").split()}


def _generated(rng: random.Random, suffixes: tuple[str, ...], taken: set[str]) -> str:
    """A new French-looking word ending with one of ``suffixes`` (comma-separated forms).

    The search terms of its forms are added to ``taken``; a candidate with a term
    already there (a real word's or another generated word's), or starting like one of
    the mix's prefix queries, is drawn again.
    """
    while True:
        syllables = 1 if rng.random() < 0.45 else 2
        stem = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(syllables))
        if syllables == 1 and rng.random() < 0.3:
            stem = rng.choice(PREFIXES) + stem
        stem += rng.choice(CODAS)
        word = ",".join(stem + suffix for suffix in rng.choice(suffixes).split(","))
        keys = _stems(word)
        if keys & taken or _fold(word).startswith(QUERY_PREFIXES):
            continue
        taken |= keys
        return word


@dataclass(frozen=True)
class Ranked:
    """Words in rank order and the cumulative Zipf weights to draw them."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    def draw(self, rng: random.Random) -> str:
        """One word, with one call of ``rng.random``."""
        point = rng.random() * self.cumulative[-1]
        return self.words[bisect.bisect_right(self.cumulative, point)]


def _ranked(words: list[str], common: tuple[str, ...], rng: random.Random) -> Ranked:
    """Rank ``words``: ``common`` first, the query words log-uniformly in QUERY_RANKS,
    the others at random; then weigh them with the Zipf law."""
    folded_queries = {_fold(word) for word in QUERY_WORDS}
    head = [w for c in common for w in words if w.split(",")[0] == c]
    queries = [w for w in words if _fold(w.split(",")[0]) in folded_queries and w not in head]
    rest = [w for w in words if w not in head and w not in queries]
    rng.shuffle(rest)
    order: list[str | None] = [*head, *([None] * (len(queries) + len(rest)))]
    low, high = QUERY_RANKS
    for word in queries:
        rank = int(math.exp(rng.uniform(math.log(low), math.log(high))))
        while order[rank - 1] is not None:  # the next free rank
            rank += 1
        order[rank - 1] = word
    free = iter(rest)
    ranked = tuple(word if word is not None else next(free) for word in order)
    weights = ((rank + ZIPF_SHIFT) ** -ZIPF_EXPONENT for rank in range(1, len(ranked) + 1))
    return Ranked(ranked, tuple(itertools.accumulate(weights)))


@dataclass(frozen=True)
class Lexicon:
    """The Zipf vocabulary of one seed: nouns (word and gender), adjectives, verbs."""

    nouns: Ranked
    feminine: frozenset[str]
    adjectives: Ranked
    verbs: Ranked


@functools.lru_cache(maxsize=4)
def zipf_lexicon(seed: int) -> Lexicon:
    """The real words and generated ones, ranked for ``seed``.

    The generated words are the same for every seed; their ranks are not.
    """
    maker = random.Random("zipf-lexicon")
    real = (*MASCULINE, *FEMININE, *ADJECTIVES, *VERBS, *HEAD_WORDS, *OPENERS, *THEMES)
    taken = _stems(" ".join(real))
    masculine, feminine = list(MASCULINE), list(FEMININE)
    for _ in range(ZIPF_NOUNS):
        if maker.random() < 0.5:
            feminine.append(_generated(maker, FEMININE_SUFFIXES, taken))
        else:
            masculine.append(_generated(maker, MASCULINE_SUFFIXES, taken))
    adjectives = list(ADJECTIVES)
    adjectives += [_generated(maker, ADJECTIVE_SUFFIXES, taken) for _ in range(ZIPF_ADJECTIVES)]
    rng = random.Random(f"{seed}-zipf-ranks")
    nouns = sorted({*masculine, *feminine})  # "numérique" is a noun once, masculine
    return Lexicon(
        nouns=_ranked(nouns, COMMON_NOUNS, rng),
        feminine=frozenset(feminine) - set(masculine),
        adjectives=_ranked(sorted(adjectives), COMMON_ADJECTIVES, rng),
        verbs=_ranked(list(VERBS), (), rng),
    )


class Writer:
    """Draws French-like words, sentences and sections from one random source."""

    def __init__(self, rng: random.Random, lexicon: Lexicon | None = None) -> None:
        """Use ``rng`` for every choice, so the text depends only on its state; draw
        from ``lexicon`` with the Zipf law when given, else uniformly from the lists."""
        self.rng = rng
        self.lexicon = lexicon

    def noun(self) -> tuple[str, bool]:
        """A noun and whether it is feminine."""
        if self.lexicon is not None:
            noun = self.lexicon.nouns.draw(self.rng)
            return noun, noun in self.lexicon.feminine
        feminine = self.rng.random() < 0.5
        return self.rng.choice(FEMININE if feminine else MASCULINE), feminine

    def adjective(self, feminine: bool, noun: str = "") -> str:
        """An adjective agreed with the noun's gender (maybe the noun's usual one)."""
        if self.lexicon is None:
            forms = self.rng.choice(ADJECTIVES).split(",")
        else:
            usual, share = COLLOCATIONS.get(noun, ("", 0.0))
            if usual and self.rng.random() < share:
                forms = next(a for a in ADJECTIVES if a.split(",")[0] == usual).split(",")
            else:
                forms = self.lexicon.adjectives.draw(self.rng).split(",")
        return forms[-1] if feminine else forms[0]

    def verb(self) -> str:
        """A verb in the present tense."""
        if self.lexicon is not None:
            return self.lexicon.verbs.draw(self.rng)
        return self.rng.choice(VERBS)

    def group(self, article: str = "definite") -> str:
        """A noun group, e.g. « la politique locale » or « de l’habitat »."""
        noun, feminine = self.noun()
        text = _definite(noun, feminine) if article == "definite" else _of(noun, feminine)
        if self.rng.random() < 0.6:
            text += " " + self.adjective(feminine, noun)
        return text

    def sentence(self) -> str:
        """One sentence ending with a full stop."""
        rng = self.rng
        words = [self.group(), self.verb(), self.group(), self.group("of")]
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


def briefing_text(
    number: int, sections: int = 5, seed: int = 1, vocabulary: str = "uniform"
) -> str:
    """The text of synthetic briefing ``number`` (front matter and Markdown)."""
    if vocabulary not in VOCABULARIES:
        raise ValueError(f"vocabulary {vocabulary!r}: expected one of {VOCABULARIES}")
    lexicon = zipf_lexicon(seed) if vocabulary == "zipf" else None
    writer = Writer(random.Random(f"{seed}-{number}"), lexicon)
    rng = writer.rng
    real = RealFrequencyWriter(rng) if vocabulary == "real" else None
    date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}"
    if rng.random() < 0.5:
        date += f"-{rng.randint(1, 28):02d}"
    tags = rng.sample([*ACRONYMS, *(_word(noun) for noun in FEMININE)], rng.randint(2, 3))
    header = [
        "---",
        f"title: {real.title() if real else writer.title()}",
        f"date: {date}",
        f"source: {SOURCE}",
        f"theme: {rng.choice(THEMES)}",
        f"tags: [synthétique, {', '.join(tags)}]",
        f"summary: {SUMMARY}",
        "---",
    ]
    if real is not None:
        body = real.body()  # its own number of sections (see bench/real_frequency.py)
    else:
        body = "\n\n".join(writer.section() for _ in range(sections))
    return "\n".join(header) + "\n" + body + "\n"


def make_corpus(
    out_dir: Path, count: int, sections: int = 5, seed: int = 1, vocabulary: str = "uniform"
) -> list[Path]:
    """Write ``count`` synthetic briefings into ``out_dir`` and return their paths.

    Args:
        out_dir: the folder to fill (created if needed).
        count: how many briefings to write.
        sections: ``##`` sections per briefing.
        seed: the same seed always gives the same files.
        vocabulary: "uniform" (small fixed lists) or "zipf" (see the module's doc).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = out_dir / f"synth-{number:05d}.md"
        text = briefing_text(number, sections, seed, vocabulary)
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def main() -> None:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--count", type=int, required=True, metavar="N")
    parser.add_argument("--sections", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--vocabulary", choices=VOCABULARIES, default="uniform")
    args = parser.parse_args()
    paths = make_corpus(args.out_dir, args.count, args.sections, args.seed, args.vocabulary)
    print(f"{len(paths)} briefing(s) written to {args.out_dir}")


if __name__ == "__main__":
    main()
