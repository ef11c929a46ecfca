"""Tests for quoteattr.segment.cuts: overlong sentences cut at white space into bounded pieces."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.model import Span
from quoteattr.segment import sentences
from quoteattr.segment.cuts import MAX_SENTENCE, bounded

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _non_space(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def _check_pieces(text: str, spans: list[Span], pieces: list[Span], limit: int) -> None:
    """Pieces are exact, trimmed, at most ``limit`` long, in order, inside their sentence,
    cut at white space (or at ``limit`` in a run without any), and keep every character."""
    previous_end = 0
    for piece in pieces:
        assert 0 < len(piece) <= limit
        assert text[piece.start : piece.end] == piece.text == piece.text.strip()
        assert previous_end <= piece.start
        previous_end = piece.end
    for span in spans:
        inside = [p for p in pieces if span.start <= p.start and p.end <= span.end]
        if len(span) <= limit:
            assert inside == [span]
            continue
        assert _non_space("".join(p.text for p in inside)) == _non_space(span.text)
        for piece in inside:
            assert piece.end == span.end or text[piece.end].isspace() or len(piece) == limit
    assert len(pieces) >= len(spans)


def test_cuts_real_sentences_are_untouched() -> None:
    """Sentences of real news, all under the limit, come back as they are, in order."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = sentences(text)
        assert bounded(text, found) == found
        assert all(a is b for a, b in zip(bounded(text, found), found, strict=True))


def test_cuts_returns_a_new_list() -> None:
    """bounded() never hands back the caller's list, so a caller may change either."""
    text = "He left. She stayed."
    found = sentences(text)
    assert bounded(text, found) is not found


def test_cuts_a_sentence_at_the_limit_stays_whole() -> None:
    """A sentence exactly ``limit`` characters long is not cut."""
    text = "Four words in here."
    span = Span.of(text, 0, len(text))
    assert bounded(text, [span], limit=len(text)) == [span]
    assert len(bounded(text, [span], limit=len(text) - 1)) == 2


def test_cuts_overlong_sentence_is_cut_at_white_space() -> None:
    """An overlong sentence is cut at the last white space in each piece's second half."""
    text = "alpha beta gamma delta epsilon"
    span = Span.of(text, 0, len(text))
    pieces = bounded(text, [span], limit=12)
    assert [p.text for p in pieces] == ["alpha beta", "gamma delta", "epsilon"]
    _check_pieces(text, [span], pieces, 12)


def test_cuts_only_the_overlong_sentence_is_cut() -> None:
    """Short sentences around an overlong one are kept as the same spans."""
    text = "Short one. " + "word " * 10 + "end. Short two."
    found = [
        Span.of(text, 0, 10),
        Span.trimmed(text, 11, len(text) - 11),
        Span.of(text, len(text) - 10, len(text)),
    ]
    pieces = bounded(text, found, limit=20)
    assert pieces[0] is found[0]
    assert pieces[-1] is found[-1]
    assert len(pieces) > 3
    _check_pieces(text, found, pieces, 20)


def test_cuts_a_run_without_white_space_is_cut_at_the_limit() -> None:
    """A megabyte-style run without white space is cut every ``limit`` characters."""
    text = "x" * (2 * MAX_SENTENCE + 7)
    pieces = bounded(text, [Span.of(text, 0, len(text))])
    assert [len(p) for p in pieces] == [MAX_SENTENCE, MAX_SENTENCE, 7]
    assert [p.start for p in pieces] == [0, MAX_SENTENCE, 2 * MAX_SENTENCE]


def test_cuts_default_limit_is_max_sentence() -> None:
    """Without ``limit``, pieces are at most MAX_SENTENCE characters; shorter ones stay whole."""
    words = "The minister said the plan would go ahead " * 200
    text = words.strip()
    span = Span.of(text, 0, len(text))
    assert len(span) > MAX_SENTENCE
    pieces = bounded(text, [span])
    assert all(len(p) <= MAX_SENTENCE for p in pieces)
    _check_pieces(text, [span], pieces, MAX_SENTENCE)
    short = Span.of(text, 0, MAX_SENTENCE)
    assert bounded(text, [short]) == [short]


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_cuts_small_limits_still_keep_every_character(limit: int) -> None:
    """Even a tiny limit gives pieces of at most ``limit`` characters, none lost."""
    text = "ab  cde f\tghij"
    span = Span.of(text, 0, len(text))
    _check_pieces(text, [span], bounded(text, [span], limit=limit), limit)


PIECES = ["word", "a", "longerword", " ", "  ", "\t", "\n", "“", "”", ".", ",", "x" * 30]


@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.integers(1, 40),
)
def test_cuts_pieces_are_bounded_and_keep_the_text(text: str, limit: int) -> None:
    """For any sentences and limit: pieces at most the limit, cut at white space, every
    non-space character kept in order, and sentences within the limit untouched."""
    found = sentences(text)
    pieces = bounded(text, found, limit=limit)
    _check_pieces(text, found, pieces, limit)
    assert _non_space("".join(p.text for p in pieces)) == _non_space(text)
