"""Spelling corrections: the indexed word nearest to a misspelt one.

Each word's edit-distance automaton takes 10-20 ms to make and grows with the word,
so a query has its first ``CORRECTED_WORDS`` words corrected at most, and none longer
than ``CORRECTED_LENGTH`` (a word of 100,000 letters took 90 s and 850 MB).
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

from briefing_app.core.search.spelling import Vocabulary

CORRECTED_WORDS = 8  # the first words of a query that may be corrected
CORRECTED_LENGTH = 40  # longer words are not corrected


def correctable(words: list[str]) -> list[str]:
    """The words of a query (in order) that may be corrected."""
    return [
        word
        for word in words[:CORRECTED_WORDS]
        if " " not in word and word.strip() and len(word) <= CORRECTED_LENGTH
    ]


def closest_word(vocabulary: Vocabulary, word: str) -> str:
    """The word of ``vocabulary`` nearest to ``word`` (two edits at most), the most
    common when several are as near; "" when there is none, or when ``word`` is itself
    a word of the briefings (it is not misspelt)."""
    if word in vocabulary.counts:
        return ""
    words = vocabulary.sorted_words()

    def first_from(text: str) -> str | None:  # the first word >= text
        at = bisect_left(words, text)
        return words[at] if at < len(words) else None

    for distance in (1, 2):
        automaton = levenshtein_automaton(word, distance).to_dfa()
        found = [w for w in find_all_matches(automaton, first_from) if w != word]
        if found:
            return vocabulary.most_common(found)
    return ""
