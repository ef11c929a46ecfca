"""The segmenter's lexicons: abbreviations by what a period after them may do, and the
words that open sentences."""

from __future__ import annotations

import enum
from typing import Final

from quoteattr.lexicon.loader import data_lines


def _lexicon(name: str) -> frozenset[str]:
    """The entries of ``lexicon/data/<name>`` without their final period."""
    return frozenset(entry.removesuffix(".") for entry in data_lines(name))


ABBREVIATIONS: Final = _lexicon("abbreviations.txt")
"""Abbreviations that may end a sentence ("U.S.", "Inc.", "p.m."), without the
final period. After one, split only before a sentence starter or a quotation."""

NUMERAL_ABBREVIATIONS: Final = _lexicon("numeral_abbreviations.txt")
"""Abbreviations only before a number ("No. 10", "p. 23"), without the final
period; before anything else they are ordinary words ("He said No. Besides")."""

TITLES: Final = _lexicon("titles.txt")
"""Titles before a name ("Mr.", "Gen.", "Sen."), without the final period.
They never end a sentence, so a candidate after one is never a boundary."""

STARTERS: Final = _lexicon("sentence_starters.txt")
"""Capitalised words that open sentences ("He", "The", "But"); they tell a
sentence-final abbreviation ("moved to the U.S. He ...") from an inner one."""


class Kind(enum.Enum):
    """What a listed abbreviation is, to decide a period after it in one look-up."""

    ABBREVIATION = "may end a sentence"
    NUMERAL = "only before a number"
    TITLE = "only before a name"


KIND: Final[dict[str, Kind]] = {
    **dict.fromkeys(ABBREVIATIONS, Kind.ABBREVIATION),
    **dict.fromkeys(TITLES, Kind.TITLE),
    **dict.fromkeys(NUMERAL_ABBREVIATIONS, Kind.NUMERAL),
}
"""Every listed abbreviation with its kind; a word on two lists takes the later one."""
