"""Tests for quoteattr.document: the Document every stage reads, its tokens and sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import document
from quoteattr.annotators.annotation import Annotation
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.document import Document
from quoteattr.model import Span
from quoteattr.segment import paragraphs, sentences
from quoteattr.segment.cuts import MAX_SENTENCE
from quoteattr.segment.tokens import tokens

PIECES = [
    "“We won,” ",
    "Peskov",
    " said",
    "don’t",
    "rock'n'roll",
    "U.S.",
    " ",
    "—",
    "‘",
    "’s",
    "\n",
]

pieced_text = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)

TEXT = "Putin meets Kim\n\n“We won,” Peskov said on Tuesday. Kim left.\nHe stayed."


def _draw_range(text: str, data: st.DataObject) -> tuple[int, int]:
    """Any ``(start, end)`` range of ``text``, edges inside words included."""
    start = data.draw(st.integers(0, len(text)))
    return start, data.draw(st.integers(start, len(text)))


def document_of(text: str) -> Document:
    """The document of ``text`` with the built-in annotator's sentences."""
    return Document.of(text, builtin_annotation(text))


def test_document_starts_with_text_annotation_paragraphs_and_sentences() -> None:
    """A new document holds the text, its annotation, paragraphs and sentences, and nothing
    the stages add."""
    annotation = builtin_annotation(TEXT)
    doc = Document.of(TEXT, annotation)
    assert doc.text is TEXT
    assert doc.annotation is annotation
    assert doc.paragraphs == paragraphs(TEXT)
    assert doc.sentences == sentences(TEXT) == list(annotation.sentences)
    assert doc.passages == []
    assert doc.drafts == []
    assert doc.quotes == []
    assert doc.tokens == tokens(TEXT)


def test_document_starts_with_names_its_fields() -> None:
    """STARTS_WITH names the fields a document has before any stage runs."""
    assert Document.STARTS_WITH == (
        "text",
        "annotation",
        "paragraphs",
        "sentences",
        "tokens",
        "drafts",
    )
    doc = document_of(TEXT)
    for name in Document.STARTS_WITH:
        assert getattr(doc, name) or name == "drafts"
    assert doc.drafts == []


def test_document_added_fields_are_not_shared() -> None:
    """Each document gets its own lists for the stages to add to."""
    one, two = document_of(TEXT), document_of(TEXT)
    assert one.passages is not two.passages
    assert one.drafts is not two.drafts
    assert one.quotes is not two.quotes


def test_document_sentences_are_the_annotators() -> None:
    """The sentences come from the annotation, not from quoteattr's segmenter."""
    text = "One two. Three four."
    whole = Annotation((Span.of(text, 0, len(text)),))
    assert Document.of(text, whole).sentences == [Span.of(text, 0, len(text))]


def test_document_cuts_an_overlong_sentence() -> None:
    """A sentence longer than MAX_SENTENCE is cut into pieces; the annotation keeps it whole."""
    text = "word " * (MAX_SENTENCE // 2)
    text = text.strip()
    annotation = builtin_annotation(text)
    assert len(annotation.sentences) == 1
    doc = Document.of(text, annotation)
    assert len(doc.sentences) > 1
    assert all(len(s) <= MAX_SENTENCE for s in doc.sentences)
    assert annotation.sentences == (Span.of(text, 0, len(text)),)


def test_document_tokens_are_the_same_list_on_every_access() -> None:
    """The word tokens are made once: every access gives the same list object."""
    doc = document_of(TEXT)
    first = doc.tokens
    assert doc.tokens is first
    doc.tokens_between(0, len(TEXT))
    assert doc.tokens is first


def test_document_tokens_are_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text is tokenized once, however often tokens and on-boundary ranges are read."""
    calls: list[tuple[int, int | None]] = []

    def counting(text: str, start: int = 0, end: int | None = None) -> list[Span]:
        calls.append((start, end))
        return tokens(text, start, end)

    monkeypatch.setattr(document, "tokens", counting)
    doc = document_of(TEXT)
    assert calls == []  # made on first use
    for _ in range(3):
        doc.tokens  # noqa: B018
        for sentence in doc.sentences:
            doc.tokens_between(sentence.start, sentence.end)
    assert calls == [(0, None)]


def test_document_tokens_between_shares_the_spans() -> None:
    """A range on token boundaries is a slice of the document's own tokens: no new spans."""
    text = "“We won,” Peskov said on Tuesday."
    doc = document_of(text)
    part = doc.tokens_between(10, len(text))
    assert [t.text for t in part] == ["Peskov", "said", "on", "Tuesday", "."]
    assert part[0] is doc.tokens[5]
    assert doc.tokens_between(0, len(text)) == doc.tokens


def test_document_tokens_between_an_edge_inside_a_word() -> None:
    """A range whose edge falls inside a word is tokenized on its own, as it would be alone."""
    text = "Peskov said"
    doc = document_of(text)
    assert doc.tokens_between(0, 3) == [Span(0, 3, "Pes")]
    assert doc.tokens_between(9, 11) == [Span(9, 11, "id")]
    assert doc.tokens_between(2, 4) == [Span(2, 4, "sk")]
    assert doc.tokens_between(5, 5) == []


@given(pieced_text, st.data())
def test_document_tokens_between_equals_tokenizing_the_range(
    text: str, data: st.DataObject
) -> None:
    """Whatever the range, even one whose edges fall inside a word, the tokens are the same."""
    start, end = _draw_range(text, data)
    doc = document_of(text)
    assert doc.tokens_between(start, end) == tokens(text, start, end)
    assert doc.tokens_between(start, end) == tokens(text, start, end)  # tokens now made


def test_document_sentence_at() -> None:
    """sentence_at gives the last sentence starting at or before an offset."""
    doc = document_of(TEXT)
    said = TEXT.index("Peskov")
    assert doc.sentence_at(0) == doc.sentences[0]
    assert doc.sentence_at(said) == doc.sentences[1]
    assert doc.sentence_at(TEXT.index("Kim left")) == doc.sentences[2]
    assert doc.sentence_at(TEXT.index("Kim left") - 1) == doc.sentences[1]  # the gap
    assert doc.sentence_at(len(TEXT)) == doc.sentences[-1]
    assert doc.sentence_at(10**9) == doc.sentences[-1]


def test_document_sentence_at_before_the_first_sentence_is_none() -> None:
    """An offset before the first sentence (leading white space) has no sentence."""
    text = "   \nHe left."
    doc = document_of(text)
    assert doc.sentence_at(0) is None
    assert doc.sentence_at(3) is None
    assert doc.sentence_at(4) == doc.sentences[0]
    assert document_of("").sentence_at(0) is None


@given(pieced_text, st.data())
def test_document_sentence_at_agrees_with_a_scan(text: str, data: st.DataObject) -> None:
    """For any offset, sentence_at is the last sentence that starts at or before it."""
    doc = document_of(text)
    offset = data.draw(st.integers(0, len(text)))
    before = [s for s in doc.sentences if s.start <= offset]
    assert doc.sentence_at(offset) == (before[-1] if before else None)


@given(st.text(alphabet="ab.’'- “”,\n"), st.data())
def test_document_tokens_between_is_the_range_tokenized_alone(
    text: str, data: st.DataObject
) -> None:
    """Whatever the edges cut, tokens_between equals tokenizing the range on its own."""
    start, end = _draw_range(text, data)
    doc = Document.of(text, builtin_annotation(text))
    assert doc.tokens_between(start, end) == tokens(text, start, end)


@given(pieced_text, st.data())
def test_document_tokens_until_stops_before_the_first_stop_token(
    text: str, data: st.DataObject
) -> None:
    """tokens_until is tokens_between cut before its first token in ``stops``."""
    start, end = _draw_range(text, data)
    stops = data.draw(st.sets(st.sampled_from(["“", "‘", "Peskov", ","])))
    whole = tokens(text, start, end)
    cut = next((i for i, t in enumerate(whole) if t.text in stops), len(whole))
    assert document_of(text).tokens_until(start, end, stops) == whole[:cut]


def test_document_tokens_until_a_stop_early_in_a_long_range() -> None:
    """A stop near the start of a long range ends the tokens there; no stop, the range."""
    text = "said Peskov “a " + "b " * 50_000
    doc = document_of(text)
    assert [t.text for t in doc.tokens_until(0, len(text), {"“"})] == ["said", "Peskov"]
    assert doc.tokens_until(0, len(text), set()) == doc.tokens


@given(pieced_text, st.data())
def test_document_cuts_token_when_an_offset_is_inside_one(text: str, data: st.DataObject) -> None:
    """cuts_token: the offset lies strictly inside a token, so ranges meeting there do not
    add up; otherwise they do."""
    offset = data.draw(st.integers(0, len(text)))
    doc = document_of(text)
    inside = any(t.start < offset < t.end for t in tokens(text))
    assert doc.cuts_token(offset) is inside
    if not inside:
        assert tokens(text, 0, offset) + tokens(text, offset) == tokens(text)


def test_document_tokens_until_a_range_ending_inside_a_word() -> None:
    """A range that ends inside a word reads the word's part in it, which is not the word:
    "P" of "Peskov" is no stop, though "Peskov" is."""
    doc = document_of("Peskov said")
    assert doc.tokens_until(0, 1, {"Peskov"}) == [Span(0, 1, "P")]
    assert doc.tokens_until(0, 9, {"sa"}) == [Span(0, 6, "Peskov")]
    assert doc.tokens_until(0, 11, {"said"}) == [Span(0, 6, "Peskov")]
