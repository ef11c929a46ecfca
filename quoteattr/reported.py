"""Reported speech: attributions without quotation marks, read from cue frames.

Each sentence is read once, in three steps:

1. a speech tag that closes the clause before it (``CLAUSE, X said.`` /
   ``CLAUSE, said X.``), which may go on after the tag (``If A, he believes
   B``);
2. ``according to X`` before, after or inside its clause (``… could lead,
   according to Washington, to …`` is one quote with two fragments);
3. leading frames, left to right: ``X said (that) CLAUSE``, ``X told Y that
   CLAUSE``, ``X promised to CLAUSE``, ``As X announced, CLAUSE``, and a
   second cue that shares the subject of the one before (``he said, adding
   CLAUSE``, ``X said A and said B``).

A cue inside content already taken (a quotation, or the clause of an earlier
frame) is nested and gives no record, as the gold conventions say; so does a
second tag on the same clause (``…, Peskov said, RIA Novosti reported``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quoteattr.attribution import SENTENCE_FINAL, Draft, is_heading
from quoteattr.clausewords import (
    CHANNEL_LEMMAS,
    CLAUSE_OPENERS,
    DOCUMENT_MODIFIER_OPENERS,
    GLOSS_OPENERS,
    MAX_ADDRESSEE,
    MAX_INVERTED_WORDS,
    MAX_NEW_SUBJECT,
    MAX_TAG_REST,
    MAX_THAT_GAP,
    MIN_TAGGED_CLAUSE,
    NO_CONTENT,
    READ_AS_SPEECH,
    READ_AS_TAG,
    RELATIVE_WORDS,
    SOURCE_FIRST_WORDS,
    SUBJECT_PRONOUNS,
    TAG_ADVERBIALS,
    TAG_ENDS,
    TAG_OPENERS,
    TARGETS,
    TIME_WORDS,
)
from quoteattr.frames import Frame, match_cue, match_topic, trailing_frame
from quoteattr.lexicon import (
    CHANNELS,
    CUE_FIRST_WORDS,
    DETERMINERS,
    EVIDENCE_SOURCES,
    MAX_CHANNEL_WORDS,
    NON_SOURCES,
    TOPIC_FIRST_WORDS,
    Cue,
)
from quoteattr.mentions import Mention, MentionForm, read_forward
from quoteattr.model import Kind, Span
from quoteattr.subjects import (
    COORDINATORS,
    cue_subject,
    is_number,
    opens_with_speech,
    relative_opening,
)
from quoteattr.taken import TakenSpans
from quoteattr.tokens import bare, is_capitalized, is_word, tokens

_CUE_WORD = re.compile(r"[A-Za-z]+")
_WITH_TOPICS = CUE_FIRST_WORDS | TOPIC_FIRST_WORDS


def find_reported(
    text: str, sentences: Sequence[Span], taken: Sequence[Draft], *, topics: bool = False
) -> list[Draft]:
    """Reported-speech drafts for the sentences of a document, in text order.

    ``taken`` are the drafts already found from quotation marks: their content
    and cues are not read again, and a reported clause that overlaps one of
    them is left to it (the quotation's draft is the record). ``topics`` also
    reads topic cues ("talked about X"), which PARC-style corpora count.
    """
    blocked = TakenSpans(taken)
    first_words = _WITH_TOPICS if topics else CUE_FIRST_WORDS
    drafts: list[Draft] = []
    for sentence in sentences:
        if not _has_cue_word(sentence.text, first_words):
            continue
        toks = tokens(text, sentence.start, sentence.end)
        for draft in _SentenceReader(text, sentence, toks, blocked, topics=topics).read():
            if not blocked.overlaps(draft):
                drafts.append(draft)
    return drafts


def _has_cue_word(sentence: str, first_words: frozenset[str]) -> bool:
    """An O(words) pre-check: most sentences have no cue, and need no tokens."""
    return any(m.group().lower() in first_words for m in _CUE_WORD.finditer(sentence))


class _SentenceReader:
    """The reported-speech frames of one sentence."""

    def __init__(
        self, text: str, sentence: Span, toks: list[Span], blocked: TakenSpans, *, topics: bool
    ) -> None:
        self.text = text
        self.topics = topics
        self.sentence = sentence
        self.toks = toks
        self.blocked = blocked
        self.starts = [t.start for t in toks]
        self.quoted = [blocked.covers(t.start) for t in toks]
        self.used = list(self.quoted)
        self.drafts: list[Draft] = []

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
            frame = trailing_frame(self.text, toks[comma:])
            if frame is None or frame.mention is None or not _can_tag(frame):
                continue
            inverted = frame.mention.phrase.start > frame.cue.start
            if inverted and not self._inverted_source(frame.cue, frame.mention):
                continue
            if frame.cue.text.lower().endswith("ing"):
                continue  # ", telling the broadcaster to …": a participle, not a tag
            cue_end = self._index_at(frame.cue.end)
            if self.used[self._index_at(frame.cue.start)]:
                continue
            rest = self._tag_rest(frame, cue_end)
            if rest is None:
                continue
            first = self._clause_start(0, comma)
            if first is None:
                continue
            if frame.entry.lemma in CHANNEL_LEMMAS and opens_with_speech(
                self.text, toks, first, comma
            ):
                return  # "Putin said A, RIA Novosti reported": a channel; Putin is the source
            fragments = [self._span(first, comma)]
            tail = self._continuation(
                rest,
                inverted=inverted,
                opener_only=comma - first < MIN_TAGGED_CLAUSE,
            )
            if tail is not None:
                fragments.append(tail)
            self._add(frame, fragments, "tag-after")
            self._claim(0, rest)
            return

    def _tag_rest(self, frame: Frame, cue_end: int) -> int | None:
        """The index where a tag ends, or None if a clause follows its cue (a leading frame).

        After the cue a tag may name an addressee ("told AFP") and carry an
        adverbial that opens with a preposition or a time word ("in his filing",
        "on Tuesday"); anything else after the cue is the start of a clause.
        """
        toks = self.toks
        index = cue_end
        if frame.mention is not None and frame.mention.phrase.start > frame.cue.start:
            index = self._index_at(frame.mention.phrase.end)  # inverted: "…, said the expert"
        elif frame.entry.lemma == "tell" and index < len(toks) and is_word(toks[index]):
            index = self._addressee_end(index)
        index = self._skip_channel(index)
        if index < len(toks) and is_word(toks[index]) and bare(toks[index]) not in TAG_ADVERBIALS:
            return None
        words = 0
        while index < len(toks) and toks[index].text not in TAG_ENDS:
            if toks[index].text.lower() == "that" or match_cue(self.text, toks, index):
                return None
            words += is_word(toks[index])
            index += 1
        return index if words <= MAX_TAG_REST else None

    def _continuation(self, rest: int, *, inverted: bool, opener_only: bool) -> Span | None:
        """The clause going on after a mid-sentence tag: ``If A, he believes, B``.

        A clause opener (a pronoun, "and", "because") goes on with the content;
        so does anything after a tag that follows only an opener (``Beyond
        that, he said, the bank may …``). Otherwise what follows is a gloss
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
        if trailing_frame(self.text, toks[rest:]) is not None:
            return None  # a second tag: "…, Peskov said, RIA Novosti reported"
        start = rest + 2 if opener in TAG_OPENERS else rest + 1
        end = self._clause_end(start)
        return self._span(start, end) if end > start else None

    def _inverted_source(self, cue: Span, mention: Mention) -> bool:
        """Whether ``said X`` names a source: X follows the cue and is a short noun phrase.

        ``…, has threatened to leave the exchanges`` and ``…, said Obama failed
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
        if opener in SUBJECT_PRONOUNS | TAG_OPENERS | CLAUSE_OPENERS:
            return True
        if not is_word(token) or (inverted and not opener_only):
            return False
        return opener_only or not (opener in DETERMINERS | GLOSS_OPENERS or _participle(token))

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
            self._add(Frame(cue, entry, mention), fragments, "according-to")
            self._claim(0, len(toks))

    def _phrase_end(self, index: int) -> int:
        """The end of the source phrase: "Russian media reports", "assessments from Washington"."""
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
        return all(
            not is_word(t) or bare(t) in {"but", "and", "so", "yet"} for t in self.toks[:index]
        )

    # -- step 3: X said (that) CLAUSE

    def _leading_frames(self) -> None:
        toks = self.toks
        index = 0
        while index < len(toks):
            found = None if self.used[index] else self._leading_cue(index)
            if found is None or found[0].category not in READ_AS_SPEECH | {"topic"}:
                index += 1
                continue
            entry, after = found
            mention = cue_subject(
                self.text, toks, index, heading=is_heading(self.sentence), previous=self._previous()
            )
            if mention is None:
                index += 1
                continue
            start = self._content_start(after, entry)
            end = self._clause_end(
                start,
                to_comma=entry.category in TARGETS or relative_opening(toks, index),
            )
            if not self._is_content(start, end) or (
                entry.category == "evidence"
                and toks[start - 1].text.lower() != "that"
                and not _documentary(mention)
            ):
                index += 1
                continue
            cue = self._span(index, after)
            self._add(Frame(cue, entry, mention), [self._span(start, end)], "cue-before")
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
        """Words that can be reported content: not a passive's agent ("supported by Russia")
        nor a pro-form ("said so")."""
        words = [t for t in self.toks[start:end] if is_word(t)]
        if not words:
            return False
        first = bare(self.toks[start])
        if first == "about" and start + 1 < end:
            following = self.toks[start + 1]  # "said about half of …", not "asked about"
            return is_number(following) or bare(following) == "a"  # "about a third"
        return first not in NO_CONTENT

    def _previous(self) -> Mention | None:
        """The source of the latest frame read in this sentence."""
        return next((d.mention for d in reversed(self.drafts) if d.mention is not None), None)

    def _content_start(self, after: int, entry: Cue) -> int:
        """Where a leading cue's content starts: past an addressee, a channel, "that" and "of"."""
        toks = self.toks
        index = after
        if entry.lemma == "tell" and index < len(toks):
            index = self._addressee_end(index)
        index = self._skip_channel(index)
        if index < len(toks) and bare(toks[index]) in TIME_WORDS:
            for ahead in range(index, min(index + MAX_THAT_GAP, len(toks))):
                if toks[ahead].text in {",", ";"} or match_cue(self.text, toks, ahead):
                    break
                if toks[ahead].text.lower() == "that":
                    index = ahead
                    break
        while index < len(toks) and toks[index].text.lower() in {",", "that", ":", "—", "–"}:
            index += 1
        if len(entry.words) > 1 and index < len(toks) and toks[index].text.lower() == "of":
            index += 1
        return index

    def _addressee_end(self, index: int) -> int:
        """The index after the addressee of "told": "told AFP", "told the media that"."""
        toks = self.toks
        for ahead in range(index, min(index + MAX_ADDRESSEE, len(toks))):
            if not is_word(toks[ahead]):
                break
            if bare(toks[ahead]) == "that":
                return ahead
        end = index + 1
        if bare(toks[index]) in DETERMINERS:
            end = index + 2
        while end < len(toks) and is_capitalized(toks[end]) and is_capitalized(toks[end - 1]):
            end += 1  # "told Russian state TV", "told Fox News"
        return min(end, len(toks))

    def _skip_channel(self, index: int) -> int:
        """Past "in a statement", "in an interview with X", "on Twitter" after a cue."""
        toks = self.toks
        for size in range(min(MAX_CHANNEL_WORDS, len(toks) - index), 0, -1):
            words = tuple(t.text.lower() for t in toks[index : index + size])
            if words in CHANNELS:
                return index + size
        return index

    # -- shared pieces

    def _clause_start(self, first: int, before: int) -> int | None:
        """The first unused word at or after ``first`` and before ``before``."""
        for index in range(first, before):
            if not self.used[index] and is_word(self.toks[index]):
                return index
        return None

    def _clause_end(self, start: int, *, to_comma: bool = False) -> int:
        """The index after the clause that starts at ``start``.

        The clause runs to the end of the sentence, but stops before a second
        tag on it (``…, RIA Novosti reported``), before ``, adding …``, before
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
                end = index  # ", who endorsed Clinton on Thursday, is making …"
                break
            if index > start and self._new_frame(index):
                end = index  # "…; 26 percent of Democrats say …", "…, but he said …"
                break
        while end > start and (
            toks[end - 1].text in SENTENCE_FINAL or toks[end - 1].text in {",", ";", ":"}
        ):
            end -= 1
        return end

    def _aside_follows(self, comma: int) -> bool:
        """Whether what follows ``comma`` is no more of the clause: ``according to X``,
        a participle (``adding …``) or a tag (``RIA Novosti reported``), which is claimed."""
        toks = self.toks
        if comma + 1 >= len(toks):
            return False
        found = match_cue(self.text, toks, comma + 1)
        if (found is not None and found[0].category == "source") or _participle(toks[comma + 1]):
            return True
        frame = trailing_frame(self.text, toks[comma:])
        if frame is None or frame.mention is None:
            return False
        rest = self._tag_rest(frame, self._index_at(frame.cue.end))
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
        return found is not None and found[0].category in READ_AS_SPEECH

    def _new_frame(self, index: int) -> bool:
        """Whether a clause with its own source and cue opens at ``toks[index]``.

        ``…, but he said CLAUSE`` and ``…; 26 percent of Democrats say CLAUSE``
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
            if found is not None and found[0].category in READ_AS_TAG:
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

    def _add(self, frame: Frame, fragments: list[Span], how: str) -> None:
        outer = Span.of(self.text, fragments[0].start, fragments[-1].end)
        self.drafts.append(
            Draft(Kind.INDIRECT, outer, tuple(fragments), frame.cue, frame.mention, how, ())
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


def _documentary(mention: Mention) -> bool:
    """Whether a mention is a poll, record or study, whose findings are attributions."""
    words: list[str] = []
    for word in mention.phrase.text.lower().split():
        if word in DOCUMENT_MODIFIER_OPENERS or (words and word.endswith("ed")):
            break  # "an email unearthed by WikiLeaks", "the records of the agency"
        words.append(word.strip("’',"))
    return bool(words) and words[-1] in EVIDENCE_SOURCES


def _can_tag(frame: Frame) -> bool:
    """Whether a frame can close a clause as its tag ("…, experts said", "…, polls show")."""
    if frame.entry.category == "evidence":
        return frame.mention is not None and _documentary(frame.mention)
    return frame.entry.category in READ_AS_TAG


def _participle(token: Span) -> bool:
    """A lower-case "-ing" word: the start of a participial phrase after a comma."""
    word = token.text
    return len(word) > 4 and word.islower() and word.endswith("ing")
