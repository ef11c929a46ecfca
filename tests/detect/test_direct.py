"""Tests for quoteattr.detect.direct: kinds, content spans, cues and source mentions.

The case table ``data/attribution_cases.jsonl`` holds short texts written from
the patterns of the seed articles, with the quotes each must give.
"""

from __future__ import annotations

from typing import Any

import pytest
from casetable import load_cases
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Extractor
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.direct import QuotationDrafts, attribute
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.detect.readings import lead_since, read
from quoteattr.document import Document, Draft
from quoteattr.grammar.governing import last_cue
from quoteattr.model import Kind, Span

extract = Extractor(model=None)
"""The rules alone: these tests specify what the detection stages find; the learned
layer, which may add to them, is tested in tests/learn."""

CASES = load_cases("attribution_cases.jsonl")


def _summary(text: str) -> list[dict[str, Any]]:
    return [
        {
            "kind": q.kind.value,
            "text": q.text,
            "cue": q.cue.text if q.cue else None,
            "speaker": q.mention.text if q.mention else None,
            "entity": q.speaker.name if q.speaker else None,
        }
        for q in extract(text)
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_direct_case_table(case: dict[str, Any]) -> None:
    """Each case gives exactly its expected quotes: kind, content, cue, mention, entity."""
    assert _summary(case["text"]) == case["quotes"]


def test_direct_case_ids_are_unique() -> None:
    """Every case in the table has its own id, so a failure names one case."""
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


def _document(text: str) -> Document:
    """The document of ``text`` with its passages paired (the stage before ``direct``)."""
    doc = Document.of(text, builtin_annotation(text))
    QuotationMarks()(doc)
    return doc


def _drafts(text: str) -> list[Draft]:
    return attribute(_document(text))


def test_direct_partial_quotes_of_one_cue_make_one_mixed_quote() -> None:
    """Two partial quotes under one cue in one sentence are one mixed record, not two directs."""
    text = (
        "Peskov continued that Putin gave Kim a “high-quality” rifle as a gift, "
        "used “several times.”"
    )
    (draft,) = _drafts(text)
    assert draft.kind is Kind.MIXED
    assert draft.content.text.startswith("Putin gave Kim")
    assert draft.content.text.endswith("“several times.”")


def test_direct_expressive_and_reporting_cues_split_one_sentence() -> None:
    """A partial quote under "thanked" is direct; one under a later "stressed" is mixed."""
    text = (
        "Kim thanked Putin for inviting him, despite the Russian leader’s “busy schedule”, "
        "having earlier stressed the trip showed North Korea was “prioritising” its ties."
    )
    direct, mixed = _drafts(text)
    assert (direct.kind, direct.content.text, direct.cue.text) == (
        Kind.DIRECT,
        "busy schedule",
        "thanked",
    )
    assert mixed.kind is Kind.MIXED
    assert mixed.cue.text == "stressed"
    assert mixed.content.text.startswith("the trip showed")


def test_direct_unclosed_quote_is_flagged() -> None:
    """A quote whose mark never closes keeps the flag ``unclosed``."""
    (quote,) = extract("He said: “this never closes.\nNext paragraph.")
    assert quote.flags == ("unclosed",)
    assert quote.text == "this never closes."


def test_direct_mention_is_exact_in_the_source() -> None:
    """Cue and mention offsets slice the source to their text."""
    text = "Intro.\n“We talked,” Kremlin spokesman Dmitry Peskov said on Monday."
    (quote,) = extract(text)
    assert quote.mention is not None
    assert quote.cue is not None
    assert text[quote.mention.start : quote.mention.end] == "Dmitry Peskov"
    assert text[quote.cue.start : quote.cue.end] == "said"


def test_direct_sentence_at_finds_the_holding_sentence() -> None:
    """``Document.sentence_at`` gives the last sentence starting at or before an offset,
    the sentence ``direct`` reads each passage in."""
    text = "One. Two. Three."
    doc = Document.of(text, builtin_annotation(text))
    assert doc.sentence_at(0) == Span.of(text, 0, 4)
    assert doc.sentence_at(6) == Span.of(text, 5, 9)
    assert doc.sentence_at(len(text) - 1) == Span.of(text, 10, 16)


def test_direct_uncued_quotation_in_a_heading_stands_for_a_later_speaker() -> None:
    """A quotation with no cue in a line without final punctuation is a ``heading`` draft;
    the same words in a sentence are a mixed clause with no source."""
    (heading,) = _drafts("Talking about “sensitive subjects”\nThe talks went on.")
    assert (heading.kind, heading.content.text, heading.how) == (
        Kind.DIRECT,
        "sensitive subjects",
        "heading",
    )
    assert heading.cue is None
    assert heading.mention is None
    (sentence,) = _drafts("They were talking about “sensitive subjects”.")
    assert (sentence.kind, sentence.how) == (Kind.MIXED, "none")


def test_direct_stage_declares_what_it_reads_and_adds() -> None:
    """``QuotationDrafts`` is the stage ``direct``: it reads passages, sentences and tokens
    and adds drafts."""
    stage = QuotationDrafts()
    assert stage.name == "direct"
    assert stage.reads == ("passages", "sentences", "tokens")
    assert stage.adds == ("drafts",)


def test_direct_stage_adds_a_draft_per_quotation() -> None:
    """Called on a document with passages, the stage appends what ``attribute`` reads."""
    text = "“We will go,” Peskov said. He said “maybe” later."
    doc = _document(text)
    expected = attribute(doc)
    QuotationDrafts()(doc)
    assert doc.drafts == expected
    assert [(d.kind, d.how) for d in doc.drafts] == [
        (Kind.DIRECT, "tag-after"),
        (Kind.MIXED, "cue-before"),
    ]
    assert doc.quotes == []


_MARKS_AND_GAPS = ["“", "”", "‘", "’", '"', "'", "«", "»", " ", "\n", "\n\n", ". ", ", ", ": ", "—"]
_WORDS = ["he said", "said Lee", "Lee told", "the plan", "“We", "won", "don’t", "Mr.", "ab"]
QUOTED_PIECES = st.sampled_from([*_MARKS_AND_GAPS, *_WORDS])


@given(st.lists(QUOTED_PIECES, max_size=40).map("".join))
def test_direct_grown_lead_is_the_lead_read_afresh(text: str) -> None:
    """A lead grown in place from the previous passage's (several quotations in one
    sentence) is the lead read from scratch, with the same last cue and closing mark."""
    doc = Document.of(text, builtin_annotation(text))
    QuotationMarks()(doc)
    before = None
    lead: list[Span] = []
    for passage in doc.passages:
        reading, lead = read(doc, passage, before, lead)
        afresh = doc.tokens_between(*reading.before)
        assert lead == afresh
        assert reading.lead_size == len(afresh)
        assert reading.governing == last_cue(text, afresh)
        assert reading.since == lead_since(afresh, 0, 0)
        before = reading


@pytest.mark.parametrize(
    ("lead", "cue", "mention"),
    [
        ("Ann Lee said to her daughter:", "said", "Ann Lee"),
        ("Then Bob Smith asked,", "asked", "Bob Smith"),
    ],
)
def test_direct_a_line_ending_in_a_colon_or_comma_introduces_the_next(
    lead: str, cue: str, mention: str
) -> None:
    """A line that ends in a colon or a comma introduces the quotation that opens the next
    line, as a lead in its own sentence would."""
    for gap in ("\n", "\n\n"):
        (draft,) = _drafts(f"{lead}{gap}“We leave at noon.”")
        assert draft.how == "tag-before"
        assert draft.cue is not None
        assert draft.cue.text == cue
        assert draft.mention is not None
        assert draft.mention.span.text == mention


@pytest.mark.parametrize("lead", ["Ann Lee said so.", "The list was long:", "Ann Lee said so"])
def test_direct_a_line_without_a_lead_in_leaves_the_next_quotation_untagged(lead: str) -> None:
    """Only a colon or comma at the line's end carries its tag over, and only a speech cue
    makes it a tag."""
    (draft,) = _drafts(f"{lead}\n“We leave at noon.”")
    assert draft.how == "none"
    assert draft.mention is None
