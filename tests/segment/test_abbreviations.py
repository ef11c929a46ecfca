"""Tests for quoteattr.segment.abbreviations: the segmenter's lexicons, by kind."""

from __future__ import annotations

import pytest

from quoteattr.segment.abbreviations import (
    ABBREVIATIONS,
    KIND,
    NUMERAL_ABBREVIATIONS,
    STARTERS,
    TITLES,
    Kind,
)


@pytest.mark.parametrize(
    ("word", "kind"),
    [("Mr", Kind.TITLE), ("Mrs", Kind.TITLE), ("U.S", Kind.ABBREVIATION), ("No", Kind.NUMERAL)],
)
def test_abbreviations_are_listed_without_their_final_period(word: str, kind: Kind) -> None:
    """Each abbreviation is looked up without its last period, with what a period after it
    may do: a title never ends a sentence, "No." only abbreviates before a number."""
    assert KIND[word] is kind


def test_abbreviations_sentence_starters_are_capitalised_openers() -> None:
    """Sentence starters tell "moved to the U.S. He left" from "the U.S. Army"."""
    assert {"He", "The", "But"} <= STARTERS
    assert "Army" not in STARTERS


def test_abbreviations_lexicons_are_loaded() -> None:
    """The lexicon data files load into frozensets with their key entries."""
    assert {"U.S", "Inc", "a.m", "e.g", "Sept"} <= ABBREVIATIONS
    assert {"Mr", "Gen", "Sen"} <= TITLES
    assert "No" in NUMERAL_ABBREVIATIONS
