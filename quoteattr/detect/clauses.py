"""Where a reported clause and its speech tag begin and end, in one sentence's tokens.

``ClauseReader`` holds one sentence's tokens with the offsets earlier drafts
claimed, and the readings the reported-speech stage shares between its steps:
where a tag ends, where a cue's content starts (past an addressee, a channel,
an adverbial and "that") and where it ends (before a second tag, an aside, a
second verb or a new attribution).
"""

from __future__ import annotations

import bisect

from quoteattr.detect.claimed import ClaimedSpans
from quoteattr.document import Draft
from quoteattr.grammar.complements import addressee_end, past_channel
from quoteattr.grammar.cuematch import match_cue
from quoteattr.grammar.cuesubject import cue_subject
from quoteattr.grammar.speechtags import SpeechTag, tag_after
from quoteattr.lexicon.words import (
    COORDINATORS,
    RELATIVE_WORDS,
    SENTENCE_FINAL,
    TAG_ADVERBIALS,
    TAG_ENDS,
)
from quoteattr.model import Kind, Span
from quoteattr.segment.tokens import bare, is_word

MAX_TAG_REST = 10
"""Words of adverbial a trailing tag may carry after its cue ("in a filing on Tuesday")."""

MAX_NEW_SUBJECT = 5
"""Tokens in the subject of a clause that opens a new attribution ("but the senator said")."""


class ClauseReader:
    """One sentence's tokens, the offsets earlier drafts claimed, and the drafts read."""

    def __init__(self, text: str, sentence: Span, toks: list[Span], blocked: ClaimedSpans) -> None:
        self.text = text
        self.sentence = sentence
        self.toks = toks
        self.blocked = blocked
        self.starts = [t.start for t in toks]
        self.quoted = blocked.covers_each(self.starts)
        self.used = list(self.quoted)
        self.drafts: list[Draft] = []

    def _tag_rest(self, tag: SpeechTag, cue_end: int) -> int | None:
        """The index where a tag ends, or None if a clause follows its cue (a leading frame).

        After the cue a tag may name an addressee ("told reporters") and carry an
        adverbial that opens with a preposition or a time word ("in his filing",
        "on Tuesday"); anything else after the cue is the start of a clause.
        """
        toks = self.toks
        index = cue_end
        if tag.mention is not None and tag.mention.phrase.start > tag.cue.start:
            index = self._index_at(tag.mention.phrase.end)  # inverted: "…, said the expert"
        elif tag.entry.addressee and index < len(toks) and is_word(toks[index]):
            index = addressee_end(toks, index)
        index = past_channel(toks, index)
        if index < len(toks) and is_word(toks[index]) and bare(toks[index]) not in TAG_ADVERBIALS:
            return None
        words = 0
        while index < len(toks) and toks[index].text not in TAG_ENDS:
            if toks[index].text.lower() == "that" or match_cue(self.text, toks, index):
                return None
            words += is_word(toks[index])
            index += 1
        return index if words <= MAX_TAG_REST else None

    def _clause_start(self, first: int, before: int) -> int | None:
        """The first unused word at or after ``first`` and before ``before``."""
        for index in range(first, before):
            if not self.used[index] and is_word(self.toks[index]):
                return index
        return None

    def _clause_end(self, start: int, *, to_comma: bool = False) -> int:
        """The index after the clause that starts at ``start``.

        The clause runs to the end of the sentence, but stops before a second
        tag on it (``…, a news agency reported``), before ``, adding …``, before
        ``, according to X``, and before a clause with its own source and cue
        (``…, but he said …``); ``to_comma`` stops it at the first comma (a
        stance's target, a relative clause). Final punctuation is left out.
        """
        toks = self.toks
        end = len(toks)
        for index in range(start, len(toks)):
            if self.used[index] and not self.quoted[index]:
                end = index
                break
            if index > start and self._second_verb(index):
                end = index  # "X said A and said B", "X says A but has withheld B"
                break
            if toks[index].text == ":" and self._quotation_follows(index + 1):
                end = index  # "According to X, CLAUSE: “…”": the quotation is its own record
                break
            if toks[index].text == "," and (to_comma or self._aside_follows(index)):
                end = index  # ", who endorsed the mayor on Thursday, is making …"
                break
            if index > start and self._new_frame(index):
                end = index  # "…; 40 percent of voters say …", "…, but he said …"
                break
        while end > start and (
            toks[end - 1].text in SENTENCE_FINAL or toks[end - 1].text in {",", ";", ":"}
        ):
            end -= 1
        return end

    def _aside_follows(self, comma: int) -> bool:
        """Whether what follows ``comma`` is no more of the clause: ``according to X``,
        a participle (``adding …``) or a tag (``an agency reported``), which is claimed."""
        toks = self.toks
        if comma + 1 >= len(toks):
            return False
        found = match_cue(self.text, toks, comma + 1)
        if (found is not None and found[0].category == "source") or participle(toks[comma + 1]):
            return True
        tag = tag_after(self.text, toks[comma:])
        if tag is None or tag.mention is None:
            return False
        rest = self._tag_rest(tag, self._index_at(tag.cue.end))
        if rest is None:
            return False
        self._claim(comma, rest)
        return True

    def _second_verb(self, index: int) -> bool:
        """``and``/``but`` before a cue or an auxiliary: a second verb of the same subject."""
        toks = self.toks
        if bare(toks[index]) not in COORDINATORS or index + 1 >= len(toks):
            return False
        found = match_cue(self.text, toks, index + 1)
        return found is not None and found[0].frames_clause

    def _new_frame(self, index: int) -> bool:
        """Whether a clause with its own source and cue opens at ``toks[index]``.

        ``…, but he said CLAUSE`` and ``…; 40 percent of voters say CLAUSE``
        start a new attribution, which ends the content before them.
        """
        toks = self.toks
        if toks[index].text not in {",", ";"} and bare(toks[index]) not in COORDINATORS:
            return False
        first = index + 1
        if first < len(toks) and bare(toks[first]) in COORDINATORS:
            first += 1
        for cue in range(first + 1, min(first + 1 + MAX_NEW_SUBJECT, len(toks))):
            if not is_word(toks[cue]):
                return False
            found = match_cue(self.text, toks, cue)
            if found is not None and found[0].reports_words:
                mention = cue_subject(self.text, toks, cue, heading=False, previous=None)
                return (
                    mention is not None
                    and mention.phrase.start >= toks[first].start
                    and not any(bare(t) in RELATIVE_WORDS for t in toks[first:cue])
                )
        return False

    def _quotation_follows(self, index: int) -> bool:
        """Whether a quotation (after its opening mark) starts at ``toks[index]``."""
        while index < len(self.toks) and not is_word(self.toks[index]):
            index += 1
        return index < len(self.toks) and self.quoted[index]

    def _add(self, tag: SpeechTag, fragments: list[Span], how: str) -> None:
        outer = Span.of(self.text, fragments[0].start, fragments[-1].end)
        self.drafts.append(
            Draft(Kind.INDIRECT, outer, tuple(fragments), tag.cue, tag.mention, how, ())
        )

    def _claim(self, start: int, end: int) -> None:
        for index in range(start, min(end, len(self.toks))):
            self.used[index] = True

    def _span(self, start: int, end: int) -> Span:
        """The span covering tokens ``start`` to ``end`` (exclusive)."""
        return Span.of(self.text, self.toks[start].start, self.toks[end - 1].end)

    def _index_at(self, offset: int) -> int:
        """The index of the token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


def participle(token: Span) -> bool:
    """A lower-case "-ing" word: the start of a participial phrase after a comma."""
    word = token.text
    return len(word) > 4 and word.islower() and word.endswith("ing")
