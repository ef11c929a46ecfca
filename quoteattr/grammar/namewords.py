"""Names as word lists: particle surnames, prefixed surnames, acronyms, organisations.

The mention reader and the name index both ask these of a run of capitalised words.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.lexicon.tables import (
    NAME_PARTICLES,
    NAME_PREFIXES,
    ORGANIZATION_WORDS,
    SURNAME_PARTICLES,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import bare


def is_particle_surname(words: Sequence[str]) -> bool:
    """Whether a name of several words is a surname with its particles ("De Vries",
    "van der Berg"): it opens with a particle that can open a surname, and every word
    before the last is a particle, in either case."""
    return (
        len(words) >= 2
        and words[0].casefold() in SURNAME_PARTICLES
        and all(word.casefold() in NAME_PARTICLES for word in words[1:-1])
    )


def is_prefixed(word: str) -> bool:
    """A capitalised surname written with a lower-case prefix: "al-Assad"."""
    return word.startswith(NAME_PREFIXES) and word.partition("-")[2][:1].isupper()


def is_acronym(token: Span) -> bool:
    """An all-capitals word of two letters or more (ACME, ANA)."""
    return len(token.text) > 1 and token.text.isupper()


def is_organization(phrase: Sequence[Span]) -> bool:
    """Organisation words or an acronym make an organisation."""
    return any(bare(t) in ORGANIZATION_WORDS or is_acronym(t) for t in phrase)
