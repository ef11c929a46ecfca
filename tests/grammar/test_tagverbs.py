"""Tests for quoteattr.grammar.tagverbs: tag verbs and phrases of manner read by position."""

from __future__ import annotations

import pytest

from quoteattr.grammar.tagverbs import manner_phrase, past_tense_at
from quoteattr.segment.tokens import tokens


@pytest.mark.parametrize("word", ["hesitated", "yawned", "nodded", "led"])
def test_tagverbs_regular_past_tenses_are_tag_verbs(word: str) -> None:
    """A lower-case word in -ed is read as a past tense."""
    assert past_tense_at(tokens(word), 0)


@pytest.mark.parametrize("word", ["indeed", "need", "bed", "Ted", "said,", "red", "hundred"])
def test_tagverbs_other_words_are_not(word: str) -> None:
    """Words in -ed that are no past tense (``NOT_PAST_TENSES``), capitalised names and
    non-words are not."""
    assert not past_tense_at(tokens(word), 0)


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
