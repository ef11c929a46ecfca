"""Dialogue tags read by where they stand rather than by the cue table.

After a quotation whose words end in a comma, "!" or "?" the words that follow are its
tag, and fiction tags with any verb (“No,” Ann hesitated.) or with a noun of words said
(“No,” was her answer.). Each reader returns the tag's cue span, a manner cue made for
its word, and the source mention; ``speechtags.tag_after`` asks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from quoteattr.grammar.cuematch import cue_span
from quoteattr.grammar.mentions import (
    MAX_PHRASE_TOKENS,
    Mention,
    MentionForm,
    is_adverb,
    is_name_word,
    read_backward,
    read_forward,
)
from quoteattr.grammar.tagverbs import past_tense_at
from quoteattr.lexicon.cues import Cue, manner_cue
from quoteattr.lexicon.tables import REPLY_NOUNS
from quoteattr.lexicon.words import POSSESSIVE_DETERMINERS
from quoteattr.model import Span
from quoteattr.segment.tokens import bare, is_possessive, is_word

Found = tuple[Span, Cue, Mention]
"""A tag read by position: its cue span, its cue, its source mention."""


def owned_words(text: str, toks: Sequence[Span], index: int) -> Found | None:
    """``was Ann’s answer`` / ``was her reply`` from ``toks[index]``: a possessor, perhaps
    an adjective ("farewell"), then a noun of words said; the possessor is the source."""
    owner = index
    while owner < len(toks) and not (
        is_possessive(toks[owner]) or bare(toks[owner]).lower() in POSSESSIVE_DETERMINERS
    ):
        if not is_name_word(toks, owner) or owner - index >= MAX_PHRASE_TOKENS:
            return None
        owner += 1
    if owner >= len(toks):
        return None
    noun = owner + 1
    if noun + 1 < len(toks) and bare(toks[noun + 1]).lower() in REPLY_NOUNS:
        noun += 1  # "her farewell remark"
    if noun >= len(toks) or bare(toks[noun]).lower() not in REPLY_NOUNS:
        return None
    last = toks[owner]
    if not is_possessive(last):  # "her answer": the owner is the pronoun's person
        pronoun = Mention(last, MentionForm.PRONOUN, last)
        return cue_span(text, toks, noun, noun + 1), manner_cue(toks[noun].text), pronoun
    last = Span.of(text, last.start, last.end - 2)  # the owner without its "’s"
    mention = read_backward(text, [*toks[index:owner], last], owner - index + 1)
    if mention is None:
        return None
    return cue_span(text, toks, noun, noun + 1), manner_cue(toks[noun].text), mention


BE_PAST: Final = frozenset({"was"})
"""The verb that links a quotation to the noun naming it ("“No,” was her answer")."""


def subject_then_verb(text: str, toks: Sequence[Span], index: int) -> Found | None:
    """``Ann hesitated`` from ``toks[index]``: a mention, then its tag verb (``tag_after``'s
    ``continued``)."""
    found = _verb_after_subject(toks, index)
    if found is None:
        return None
    end, verb = found
    read = read_forward(text, toks[:end], index)
    if read is None or read[1] != end:
        return None
    return cue_span(text, toks, verb, verb + 1), manner_cue(toks[verb].text), read[0]


def _verb_after_subject(toks: Sequence[Span], index: int) -> tuple[int, int] | None:
    """Where the subject that opens at ``toks[index]`` ends and its past-tense verb
    stands: the first such verb within a phrase's length, after at most an adverb
    ("Ann cautiously agreed"); None if a mark other than a title's period comes first."""
    for verb in range(index + 1, min(len(toks), index + 1 + MAX_PHRASE_TOKENS)):
        if not is_word(toks[verb]) and toks[verb].text != ".":  # "Mr. Lee"
            return None
        if past_tense_at(toks, verb):
            return (verb - 1 if is_adverb(toks[verb - 1]) else verb), verb
    return None
