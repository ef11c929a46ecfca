"""Tests for quoteattr.attribution: kinds, content spans, cues and source mentions.

The case table ``data/attribution_cases.jsonl`` holds short texts written from
the patterns of the seed articles, with the quotes each must give.
"""

from __future__ import annotations

from typing import Any

import pytest
from casetable import load_cases

from quoteattr import extract
from quoteattr.attribution import SentenceIndex, attribute, is_heading
from quoteattr.marks import find_passages
from quoteattr.model import Kind, Span
from quoteattr.segment import paragraphs, sentences

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
def test_attribution_case_table(case: dict[str, Any]) -> None:
    """Each case gives exactly its expected quotes: kind, content, cue, mention, entity."""
    assert _summary(case["text"]) == case["quotes"]


def test_attribution_case_ids_are_unique() -> None:
    """Every case in the table has its own id, so a failure names one case."""
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


def _drafts(text: str) -> list[Any]:
    return attribute(text, find_passages(text, paragraphs(text)), sentences(text))


def test_attribution_partial_quotes_of_one_cue_make_one_mixed_quote() -> None:
    """Two partial quotes under one cue in one sentence are one mixed record, not two directs."""
    text = (
        "Peskov continued that Putin gave Kim a “high-quality” rifle as a gift, "
        "used “several times.”"
    )
    (draft,) = _drafts(text)
    assert draft.kind is Kind.MIXED
    assert draft.content.text.startswith("Putin gave Kim")
    assert draft.content.text.endswith("“several times.”")


def test_attribution_expressive_and_reporting_cues_split_one_sentence() -> None:
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


def test_attribution_unclosed_quote_is_flagged() -> None:
    """A quote whose mark never closes keeps the flag ``unclosed``."""
    (quote,) = extract("He said: “this never closes.\nNext paragraph.")
    assert quote.flags == ("unclosed",)
    assert quote.text == "this never closes."


def test_attribution_mention_is_exact_in_the_source() -> None:
    """Cue and mention offsets slice the source to their text."""
    text = "Intro.\n“We talked,” Kremlin spokesman Dmitry Peskov said on Monday."
    (quote,) = extract(text)
    assert quote.mention is not None
    assert quote.cue is not None
    assert text[quote.mention.start : quote.mention.end] == "Dmitry Peskov"
    assert text[quote.cue.start : quote.cue.end] == "said"


def test_attribution_sentence_index_finds_the_holding_sentence() -> None:
    """SentenceIndex.at gives the last sentence starting at or before an offset."""
    text = "One. Two. Three."
    index = SentenceIndex(sentences(text))
    assert index.at(0) == Span.of(text, 0, 4)
    assert index.at(6) == Span.of(text, 5, 9)
    assert index.at(len(text) - 1) == Span.of(text, 10, 16)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Talking about “sensitive subjects”", True),
        ("North Korea wants to develop rockets", True),
        ("He left.", False),
        ("“We go.”", False),
        ("Are you ready?", False),
    ],
)
def test_attribution_headings_have_no_final_punctuation(line: str, heading: bool) -> None:
    """A line without sentence-final punctuation is a heading."""
    assert is_heading(Span.of(line, 0, len(line))) is heading
