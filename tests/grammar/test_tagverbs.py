"""Tests for quoteattr.grammar.tagverbs: tag verbs and phrases of manner read by position."""

from __future__ import annotations

import pytest

from quoteattr.grammar.tagverbs import adverb_at, manner_phrase, past_tense_at, verb_after_subject
from quoteattr.segment.tokens import tokens


@pytest.mark.parametrize("word", ["hesitated", "yawned", "nodded", "aped"])
def test_tagverbs_regular_past_tenses_are_tag_verbs(word: str) -> None:
    """A lower-case word in -ed is read as a past tense."""
    assert past_tense_at(tokens(word), 0)


@pytest.mark.parametrize("word", ["indeed", "need", "bed", "Ted", "said,", "red"])
def test_tagverbs_other_words_are_not(word: str) -> None:
    """Words in -eed, short words, capitalised names and non-words are not."""
    assert not past_tense_at(tokens(word), 0)


def test_tagverbs_verb_after_a_titled_subject_and_an_adverb() -> None:
    """The subject may hold a title's period, and an adverb in -ly may stand before the verb."""
    toks = tokens("Mr. Lee cautiously nodded.")
    assert verb_after_subject(toks, 0, 9) == (3, 4)  # subject ends before "cautiously"
    assert adverb_at(toks, 3)


def test_tagverbs_no_verb_past_a_comma() -> None:
    """A comma before any past tense ends the search: "Ann, who smiled" is not a tag."""
    assert verb_after_subject(tokens("Ann, who smiled"), 0, 9) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the mayor with an important air", True),
        ("the mayor in her low voice", True),
        ("an analyst at the Asan Institute", False),
        ("a spokesman for a charity", False),
    ],
)
def test_tagverbs_manner_phrases(text: str, expected: bool) -> None:
    """A preposition before an indefinite article or a possessive opens a phrase of manner;
    a phrase that places a source, or one with "of"/"for", does not."""
    toks = tokens(text)
    index = next(i for i, t in enumerate(toks) if t.text in {"with", "in", "at", "for"})
    assert manner_phrase(toks, index) is expected
