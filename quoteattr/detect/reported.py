"""Reported speech: attributions without quotation marks, read from speech frames.

Each sentence is read once, in three steps:

1. a speech tag that closes the clause before it (``CLAUSE, X said.`` /
   ``CLAUSE, said X.``), which may go on after the tag (``If A, he believes
   B``);
2. ``according to X`` before, after or inside its clause (``… could lead,
   according to the ministry, to …`` is one quote with two fragments);
3. leading frames, left to right: ``X said (that) CLAUSE``, ``X told Y that
   CLAUSE``, ``X promised to CLAUSE``, ``As X announced, CLAUSE``, and a
   second cue that shares the subject of the one before (``he said, adding
   CLAUSE``, ``X said A and said B``).

A cue inside content already claimed (a quotation, or the clause of an
earlier frame) is nested and gives no record, as the gold conventions say; so
does a second tag on the same clause (``…, X said, a news agency reported``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from attrs import frozen

from quoteattr.detect.claimed import ClaimedSpans
from quoteattr.detect.clauses import ClauseReader, participle
from quoteattr.document import Document, Draft
from quoteattr.grammar.complements import clause_start
from quoteattr.grammar.cuematch import match_cue, match_topic
from quoteattr.grammar.cuesubject import cue_subject, is_number, opens_with_speech, relative_opening
from quoteattr.grammar.headings import is_heading
from quoteattr.grammar.mentions import Mention, MentionForm, read_forward
from quoteattr.grammar.speechtags import SpeechTag, tag_after
from quoteattr.lexicon.cues import CUE_FIRST_WORDS, SOURCE_FIRST_WORDS, TOPIC_FIRST_WORDS, Cue
from quoteattr.lexicon.tables import EVIDENCE_SOURCES, NON_SOURCES, SAID_NOUNS
from quoteattr.lexicon.words import (
    CLAUSE_OPENERS,
    COORDINATORS,
    DOCUMENT_MODIFIER_OPENERS,
    GLOSS_OPENERS,
    MENTION_DETERMINERS,
    NO_CONTENT,
    NOUN_MARKERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TAG_ADVERBIALS,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import bare, is_word

MAX_INVERTED_WORDS = 6
"""Words in the source of ``…, said X`` that is not a name ("the agency spokesman")."""

MAX_HEAD_WORDS = 4
"""Words after a determiner searched for the head of a noun phrase ("the party’s latest
offer"); the head of a longer phrase is not looked for."""

MIN_TAGGED_CLAUSE = 4
"""Tokens before a mid-sentence tag below which they only open the content ("Beyond that,")."""

_CUE_WORD = re.compile(r"[A-Za-z]+")
_WITH_TOPICS = CUE_FIRST_WORDS | TOPIC_FIRST_WORDS


@frozen
class ReportedSpeech:
    """The stage ``reported``: reads ``sentences``, ``tokens`` and ``drafts``; adds a draft
    per reported clause that no earlier draft claimed. ``topics`` also reads topic cues."""

    topics: bool = False
    name: ClassVar[str] = "reported"
    reads: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "drafts")
    adds: ClassVar[tuple[str, ...]] = ("drafts",)

    def __call__(self, doc: Document) -> None:
        doc.drafts.extend(find_reported(doc, doc.drafts, topics=self.topics))


def find_reported(doc: Document, claimed: Sequence[Draft], *, topics: bool = False) -> list[Draft]:
    """Reported-speech drafts for the sentences of a document, in text order.

    ``claimed`` are the drafts already found from quotation marks: their content
    and cues are not read again, and a reported clause that overlaps one of
    them is left to it (the quotation's draft is the record). ``topics`` also
    reads topic cues ("talked about X"), which PARC-style corpora count.
    """
    text = doc.text
    blocked = ClaimedSpans(claimed)
    first_words = _WITH_TOPICS if topics else CUE_FIRST_WORDS
    drafts: list[Draft] = []
    for sentence in doc.sentences:
        if not _has_cue_word(sentence.text, first_words):
            continue
        toks = doc.tokens_between(sentence.start, sentence.end)
        for draft in _SentenceReader(text, sentence, toks, blocked, topics=topics).read():
            if not blocked.overlaps(draft):
                drafts.append(draft)
    return drafts


def _has_cue_word(sentence: str, first_words: frozenset[str]) -> bool:
    """An O(words) pre-check: most sentences have no cue, and need no tokens."""
    return any(m.group().lower() in first_words for m in _CUE_WORD.finditer(sentence))


class _SentenceReader(ClauseReader):
    """The reported-speech frames of one sentence, read in three steps."""

    def __init__(
        self, text: str, sentence: Span, toks: list[Span], blocked: ClaimedSpans, *, topics: bool
    ) -> None:
        super().__init__(text, sentence, toks, blocked)
        self.topics = topics

    def read(self) -> list[Draft]:
        self._trailing_tag()
        self._according_to()
        self._leading_frames()
        return sorted(self.drafts, key=lambda d: (d.content.start, d.content.end))

    # -- step 1: CLAUSE, X said.

    def _trailing_tag(self) -> None:
        toks = self.toks
        for comma, token in enumerate(toks):
            if token.text != "," or self.used[comma]:
                continue
            tag = tag_after(self.text, toks[comma:])
            if tag is None or tag.mention is None or not _can_tag(tag):
                continue
            inverted = tag.mention.phrase.start > tag.cue.start
            if inverted and not self._inverted_source(tag.cue, tag.mention):
                continue
            if tag.cue.text.lower().endswith("ing"):
                continue  # ", telling the council to …": a participle, not a tag
            cue_end = self._index_at(tag.cue.end)
            if self.used[self._index_at(tag.cue.start)]:
                continue
            rest = self._tag_rest(tag, cue_end)
            if rest is None:
                continue
            first = self._clause_start(0, comma)
            if first is None:
                continue
            if tag.entry.channel and opens_with_speech(self.text, toks, first, comma):
                return  # "X said A, an agency reported": the agency relays; X is the source
            fragments = [self._span(first, comma)]
            tail = self._continuation(
                rest,
                inverted=inverted,
                opener_only=comma - first < MIN_TAGGED_CLAUSE,
            )
            if tail is not None:
                fragments.append(tail)
            self._add(tag, fragments, "tag-after")
            self._claim(0, rest)
            return

    def _continuation(self, rest: int, *, inverted: bool, opener_only: bool) -> Span | None:
        """The clause going on after a mid-sentence tag: ``If A, he believes, B``.

        A clause opener (a pronoun, "and", "because") goes on with the content;
        so does anything after a tag that follows only an opener (``Beyond
        that, she said, the plan may …``). Otherwise what follows is a gloss
        the journalist adds (", the latest in …", ", while …", ", adding …")
        or, after ``said X``, X's appositive.
        """
        toks = self.toks
        if rest + 1 >= len(toks) or toks[rest].text != ",":
            return None
        opener = bare(toks[rest + 1])
        if not self._goes_on(toks[rest + 1], inverted=inverted, opener_only=opener_only):
            return None
        if match_cue(self.text, toks, rest + 2) is not None:
            return None
        if tag_after(self.text, toks[rest:]) is not None:
            return None  # a second tag: "…, X said, a news agency reported"
        start = rest + 2 if opener in COORDINATORS else rest + 1
        end = self._clause_end(start)
        return self._span(start, end) if end > start else None

    def _inverted_source(self, cue: Span, mention: Mention) -> bool:
        """Whether ``said X`` names a source: X follows the cue and is a short noun phrase.

        ``…, has threatened to leave the talks`` and ``…, said Smith failed
        to address …`` are a verb phrase and a clause, not a tag.
        """
        between = self.toks[self._index_at(cue.end) : self._index_at(mention.phrase.start)]
        words = len(mention.phrase.text.split())
        return all(bare(t) in TAG_ADVERBIALS and bare(t) != "to" for t in between) and (
            words <= MAX_INVERTED_WORDS or mention.form is MentionForm.NAME
        )

    @staticmethod
    def _goes_on(token: Span, *, inverted: bool, opener_only: bool) -> bool:
        """Whether the word after a mid-sentence tag carries the content on."""
        opener = bare(token)
        if opener in SUBJECT_PRONOUNS | COORDINATORS | CLAUSE_OPENERS:
            return True
        if not is_word(token) or (inverted and not opener_only):
            return False
        return opener_only or not (
            opener in MENTION_DETERMINERS | GLOSS_OPENERS or participle(token)
        )

    # -- step 2: according to X

    def _according_to(self) -> None:
        lowered = self.sentence.text.lower()
        if not any(word in lowered for word in SOURCE_FIRST_WORDS):
            return  # most sentences have no "according to"
        toks = self.toks
        for index in range(len(toks)):
            if self.used[index]:
                continue
            found = match_cue(self.text, toks, index)
            if found is None or found[0].category != "source":
                continue
            entry, after = found
            read = read_forward(self.text, toks, after)
            if read is None or bare(toks[read[1] - 1]) in NON_SOURCES:
                continue
            mention, phrase_end = read
            phrase_end = self._phrase_end(phrase_end)
            cue = self._span(index, after)
            fragments = self._source_fragments(index, phrase_end)
            if not fragments:
                continue
            self._add(SpeechTag(cue, entry, mention), fragments, "according-to")
            self._claim(0, len(toks))

    def _phrase_end(self, index: int) -> int:
        """The end of the source phrase: "local media reports", "assessments from the ministry"."""
        toks = self.toks
        while index < len(toks) and toks[index].text not in {",", ".", ";", ":", "—", "–"}:
            index += 1
        return index

    def _source_fragments(self, cue: int, phrase_end: int) -> list[Span]:
        toks = self.toks
        before = self._clause_start(0, cue)
        if before is not None and cue > 0 and toks[cue - 1].text in {",", "—", "–", "("}:
            fragments = [self._span(before, cue - 1)]
            if phrase_end < len(toks) and toks[phrase_end].text == ",":
                end = self._clause_end(phrase_end + 1)
                if end > phrase_end + 1:
                    fragments.append(self._span(phrase_end + 1, end))
            return fragments
        if before is None or cue == 0 or self._only_openers(cue):
            if phrase_end < len(toks) and toks[phrase_end].text == ",":
                end = self._clause_end(phrase_end + 1)
                if end > phrase_end + 1:
                    return [self._span(phrase_end + 1, end)]
            return []
        return [self._span(before, cue)] if before < cue else []

    def _only_openers(self, index: int) -> bool:
        """Whether only an introductory adverbial ("Meanwhile,", "But") stands before ``index``."""
        return all(not is_word(t) or bare(t) in COORDINATORS for t in self.toks[:index])

    # -- step 3: X said (that) CLAUSE

    def _leading_frames(self) -> None:
        toks = self.toks
        index = 0
        while index < len(toks):
            found = None if self.used[index] else self._leading_cue(index)
            if found is None or not found[0].frames_clause:
                index += 1
                continue
            entry, after = found
            mention = cue_subject(
                self.text, toks, index, heading=is_heading(self.sentence), previous=self._previous()
            )
            if mention is None:
                index += 1
                continue
            start = clause_start(self.text, toks, after, entry)
            end = self._clause_end(
                start,
                to_comma=entry.target or relative_opening(toks, index),
            )
            if (
                not self._is_content(start, end)
                or not self._can_be_said(entry, start, end)
                or (
                    entry.category == "evidence"
                    and toks[start - 1].text.lower() != "that"
                    and not _documentary(mention)
                )
            ):
                index += 1
                continue
            cue = self._span(index, after)
            self._add(SpeechTag(cue, entry, mention), [self._span(start, end)], "cue-before")
            self._claim(index, end)
            index = max(end, index + 1)

    def _leading_cue(self, index: int) -> tuple[Cue, int] | None:
        """The cue at ``index``; a topic cue comes first when topics are read ("asked about")."""
        if self.topics:
            found = match_topic(self.text, self.toks, index)
            if found is not None:
                return found
        return match_cue(self.text, self.toks, index)

    def _is_content(self, start: int, end: int) -> bool:
        """Words that can be reported content: not a passive's agent ("supported by the board")
        nor a pro-form ("said so")."""
        words = [t for t in self.toks[start:end] if is_word(t)]
        if not words:
            return False
        first = bare(self.toks[start])
        if first == "about" and start + 1 < end:
            following = self.toks[start + 1]  # "said about half of …", not "asked about"
            return is_number(following) or bare(following) == "a"  # "about a third"
        return first not in NO_CONTENT

    def _can_be_said(self, cue: Cue, start: int, end: int) -> bool:
        """Whether content after a said-object cue can be what was said: a clause, or a
        noun phrase whose head names something said ("denied the charges"), not any
        object ("denied bail", "rejected the figures")."""
        if not cue.said_object or bare(self.toks[start]) not in NOUN_MARKERS:
            return True
        if start > 0 and bare(self.toks[start - 1]) == "that":
            return True  # "denied that the figures were wrong": a clause
        for token in self.toks[start + 1 : min(end, start + 1 + MAX_HEAD_WORDS)]:
            word = bare(token)
            if word in SAID_NOUNS:
                return True
            if word in PREPOSITIONS or not is_word(token):
                break  # past the head: "the figures from the ministry"
        return False

    def _previous(self) -> Mention | None:
        """The source of the latest frame read in this sentence."""
        return next((d.mention for d in reversed(self.drafts) if d.mention is not None), None)


def _documentary(mention: Mention) -> bool:
    """Whether a mention is a poll, record or study, whose findings are attributions."""
    words: list[str] = []
    for word in mention.phrase.text.lower().split():
        if word in DOCUMENT_MODIFIER_OPENERS or (words and word.endswith("ed")):
            break  # "an email unearthed by reporters", "the records of the agency"
        words.append(word.strip("’',"))
    return bool(words) and words[-1] in EVIDENCE_SOURCES


def _can_tag(tag: SpeechTag) -> bool:
    """Whether a tag can close a clause ("…, experts said", "…, polls show")."""
    if tag.entry.category == "evidence":
        return tag.mention is not None and _documentary(tag.mention)
    return tag.entry.reports_words
