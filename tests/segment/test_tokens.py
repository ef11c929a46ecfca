"""Tests for quoteattr.segment.tokens: exact offsets, word shapes, punctuation, windows."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.model import Span
from quoteattr.segment.tokens import (
    bare,
    is_capitalized,
    is_possessive,
    is_word,
    split_contraction,
    tokens,
)


def texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The token texts of ``text[start:end]``."""
    return [t.text for t in tokens(text, start, end)]


def test_tokens_offsets_are_exact() -> None:
    """Each token carries its offsets into the caller's string."""
    text = "Peskov  said, “yes.”"
    assert tokens(text) == [
        Span(0, 6, "Peskov"),
        Span(8, 12, "said"),
        Span(12, 13, ","),
        Span(14, 15, "“"),
        Span(15, 18, "yes"),
        Span(18, 19, "."),
        Span(19, 20, "”"),
    ]


@pytest.mark.parametrize(
    "word",
    [
        "Russia’s",
        "Russia's",
        "Chan-il",
        "Komsomolsk-on-Amur",
        "defector-turned-researcher",
        "don't",
        "U.S",
        "3.5",
        "2023",
        "high-quality",
        "O’Brien",
    ],
)
def test_tokens_inner_apostrophes_hyphens_and_dots_stay_in_one_word(word: str) -> None:
    """A word with an inner apostrophe, hyphen or dot is one token."""
    text = f"says {word} here"
    assert texts(text) == ["says", word, "here"]
    assert tokens(text)[1] == Span(5, 5 + len(word), word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("well.", ["well", "."]),
        ("U.S.", ["U.S", "."]),
        ("-well-", ["-", "well", "-"]),
        ("Russia’", ["Russia", "’"]),
        ("“high-quality”", ["“", "high-quality", "”"]),
        ("now—and", ["now", "—", "and"]),
        ("ok?!", ["ok", "?", "!"]),
        ("(Tass)", ["(", "Tass", ")"]),
        ("said:", ["said", ":"]),
        ("a -- b", ["a", "-", "-", "b"]),
    ],
)
def test_tokens_punctuation_is_one_character_per_token(text: str, expected: list[str]) -> None:
    """Punctuation at a word's edge is split off, one character per token."""
    assert texts(text) == expected


def test_tokens_empty_and_blank_text() -> None:
    """Empty or blank text has no tokens."""
    assert tokens("") == []
    assert tokens(" \n\t ") == []


def test_tokens_window_offsets_point_into_whole_text() -> None:
    """tokens(text, start, end) reads only the window and keeps offsets into text."""
    text = "Putin said: “We talked.” Peskov agreed."
    start = text.index("“")
    end = text.index("”") + 1
    assert tokens(text, start, end) == [
        Span.of(text, start, start + 1),
        Span.of(text, start + 1, start + 3),
        Span.of(text, start + 4, start + 10),
        Span.of(text, start + 10, start + 11),
        Span.of(text, end - 1, end),
    ]
    assert texts(text, text.index("Peskov")) == ["Peskov", "agreed", "."]
    assert texts(text, 0, text.index(":")) == ["Putin", "said"]
    assert tokens(text, 5, 5) == []


def test_tokens_window_cuts_a_word_at_its_edges() -> None:
    """A window that ends inside a word yields only the part inside the window."""
    text = "Peskov said"
    assert tokens(text, 0, 3) == [Span(0, 3, "Pes")]
    assert tokens(text, 9) == [Span(9, 11, "id")]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Russia’s", "russia"),
        ("Putin's", "putin"),
        ("KREMLIN", "kremlin"),
        ("Chan-il", "chan-il"),
        ("its", "its"),
        ("’s", ""),
    ],
)
def test_tokens_bare_lowercases_and_drops_possessive(word: str, expected: str) -> None:
    """bare() lower-cases a token and drops a possessive ’s or 's."""
    assert bare(Span(0, len(word), word)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Russia’s", True),
        ("Putin's", True),
        ("Russia’S", False),
        ("its", False),
        ("Peskov", False),
        ("agencies", False),
        ("’", False),
    ],
)
def test_tokens_is_possessive(word: str, expected: bool) -> None:
    """is_possessive() is true exactly for a token ending in ’s or 's."""
    assert is_possessive(Span(0, len(word), word)) is expected


@pytest.mark.parametrize(
    ("word", "word_like", "capitalized"),
    [
        ("Peskov", True, True),
        ("said", True, False),
        ("2023", True, False),
        ("_x", True, False),
        ("Ölkers", True, True),
        (",", False, False),
        ("“", False, False),
    ],
)
def test_tokens_is_word_and_is_capitalized(word: str, word_like: bool, capitalized: bool) -> None:
    """is_word() tells words from punctuation; is_capitalized() looks at the first letter."""
    token = Span(0, len(word), word)
    assert is_word(token) is word_like
    assert is_capitalized(token) is capitalized


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("he’s", ("he", True)),
        ("they've", ("they", True)),
        ("I'd", ("I", True)),
        ("we’ll", ("we", True)),
        ("They’RE", ("They", True)),
        ("she", ("she", False)),
        ("Russia’s", ("Russia", True)),
        ("don't", None),
        ("U.S", None),
        ("well-known", None),
        (",", None),
    ],
)
def test_tokens_split_contraction(word: str, expected: tuple[str, bool] | None) -> None:
    """split_contraction() gives a plain word and whether an auxiliary is contracted onto it."""
    assert split_contraction(Span(0, len(word), word)) == expected


NEWS_CHARACTERS = "aZé9_ -’'.,:;“”\"—\n\t!?()Ж"
TEXTS = st.text(alphabet=st.sampled_from(NEWS_CHARACTERS), max_size=80) | st.text(max_size=80)


@given(TEXTS)
def test_tokens_each_token_is_its_slice(text: str) -> None:
    """Every token's text equals the slice of the text at its offsets."""
    for token in tokens(text):
        assert text[token.start : token.end] == token.text
        assert token.text
        assert not any(c.isspace() for c in token.text)


@given(TEXTS)
def test_tokens_are_ordered_and_disjoint(text: str) -> None:
    """Tokens come in text order and never overlap."""
    found = tokens(text)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


@given(TEXTS)
def test_tokens_cover_every_non_space_character(text: str) -> None:
    """The tokens, joined, are the text without its whitespace."""
    assert "".join(t.text for t in tokens(text)) == "".join(c for c in text if not c.isspace())


@given(TEXTS, st.data())
def test_tokens_window_stays_inside(text: str, data: st.DataObject) -> None:
    """Every token of tokens(text, start, end) lies inside [start, end) and is its slice."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for token in tokens(text, start, end):
        assert start <= token.start <= token.end <= end
        assert text[token.start : token.end] == token.text
