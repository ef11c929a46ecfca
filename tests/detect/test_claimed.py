"""Tests for quoteattr.detect.claimed: the offsets earlier drafts hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.detect.claimed import ClaimedSpans
from quoteattr.document import Draft
from quoteattr.model import Kind, Span

TEXT = "abcdefghijklmnopqrstuvwxyz0123456789"


def _draft(*fragments: tuple[int, int], cue: tuple[int, int] | None = None) -> Draft:
    """A draft over ``TEXT`` with the given fragments and cue, as (start, end) pairs."""
    spans = tuple(Span.of(TEXT, start, end) for start, end in fragments)
    content = Span.of(TEXT, spans[0].start, spans[-1].end)
    cue_span = Span.of(TEXT, *cue) if cue is not None else None
    return Draft(Kind.INDIRECT, content, spans, cue_span, None, "none", ())


def test_claimed_nothing_claimed_covers_and_overlaps_nothing() -> None:
    """With no earlier drafts no offset is covered and no draft overlaps."""
    claimed = ClaimedSpans([])
    assert not any(claimed.covers(offset) for offset in range(len(TEXT)))
    assert not claimed.overlaps(_draft((0, len(TEXT))))


def test_claimed_covers_is_half_open() -> None:
    """A span claims its start and the offsets before its end, not its end."""
    claimed = ClaimedSpans([_draft((4, 8))])
    assert [o for o in range(12) if claimed.covers(o)] == [4, 5, 6, 7]


def test_claimed_fragments_and_cue_are_claimed_but_not_the_gap() -> None:
    """The fragments and the cue of a draft are claimed; the gap between fragments is not."""
    claimed = ClaimedSpans([_draft((2, 5), (10, 13), cue=(6, 8))])
    assert [o for o in range(16) if claimed.covers(o)] == [2, 3, 4, 6, 7, 10, 11, 12]
    assert not claimed.overlaps(_draft((8, 10)))
    assert not claimed.overlaps(_draft((5, 6)))
    assert claimed.overlaps(_draft((7, 9)))


def test_claimed_nested_spans_do_not_hide_the_outer_one() -> None:
    """After a short span nested in a long one, offsets in the long one are still covered."""
    claimed = ClaimedSpans([_draft((2, 20)), _draft((4, 6))])
    assert all(claimed.covers(o) for o in range(2, 20))
    assert not claimed.covers(20)
    assert claimed.overlaps(_draft((15, 25)))
    assert claimed.overlaps(_draft((8, 9)))  # after the nested span ends, inside the outer
    assert not claimed.overlaps(_draft((20, 25)))


@pytest.mark.parametrize(
    ("fragment", "overlaps"),
    [((0, 5), False), ((0, 6), True), ((10, 12), False), ((9, 12), True), ((5, 10), True)],
)
def test_claimed_adjacent_spans_do_not_overlap(fragment: tuple[int, int], overlaps: bool) -> None:
    """A fragment that ends where a claimed span starts, or starts where it ends, is free."""
    claimed = ClaimedSpans([_draft((5, 10))])
    assert claimed.overlaps(_draft(fragment)) is overlaps


def test_claimed_adjacent_claimed_spans_leave_no_hole() -> None:
    """Two claimed spans that touch cover every offset from the first start to the last end."""
    claimed = ClaimedSpans([_draft((3, 6)), _draft((6, 9))])
    assert [o for o in range(12) if claimed.covers(o)] == list(range(3, 9))


def test_claimed_any_fragment_of_a_draft_may_overlap() -> None:
    """A draft overlaps when one of its fragments does, even if its first one is free."""
    claimed = ClaimedSpans([_draft((20, 24))])
    assert claimed.overlaps(_draft((0, 3), (22, 30)))
    assert not claimed.overlaps(_draft((0, 3), (24, 30)))


SPANS = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 8)).map(
    lambda pair: (pair[0], min(pair[0] + pair[1], len(TEXT)))
)
"""A non-empty (start, end) pair inside ``TEXT``."""

DRAFTS = st.builds(
    lambda fragments, cue: _draft(*sorted(fragments), cue=cue),
    st.lists(SPANS, min_size=1, max_size=3),
    st.none() | SPANS,
)


def _offsets(drafts: list[Draft]) -> set[int]:
    """Brute force: every offset inside a fragment or a cue of ``drafts``."""
    spans = [f for d in drafts for f in d.fragments] + [d.cue for d in drafts if d.cue]
    return {offset for span in spans for offset in range(span.start, span.end)}


@given(st.lists(DRAFTS, max_size=6), DRAFTS)
def test_claimed_agrees_with_a_set_of_offsets(claimed: list[Draft], draft: Draft) -> None:
    """``covers`` and ``overlaps`` answer as the set of claimed offsets does."""
    spans = ClaimedSpans(claimed)
    offsets = _offsets(claimed)
    for offset in range(len(TEXT) + 1):
        assert spans.covers(offset) is (offset in offsets)
    shared = any(o in offsets for f in draft.fragments for o in range(f.start, f.end))
    assert spans.overlaps(draft) is shared


@given(st.lists(DRAFTS, max_size=6), st.lists(st.integers(0, len(TEXT)), max_size=12))
def test_claimed_covers_each_answers_as_covers_does(claimed: list[Draft], raw: list[int]) -> None:
    """``covers_each`` over ascending offsets (a sentence's tokens) is ``covers`` per offset."""
    spans = ClaimedSpans(claimed)
    offsets = sorted(raw)
    assert spans.covers_each(offsets) == [spans.covers(offset) for offset in offsets]
