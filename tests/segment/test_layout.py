"""Tests for quoteattr.segment.layout: one trimmed span per non-blank line, and text checks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.errors import InputError, QuoteattrError
from quoteattr.model import Span
from quoteattr.segment.layout import LINE_BREAKS, check_text, paragraphs


def _texts(spans: list[Span]) -> list[str]:
    return [s.text for s in spans]


def test_paragraphs_one_per_non_blank_line() -> None:
    """Each non-blank line is one paragraph, trimmed, with exact offsets."""
    text = "  Headline here \n\nFirst para. Two sentences.\r\n\t\nLast line\u2029After a separator"
    paras = paragraphs(text)
    assert _texts(paras) == [
        "Headline here",
        "First para. Two sentences.",
        "Last line",
        "After a separator",
    ]
    assert paras[0] == Span.of(text, 2, 15)
    for para in paras:
        assert text[para.start : para.end] == para.text


@pytest.mark.parametrize("brk", sorted(LINE_BREAKS))
def test_paragraphs_every_line_break_ends_a_paragraph(brk: str) -> None:
    """Every character str.splitlines() breaks at ends a paragraph."""
    text = f"He left.{brk}She stayed."
    assert _texts(paragraphs(text)) == ["He left.", "She stayed."]
    assert len(text.splitlines()) == 2


def test_paragraphs_keep_inner_white_space() -> None:
    """Only the white space around a line is trimmed; spaces and tabs inside it stay."""
    text = "\t A  line\twith   gaps \u3000\n"
    (para,) = paragraphs(text)
    assert para.text == "A  line\twith   gaps"
    assert para == Span.of(text, 2, 2 + len("A  line\twith   gaps"))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\r\n\t\r\n", " \t\u00a0\u2029\u3000\x0c "])
def test_paragraphs_blank_text_has_none(text: str) -> None:
    """Empty or white-space-only text has no paragraphs."""
    assert paragraphs(text) == []


def test_paragraphs_an_open_quote_does_not_join_lines() -> None:
    """A line that opens a quotation and never closes it is still one paragraph of its own."""
    text = "“We will keep going.\n“And the second paragraph goes on,” he said."
    assert _texts(paragraphs(text)) == [
        "“We will keep going.",
        "“And the second paragraph goes on,” he said.",
    ]


@given(st.text(alphabet=st.sampled_from("ab .“”\u00a0\t\n\r\x0b\x0c\x1c\x85\u2028\u2029")))
def test_paragraphs_are_the_non_blank_lines_of_splitlines(text: str) -> None:
    """The paragraphs are exactly str.splitlines()'s non-blank lines, stripped, at exact offsets."""
    paras = paragraphs(text)
    assert _texts(paras) == [line.strip() for line in text.splitlines() if line.strip()]
    previous_end = 0
    for para in paras:
        assert previous_end <= para.start < para.end
        assert text[para.start : para.end] == para.text
        previous_end = para.end


@given(st.text())
def test_paragraphs_any_str_gives_exact_trimmed_spans(text: str) -> None:
    """On any str, paragraphs are exact, trimmed, ordered and hold no line break."""
    previous_end = 0
    for para in paragraphs(text):
        assert previous_end <= para.start < para.end <= len(text)
        assert para.text == text[para.start : para.end] == para.text.strip()
        assert not set(para.text) & set(LINE_BREAKS)
        previous_end = para.end


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"bytes text.", r"paragraphs\(\) takes str, got bytes; decode it first"),
        (bytearray(b"x"), r"takes str, got bytearray; decode it first"),
        (memoryview(b"x"), r"takes str, got memoryview; decode it first"),
        (None, r"takes str, got NoneType; pass the article text as a str"),
        (42, r"takes str, got int; pass the article text as a str"),
        (["a list."], r"takes str, got list"),
    ],
)
def test_paragraphs_non_str_raises_input_error(value: object, message: str) -> None:
    """A non-str argument raises InputError (a TypeError) with a message that says what to pass."""
    with pytest.raises(InputError, match=message):
        paragraphs(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"paragraphs\(\)"):
        paragraphs(value)  # type: ignore[arg-type]


def test_check_text_accepts_str_and_names_the_caller() -> None:
    """check_text passes any str, and its error names the function the caller gives."""
    check_text("", "sentences")
    check_text("Some text.", "sentences")
    with pytest.raises(InputError, match=r"^extract\(\) takes str, got bytes; decode it first"):
        check_text(b"Some text.", "extract")
    with pytest.raises(QuoteattrError):
        check_text(3.5, "extract")
