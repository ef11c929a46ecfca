"""Word tokens with exact offsets, for the attribution rules.

A token is a Span: a word (letters and digits, with inner apostrophes, hyphens
and dots, as in "Smith’s", "Min-ho", "U.S") or one punctuation character.
"""

from __future__ import annotations

import re

from quoteattr.model import Span

_TOKEN = re.compile(r"\w(?:[\w’'\-.]*\w)?|[^\w\s]")

_CONTRACTION = re.compile(r"(\w+)(?:[’'](s|ve|d|ll|re|m))?", re.IGNORECASE)
"""A word with an auxiliary contracted onto it ("he’s", "they've", "I'd")."""


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Span.of_match(m) for m in _TOKEN.finditer(text, start, stop)]


def token_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the tokens of ``text[start:end]``, without building spans."""
    stop = len(text) if end is None else end
    return [m.span() for m in _TOKEN.finditer(text, start, stop)]


def is_word(token: Span) -> bool:
    """Whether the token is a word rather than punctuation."""
    return token.text[0].isalnum() or token.text[0] == "_"


def is_capitalized(token: Span) -> bool:
    """Whether the token starts with an upper-case letter (a name candidate)."""
    return token.text[0].isupper()


def bare(token: Span) -> str:
    """The token lower-cased, without a possessive ending ("Smith’s" → "smith")."""
    word = token.text.lower()
    for ending in ("’s", "'s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def is_possessive(token: Span) -> bool:
    """Whether the token ends in a possessive 's."""
    return token.text.endswith(("’s", "'s"))


def split_contraction(token: Span) -> tuple[str, bool] | None:
    """The word of a token and whether an auxiliary is contracted onto it.

    "he’s" → ("he", True), "they" → ("they", False); None for a token that is not a
    plain word (punctuation, "U.S", "well-known"). "Smith’s" gives ("Smith",
    True): a possessive looks the same, so callers check the word.
    """
    found = _CONTRACTION.fullmatch(token.text)
    if found is None:
        return None
    return found.group(1), found.group(2) is not None
