"""Tests for quoteattr.detect.quotations: pairing quotation marks into passages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.quotations import QuotationMarks, find_passages
from quoteattr.document import Document, Passage
from quoteattr.segment import paragraphs


def _passages(text: str) -> list[Passage]:
    return find_passages(text, paragraphs(text))


def _texts(text: str) -> list[str]:
    return [p.content.text for p in _passages(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Hello,” he said.", ["Hello,"]),
        ('"Hello," he said.', ["Hello,"]),
        ("‘Hello,’ he said.", ["Hello,"]),
        ("'Hello,' he said.", ["Hello,"]),
        ("«Bonjour», dit-il.", ["Bonjour"]),
        ("„Hallo“, sagte er.", ["Hallo"]),
        ("‹Salut›, dit-il.", ["Salut"]),
        ("''Hello,'' he said.", ["Hello,"]),
        ("``Hello,'' he said.", ["Hello,"]),
    ],
)
def test_quotations_every_common_style_pairs(text: str, expected: list[str]) -> None:
    """Each common quotation-mark style pairs into one passage."""
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Don’t go.",
        "Russia’s leader left.",
        "It was the ’90s.",
        "The leaders’ meeting was long.",
        "Rock 'n' roll isn't dead.",
        "Don't, won't, can't.",
    ],
)
def test_quotations_apostrophes_are_not_quotes(text: str) -> None:
    """Apostrophes in contractions, possessives and years give no passage."""
    assert _texts(text) == []


def test_quotations_nested_single_quotes_stay_inside() -> None:
    """Single quotes inside a double-quoted passage are part of its content."""
    text = "“I heard ‘Lock her up’ last night,” she said."
    assert _texts(text) == ["I heard ‘Lock her up’ last night,"]


def test_quotations_open_paragraph_convention_gives_one_passage() -> None:
    """A quote reopened at each paragraph and closed at the last is one passage."""
    text = "“First paragraph.\n“Second paragraph.\n“Third,” he said.\nAfter."
    (passage,) = _passages(text)
    assert [f.text for f in passage.fragments] == [
        "First paragraph.",
        "Second paragraph.",
        "Third,",
    ]
    assert passage.closed
    assert passage.content.text == text[1 : text.index("”")]


def test_quotations_unclosed_quote_is_capped_at_its_paragraph() -> None:
    """An unclosed mark ends its passage at the paragraph's end, flagged as unclosed."""
    text = "He said “this never closes.\nNext paragraph has “its own” quote."
    first, second = _passages(text)
    assert first.content.text == "this never closes."
    assert not first.closed
    assert first.after == first.content.end
    assert second.content.text == "its own"
    assert second.closed


def test_quotations_new_opening_mark_cuts_an_unclosed_one() -> None:
    """A second opening mark in the paragraph ends the passage that never closed."""
    text = "“First never closes. “Second does,” he said."
    first, second = _passages(text)
    assert not first.closed
    assert first.content.text == "First never closes."
    assert second.content.text == "Second does,"


def test_quotations_closing_end_covers_two_character_marks() -> None:
    """``after`` points just past a two-character closing mark."""
    text = "''Yes,'' he said."
    (passage,) = _passages(text)
    assert passage.closing == 6
    assert text[passage.after :] == " he said."


def test_quotations_stray_closing_mark_is_ignored() -> None:
    """A closing mark with no opener gives no passage and does not disturb the next."""
    assert _texts("Oops” here. “Real,” he said.") == ["Real,"]


def test_quotations_attribute_quotes_inside_markup_are_not_passages() -> None:
    """Scraped text keeps tags such as ``<tweet id="1">``: their quotes quote nobody."""
    text = '<tweet author="someone" id="42">The vote is “rigged,” she wrote.</tweet>'
    assert _texts(text) == ["rigged,"]


def test_quotations_an_unclosed_angle_bracket_is_text() -> None:
    """A lone "<" is not markup, so the quotation after it still pairs."""
    assert _texts('If a < b then "yes," he said.') == ["yes,"]


@given(st.text(alphabet=list("ab .,\n“”\"'‘’«»„`"), max_size=80))
def test_quotations_passages_are_exact_and_ordered(text: str) -> None:
    """Every passage's spans equal their slices, lie in the text and come in order."""
    passages = _passages(text)
    previous_end = -1
    for passage in passages:
        for span in (passage.content, *passage.fragments):
            assert text[span.start : span.end] == span.text
        assert passage.content.start >= previous_end
        assert passage.fragments[0].start == passage.content.start
        assert passage.fragments[-1].end == passage.content.end
        previous_end = passage.content.end


def test_quotations_stage_declares_what_it_reads_and_adds() -> None:
    """``QuotationMarks`` is the stage ``quotations``: it reads paragraphs and adds passages."""
    stage = QuotationMarks()
    assert stage.name == "quotations"
    assert stage.reads == ("paragraphs",)
    assert stage.adds == ("passages",)


def test_quotations_stage_adds_the_passages_to_the_document() -> None:
    """Called on a document, the stage fills ``passages`` as ``find_passages`` finds them."""
    text = "“First,” he said.\nShe said “second” too."
    doc = Document.of(text, builtin_annotation(text))
    QuotationMarks()(doc)
    assert doc.passages == find_passages(text, paragraphs(text))
    assert [p.content.text for p in doc.passages] == ["First,", "second"]
    assert doc.drafts == []
    assert doc.quotes == []


def test_quotations_a_straight_mark_between_spaces_closes_the_open_quotation() -> None:
    """Text that lost its dashes leaves a closing mark after a space ("ashamed to "); it
    opens nothing, so it closes, and the next quotation is a passage of its own."""
    text = '"I am quite ashamed to " she stopped. "Go on," he said.'
    assert _texts(text) == ["I am quite ashamed to", "Go on,"]
