"""The typed results: spans, kinds, speakers and quotes.

Every value is a frozen attrs class with slots, and every position is an integer
offset into the caller's original string, so ``text[s.start:s.end] == s.text``
holds for every span quoteattr returns.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from attrs import field, frozen, validators

from quoteattr.errors import SpanError

_new = object.__new__


def _check_start(instance: Span, attribute: object, value: int) -> None:
    if value < 0:
        msg = f"span start must be >= 0, got {value}"
        raise SpanError(msg)


@frozen
class Span:
    """A slice ``text[start:end]`` of the source, carrying the slice itself."""

    start: int = field(validator=[validators.instance_of(int), _check_start])
    end: int = field(validator=validators.instance_of(int))
    text: str = field(validator=validators.instance_of(str))

    @end.validator
    def _check_end(self, attribute: object, value: int) -> None:
        if value < self.start:
            msg = f"span end {value} is before its start {self.start}"
            raise SpanError(msg)

    @text.validator
    def _check_text(self, attribute: object, value: str) -> None:
        if len(value) != self.end - self.start:
            msg = (
                f"span text has {len(value)} characters but [{self.start}, {self.end}) "
                f"covers {self.end - self.start}; build spans with Span.of(source, start, end)"
            )
            raise SpanError(msg)

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span ``source[start:end]``; raises SpanError if it is out of range."""
        if not 0 <= start <= end <= len(source):
            msg = f"span [{start}, {end}) is outside a text of {len(source)} characters"
            raise SpanError(msg)
        if type(start) is int and type(end) is int:  # in range, so right by construction
            return cls.unchecked(source, start, end)
        return cls(start, end, source[start:end])  # the validators say what is wrong

    @classmethod
    def trimmed(cls, source: str, start: int, end: int, also: str = "") -> Span:
        """``source[start:end]`` without surrounding white space (and trailing ``also`` chars)."""
        while start < end and source[start].isspace():
            start += 1
        while end > start and (source[end - 1].isspace() or source[end - 1] in also):
            end -= 1
        return cls.of(source, start, end)

    @classmethod
    def of_match(cls, match: re.Match[str]) -> Span:
        """The span of a regex match on the source, built without re-validation.

        A match's offsets and text agree by construction, and tokens are made by
        the hundred thousand per megabyte, so the validators are skipped here.
        """
        return cls.unchecked(match.string, match.start(), match.end())

    @classmethod
    def unchecked(cls, source: str, start: int, end: int) -> Span:
        """``source[start:end]`` built without validation, for offsets right by construction.

        The segmenter and tokenizer make spans by the hundred thousand per
        megabyte; a caller with offsets from anywhere else uses :meth:`of`.
        """
        span = _new(cls)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, source[start:end])
        return span

    def __reduce__(self) -> tuple[object, tuple[str, int, int]]:
        """Pickle as its slice, smaller and faster than the attrs default, for ``pipe``."""
        return _unpickle_span, (self.text, self.start, self.end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


# The slots' own setters: twice as fast as object.__setattr__, for Span.unchecked.
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_set_text = Span.__dict__["text"].__set__


def _unpickle_span(text: str, start: int, end: int) -> Span:
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span


class Kind(enum.Enum):
    """How the words were reported: quoted, paraphrased, or both."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


class SpeakerKind(enum.Enum):
    """What sort of source a speaker is; ``OTHER`` covers unnamed groups."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OTHER = "other"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


def _unit_interval(instance: object, attribute: object, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        msg = f"confidence must be in [0, 1], got {value!r}"
        raise ValueError(msg)


def _span_tuple(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Accept any iterable of spans and keep a tuple (immutable, hashable)."""
    return tuple(spans)


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@frozen
class Speaker:
    """A resolved source: its canonical name and every mention of it in the text."""

    name: str = field(validator=validators.instance_of(str))
    kind: SpeakerKind = field(validator=validators.instance_of(SpeakerKind))
    mentions: tuple[Span, ...] = field(
        converter=_span_tuple, validator=validators.deep_iterable(validators.instance_of(Span))
    )


@frozen
class Quote:
    """One attributed statement.

    ``content`` is the outer span of what was said; ``fragments`` are its exact
    pieces (one for a plain quote, several for an interrupted or multi-paragraph
    one). ``cue`` is the reporting expression, ``mention`` the words that
    introduce the source in this sentence, ``speaker`` the entity they resolve
    to. ``sieve`` names the rule that decided the speaker and ``flags`` record
    what was odd about the text (``"unclosed"`` for a quote mark capped at the
    end of its paragraph).
    """

    kind: Kind = field(validator=validators.instance_of(Kind))
    content: Span = field(validator=validators.instance_of(Span))
    fragments: tuple[Span, ...] = field(
        converter=_span_tuple, validator=validators.deep_iterable(validators.instance_of(Span))
    )
    cue: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    mention: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    speaker: Speaker | None = field(
        default=None, validator=validators.optional(validators.instance_of(Speaker))
    )
    confidence: float = field(default=0.0, converter=float, validator=_unit_interval)
    sieve: str = field(default="none", validator=validators.instance_of(str))
    flags: tuple[str, ...] = field(default=(), converter=_str_tuple)

    @fragments.validator
    def _check_fragments(self, attribute: object, value: tuple[Span, ...]) -> None:
        if not value:
            msg = "a quote needs at least one fragment; use (content,) for a plain quote"
            raise SpanError(msg)
        if any(not self.content.contains(f) for f in value):
            where = f"[{self.content.start}, {self.content.end})"
            msg = f"every fragment must lie inside the content {where}"
            raise SpanError(msg)

    @classmethod
    def unchecked(
        cls,
        *,
        kind: Kind,
        content: Span,
        fragments: tuple[Span, ...],
        cue: Span | None,
        mention: Span | None,
        speaker: Speaker | None,
        confidence: float,
        sieve: str,
        flags: tuple[str, ...],
    ) -> Quote:
        """A quote built without validation, for values right by construction.

        The pipeline makes one per quotation, and a broken text can have hundreds of
        thousands; its fragments are clipped to the content and its values typed
        before it gets here (the tests check its quotes with ``attrs.validate``).
        Anything else builds quotes with ``Quote(...)``.
        """
        quote = _new(cls)
        _set_quote_kind(quote, kind)
        _set_quote_content(quote, content)
        _set_quote_fragments(quote, fragments)
        _set_quote_cue(quote, cue)
        _set_quote_mention(quote, mention)
        _set_quote_speaker(quote, speaker)
        _set_quote_confidence(quote, confidence)
        _set_quote_sieve(quote, sieve)
        _set_quote_flags(quote, flags)
        return quote

    @property
    def start(self) -> int:
        """Where the content starts in the source."""
        return self.content.start

    @property
    def end(self) -> int:
        """Where the content ends in the source (exclusive)."""
        return self.content.end

    @property
    def text(self) -> str:
        """The content's text, exactly as in the source."""
        return self.content.text

    def spans(self) -> tuple[Span, ...]:
        """Every span this quote carries: content, fragments, cue, mention, speaker mentions."""
        out = [self.content, *self.fragments]
        out.extend(s for s in (self.cue, self.mention) if s is not None)
        if self.speaker is not None:
            out.extend(self.speaker.mentions)
        return tuple(out)


_set_quote_kind = Quote.__dict__["kind"].__set__
_set_quote_content = Quote.__dict__["content"].__set__
_set_quote_fragments = Quote.__dict__["fragments"].__set__
_set_quote_cue = Quote.__dict__["cue"].__set__
_set_quote_mention = Quote.__dict__["mention"].__set__
_set_quote_speaker = Quote.__dict__["speaker"].__set__
_set_quote_confidence = Quote.__dict__["confidence"].__set__
_set_quote_sieve = Quote.__dict__["sieve"].__set__
_set_quote_flags = Quote.__dict__["flags"].__set__
