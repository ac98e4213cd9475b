"""The real-frequency vocabulary of bench/make_corpus.py: French words drawn as often
as they are met in real French.

The words are wordfreq's French list (``FREQUENCY_WORDS`` of them, from the package's
own frequency data, installed with the ``bench`` extra), each drawn with its measured
frequency: « de », « la », « le » make a tenth of the text, as in real prose, and most of
the 30,000 words occur in a handful of sections. Elided words (« l », « d », « qu »…)
are glued to the next word with a typographic apostrophe (« l’État »).

A briefing has 4 to 7 ``##`` sections of 80 to 250 words, headings and titles drawn
from the words past the commonest ones, and, now and then, an acronym defined as
« long form (ACR) » and used by itself later on (``ACRONYMS``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import random
from dataclasses import dataclass

FREQUENCY_WORDS = 30_000  # wordfreq's commonest French words
SECTIONS = (4, 7)  # sections per briefing, at least and at most
SECTION_WORDS = (80, 250)  # words per section
SENTENCE_WORDS = (6, 28)  # words per sentence
CONTENT_FROM = 150  # titles and headings draw words past this rank (not « de », « la »)
ACRONYM_SHARE = 0.25  # sections that define an acronym, then use it
ELIDED = frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu".split())  # noqa: SIM905
VOWELS = frozenset("aàâäeéèêëiîïoôöuùûüyhAÀÂEÉÈÊIÎOÔUÙÛYHÉ")
GLUED = ("aujourd", "jusqu", "lorsqu", "puisqu", "quelqu", "quoiqu")  # « aujourd’hui »

# Acronyms of French public life with their long forms (generic terms, in every
# administrative text): defined as « long form (ACR) », then used alone.
ACRONYMS = {
    "RGPD": "règlement général sur la protection des données",
    "CNIL": "Commission nationale de l’informatique et des libertés",
    "EPCI": "établissement public de coopération intercommunale",
    "PLU": "plan local d’urbanisme",
    "ZFE": "zone à faibles émissions",
    "DSP": "délégation de service public",
    "SCoT": "schéma de cohérence territoriale",
    "ANCT": "Agence nationale de la cohésion des territoires",
    "TVA": "taxe sur la valeur ajoutée",
    "PPI": "plan pluriannuel d’investissement",
}


@dataclass(frozen=True)
class Frequencies:
    """Words in frequency order and their cumulative frequencies, to draw them."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    def draw(self, rng: random.Random, count: int, start: int = 0) -> list[str]:
        """``count`` words drawn by frequency, among those of rank ``start`` or more."""
        low = self.cumulative[start - 1] if start else 0.0
        total = self.cumulative[-1] - low
        cumulative = self.cumulative
        words = self.words
        picks = []
        for _ in range(count):
            point = low + rng.random() * total
            picks.append(words[_index(cumulative, point)])
        return picks


def _index(cumulative: tuple[float, ...], point: float) -> int:
    """The first index whose cumulative frequency passes ``point``."""
    return min(bisect.bisect_right(cumulative, point), len(cumulative) - 1)


def _usable(word: str) -> str:
    """``word`` as text may show it ("" for digits, symbols and foreign contractions)."""
    if word.isalpha():
        return word
    head, _, tail = word.partition("'")
    if head in GLUED and tail.isalpha():
        return f"{head}’{tail}"
    return ""


@functools.lru_cache(maxsize=1)
def french_frequencies() -> Frequencies:
    """wordfreq's French words, commonest first, with their frequencies."""
    try:
        import wordfreq
    except ImportError as error:  # pragma: no cover - the message is the point
        raise SystemExit(
            "the real-frequency vocabulary needs wordfreq: pip install -e '.[bench]'"
        ) from error
    pairs = []
    for word in wordfreq.top_n_list("fr", FREQUENCY_WORDS):
        usable = _usable(word)
        if usable:
            pairs.append((usable, wordfreq.word_frequency(word, "fr")))
    words = tuple(word for word, _frequency in pairs)
    cumulative = tuple(itertools.accumulate(frequency for _word, frequency in pairs))
    return Frequencies(words, cumulative)


class RealFrequencyWriter:
    """Writes sentences, headings and sections from the real French frequencies."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.frequencies = french_frequencies()
        self.defined: list[str] = []  # the acronyms this briefing has defined

    def words(self, count: int, start: int = 0) -> str:
        """``count`` words joined, elided words glued to the next one."""
        drawn = self.frequencies.draw(self.rng, count, start)
        out: list[str] = []
        glue = ""
        for word in drawn:
            if word in ELIDED:
                glue = word + "’"
                continue
            # elided before a vowel or a mute h only (« l’État », not « l’craig »)
            out.append(glue + word if glue and word[0] in VOWELS else word)
            glue = ""
        return " ".join(out) if out else self.frequencies.words[CONTENT_FROM]

    def sentence(self) -> str:
        """One sentence of 6 to 28 words, capitalised, ending with a full stop."""
        text = self.words(self.rng.randint(*SENTENCE_WORDS))
        if self.defined and self.rng.random() < 0.1:
            text += f" {self.rng.choice(self.defined)} {self.words(3)}"
        return text[0].upper() + text[1:] + "."

    def title(self) -> str:
        """A title of three to seven words, past the commonest ones."""
        text = self.words(self.rng.randint(3, 7), start=CONTENT_FROM)
        return text[0].upper() + text[1:]

    def acronym_sentence(self) -> str:
        """A sentence that defines an acronym as « long form (ACR) »."""
        acronym = self.rng.choice(sorted(ACRONYMS))
        self.defined.append(acronym)
        opening = self.words(self.rng.randint(3, 8))
        return f"{opening[0].upper()}{opening[1:]} {ACRONYMS[acronym]} ({acronym}) {self.words(5)}."

    def section(self) -> str:
        """A ``##`` section of 80 to 250 words in paragraphs of a few sentences."""
        rng = self.rng
        target = rng.randint(*SECTION_WORDS)
        sentences: list[str] = []
        if rng.random() < ACRONYM_SHARE:
            sentences.append(self.acronym_sentence())
        while sum(len(s.split()) for s in sentences) < target:
            sentences.append(self.sentence())
        paragraphs = [
            " ".join(sentences[start : start + 4]) for start in range(0, len(sentences), 4)
        ]
        return "\n\n".join([f"## {self.title()}", *paragraphs])

    def body(self) -> str:
        """The briefing's sections."""
        return "\n\n".join(self.section() for _ in range(self.rng.randint(*SECTIONS)))
