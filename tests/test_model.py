"""Tests for quoteattr.model: span validation, frozen value classes, quotes and kinds."""

from __future__ import annotations

import pickle

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError

from quoteattr.errors import QuoteattrError, SpanError
from quoteattr.model import Kind, Quote, Span, Speaker, SpeakerKind

TEXT = "Peskov said “the talks went well.” Putin agreed."
CONTENT = Span.of(TEXT, 12, 34)
CUE = Span.of(TEXT, 7, 11)
MENTION = Span.of(TEXT, 0, 6)
SPEAKER = Speaker("Dmitry Peskov", SpeakerKind.PERSON, (MENTION,))


def make_quote(**changes: object) -> Quote:
    """A direct quote over CONTENT, with any field replaced."""
    fields: dict[str, object] = {
        "kind": Kind.DIRECT,
        "content": CONTENT,
        "fragments": (CONTENT,),
        "cue": CUE,
        "mention": MENTION,
        "speaker": SPEAKER,
        "confidence": 0.9,
        "sieve": "trailing",
        "flags": (),
    }
    fields.update(changes)
    return Quote(**fields)  # type: ignore[arg-type]


def test_model_span_error_is_a_value_error() -> None:
    """SpanError is a QuoteattrError and a ValueError."""
    assert issubclass(SpanError, ValueError)
    assert issubclass(SpanError, QuoteattrError)


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (-1, 2, "abc"),
        (-5, -2, "abc"),
        (5, 4, ""),
        (3, 1, "ab"),
        (0, 3, "ab"),
        (0, 2, "abc"),
        (2, 2, "x"),
    ],
)
def test_model_span_rejects_bad_offsets(start: int, end: int, text: str) -> None:
    """A negative start, an end before the start or a text of the wrong length raise SpanError."""
    with pytest.raises(SpanError):
        Span(start, end, text)


def test_model_span_error_caught_as_value_error() -> None:
    """A broken span can be caught with ``except ValueError``."""
    with pytest.raises(ValueError, match=r"Span\.of"):
        Span(0, 3, "ab")


@pytest.mark.parametrize(("start", "end", "text"), [(0, 0, ""), (3, 6, "abc"), (10, 11, "x")])
def test_model_span_accepts_consistent_offsets(start: int, end: int, text: str) -> None:
    """A span whose text length equals end - start is valid, empty spans included."""
    span = Span(start, end, text)
    assert (span.start, span.end, span.text) == (start, end, text)
    assert len(span) == end - start


@pytest.mark.parametrize(
    ("start", "end"), [(0, 0), (0, len(TEXT)), (7, 11), (len(TEXT), len(TEXT))]
)
def test_model_span_of_is_the_exact_slice(start: int, end: int) -> None:
    """Span.of(source, start, end) carries source[start:end] at those offsets."""
    span = Span.of(TEXT, start, end)
    assert span == Span(start, end, TEXT[start:end])
    assert span.text == TEXT[start:end]


@pytest.mark.parametrize(
    ("start", "end"), [(0, 0), (0, len(TEXT)), (7, 11), (len(TEXT), len(TEXT))]
)
def test_model_span_unchecked_equals_the_checked_span(start: int, end: int) -> None:
    """Span.unchecked, the segmenter's fast constructor, builds the same frozen value as Span.of."""
    span = Span.unchecked(TEXT, start, end)
    assert span == Span.of(TEXT, start, end)
    assert hash(span) == hash(Span.of(TEXT, start, end))
    with pytest.raises(FrozenInstanceError):
        span.start = 1  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, len(TEXT) + 1), (60, 70)])
def test_model_span_of_rejects_offsets_outside_the_text(start: int, end: int) -> None:
    """Span.of rejects offsets outside the text."""
    with pytest.raises(SpanError, match="outside"):
        Span.of(TEXT, start, end)


def test_model_span_contains() -> None:
    """Span.contains holds for a span inside, including the span itself, and not across edges."""
    outer = Span.of(TEXT, 5, 20)
    assert outer.contains(Span.of(TEXT, 5, 20))
    assert outer.contains(Span.of(TEXT, 7, 11))
    assert not outer.contains(Span.of(TEXT, 4, 11))
    assert not outer.contains(Span.of(TEXT, 7, 21))


@pytest.mark.parametrize(
    ("value", "attribute"),
    [
        (Span.of(TEXT, 0, 6), "start"),
        (Span.of(TEXT, 0, 6), "text"),
        (SPEAKER, "name"),
        (SPEAKER, "mentions"),
        (make_quote(), "confidence"),
        (make_quote(), "content"),
    ],
)
def test_model_values_are_frozen(value: object, attribute: str) -> None:
    """Assigning to a Span, Speaker or Quote attribute raises FrozenInstanceError."""
    with pytest.raises(FrozenInstanceError):
        setattr(value, attribute, getattr(value, attribute))


@pytest.mark.parametrize("cls", [Span, Speaker, Quote])
def test_model_values_use_slots(cls: type) -> None:
    """Span, Speaker and Quote are slotted classes whose instances have no __dict__."""
    assert "__slots__" in cls.__dict__
    assert attrs.has(cls)
    instance = {Span: CONTENT, Speaker: SPEAKER, Quote: make_quote()}[cls]
    assert not hasattr(instance, "__dict__")


def test_model_quote_delegates_to_content() -> None:
    """Quote.start, .end and .text are those of its content span."""
    quote = make_quote()
    assert (quote.start, quote.end, quote.text) == (12, 34, "“the talks went well.”")
    assert TEXT[quote.start : quote.end] == quote.text


def test_model_quote_needs_a_fragment() -> None:
    """A quote with no fragments raises SpanError."""
    with pytest.raises(SpanError, match="at least one fragment"):
        make_quote(fragments=())


@pytest.mark.parametrize(("start", "end"), [(11, 20), (20, 35), (0, 6), (35, 40)])
def test_model_quote_fragments_lie_inside_content(start: int, end: int) -> None:
    """A fragment reaching outside the content raises SpanError."""
    with pytest.raises(SpanError, match="inside the content"):
        make_quote(fragments=(Span.of(TEXT, 13, 20), Span.of(TEXT, start, end)))


def test_model_quote_accepts_several_fragments_inside_content() -> None:
    """Several fragments inside the content are kept in order."""
    pieces = (Span.of(TEXT, 13, 22), Span.of(TEXT, 23, 33))
    assert make_quote(fragments=pieces).fragments == pieces


@pytest.mark.parametrize("confidence", [-0.01, 1.01, 2, -1, float("nan"), float("inf")])
def test_model_quote_confidence_outside_unit_interval_raises(confidence: float) -> None:
    """A confidence outside [0, 1] raises ValueError."""
    with pytest.raises(ValueError, match="confidence"):
        make_quote(confidence=confidence)


@pytest.mark.parametrize("confidence", [0, 0.0, 0.5, 1, 1.0, "0.25"])
def test_model_quote_confidence_inside_unit_interval_is_a_float(confidence: object) -> None:
    """A confidence in [0, 1] is kept, converted to float."""
    quote = make_quote(confidence=confidence)
    assert isinstance(quote.confidence, float)
    assert quote.confidence == float(confidence)  # type: ignore[arg-type]


def test_model_quote_defaults() -> None:
    """A quote built from kind, content and fragments has no cue, mention or speaker."""
    quote = Quote(Kind.INDIRECT, CONTENT, (CONTENT,))
    assert (quote.cue, quote.mention, quote.speaker) == (None, None, None)
    assert (quote.confidence, quote.sieve, quote.flags) == (0.0, "none", ())


@pytest.mark.parametrize(
    ("kind", "value"), [(Kind.DIRECT, "direct"), (Kind.INDIRECT, "indirect"), (Kind.MIXED, "mixed")]
)
def test_model_kind_str_values(kind: Kind, value: str) -> None:
    """Each Kind's str() and value are its lower-case name, and the value looks it up."""
    assert str(kind) == value
    assert kind.value == value
    assert Kind(value) is kind


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (SpeakerKind.PERSON, "person"),
        (SpeakerKind.ORGANIZATION, "organization"),
        (SpeakerKind.OTHER, "other"),
        (SpeakerKind.UNKNOWN, "unknown"),
    ],
)
def test_model_speaker_kind_str_values(kind: SpeakerKind, value: str) -> None:
    """Each SpeakerKind's str() and value are its lower-case name, and the value looks it up."""
    assert str(kind) == value
    assert kind.value == value
    assert SpeakerKind(value) is kind


def test_model_kinds_are_complete() -> None:
    """Kind and SpeakerKind have exactly the documented members."""
    assert {k.value for k in Kind} == {"direct", "indirect", "mixed"}
    assert {k.value for k in SpeakerKind} == {"person", "organization", "other", "unknown"}


def test_model_quote_spans_lists_every_span_in_order() -> None:
    """Quote.spans() gives content, fragments, cue, mention, then speaker mentions."""
    second = Span.of(TEXT, 35, 40)
    speaker = Speaker("Dmitry Peskov", SpeakerKind.PERSON, (MENTION, second))
    pieces = (Span.of(TEXT, 13, 22), Span.of(TEXT, 23, 33))
    quote = make_quote(fragments=pieces, speaker=speaker)
    assert quote.spans() == (CONTENT, *pieces, CUE, MENTION, MENTION, second)


def test_model_quote_spans_skips_missing_parts() -> None:
    """Quote.spans() leaves out an absent cue, mention and speaker."""
    quote = Quote(Kind.DIRECT, CONTENT, (CONTENT,))
    assert quote.spans() == (CONTENT, CONTENT)


def test_model_every_span_is_a_slice_of_the_source() -> None:
    """Every span a quote carries equals the source slice at its offsets."""
    for span in make_quote().spans():
        assert TEXT[span.start : span.end] == span.text


def test_model_equal_values_hash_equal() -> None:
    """Equal spans, speakers and quotes are equal and hash alike; different ones differ."""
    assert Span.of(TEXT, 0, 6) == Span(0, 6, "Peskov")
    assert hash(Span.of(TEXT, 0, 6)) == hash(Span(0, 6, "Peskov"))
    assert Span.of(TEXT, 0, 6) != Span.of(TEXT, 0, 5)
    twin = Speaker("Dmitry Peskov", SpeakerKind.PERSON, (Span(0, 6, "Peskov"),))
    assert twin == SPEAKER
    assert hash(twin) == hash(SPEAKER)
    assert make_quote() == make_quote()
    assert hash(make_quote()) == hash(make_quote())
    assert make_quote() != make_quote(kind=Kind.MIXED)
    assert len({make_quote(), make_quote(), make_quote(sieve="other")}) == 2


def test_model_lists_become_tuples() -> None:
    """Lists given for fragments, flags and speaker mentions are stored as tuples."""
    speaker = Speaker("Dmitry Peskov", SpeakerKind.PERSON, [MENTION])
    quote = make_quote(fragments=[CONTENT], flags=["unclosed"], speaker=speaker)
    assert speaker.mentions == (MENTION,)
    assert quote.fragments == (CONTENT,)
    assert quote.flags == ("unclosed",)
    assert quote == make_quote(fragments=(CONTENT,), flags=("unclosed",), speaker=SPEAKER)
    hash(quote)


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "direct"},
        {"content": (12, 34)},
        {"fragments": [(12, 34)]},
        {"cue": "said"},
        {"speaker": "Peskov"},
    ],
)
def test_model_quote_rejects_wrong_types(changes: dict[str, object]) -> None:
    """A quote field of the wrong type raises TypeError."""
    with pytest.raises(TypeError):
        make_quote(**changes)


def test_model_speaker_rejects_wrong_types() -> None:
    """A speaker with a string kind or non-span mentions raises TypeError."""
    with pytest.raises(TypeError):
        Speaker("Peskov", "person", ())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Speaker("Peskov", SpeakerKind.PERSON, [(0, 6)])  # type: ignore[list-item]


def test_model_span_trimmed_drops_surrounding_white_space() -> None:
    """Span.trimmed shrinks past white space, and past the extra trailing characters given."""
    text = "  said it,; \n"
    assert Span.trimmed(text, 0, len(text)) == Span.of(text, 2, 11)
    assert Span.trimmed(text, 0, len(text), also=",;") == Span.of(text, 2, 9)
    assert Span.trimmed(text, 0, 2) == Span.of(text, 2, 2)


def test_model_span_pickles_as_its_slice() -> None:
    """A Span survives pickling unchanged (the form pipe's workers send results in)."""
    span = Span.of("the whole “text”", 10, 16)
    back = pickle.loads(pickle.dumps(span))
    assert back == span
    assert (back.start, back.end, back.text) == (10, 16, "“text”")


def test_model_quote_unchecked_equals_the_checked_quote() -> None:
    """Quote.unchecked, the pipeline's fast constructor, builds the value Quote(...) does:
    equal, hashable alike, frozen, and passing the validators."""
    content = Span.of(TEXT, 13, 32)
    values = {
        "kind": Kind.DIRECT,
        "content": content,
        "fragments": (content,),
        "cue": Span.of(TEXT, 7, 11),
        "mention": Span.of(TEXT, 0, 6),
        "speaker": Speaker("Peskov", SpeakerKind.PERSON, (Span.of(TEXT, 0, 6),)),
        "confidence": 0.9,
        "sieve": "name",
        "flags": ("unclosed",),
    }
    quote = Quote.unchecked(**values)  # type: ignore[arg-type]
    assert quote == Quote(**values)  # type: ignore[arg-type]
    assert hash(quote) == hash(Quote(**values))  # type: ignore[arg-type]
    attrs.validate(quote)
    with pytest.raises(FrozenInstanceError):
        quote.sieve = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(quote)) == quote
