"""What stands between a cue and its clause: an addressee, a channel, an adverbial, "that".

"told reporters on Tuesday that CLAUSE", "said in a statement that CLAUSE",
"warned last week that CLAUSE": the clause a cue reports starts after these.
``clause_start`` finds it, for a quotation's governing cue and for reported
speech alike, so that both read a cue's complement by one rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from quoteattr.grammar.cuematch import match_cue
from quoteattr.lexicon.cues import Cue
from quoteattr.lexicon.tables import CHANNELS, MAX_CHANNEL_WORDS
from quoteattr.lexicon.words import MENTION_DETERMINERS, TIME_WORDS
from quoteattr.model import Span
from quoteattr.segment.tokens import bare, is_capitalized, is_word

MAX_ADDRESSEE: Final = 7
"""Words an addressee may have before its "that" ("told the state news agency that")."""

MAX_THAT_GAP: Final = 10
"""Tokens between a cue and the "that" it governs ("said in a statement on Tuesday that")."""

CLAUSE_MARKERS: Final = frozenset({",", "that", ":", "—", "–"})
"""What may stand between a cue's complement and its clause, and belongs to neither."""


def clause_start(text: str, toks: Sequence[Span], after: int, cue: Cue) -> int:
    """The index where the clause of the cue ending at ``toks[after - 1]`` starts: past an
    addressee (a cue with that property), a channel, an adverbial before "that", the
    markers, and the "of" of a multi-word cue ("raised the possibility of")."""
    index = after
    if cue.addressee and index < len(toks):
        index = addressee_end(toks, index)
    index = past_channel(toks, index)
    if index < len(toks) and bare(toks[index]) in TIME_WORDS:
        for ahead in range(index, min(index + MAX_THAT_GAP, len(toks))):
            if toks[ahead].text in {",", ";"} or match_cue(text, toks, ahead):
                break
            if toks[ahead].text.lower() == "that":
                index = ahead
                break
    while index < len(toks) and toks[index].text.lower() in CLAUSE_MARKERS:
        index += 1
    if len(cue.words) > 1 and index < len(toks) and toks[index].text.lower() == "of":
        index += 1
    return index


def addressee_end(toks: Sequence[Span], index: int) -> int:
    """The index after the addressee that starts at ``toks[index]``: up to its "that", else
    one word (two after a determiner) and the capitalised words of a name ("told the
    broadcaster that", "told Acme News")."""
    for ahead in range(index, min(index + MAX_ADDRESSEE, len(toks))):
        if not is_word(toks[ahead]):
            break
        if bare(toks[ahead]) == "that":
            return ahead
    end = index + 1
    if bare(toks[index]) in MENTION_DETERMINERS:
        end = index + 2
    while end < len(toks) and is_capitalized(toks[end]) and is_capitalized(toks[end - 1]):
        end += 1
    return min(end, len(toks))


def past_channel(toks: Sequence[Span], index: int) -> int:
    """The index after a channel at ``toks[index]`` ("in a statement", "on Twitter")."""
    for size in range(min(MAX_CHANNEL_WORDS, len(toks) - index), 0, -1):
        words = tuple(t.text.lower() for t in toks[index : index + size])
        if words in CHANNELS:
            return index + size
    return index
