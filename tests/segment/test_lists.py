"""Tests for quoteattr.segment.lists: inline list items made sentences of their own.

The splitter's case table (``data/segment_cases.jsonl``, the ``list-inline-*`` cases)
shows the whole segmenter on lists; these tests pin the pass itself.
"""

from __future__ import annotations

import pytest

from quoteattr.model import Span
from quoteattr.segment.lists import MARKER, MARKER_FIRST, list_items


def _spans(text: str, *pieces: str) -> list[Span]:
    out, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        out.append(Span.of(text, start, start + len(piece)))
        at = start + len(piece)
    return out


def _texts(spans: list[Span]) -> list[str]:
    return [s.text for s in spans]


def test_list_items_split_before_the_next_marker_in_sequence() -> None:
    """One sentence holding items 1) 2) 3) becomes three."""
    text = "1) Collect the ballots 2) Count them twice 3) Publish"
    assert _texts(list_items(text, _spans(text, text))) == [
        "1) Collect the ballots",
        "2) Count them twice",
        "3) Publish",
    ]


def test_list_items_join_a_marker_left_alone_to_its_item() -> None:
    """The splitter's "1.)" | "The first item 2.)" | "The second item" are two items."""
    text = "1.) The first item 2.) The second item"
    spans = _spans(text, "1.)", "The first item 2.)", "The second item")
    assert _texts(list_items(text, spans)) == ["1.) The first item", "2.) The second item"]


def test_list_items_a_marker_alone_at_a_line_end_stays_alone() -> None:
    """A marker is joined to the next sentence only on its own line."""
    text = "Score: 1.\nThe team lost."
    spans = _spans(text, "Score: 1.", "The team lost.")
    assert list_items(text, spans) == spans


@pytest.mark.parametrize(
    "text",
    ["He scored 2. The team won.", "Option a. is out; option b. stays.", "1. Only one item here."],
)
def test_list_items_leave_text_without_a_sequence(text: str) -> None:
    """Without a marker opening the sentence and its successor later, nothing changes."""
    spans = [Span.of(text, 0, len(text))]
    assert list_items(text, spans) == spans


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("1. a", "1."),
        ("2) a", "2)"),
        ("3.) a", "3.)"),
        ("b. a", "b."),
        ("• 9. a", "• 9."),
        ("⁃9. a", "⁃9."),
        ("• a", "•"),
    ],
)
def test_marker_forms(text: str, marker: str) -> None:
    """Numbers and letters closed by ".", ")" or ".)", with or without a bullet, or a bullet."""
    found = MARKER.match(text)
    assert found is not None
    assert found.group() == marker
    assert text[0] in MARKER_FIRST


@pytest.mark.parametrize("text", ["1000. a", "A. Smith", "2.5 percent", "ab. c"])
def test_marker_not_forms(text: str) -> None:
    """Long numbers, capital initials, decimals and words are no markers."""
    assert MARKER.match(text) is None
