"""Tests for quoteattr.io.serialize: field names and order, round trips, bad records, gold seeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import extract
from quoteattr.errors import FormatError
from quoteattr.io.serialize import QUOTE_FIELDS, quote_from_dict, quote_to_dict, quotes_to_dicts
from quoteattr.model import Kind, Quote, Span, Speaker, SpeakerKind

SEEDS_GOLD = Path(__file__).resolve().parents[2] / "seeds" / "seeds.gold.jsonl"

COMMON_FIELDS = [
    "start",
    "end",
    "text",
    "type",
    "fragments",
    "cue",
    "cue_start",
    "cue_end",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_entity",
]
OWN_FIELDS = ["speaker_kind", "speaker_mentions", "confidence", "sieve", "flags"]

TEXT = "“The talks went well,” Peskov said. “We agreed,” he added. Putin smiled."


def span(part: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``part`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return Span.of(TEXT, start, start + len(part))


def full_quote() -> Quote:
    """A quote with every field set."""
    content = span("The talks went well,")
    peskov, he = span("Peskov"), span("he", 1)
    return Quote(
        kind=Kind.DIRECT,
        content=content,
        fragments=(span("The talks"), span("went well")),
        cue=span("said"),
        mention=peskov,
        speaker=Speaker("Dmitry Peskov", SpeakerKind.PERSON, (peskov, he)),
        confidence=0.875,
        sieve="trailing",
        flags=("unclosed",),
    )


def bare_quote() -> Quote:
    """A quote without cue, mention or speaker."""
    content = span("We agreed,")
    return Quote(Kind.INDIRECT, content, (content,))


def test_serialize_field_names_and_order() -> None:
    """quote_to_dict gives the common-format fields first, then quoteattr's own, in order."""
    assert list(quote_to_dict(full_quote())) == COMMON_FIELDS + OWN_FIELDS
    assert list(quote_to_dict(bare_quote())) == COMMON_FIELDS + OWN_FIELDS


def test_serialize_field_values() -> None:
    """quote_to_dict writes offsets, texts and kinds as plain JSON values."""
    record = quote_to_dict(full_quote())
    assert record == {
        "start": 1,
        "end": 21,
        "text": "The talks went well,",
        "type": "direct",
        "fragments": [[1, 10], [11, 20]],
        "cue": "said",
        "cue_start": 30,
        "cue_end": 34,
        "speaker": "Peskov",
        "speaker_start": 23,
        "speaker_end": 29,
        "speaker_entity": "Dmitry Peskov",
        "speaker_kind": "person",
        "speaker_mentions": [[23, 29], [49, 51]],
        "confidence": 0.875,
        "sieve": "trailing",
        "flags": ["unclosed"],
    }
    assert json.loads(json.dumps(record)) == record


def test_serialize_missing_parts_are_null() -> None:
    """A quote without cue, mention or speaker has null fields and no speaker mentions."""
    record = quote_to_dict(bare_quote())
    for name in [*COMMON_FIELDS[5:], "speaker_kind"]:
        assert record[name] is None, name
    assert record["speaker_mentions"] == []
    assert record["flags"] == []
    assert record["type"] == "indirect"


@pytest.mark.parametrize("make", [full_quote, bare_quote])
def test_serialize_round_trip(make: Any) -> None:
    """quote_from_dict(quote_to_dict(q), text) == q, also through JSON."""
    quote = make()
    assert quote_from_dict(quote_to_dict(quote), TEXT) == quote
    assert quote_from_dict(json.loads(json.dumps(quote_to_dict(quote))), TEXT) == quote


def test_serialize_quotes_to_dicts_keeps_order() -> None:
    """quotes_to_dicts gives one record per quote, in order."""
    quotes = [full_quote(), bare_quote()]
    assert quotes_to_dicts(quotes) == [quote_to_dict(q) for q in quotes]
    assert quotes_to_dicts([]) == []


@st.composite
def spans_in(draw: st.DrawFn, text: str, lo: int = 0, hi: int | None = None) -> Span:
    """A valid span of ``text`` within [lo, hi]."""
    hi = len(text) if hi is None else hi
    start = draw(st.integers(lo, hi))
    end = draw(st.integers(start, hi))
    return Span.of(text, start, end)


@st.composite
def texts_and_quotes(draw: st.DrawFn) -> tuple[str, Quote]:
    """A random text and a quote built from random valid offsets into it."""
    text = draw(st.text(max_size=60))
    content = draw(spans_in(text))
    fragments = draw(st.lists(spans_in(text, content.start, content.end), min_size=1, max_size=4))
    # non-empty: an empty cue or mention span is written as null (reported as a bug)
    words = st.none() | (spans_in(text).filter(len) if text else st.none())
    cue = draw(words)
    mention = draw(words)
    speaker = draw(
        st.none()
        | st.builds(
            Speaker,
            st.text(max_size=20),
            st.sampled_from(SpeakerKind),
            st.lists(spans_in(text), max_size=3),
        )
    )
    quote = Quote(
        kind=draw(st.sampled_from(Kind)),
        content=content,
        fragments=fragments,
        cue=cue,
        mention=mention,
        speaker=speaker,
        # the record keeps four decimals, so draw confidences that have at most four
        confidence=draw(st.integers(0, 10_000)) / 10_000,
        sieve=draw(st.text(min_size=1, max_size=12)),
        flags=draw(st.lists(st.text(max_size=10), max_size=3)),
    )
    return text, quote


@given(texts_and_quotes())
def test_serialize_round_trip_property(case: tuple[str, Quote]) -> None:
    """Any quote over any text survives quote_to_dict, JSON and quote_from_dict unchanged."""
    text, quote = case
    record = quote_to_dict(quote)
    assert list(record) == COMMON_FIELDS + OWN_FIELDS
    assert quote_from_dict(record, text) == quote
    assert quote_from_dict(json.loads(json.dumps(record)), text) == quote


def test_serialize_confidence_rounded_to_four_decimals() -> None:
    """The record's confidence is rounded to four decimals."""
    quote = Quote(Kind.DIRECT, span("We"), (span("We"),), confidence=0.123456)
    assert quote_to_dict(quote)["confidence"] == 0.1235


@pytest.mark.parametrize("field", ["start", "end", "type"])
def test_serialize_missing_field_raises_format_error(field: str) -> None:
    """A record without start, end or type raises FormatError naming the field."""
    record = quote_to_dict(full_quote())
    del record[field]
    with pytest.raises(FormatError, match=f"'{field}'.*quote_to_dict"):
        quote_from_dict(record, TEXT)


@pytest.mark.parametrize(
    "changes",
    [
        {"end": len(TEXT) + 1},
        {"start": -1},
        {"start": 10, "end": 5},
        {"fragments": [[0, len(TEXT) + 5]]},
        {"cue_start": 70, "cue_end": 90},
        {"speaker_start": 5, "speaker_end": 2},
        {"speaker_mentions": [[0, 500]]},
    ],
)
def test_serialize_record_outside_text_raises_format_error(changes: dict[str, Any]) -> None:
    """A record whose offsets do not fit the text raises FormatError saying so."""
    record = quote_to_dict(full_quote()) | changes
    with pytest.raises(FormatError, match="not a quote record of the common format"):
        quote_from_dict(record, TEXT)


def test_serialize_record_for_a_shorter_text_raises_format_error() -> None:
    """A record read against a text too short for it names the text's length."""
    with pytest.raises(FormatError, match="outside a text of 10 characters"):
        quote_from_dict(quote_to_dict(full_quote()), TEXT[:10])


@pytest.mark.parametrize(
    "changes",
    [
        {"type": "quoted"},
        {"speaker_kind": "robot"},
        {"start": "one"},
        {"fragments": [[1]]},
        {"fragments": [1, 21]},
        {"confidence": 1.5},
        {"fragments": [[0, 30]]},
    ],
)
def test_serialize_malformed_record_raises_format_error(changes: dict[str, Any]) -> None:
    """Unknown kinds, non-integer offsets, bad fragments or confidences raise FormatError."""
    record = quote_to_dict(full_quote()) | changes
    with pytest.raises(FormatError):
        quote_from_dict(record, TEXT)


def test_serialize_format_error_is_a_value_error() -> None:
    """A bad record can be caught with ``except ValueError``."""
    with pytest.raises(ValueError, match="quote_to_dict"):
        quote_from_dict({}, TEXT)


def test_serialize_minimal_record() -> None:
    """A record with only start, end and type gives a plain quote with one fragment."""
    quote = quote_from_dict({"start": 1, "end": 21, "type": "mixed"}, TEXT)
    content = span("The talks went well,")
    assert quote == Quote(Kind.MIXED, content, (content,))


def test_serialize_speaker_kind_defaults_to_unknown() -> None:
    """A record with a speaker entity but no speaker kind gives an UNKNOWN speaker."""
    record = quote_to_dict(full_quote()) | {"speaker_kind": None, "speaker_mentions": None}
    speaker = quote_from_dict(record, TEXT).speaker
    assert speaker == Speaker("Dmitry Peskov", SpeakerKind.UNKNOWN, ())


def load_gold() -> list[tuple[str, dict[str, Any]]]:
    """Every (document text, gold record) pair of the seed gold file."""
    pairs: list[tuple[str, dict[str, Any]]] = []
    with SEEDS_GOLD.open(encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            pairs.extend((document["text"], record) for record in document["quotes"])
    return pairs


GOLD = load_gold()


def test_serialize_gold_file_is_not_empty() -> None:
    """The seed gold file holds quote records."""
    assert len(GOLD) > 10


@pytest.mark.parametrize(("text", "record"), GOLD)
def test_serialize_gold_records_load(text: str, record: dict[str, Any]) -> None:
    """Every gold seed record loads, its spans equal the text slices, and it round-trips."""
    quote = quote_from_dict(record, text)
    assert (quote.start, quote.end, quote.text) == (record["start"], record["end"], record["text"])
    assert quote.kind.value == record["type"]
    for piece in quote.spans():
        assert text[piece.start : piece.end] == piece.text
    if record.get("cue_start") is not None:
        assert quote.cue is not None
        assert quote.cue.text == record["cue"]
    if record.get("speaker_start") is not None:
        assert quote.mention is not None
        assert quote.mention.text == record["speaker"]
    if record.get("speaker_entity") is not None:
        assert quote.speaker is not None
        assert quote.speaker.name == record["speaker_entity"]
    assert quote_from_dict(quote_to_dict(quote), text) == quote


def test_serialize_empty_cue_and_mention_spans_survive_a_round_trip() -> None:
    """Empty (zero-length) cue and mention spans are kept, not written as null."""
    text = "abc"
    content = Span.of(text, 0, 3)
    quote = Quote(
        Kind.DIRECT,
        content,
        (content,),
        cue=Span.of(text, 0, 0),
        mention=Span.of(text, 3, 3),
        sieve="",
    )
    assert quote_from_dict(quote_to_dict(quote), text) == quote


def test_quote_fields_name_the_record_keys_in_order() -> None:
    """QUOTE_FIELDS (the CSV columns, the Spark struct) is the key order of quote_to_dict."""
    quote = extract("“Yes,” Peskov said.")[0]
    assert tuple(quote_to_dict(quote)) == QUOTE_FIELDS
