"""Property tests of the public API over hostile text.

The other test modules run their properties over plain Unicode (which hypothesis
draws without lone surrogates) or over small news alphabets. Here every property
shares one strategy, ``hostile_text``: arbitrary code points including lone
surrogates, control characters, bidi marks and isolates, combining marks, every
line separator, lone quotation marks of every style, zero-width characters, and
news fragments so that quotes are actually found.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import textwrap

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from quoteattr import (
    Extractor,
    Quote,
    Span,
    SpanError,
    evaluate,
    extract,
    link_documents,
    paragraphs,
    quote_from_dict,
    quote_to_dict,
    render_html,
    sentences,
)
from quoteattr.evaluation.sentences import score_sentences
from quoteattr.segment import sentences_in
from quoteattr.segment.layout import DENSE_LINES
from quoteattr.segment.tokens import tokens

# --- the hostile alphabet ------------------------------------------------------------

ANY_CHARACTER = st.characters(exclude_categories=())
"""Any code point at all: no category is excluded, so lone surrogates (Cs) can come."""

LONE_SURROGATES = st.characters(categories=["Cs"])
"""Lone surrogates, which ``st.text()`` never draws and ``ANY_CHARACTER`` draws rarely."""

CONTROLS = st.sampled_from([chr(c) for c in range(0x20)] + ["\x7f", "\x85"])
BIDI = st.sampled_from(list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
COMBINING = st.sampled_from(["\u0301", "\u0308", "\u20dd"])
LINE_BREAKS = st.sampled_from(["\r\n", "\r", "\n", "\u2028", "\u2029", "\x0b", "\x0c"])
QUOTE_MARKS = st.sampled_from(list("\"'“”‘’„‚«»‹›「」『』＂`"))
ZERO_WIDTH = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
NEWS = st.sampled_from(
    [
        "“We will win,” Peskov said.",
        "He said that",
        " the talks would go on.",
        "according to the Kremlin",
        ", according to the Kremlin.",
        "Mr.",
        "U.S.",
        "\n\n",
        " ",
        " ",
        ". ",
        ", ",
        " said",
        " he said.",
        "Kremlin spokesman Dmitry Peskov said",
        " “Soon,” he added.",
        '"Yes," she told AFP.',
        "Peskov",
        "Dmitry Peskov",
        " claimed that",
        "«Non», a dit Macron.",
        "“Why?” Smith asked.",
        "“I don’t know…” she said",
        "“First paragraph.\n\n“Second one,” he said.",
        "In a statement, the ministry said",
        " told reporters on Tuesday",
        "Kim Jong Un",
        "“It is,” said Mr. Smith, “a mistake.”",
        "The White House’s",
        "<script>alert(1)</script>",
        "&amp;",
    ]
)

PIECE = st.one_of(
    st.text(ANY_CHARACTER, max_size=4),
    LONE_SURROGATES,
    CONTROLS,
    BIDI,
    COMBINING,
    LINE_BREAKS,
    QUOTE_MARKS,
    ZERO_WIDTH,
    NEWS,
    NEWS,
    NEWS,
)

MAX_CHARS = 400

hostile_text = st.lists(PIECE, max_size=40).map(lambda pieces: "".join(pieces)[:MAX_CHARS])
"""Short texts mixing arbitrary Unicode, hostile characters and news fragments."""

EXTRACTORS = {
    "default": extract,
    "topics": Extractor(topics=True),
    "quotations-only": Extractor(reported=False),
}

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_span(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def _check_ordered(spans: list[Span]) -> None:
    """Non-empty, in text order, none overlapping the next."""
    for span in spans:
        assert span.start < span.end
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start


# --- extract ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXTRACTORS))
@FAST
@given(text=hostile_text)
def test_extract_spans_are_exact_ordered_and_deterministic(name: str, text: str) -> None:
    """Every span of every quote slices the text; fragments in order inside the content;
    confidence in [0, 1]; the same result twice."""
    run = EXTRACTORS[name]
    quotes = run(text)
    for quote in quotes:
        assert isinstance(quote, Quote)
        for span in quote.spans():  # content, fragments, cue, mention, speaker mentions
            _check_span(text, span)
        for fragment in quote.fragments:
            assert quote.content.contains(fragment)
        for before, after in itertools.pairwise(quote.fragments):
            assert before.end <= after.start
        assert 0.0 <= quote.confidence <= 1.0
    assert run(text) == quotes


UNORDERED = '"a “b”.'
"""Extractor(reported=False) once returned the quote at 1 ("a", unclosed) before the
mixed quote at 0 ('"a “b”'): it did not sort its quotes."""


@pytest.mark.parametrize("name", ["default", "topics", "quotations-only"])
@FAST
@example(text=UNORDERED)
@given(text=hostile_text)
def test_extract_quotes_come_in_text_order(name: str, text: str) -> None:
    """Extractor.__call__ promises "the quotes of one text, in text order"."""
    starts = [q.content.start for q in EXTRACTORS[name](text)]
    assert starts == sorted(starts)


_WORDS = st.sampled_from(
    [
        "the", "minister", "said", "that", "plans", "would", "change,", "and", "Smith",
        "told", "reporters.", "“We", "will", "see,”", "she", "added.", '"It', 'is', 'late,"',
        "according", "to", "officials", "Lee", "Kim", "it", "was", "over.", "—", "(he", "left)",
        "‘not", "now’", "he", "asked?", "“No.”", "Dr.", "U.S.", "can’t", "very-long-hyphened-word",
    ]
)  # fmt: skip
_PARAGRAPH = st.lists(_WORDS, min_size=12, max_size=60).map(" ".join)


def _found(text: str) -> list[tuple[str, str]]:
    """The quotes of ``text`` as kinds and texts, white space runs made one space."""
    return [(q.kind.value, " ".join(q.text.split())) for q in extract(text)]


@SLOW
@given(paragraphs=st.lists(_PARAGRAPH, min_size=2, max_size=5), width=st.integers(40, 100))
def test_wrapping_paragraphs_does_not_change_the_quotes_found(
    paragraphs: list[str], width: int
) -> None:
    """A blank-line document reads the same with its paragraphs on one line each or wrapped
    at any width: wrap breaks are white space, never paragraph ends."""
    wrapped = [
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    ]
    full_lines = sum(p.count("\n") for p in wrapped)
    assume(full_lines >= DENSE_LINES)  # fewer lines show no wrap width
    assert _found("\n\n".join(wrapped)) == _found("\n\n".join(paragraphs))


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


@FAST
@given(text=hostile_text)
def test_quote_records_round_trip_through_ascii_json(text: str) -> None:
    """quote_to_dict, json.dumps(ensure_ascii=True), json.loads, quote_from_dict: the same quote.

    Not for a str holding a high surrogate right before a low one as two code
    points: JSON reads their two escapes back as one character, so no JSON can
    carry that str (offsets are re-sliced from the text, but a speaker's name is not).
    """
    assume(_SURROGATE_PAIR.search(text) is None)
    for quote in extract(text):
        line = json.dumps(quote_to_dict(quote), ensure_ascii=True)
        assert line.isascii()
        assert quote_from_dict(json.loads(line), text) == quote


@SLOW
@given(texts=st.lists(hostile_text, max_size=6), batch_size=st.integers(1, 4))
def test_pipe_in_one_process_equals_extract(texts: list[str], batch_size: int) -> None:
    """pipe() in this process gives each text's extract(), in order, lazily or not."""
    piped = list(Extractor().pipe(texts, batch_size=batch_size, n_process=1))
    assert piped == [extract(t) for t in texts]
    pairs = list(Extractor().pipe(((t, i) for i, t in enumerate(texts)), as_tuples=True))
    assert pairs == [(extract(t), i) for i, t in enumerate(texts)]


# --- segmentation and tokens ----------------------------------------------------------

SPLITLINES_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters str.splitlines breaks at: the module's line breaks."""


def _trimmed(text: str) -> str:
    """``text`` without the white space and byte-order marks around it."""
    return re.sub(r"^[\s\ufeff]+|[\s\ufeff]+$", "", text)


@FAST
@given(text=hostile_text)
def test_sentences_and_paragraphs_are_trimmed_ordered_slices(text: str) -> None:
    """Paragraphs and sentences slice the text, in order, never empty, never overlapping,
    trimmed; the paragraphs' lines are the text's non-blank lines; a sentence never leaves
    its paragraph, and sentences_in a one-line paragraph gives its sentences."""
    paras = paragraphs(text)
    sents = sentences(text)
    for spans in (paras, sents):
        _check_ordered(spans)
        for span in spans:
            _check_span(text, span)
            assert span.text == _trimmed(span.text)
    lines = [_trimmed(line) for para in paras for line in para.text.splitlines()]
    assert lines == [_trimmed(line) for line in text.splitlines() if _trimmed(line)]
    for para in paras:
        inside = [s for s in sents if para.contains(s)]
        if not any(c in SPLITLINES_BREAKS for c in para.text):
            assert sentences_in(text, para.start, para.end) == inside
    assert sum(1 for s in sents for p in paras if p.contains(s)) == len(sents)


@FAST
@given(text=hostile_text)
def test_tokens_are_ordered_slices_without_white_space(text: str) -> None:
    """Tokens slice the text, in order, never overlap, and hold no white space."""
    found = tokens(text)
    _check_ordered(found)
    for token in found:
        _check_span(text, token)
        assert not any(c.isspace() for c in token.text)
    assert "".join(t.text for t in found) == "".join(c for c in text if not c.isspace())


# --- linking ---------------------------------------------------------------------------


def _fixed(quote: Quote) -> tuple[object, ...]:
    """Everything of a quote that linking must not change."""
    speaker = quote.speaker
    who = None if speaker is None else (speaker.kind, speaker.mentions)
    return (quote.kind, quote.content, quote.fragments, quote.cue, quote.mention, quote.flags, who)


@SLOW
@given(texts=st.lists(hostile_text, max_size=5))
def test_link_documents_changes_only_names_sieve_and_confidence(texts: list[str]) -> None:
    """Same shape and order; spans and kinds kept; only speaker names, sieve, confidence move."""
    documents = [extract(t) for t in texts]
    linked = link_documents(documents)
    assert [len(d) for d in linked] == [len(d) for d in documents]
    for text, before, after in zip(texts, documents, linked, strict=True):
        for old, new in zip(before, after, strict=True):
            assert _fixed(new) == _fixed(old)
            for span in new.spans():
                _check_span(text, span)
            assert 0.0 <= new.confidence <= 1.0
            if new.speaker != old.speaker:
                assert old.speaker is not None
                assert " " not in old.speaker.name


# --- the HTML view ---------------------------------------------------------------------

_ARTICLE = re.compile(r'<div class="article">(.*?)</div>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


@FAST
@given(text=hostile_text, title=hostile_text)
def test_render_html_escapes_and_gives_the_text_back(text: str, title: str) -> None:
    """The page is a str with no script from the text or title, and its article, tags
    removed and unescaped, is the text exactly."""
    page = render_html(text, extract(text), title=title)
    assert isinstance(page, str)
    assert "<script" not in page.lower()
    (article,) = _ARTICLE.findall(page)
    assert html.unescape(_TAG.sub("", article)) == text


# --- scoring ---------------------------------------------------------------------------


@FAST
@given(texts=st.lists(hostile_text, max_size=4))
def test_evaluate_gold_against_itself_is_perfect(texts: list[str]) -> None:
    """Gold built from extract's quotes, scored against the same quotes (as Quote objects
    and as records), has F1 1.0 at every threshold, or 0.0 with no gold quote at all."""
    gold = [
        {"id": str(i), "text": t, "quotes": [quote_to_dict(q) for q in extract(t)]}
        for i, t in enumerate(texts)
    ]
    total = sum(len(doc["quotes"]) for doc in gold)
    as_quotes = {str(i): extract(t) for i, t in enumerate(texts)}
    as_records = {doc["id"]: doc["quotes"] for doc in gold}
    for predictions in (as_quotes, as_records):
        report = evaluate(gold, predictions)
        assert report.documents == len(texts)
        assert report.gold == report.predicted == total
        for scores in (report.exact, report.overlap_80, report.overlap_30):
            assert (scores.tp, scores.fp, scores.fn) == (total, 0, 0)
            assert scores.f1 == (1.0 if total else 0.0)
        assert report.kind.correct == report.kind.total == total
        assert report.speaker_mention.correct == report.speaker_mention.total
        assert report.speaker_entity.correct == report.speaker_entity.total
        assert report.unknown_ids == ()
    empty = evaluate([], {})
    assert (empty.documents, empty.gold, empty.exact.f1) == (0, 0, 0.0)
    assert evaluate([], as_quotes).unknown_ids == tuple(sorted(as_quotes))


@FAST
@given(texts=st.lists(hostile_text, max_size=4))
def test_score_sentences_own_sentences_are_perfect(texts: list[str]) -> None:
    """Gold = quoteattr's own sentences: every document right, F1 1.0 (0.0 with no
    boundary at all); a segmenter that keeps the trailing white space scores the same."""
    gold = [
        {"id": str(i), "text": t, "sentences": [s.text for s in sentences(t)]}
        for i, t in enumerate(texts)
    ]
    report = score_sentences(gold)
    b = report.boundaries
    assert report.documents == report.documents_right == len(texts)
    assert report.sentences == sum(len(doc["sentences"]) for doc in gold)
    assert (b.fp, b.fn) == (0, 0)
    assert b.f1 == (1.0 if b.tp else 0.0)

    def padded(text: str) -> list[tuple[int, int]]:
        spans = sentences(text)
        if not spans:
            return []
        ends = [s.start for s in spans[1:]] + [len(text)]
        return [(s.start, end) for s, end in zip(spans, ends, strict=True)]

    assert score_sentences(gold, padded) == report


# --- spans ------------------------------------------------------------------------------


@FAST
@given(text=hostile_text, data=st.data())
def test_span_of_and_unchecked_agree_with_slicing(text: str, data: st.DataObject) -> None:
    """In range, Span.of and Span.unchecked are the slice; out of range Span.of raises."""
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    span = Span.of(text, start, end)
    assert span == Span.unchecked(text, start, end)
    assert (span.start, span.end, span.text, len(span)) == (
        start,
        end,
        text[start:end],
        end - start,
    )
    bad_start, bad_end = data.draw(
        st.one_of(
            st.tuples(st.integers(max_value=-1), st.integers(0, len(text))),
            st.tuples(st.integers(0, len(text)), st.integers(min_value=len(text) + 1)),
            st.integers(1, len(text) + 1).map(lambda s: (s, s - 1)),
        ),
        label="out of range",
    )
    with pytest.raises(SpanError):
        Span.of(text, bad_start, bad_end)
