"""Tests for quoteattr.segment.layout: the paragraph model (a line per paragraph, or wrapped
lines with blank-line paragraphs, or both), trimmed spans, and text checks."""

from __future__ import annotations

import re
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.errors import InputError, QuoteattrError
from quoteattr.model import Span
from quoteattr.segment.layout import BLANKS, LINE_BREAKS, TRIMMED, check_text, paragraphs


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
    """On any str, paragraphs are exact, trimmed and ordered, and their lines are the
    text's non-blank lines."""
    previous_end = 0
    lines = []
    for para in paragraphs(text):
        assert previous_end <= para.start < para.end <= len(text)
        assert para.text == text[para.start : para.end] == para.text.strip(TRIMMED)
        lines += [line.strip(TRIMMED) for line in para.text.splitlines()]
        previous_end = para.end
    assert lines == [line.strip(TRIMMED) for line in text.splitlines() if line.strip(TRIMMED)]


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


def test_trimmed_is_white_space_and_the_byte_order_mark() -> None:
    """TRIMMED, for str.strip, holds what the BLANKS class matches: every str.isspace
    character and U+FEFF."""
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(TRIMMED) == spaces | {"\ufeff"}
    assert all(re.fullmatch(f"[{BLANKS}]", c) for c in TRIMMED)


_PROSE = (
    "The committee met on Tuesday to weigh the proposal, which had been delayed twice "
    "by objections from members who wanted a fuller account of its costs. Its chair "
    "said the figures would be published before the vote, and that nobody would be "
    "asked to decide without them."
)


def _wrapped(width: int, *paragraphs_text: str) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs_text)


@pytest.mark.parametrize("width", [45, 60, 72, 100])
def test_paragraphs_wrapped_lines_with_blank_line_paragraphs_are_one_paragraph(width: int) -> None:
    """Books, e-mail and wire copy wrap lines and end a paragraph with a blank line: the
    wrap breaks stay inside the paragraph, at exact offsets."""
    text = _wrapped(width, _PROSE, "“Short one,” she said.", _PROSE)
    paras = paragraphs(text)
    assert [" ".join(p.text.split()) for p in paras] == [_PROSE, "“Short one,” she said.", _PROSE]
    assert "\n" in paras[0].text
    assert all(text[p.start : p.end] == p.text for p in paras)


@pytest.mark.parametrize("separator", ["\n\n\n", "\n \n", "\n\n\n\n"])
def test_paragraphs_any_blank_lines_between_wrapped_paragraphs(separator: str) -> None:
    """Two blank lines, or one holding a space, separate wrapped paragraphs as one empty
    line does: the lines that wrap are found whatever the runs of breaks between them."""
    text = separator.join(textwrap.fill(p, 60) for p in (_PROSE, _PROSE, _PROSE))
    assert [" ".join(p.text.split()) for p in paragraphs(text)] == [_PROSE] * 3


def test_paragraphs_crlf_wrapped_text_is_read_the_same() -> None:
    """Windows line ends (CR LF) wrap as LF does."""
    text = _wrapped(60, _PROSE, _PROSE)
    crlf = text.replace("\n", "\r\n")
    assert [" ".join(p.text.split()) for p in paragraphs(crlf)] == [_PROSE, _PROSE]


def test_paragraphs_a_headline_and_its_subtitle_stay_two_lines() -> None:
    """One short pair of lines shows no wrap width: with too few full lines the document
    keeps a paragraph per line."""
    text = "Senate passes the budget after a long night;\nThe vote was close.\n\nBody text."
    assert _texts(paragraphs(text)) == [
        "Senate passes the budget after a long night;",
        "The vote was close.",
        "Body text.",
    ]


def test_paragraphs_short_lines_in_a_wrapped_document_are_their_own() -> None:
    """A heading, a list or verse in a wrapped book: lines that do not fill the width end
    their paragraph, and a list item never continues the line before."""
    text = "\n\n".join(
        [
            "CHAPTER I.\nThe Meeting",
            textwrap.fill(_PROSE, 64),
            "- first item of the list here\n- second item",
            textwrap.fill(_PROSE, 64),
        ]
    )
    texts = [" ".join(p.text.split()) for p in paragraphs(text)]
    assert texts == [
        "CHAPTER I.",
        "The Meeting",
        _PROSE,
        "- first item of the list here",
        "- second item",
        _PROSE,
    ]


def test_paragraphs_news_with_a_paragraph_per_line_is_unchanged() -> None:
    """Lines longer than any wrapper writes are paragraphs, blank lines or not."""
    text = f"{_PROSE}\n{_PROSE}\n\n{_PROSE}"
    assert _texts(paragraphs(text)) == [_PROSE, _PROSE, _PROSE]


def test_paragraphs_mixed_document_reads_each_block_by_its_lines() -> None:
    """News paragraphs on long lines, then a wrapped quotation of a letter."""
    text = f"{_PROSE}\n{_PROSE}\n\n{_wrapped(70, _PROSE, _PROSE)}"
    assert [" ".join(p.text.split()) for p in paragraphs(text)] == [_PROSE] * 4


def test_paragraphs_pdf_text_without_blank_lines_ends_a_paragraph_at_a_short_line() -> None:
    """Text pasted from a PDF wraps densely and ends a paragraph with a short line."""
    text = textwrap.fill(_PROSE, 64) + "\n" + textwrap.fill(_PROSE, 64)
    assert len(text.splitlines()[4]) < 30  # the first paragraph's short last line
    paras = paragraphs(text)
    assert [" ".join(p.text.split()) for p in paras] == [_PROSE, _PROSE]


@pytest.mark.parametrize("separator", ["\u2029", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_paragraphs_separators_always_end_a_paragraph(separator: str) -> None:
    """Form feeds and the paragraph and record separators are never wraps."""
    text = _wrapped(60, _PROSE, _PROSE).replace("\n", separator)
    assert all(separator not in p.text for p in paragraphs(text))


@pytest.mark.parametrize("separator", ["\u2029", "\x0c"])
def test_paragraphs_wrapped_text_after_a_separator_still_wraps(separator: str) -> None:
    """A page break or paragraph separator ends a paragraph; the wrapped lines after it
    are read as they would be after a blank line."""
    text = _wrapped(60, _PROSE) + separator + _wrapped(60, _PROSE, _PROSE)
    assert [" ".join(p.text.split()) for p in paragraphs(text)] == [_PROSE] * 3


@pytest.mark.parametrize("lines_before", [0, 1, 3])
def test_paragraphs_a_long_line_joined_to_a_block_keeps_its_lines(lines_before: int) -> None:
    """A block of short lines with a long line in it (by a wrap break) is not wrapped text:
    no wrapper writes the long line, so every line of the block is a paragraph."""
    long_line = _PROSE + " " + _PROSE
    short = textwrap.wrap(_PROSE, 60)
    text = "\n".join([*short[:lines_before], long_line, *short[lines_before:]])
    assert len(paragraphs(text)) == len(short) + 1


def test_paragraphs_skip_a_byte_order_mark() -> None:
    """A file saved with a byte-order mark: the mark is not part of the first paragraph,
    and offsets still count it."""
    text = "\ufeff“Hello,” Smith said.\n\ufeffNext line."
    paras = paragraphs(text)
    assert _texts(paras) == ["“Hello,” Smith said.", "Next line."]
    assert paras[0].start == 1


def test_paragraphs_headlines_of_random_lengths_do_not_show_a_wrap_width() -> None:
    """A digest of headlines with subtitles: some pairs happen to fill the width of the
    longest, but most do not, so no line is taken for a wrap."""
    pairs = [
        "Senate passes the budget after a long night;\nThe vote was close.",
        "Storm leaves thousands without power;\nCrews expect repairs to take days.",
        "Court hears challenge to new voting map across three counties;\nRuling due.",
        "Markets rise;\nInvestors shrug off a weak report on jobs and wages this spring.",
        "Mayor unveils a plan for bike lanes;\nCritics say it is too slow.",
        "Team wins title;\nFans pour into the streets.",
    ]
    text = "\n\n".join(pairs)
    assert _texts(paragraphs(text)) == [line for pair in pairs for line in pair.split("\n")]
