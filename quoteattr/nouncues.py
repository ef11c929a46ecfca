"""Reporting nouns after a possessive source: ``Trump’s claim that CLAUSE``.

A claim, pledge or warning owned by a possessive ("Clinton’s pledge to raise
taxes", "the senator’s claim that the bill is dead") attributes its clause to
the possessor even with no reporting verb. The noun counts only with its
complement ("that", "to", "for", as ``cue_nouns.tsv`` lists for each noun);
"Trump’s claims were checked" reports nothing. The clause runs to the next
comma, dash or parenthesis, or to the end of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.attribution import SENTENCE_FINAL, Draft
from quoteattr.lexicon import CUE_NOUNS
from quoteattr.mentions import Mention, read_backward
from quoteattr.model import Kind, Span
from quoteattr.taken import TakenSpans
from quoteattr.tokens import is_possessive, is_word, tokens

CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})
"""Punctuation that ends a noun's clause inside the sentence."""

MAX_MODIFIERS = 2
"""Words between the possessive and the noun ("Trump’s repeated claim", "his new pledge")."""


def find_noun_cues(text: str, sentences: Sequence[Span], taken: Sequence[Draft]) -> list[Draft]:
    """Drafts for the possessive reporting nouns of a document, in text order.

    A cue or clause that overlaps an earlier draft (``taken``) gives no record.
    """
    blocked = TakenSpans(taken)
    drafts: list[Draft] = []
    for sentence in sentences:
        lowered = sentence.text.lower()
        if "’s" not in lowered and "'s" not in lowered:
            continue  # most sentences have no possessive
        toks = tokens(text, sentence.start, sentence.end)
        for index, token in enumerate(toks):
            if token.text.lower() not in CUE_NOUNS or blocked.covers(token.start):
                continue
            draft = _noun_cue(text, toks, index)
            if draft is not None and not blocked.overlaps(draft):
                drafts.append(draft)
    return drafts


def _noun_cue(text: str, toks: Sequence[Span], noun: int) -> Draft | None:
    complement = noun + 1
    if complement + 1 >= len(toks):
        return None
    if toks[complement].text.lower() not in CUE_NOUNS[toks[noun].text.lower()]:
        return None
    source = _possessor(text, toks, noun)
    if source is None:
        return None
    start = complement if toks[complement].text.lower() == "to" else complement + 1
    end = start
    while end < len(toks) and toks[end].text not in CLAUSE_STOPS:
        end += 1
    while end > start and toks[end - 1].text in SENTENCE_FINAL:
        end -= 1
    if not any(is_word(t) for t in toks[start:end]):
        return None
    content = Span.of(text, toks[start].start, toks[end - 1].end)
    cue = toks[noun]
    return Draft(Kind.INDIRECT, content, (content,), cue, source, "noun-cue", ())


def _possessor(text: str, toks: Sequence[Span], noun: int) -> Mention | None:
    """The mention that owns the noun: "Trump" in "Trump’s repeated claim"."""
    for owner in range(noun - 1, max(noun - 2 - MAX_MODIFIERS, -1), -1):
        if not is_word(toks[owner]):
            return None
        if is_possessive(toks[owner]):
            token = toks[owner]
            owner_word = Span.of(text, token.start, token.end - 2)  # "Clinton’s" → "Clinton"
            return read_backward(text, [*toks[:owner], owner_word], owner + 1)
    return None
