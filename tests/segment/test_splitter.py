"""Tests for quoteattr.segment.splitter: sentences as exact spans, within paragraphs."""

from __future__ import annotations

import gc
import importlib
import itertools
from pathlib import Path
from typing import Any

import pytest
from casetable import load_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.errors import InputError, SpanError
from quoteattr.model import Span
from quoteattr.segment import paragraphs, sentences, sentences_in
from quoteattr.segment.layout import LINE_BREAKS

# ``quoteattr.segment.splitter`` as an attribute is the re-exported function, so the
# module itself is looked up by name.
segmenter = importlib.import_module("quoteattr.segment.splitter")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


CASES = load_cases("segment_cases.jsonl")


def _texts(spans: list[Span]) -> list[str]:
    return [s.text for s in spans]


def _check_spans(text: str, spans: list[Span]) -> None:
    """Every span is exact, non-empty, trimmed, in order and non-overlapping."""
    previous_end = 0
    for span in spans:
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        assert span.text == text[span.start : span.end]
        assert span.text == span.text.strip()
        previous_end = span.end


def _check_segmentation(text: str) -> None:
    """The invariants that hold for any text: exact spans, lines respected, gaps blank."""
    paras = paragraphs(text)
    sents = sentences(text)
    _check_spans(text, paras)
    _check_spans(text, sents)
    assert all(not p.text.splitlines()[1:] for p in paras)
    covered = 0
    for para in paras:
        assert not text[covered : para.start].strip()
        covered = para.end
        inside = [s for s in sents if para.contains(s)]
        assert inside == sentences_in(text, para.start, para.end)
        assert inside[0].start == para.start
        assert inside[-1].end == para.end
        for left, right in itertools.pairwise(inside):
            assert not text[left.end : right.start].strip()
    assert not text[covered:].strip()
    assert sum(len([s for s in sents if p.contains(s)]) for p in paras) == len(sents)


# --- the case table ---------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_sentences_case_table(case: dict[str, Any]) -> None:
    """Each case in segment_cases.jsonl splits into exactly its listed sentences."""
    text = case["text"]
    got = sentences(text)
    assert _texts(got) == case["sentences"]
    _check_spans(text, got)


def test_sentences_case_table_is_large_and_unique() -> None:
    """The case table has at least 80 cases (the issue-6 floor), each with a distinct id."""
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 80
    assert len(set(ids)) == len(ids)


# --- behaviours ---------------------------------------------------------------------


def test_sentences_never_cross_a_line() -> None:
    """A sentence ends at the end of its line even without final punctuation."""
    text = "Mr.\nSmith arrived\nand left. Then"
    assert _texts(sentences(text)) == ["Mr.", "Smith arrived", "and left.", "Then"]


def test_sentences_open_paragraph_quote_ends_at_paragraph_end() -> None:
    """A paragraph that opens a quote and never closes it ends its last sentence at the line end."""
    text = "“We will keep going. Nothing will stop us\n“And the second paragraph goes on,” he said."
    assert _texts(sentences(text)) == [
        "“We will keep going.",
        "Nothing will stop us",
        "“And the second paragraph goes on,” he said.",
    ]


def test_sentences_in_groups_by_paragraph() -> None:
    """sentences_in over a paragraph span gives its sentences, with offsets into the text."""
    text = "Headline\n\nHe left. “We will go,” he said.\nShe stayed."
    paras = paragraphs(text)
    grouped = [_texts(sentences_in(text, p.start, p.end)) for p in paras]
    assert grouped == [["Headline"], ["He left.", "“We will go,” he said."], ["She stayed."]]
    flat = [s for p in paras for s in sentences_in(text, p.start, p.end)]
    assert flat == sentences(text)


def test_sentences_in_sub_range() -> None:
    """sentences_in segments only the given range and keeps offsets into the whole text."""
    text = "Ignored. He left. She stayed. Ignored too."
    start = text.index("He")
    end = text.index(" Ignored too")
    got = sentences_in(text, start, end)
    assert _texts(got) == ["He left.", "She stayed."]
    assert got[0].start == start


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, 99)])
def test_sentences_in_rejects_bad_range(start: int, end: int) -> None:
    """An offset range outside the text raises SpanError, a ValueError."""
    with pytest.raises(SpanError, match="outside a text"):
        sentences_in("Short text.", start, end)
    with pytest.raises(ValueError, match="paragraphs"):
        sentences_in("Short text.", start, end)


def test_sentences_in_rejects_non_int_offsets() -> None:
    """Offsets that are not ints raise InputError saying what to pass."""
    with pytest.raises(InputError, match=r"int offsets, got start=1\.5"):
        sentences_in("Short text.", 1.5, 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"bytes text.", r"takes str, got bytes; decode it first"),
        (bytearray(b"x"), r"takes str, got bytearray; decode it first"),
        (None, r"takes str, got NoneType; pass the article text as a str"),
        (42, r"takes str, got int"),
        (["a list."], r"takes str, got list"),
    ],
)
def test_sentences_non_str_raises_input_error(value: object, message: str) -> None:
    """A non-str argument raises InputError (a TypeError) with a message that says what to pass."""
    with pytest.raises(InputError, match=message):
        sentences(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"sentences\(\)"):
        sentences(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n\u00a0\u2029\u3000 "])
def test_sentences_blank_text_gives_no_spans(text: str) -> None:
    """Empty or white-space-only text has no paragraphs and no sentences."""
    assert paragraphs(text) == []
    assert sentences(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lone \ud800 surrogate. Another \udfff one.",
        "Control\x00chars\x07. Here\x1b[0m. \x1f Next.",
        "Mojibake â€œquotedâ€\x9d. Then more.",
        "Unbalanced “quote. ” » ‹ ( [ ' \" Done.",
        ". . . ! ? … “” ’’ ))",
        "\u2028Line separator. \x85Next line.\x0bVertical tab.\x0cForm feed.",
        "a.b.c.d.e. f. G. H.I.J. K",
        "x" * 5000 + ". Y",
    ],
)
def test_sentences_messy_text_never_raises(text: str) -> None:
    """Messy text (surrogates, control characters, stray marks) segments without raising."""
    _check_segmentation(text)


# --- the seed articles -------------------------------------------------------------

SEED_SENTENCES = {
    "000_153731bfbc5ac2c5.txt": (
        24,
        [
            "Kim, in turn, gave Putin a carbine made in North Korea.",
            "As the Kremlin spokesman further announced, Kim’s visit to Russia will last "
            "“a few more days.”",
            "Neither the USA nor South Korea are clear about the consequences of such an arms "
            "deal.",
        ],
    ),
    "001_e3048dc01d6e26c3.txt": (
        25,
        [
            "Russia seeking help with ammunition",
            "U.S. and South Korean officials have expressed concern that the rare meeting could "
            "lead to a deal to supply Russia with ammunition for the war in Ukraine.",
            "I’m Mario Ritter, Jr.",
        ],
    ),
    "002_71f3c18bbb394e61.txt": (
        34,
        [
            "Putin meets Kim Jong Un, says Russia will help North Korea build satellites",
            "“We’ll talk about all the issues without haste.",
            "There is time,” he said when asked by reporters whether military cooperation would "
            "be on the agenda.",
            "Sep 13, 2023",
        ],
    ),
    "003_4cb168a61ae8993f.txt": (
        28,
        [
            "“That’s why we came here.",
            "An Chan-il, a defector-turned-researcher who heads the Global Institute for North "
            "Korea Studies, said before the meeting that “the spaceport seems to be the optimal "
            "location because it meets mutual interests, such as the provision of satellite "
            "technology requested by North Korea.",
            "Russia is interested in North Korea’s stockpile of artillery shells, likely used in "
            "Ukraine, while Pyongyang is seeking help to modernize its Soviet-era equipment, "
            "particularly for its army. air and its navy, he added.",
        ],
    ),
    "004_7f18ab9d1eea9f17.txt": (
        22,
        [
            "Russian President Vladimir Putin promised to help North Korea build satellites.",
            "Still, it has not succeeded in putting working spy satellites into orbit.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_SENTENCES))
def test_sentences_seed_articles(name: str) -> None:
    """The seed articles split into their hand-checked sentences, tricky lines included."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    count, expected = SEED_SENTENCES[name]
    got = sentences(text)
    assert len(got) == count
    for sentence in expected:
        assert sentence in _texts(got)
    _check_segmentation(text)


# --- properties --------------------------------------------------------------------

_PIECES = [
    "He", "She", "The", "But", "Putin", "Kim", "said", "asked", "officials", "it", "we", "they",
    "Mr.", "Dr.", "Gen.", "U.S.", "U.N.", "a.m.", "p.m.", "e.g.", "etc.", "Inc.", "Jr.", "No.",
    "J.", "W.", "A.", "I.", "3.2", "2.5%", "$10",
    ".", "?", "!", "…", "...", ",", ":", ";", "—", "-", "[12]", "(", ")", "[", "]",
    '"', "'", "“", "”", "‘", "’", "«", "»", "''",
    " ", " ", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\r\n", "\r", "\u2029", "\x0b", "\x85",
]  # fmt: skip


newsy_text = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=300)
@given(st.text())
def test_sentences_arbitrary_text_keeps_invariants(text: str) -> None:
    """On any str (surrogates, control characters), spans are exact, ordered and trimmed."""
    _check_segmentation(text)


@settings(max_examples=500)
@given(newsy_text)
def test_sentences_newsy_text_keeps_invariants(text: str) -> None:
    """On text built from words, abbreviations, marks and line breaks, the invariants hold."""
    _check_segmentation(text)


@given(st.lists(newsy_text, max_size=5), st.sampled_from(["\n", "\r\n", "\n\n", "\u2029"]))
def test_sentences_paragraphs_are_segmented_independently(lines: list[str], sep: str) -> None:
    """Every sentence lies inside one paragraph, and a one-line paragraph's sentences are
    those of the paragraph segmented alone."""
    text = sep.join(lines)
    found = sentences(text)
    inside_some = 0
    for para in paragraphs(text):
        inside = [s for s in found if para.start <= s.start and s.end <= para.end]
        inside_some += len(inside)
        if set(para.text).isdisjoint(LINE_BREAKS):
            assert inside == sentences_in(text, para.start, para.end)
    assert inside_some == len(found)


@pytest.mark.parametrize("enabled", [True, False])
def test_sentences_leaves_the_garbage_collector_as_it_found_it(
    enabled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector is paused while spans are built, then restored, even when building fails."""
    seen: list[bool] = []

    def failing(text: str, start: int, end: int) -> list[Span]:
        seen.append(gc.isenabled())
        raise RuntimeError(text)

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert _texts(sentences("One. Two.")) == ["One.", "Two."]
        assert gc.isenabled() is enabled
        monkeypatch.setattr(segmenter, "_sentences", failing)
        with pytest.raises(RuntimeError):
            sentences_in("One.", 0, 4)
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_sentences_a_range_segments_like_its_own_text() -> None:
    """A line that ends in initials and trailing spaces splits the same alone and in context."""
    text = "Ask J. A. \nOk"
    assert sentences_in(text, 0, 9) == [s for s in sentences(text) if s.end <= 9]
