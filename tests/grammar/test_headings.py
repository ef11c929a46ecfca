"""Tests for quoteattr.grammar.headings: headlines, datelines and bylines told from running text."""

from __future__ import annotations

import pytest

from quoteattr.grammar.headings import MIN_TITLE_WORDS, is_heading
from quoteattr.model import Span
from quoteattr.segment import sentences


def _line(text: str) -> Span:
    return Span.of(text, 0, len(text))


@pytest.mark.parametrize(
    "line",
    [
        "SEOUL, South Korea (AP) —",
        "By Jane Doe",
        "Sep 13, 2023",
        "Updated 5:32 PM",
        "Russia seeking help with ammunition",
        "Putin meets Kim Jong Un, says Russia will help North Korea build satellites",
    ],
)
def test_headings_lines_without_final_punctuation(line: str) -> None:
    """A dateline, byline or headline without sentence-final punctuation is a heading."""
    assert is_heading(_line(line))


@pytest.mark.parametrize(
    "line",
    [
        "Senator Says He Will Run.",
        "The Talks Ended Early.",
        "Kim Jong Un Meets Vladimir Putin.",
        "Putin And Kim Agree To Meet Again Soon!",
    ],
)
def test_headings_title_case_with_a_period(line: str) -> None:
    """A line in title case is a headline even when it ends in a period."""
    assert is_heading(_line(line))


@pytest.mark.parametrize(
    "line",
    [
        "He said the talks went well.",
        "“We will win,” he said.",
        "“Enough!”",
        "Is this the end?",
        "Putin met Kim.",
        "Wait…",
        "The meeting was held at the Vostochny Cosmodrome in Amur Region.",
        "Russian President Vladimir Putin welcomed North Korean leader Kim Jong Un.",
    ],
)
def test_headings_ordinary_sentences_are_not_headings(line: str) -> None:
    """A sentence of running text, names and closing quote marks included, is no heading."""
    assert not is_heading(_line(line))


def test_headings_short_title_case_needs_enough_long_words() -> None:
    """Capitals make a headline only with MIN_TITLE_WORDS words of four letters or more."""
    assert MIN_TITLE_WORDS == 3
    assert not is_heading(_line("A Big Day."))
    assert not is_heading(_line("Kim Left Early."))
    assert is_heading(_line("Kim Left Moscow Early."))


@pytest.mark.parametrize("line", ["", "   ", "”", "’ ”"])
def test_headings_empty_or_marks_only_is_a_heading(line: str) -> None:
    """A line with nothing but white space or closing marks has no final punctuation."""
    assert is_heading(_line(line))


def test_headings_read_the_span_not_the_whole_text() -> None:
    """is_heading judges the sentence span it is given, inside a longer text."""
    text = "PARIS (AFP) -\nThe minister said the talks went well.\nMinister Says Talks Went Well."
    verdicts = [is_heading(s) for s in sentences(text)]
    assert verdicts == [True, False, True]
