"""A passage in its sentence: the lead before it, the tail after it, and the cue that
governs it, read once per passage and extended in place for a sentence of many."""

from __future__ import annotations

from typing import NamedTuple

from quoteattr.document import Document, Passage
from quoteattr.grammar.governing import last_cue
from quoteattr.lexicon.cues import Cue
from quoteattr.lexicon.words import CLOSING_QUOTES
from quoteattr.model import Span


class Reading(NamedTuple):
    """One passage in its sentence context.

    The tokens before and after the passage in its sentence are sliced from the
    document's tokens when asked for, not kept: a sentence of many quotations would
    otherwise hold a copy of itself per quotation. A named tuple, made once per
    quotation at a fraction of a frozen class's cost.
    """

    passage: Passage
    sentence: Span
    doc: Document
    before: tuple[int, int]
    """The offsets of the lead: the sentence's start and the passage's opening mark."""
    after: tuple[int, int]
    """The offsets of the tail: the passage's end and the sentence's end."""
    since: int
    """The index in ``lead`` just after its last closing quotation mark (0: none)."""
    lead_size: int
    """How many tokens ``lead`` has."""
    governing: tuple[Cue, int, int] | None
    """The last cue in ``lead``."""

    @property
    def lead(self) -> list[Span]:
        """The sentence's tokens before the passage's opening mark."""
        return self.doc.tokens_between(*self.before)

    @property
    def tail(self) -> list[Span]:
        """The sentence's tokens after the passage."""
        return self.doc.tokens_between(*self.after)


def read(
    doc: Document, passage: Passage, before: Reading | None, before_lead: list[Span]
) -> tuple[Reading, list[Span]]:
    """The passage in its sentence, and its lead.

    When the lead extends ``before_lead``, the lead of the passage ``before`` (two
    quotations in one sentence), that list grows in place and what is known of it
    is not read again: a sentence of many quotations is read once, not once per
    quotation.
    """
    text = doc.text
    found = doc.sentence_at(passage.opening)
    opening_sentence = found or Span.of(text, 0, 0)
    last = max(passage.after - 1, passage.content.start)
    if found is not None and last < found.end:  # sentences do not overlap: the same one
        closing_sentence = found
    else:
        closing_sentence = doc.sentence_at(last) or opening_sentence
    s_start = opening_sentence.start
    opening = max(s_start, passage.opening)
    end = max(closing_sentence.end, passage.after)  # not a copy per quotation of a sentence:
    sentence = opening_sentence if end == opening_sentence.end else Span.of(text, s_start, end)
    if before is not None and _extends(doc, before, s_start, opening):
        lead = before_lead
        lead.extend(doc.tokens_between(before.before[1], opening))
        since = lead_since(lead, before.lead_size, before.since)
        governing = last_cue(text, lead, known=(before.lead_size, before.governing))
    else:
        lead = doc.tokens_between(s_start, opening)
        since, governing = lead_since(lead, 0, 0), last_cue(text, lead)
    tail = (passage.after, max(passage.after, closing_sentence.end))
    reading = Reading(passage, sentence, doc, (s_start, opening), tail, since, len(lead), governing)
    return reading, lead


def _extends(doc: Document, before: Reading, start: int, opening: int) -> bool:
    """Whether the lead from ``start`` to ``opening`` is the lead of the passage ``before``
    and more: the same start, and an end that cuts no token."""
    end = before.before[1]
    return before.before[0] == start and end <= opening and not doc.cuts_token(end)


def lead_since(lead: list[Span], floor: int, known: int) -> int:
    """The index after the last closing quotation mark of ``lead`` at or after ``floor``,
    else ``known`` (the answer for ``lead[:floor]``)."""
    for index in range(len(lead) - 1, floor - 1, -1):
        if lead[index].text in CLOSING_QUOTES:
            return index + 1
    return known
