"""Reporting nouns after a possessive source: ``the mayor’s claim that CLAUSE``.

A claim, pledge or warning owned by a possessive ("the candidate’s pledge to
raise taxes", "the senator’s claim that the bill is dead") attributes its
clause to the possessor even with no reporting verb. The noun counts only with
its complement ("that", "to", "for", as ``cue_nouns.tsv`` lists for each noun);
"the mayor’s claims were checked" reports nothing. The clause runs to the next
comma, dash or parenthesis, or to the end of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from attrs import frozen

from quoteattr.detect.claimed import ClaimedSpans
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, read_backward
from quoteattr.lexicon.tables import CUE_NOUNS
from quoteattr.lexicon.words import CLAUSE_STOPS, SENTENCE_FINAL
from quoteattr.model import Kind, Span
from quoteattr.segment.tokens import is_possessive, is_word

MAX_MODIFIERS = 2
"""Words between the possessive and the noun ("Smith’s repeated claim", "his new pledge")."""


@frozen
class NounCues:
    """The stage ``noun-cues``: reads ``sentences``, ``tokens`` and ``drafts``; adds a
    draft per possessive reporting noun with its clause that no earlier draft claimed."""

    name: ClassVar[str] = "noun-cues"
    reads: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "drafts")
    adds: ClassVar[tuple[str, ...]] = ("drafts",)

    def __call__(self, doc: Document) -> None:
        doc.drafts.extend(find_noun_cues(doc, doc.drafts))


def find_noun_cues(doc: Document, claimed: Sequence[Draft]) -> list[Draft]:
    """Drafts for the possessive reporting nouns of a document, in text order.

    A cue or clause that overlaps an earlier draft (``claimed``) gives no record.
    """
    text = doc.text
    blocked = ClaimedSpans(claimed)
    drafts: list[Draft] = []
    for sentence in doc.sentences:
        lowered = sentence.text.lower()
        if "’s" not in lowered and "'s" not in lowered:
            continue  # most sentences have no possessive
        toks = doc.tokens_between(sentence.start, sentence.end)
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
    """The mention that owns the noun: "the mayor" in "the mayor’s repeated claim"."""
    for owner in range(noun - 1, max(noun - 2 - MAX_MODIFIERS, -1), -1):
        if not is_word(toks[owner]):
            return None
        if is_possessive(toks[owner]):
            token = toks[owner]
            owner_word = Span.of(text, token.start, token.end - 2)  # "mayor’s" → "mayor"
            return read_backward(text, [*toks[:owner], owner_word], owner + 1)
    return None
