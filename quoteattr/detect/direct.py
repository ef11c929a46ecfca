"""From quoted passages to drafts: kind, content, cue and source mention.

The stage ``direct`` reads the document's passages and sentences and adds a
draft for each quotation. Each passage is read in its sentence. A passage that
stands as its own clause (it opens the sentence, or follows a colon or a speech
tag) is a direct quote, attributed by the tag after or before it. A passage
embedded in a clause is a partial quote: under an expressive cue ("thanked …
for the “brave fight”") it is the whole record and stays direct; under a
reporting cue, or with a tag after its sentence, the clause around it is one
mixed quote. Speakers are resolved later (``resolve``); this stage only finds
the mention.
"""

from __future__ import annotations

from typing import ClassVar, Final

from attrs import frozen

from quoteattr.detect.clauses import participle
from quoteattr.detect.joins import join_continuations, merged
from quoteattr.detect.readings import Reading, read
from quoteattr.document import UNCLOSED, Document, Draft
from quoteattr.grammar.clausesubject import can_speak, opening_subject
from quoteattr.grammar.complements import clause_start
from quoteattr.grammar.cuematch import match_cue
from quoteattr.grammar.cuesubject import cue_subject
from quoteattr.grammar.headings import is_heading
from quoteattr.grammar.mentions import Mention, read_forward
from quoteattr.grammar.speechtags import (
    SpeechTag,
    mention_before,
    tag_after,
    tag_at_end,
    tag_before,
)
from quoteattr.lexicon.cues import Cue
from quoteattr.lexicon.words import OPENING_QUOTES, SENTENCE_FINAL
from quoteattr.model import Kind, Span
from quoteattr.segment.tokens import is_word


@frozen
class QuotationDrafts:
    """The stage ``direct``: reads ``passages`` and ``sentences``; adds a draft per quotation.

    A passage that is a clause of its own is a direct quote; one inside a clause
    is a partial quote, direct under an expressive cue and otherwise part of a
    mixed quote with the clause around it.
    """

    name: ClassVar[str] = "direct"
    reads: ClassVar[tuple[str, ...]] = ("passages", "sentences", "tokens")
    adds: ClassVar[tuple[str, ...]] = ("drafts",)

    def __call__(self, doc: Document) -> None:
        doc.drafts.extend(attribute(doc))


def attribute(doc: Document) -> list[Draft]:
    """Drafts for every passage of a document, in text order."""
    text = doc.text
    headings: dict[tuple[int, int], bool] = {}
    # Items are finished drafts, or the key of a mixed group still collecting passages.
    items: list[Draft | tuple[int, int]] = []
    mixed: dict[tuple[int, int], list[Reading]] = {}
    before: Reading | None = None
    lead: list[Span] = []
    for passage in doc.passages:
        reading, lead = read(doc, passage, before, lead)
        previous_reading, before = before, reading
        # the lead after the last quotation mark before the passage (interruptions)
        after = lead[reading.since :] if reading.since else lead
        if _stands_alone(text, reading, after) or _resumes(text, reading, previous_reading, after):
            draft = _direct(text, reading, after)
            previous = items[-1] if items else None
            if (
                isinstance(previous, Draft)
                and previous_reading is not None
                and _interrupts(previous, reading, previous_reading, after)
            ):
                items[-1] = merged(text, previous, draft)
            else:
                items.append(draft)
            continue
        governing = reading.governing
        if governing is not None and governing[0].expressive:
            items.append(_partial_direct(text, reading, governing[1]))
            continue
        if (
            governing is None
            and _in_heading(reading.sentence, headings)
            and _trailing(text, reading) is None
        ):
            items.append(_heading_quote(reading))
            continue
        key = (reading.sentence.start, governing[1] if governing is not None else -1)
        if key not in mixed:
            mixed[key] = []
            items.append(key)
        mixed[key].append(reading)
    drafts = [item if isinstance(item, Draft) else _mixed(text, mixed[item]) for item in items]
    return join_continuations(doc, drafts)


def _in_heading(sentence: Span, known: dict[tuple[int, int], bool]) -> bool:
    """``is_heading(sentence)``, judged once per sentence however many quotations it has."""
    key = (sentence.start, sentence.end)
    if key not in known:
        known[key] = is_heading(sentence)
    return known[key]


def _stands_alone(text: str, reading: Reading, lead: list[Span]) -> bool:
    """Whether the passage is a clause of its own rather than words inside one; ``lead``
    is the lead after the last quotation mark before it."""
    if not lead or lead[-1].text == ":":
        return True
    return tag_before(text, lead) is not None and _reaches_end(text, reading)


def _resumes(text: str, reading: Reading, previous: Reading | None, lead: list[Span]) -> bool:
    """``“…,” said Ann with a sigh, “…”``: the passage goes on with the quotation before
    it in its sentence after that one's speech tag (``lead``, the words between them, ends
    in a comma, a semicolon or a dash: ``said Ann; “…”``), however long the tag."""
    if previous is None or not reading.since or not lead or lead[-1].text not in _RESUMING_MARKS:
        return False
    if previous.sentence.start != reading.sentence.start:
        return False
    return tag_after(text, lead[:-1], continued=_continued(previous)) is not None


_RESUMING_MARKS: Final = frozenset({",", ";", "-", "–", "—"})
"""A comma, a semicolon or a dash: the marks after which a tag hands back to the
quotation it interrupts (a dash is one token per character: "--" is two)."""


def _reaches_end(text: str, reading: Reading) -> bool:
    """The passage ends its sentence, or only a speech tag follows it."""
    words = [t for t in reading.tail if is_word(t)]
    return not words or tag_after(text, reading.tail, continued=_continued(reading)) is not None


def _direct(text: str, reading: Reading, lead: list[Span]) -> Draft:
    """A direct quote, its tag after it or else before it in ``lead`` (the lead after the
    last quotation mark before it)."""
    passage = reading.passage
    tag = _trailing(text, reading)
    how = "tag-after"
    if tag is None or tag.mention is None:
        before = tag_before(text, lead) if lead else _lead_in(text, reading)
        if before is not None and before.mention is None and lead:
            before = _participle_subject(text, lead, before)
        if before is not None and (tag is None or before.mention is not None):
            tag, how = before, "tag-before"
    return Draft(
        kind=Kind.DIRECT,
        content=passage.content,
        fragments=passage.fragments,
        cue=tag.cue if tag else None,
        mention=tag.mention if tag else None,
        how=how if tag else "none",
        flags=() if passage.closed else (UNCLOSED,),
    )


def _participle_subject(text: str, lead: list[Span], tag: SpeechTag) -> SpeechTag:
    """``he said, adding that “…”``, ``He defended it, saying, “…”``: a participle cue's
    source is the subject of the clause it hangs on, as reported speech reads it."""
    index = next((i for i, t in enumerate(lead) if t.start == tag.cue.start), None)
    if index is None or not participle(lead[index]):
        return tag
    mention = cue_subject(text, lead, index, heading=False, previous=None)
    return tag if mention is None else SpeechTag(tag.cue, tag.entry, mention)


def _lead_in(text: str, reading: Reading) -> SpeechTag | None:
    """The tag of a line that introduces the passage opening the next one: ``X said to
    her:`` or ``and saying,`` then a line break and the quotation. A line is a sentence
    of its own, so no lead reaches across it; a colon or comma at its end does."""
    opening = reading.before[1]
    doc = reading.doc
    previous = doc.sentence_at(opening - 1) if opening else None
    if previous is None or previous.end > opening or not text[previous.end : opening].isspace():
        return None
    toks = doc.tokens_between(previous.start, previous.end)
    if not toks or toks[-1].text not in _LEAD_IN_MARKS:
        return None
    return tag_before(text, toks)


_LEAD_IN_MARKS: Final = frozenset(":,")
"""What ends a line that introduces the quotation on the next."""


def _trailing(text: str, reading: Reading) -> SpeechTag | None:
    """The tag after the passage, up to the next quotation mark in the sentence."""
    tail = reading.doc.tokens_until(*reading.after, OPENING_QUOTES)
    return tag_after(text, tail, continued=_continued(reading)) if tail else None


def _continued(reading: Reading) -> bool:
    """Whether the passage is a closed quotation whose words end in a comma, "!" or "?",
    the sentence going on after it (“No,” Ann hesitated.): what follows is its tag."""
    passage = reading.passage
    return passage.closed and passage.content.text.rstrip()[-1:] in _CONTINUING_ENDS


_CONTINUING_ENDS: Final = frozenset(",!?")
"""The last characters of quoted words after which their sentence goes on to a tag."""


def _interrupts(
    previous: Draft, reading: Reading, previous_reading: Reading, lead: list[Span]
) -> bool:
    """``“…,” he said, “…”``: a direct passage right after the tag of the one before
    (``lead``: the lead after the last quotation mark before it)."""
    if previous.kind is not Kind.DIRECT or previous.how != "tag-after":
        return False
    if previous_reading.sentence.start != reading.sentence.start:
        return False
    return bool(lead) and lead[-1].text == "," and previous.cue is not None


def _partial_direct(text: str, reading: Reading, cue_index: int) -> Draft:
    """A partial quote under an expressive cue: the quoted words are the record."""
    passage, lead = reading.passage, reading.lead
    found = match_cue(text, lead, cue_index)
    end = found[1] if found else cue_index + 1
    cue = Span.of(text, lead[cue_index].start, lead[end - 1].end)
    return Draft(
        Kind.DIRECT,
        passage.content,
        passage.fragments,
        cue,
        mention_before(text, lead, cue_index),
        "cue-before",
        () if passage.closed else (UNCLOSED,),
    )


def _heading_quote(reading: Reading) -> Draft:
    """A quote in a heading, with no cue: the quoted words stand for a later speaker."""
    passage = reading.passage
    flags = () if passage.closed else (UNCLOSED,)
    return Draft(Kind.DIRECT, passage.content, passage.fragments, None, None, "heading", flags)


def _mixed(text: str, readings: list[Reading]) -> Draft:
    """One mixed quote: the clause around the partial quotes of one cue in one sentence."""
    first, last = readings[0], readings[-1]
    lead = first.lead
    sentence = Span.of(text, first.sentence.start, max(r.sentence.end for r in readings))
    governing = first.governing
    if governing is not None and _tagged_right_after(text, last):
        governing = None  # "The deal marks a “shift,” said X": the tag names the source
    start, end = sentence.start, _clause_end(text, sentence, last)
    cue: Span | None = None
    mention: Mention | None = None
    how = "none"
    if governing is not None:
        entry, cue_start, cue_end = governing
        cue = Span.of(text, lead[cue_start].start, lead[cue_end - 1].end)
        if entry.category == "source":
            read = read_forward(text, lead, cue_end)
            mention = read[0] if read else None
            start = _after_comma(lead, cue_end, first.passage.opening)
        else:
            # The cue's subject as reported speech reads it: across "and", a
            # participle after a comma ("…, adding that “…”"), a relative pronoun.
            heading = is_heading(first.sentence)
            mention = cue_subject(text, lead, cue_start, heading=heading, previous=None)
            start = _clause_start(text, lead, cue_end, entry, first.passage.opening)
        how = "cue-before"
    else:
        right_after = _trailing(text, last)
        tagged = tag_at_end(text, last.tail) if right_after is None else None
        if right_after is not None:
            cue, mention, how = right_after.cue, right_after.mention, "tag-after"
            end = last.passage.after
        elif tagged is not None:
            tag, comma = tagged
            cue, mention, how = tag.cue, tag.mention, "tag-after"
            end = last.tail[comma].start
    if mention is None and how != "tag-after":
        # "X decried the board for “…”": a verb the lexicon does not know (or a
        # noun cue, "his call for “…”"); the clause's subject is the source.
        subject = opening_subject(text, lead[: governing[1]] if governing else lead)
        mention = subject if subject is not None and can_speak(subject, lead) else None
    content = Span.trimmed(text, start, end, also=",;")
    unclosed = any(not r.passage.closed for r in readings)
    return Draft(
        Kind.MIXED, content, (content,), cue, mention, how, (UNCLOSED,) if unclosed else ()
    )


def _tagged_right_after(text: str, reading: Reading) -> bool:
    """Whether a speech tag with its source follows the passage right after its closing mark
    (``…,” said X`` / ``…,” he said``): the whole clause before it is that source's."""
    inside = reading.passage.content.text.rstrip()[-1:]
    if not reading.tail or {reading.tail[0].text, inside}.isdisjoint({",", "—", "–"}):
        return False
    tag = _trailing(text, reading)
    return tag is not None and tag.mention is not None and tag.entry.category == "speech"


def _clause_start(text: str, lead: list[Span], cue_end: int, cue: Cue, limit: int) -> int:
    """Where the clause a cue reports starts after it (``grammar.complements``)."""
    index = clause_start(text, lead, cue_end, cue)
    return lead[index].start if index < len(lead) else limit


def _after_comma(lead: list[Span], index: int, limit: int) -> int:
    """The start of the clause after "According to X,"."""
    for at in range(index, len(lead)):
        if lead[at].text == ",":
            return lead[at + 1].start if at + 1 < len(lead) else limit
    return limit


def _clause_end(text: str, sentence: Span, last: Reading) -> int:
    """The sentence's end without its final punctuation (a closing mark stays)."""
    end = sentence.end
    while end > last.passage.after and text[end - 1] in SENTENCE_FINAL:
        end -= 1
    return max(end, last.passage.after)
