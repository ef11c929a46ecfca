"""Speech tags read by position: verbs not in the cue table, and phrases of manner.

After a quotation whose words end in a comma, "!" or "?" (“No,” Ann hesitated.) the
words that follow are its tag, and novels tag with any verb of manner or gesture:
a past tense there is read as the tag's verb (``speechtags.tag_after``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from quoteattr.lexicon.words import (
    INDEFINITE_ARTICLES,
    NOT_PAST_TENSES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import bare


def past_tense_at(toks: Sequence[Span], index: int) -> bool:
    """Whether ``toks[index]`` looks like a regular past-tense verb ("hesitated",
    "yawned"): a lower-case word in -ed that is no other word ("need", "indeed")."""
    if index >= len(toks):
        return False
    word = toks[index].text
    return (
        word.isalpha() and word.islower() and word.endswith("ed") and (word not in NOT_PAST_TENSES)
    )


def manner_phrase(toks: Sequence[Span], index: int) -> bool:
    """Whether ``toks[index]`` opens a prepositional phrase of manner ("with a sigh", "in
    her low voice"): a preposition then an indefinite article or a possessive. A phrase
    that places a source ("a lawyer with the firm", "an analyst at Ajou University")
    names a definite or proper noun and stays in the mention."""
    if bare(toks[index]) not in MANNER_PREPOSITIONS or index + 1 >= len(toks):
        return False
    following = bare(toks[index + 1])
    return following in INDEFINITE_ARTICLES or following in POSSESSIVE_DETERMINERS


MANNER_PREPOSITIONS: Final = PREPOSITIONS - {"of", "for"}
"""Prepositions that may open a phrase of manner after a speaker; "of" and "for"
belong to a role ("a friend of the family", "a spokesman for a charity")."""
