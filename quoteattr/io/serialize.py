"""Quotes to and from JSON records in the common quote format.

The field names are those of the evaluation data (``start, end, text, type,
fragments, cue, cue_start, cue_end, speaker, speaker_start, speaker_end,
speaker_entity``) plus quoteattr's own ``confidence``, ``sieve``,
``speaker_kind`` and ``flags``, so that predictions and gold are read by one scorer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quoteattr.errors import FormatError
from quoteattr.model import Kind, Quote, Span, Speaker, SpeakerKind

QuoteRecord = dict[str, Any]

QUOTE_FIELDS = (
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
    "speaker_kind",
    "speaker_mentions",
    "confidence",
    "sieve",
    "flags",
)
"""The keys of ``quote_to_dict``'s records, in order: the CSV columns and the Spark struct."""


def quote_to_dict(quote: Quote) -> QuoteRecord:
    """The JSON-ready record of one quote; keys in the order of the common format."""
    cue, mention, speaker = quote.cue, quote.mention, quote.speaker
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "type": quote.kind.value,
        "fragments": [[f.start, f.end] for f in quote.fragments],
        "cue": cue.text if cue is not None else None,
        "cue_start": cue.start if cue is not None else None,
        "cue_end": cue.end if cue is not None else None,
        "speaker": mention.text if mention is not None else None,
        "speaker_start": mention.start if mention is not None else None,
        "speaker_end": mention.end if mention is not None else None,
        "speaker_entity": speaker.name if speaker is not None else None,
        "speaker_kind": speaker.kind.value if speaker is not None else None,
        "speaker_mentions": [[m.start, m.end] for m in speaker.mentions]
        if speaker is not None
        else [],
        "confidence": round(quote.confidence, 4),
        "sieve": quote.sieve,
        "flags": list(quote.flags),
    }


def quote_from_dict(record: Mapping[str, Any], source: str) -> Quote:
    """Rebuild a Quote from its record and the text its offsets point into.

    Raises FormatError when a required field is missing or an offset does not
    fit ``source`` (the record belongs to another text).
    """
    try:
        content = Span.of(source, int(record["start"]), int(record["end"]))
        kind = Kind(record["type"])
        pieces = record.get("fragments") or [[content.start, content.end]]
        fragments = tuple(Span.of(source, int(s), int(e)) for s, e in pieces)
        cue = _optional_span(source, record.get("cue_start"), record.get("cue_end"))
        mention = _optional_span(source, record.get("speaker_start"), record.get("speaker_end"))
        speaker = _speaker(record, source)
        return Quote(
            kind=kind,
            content=content,
            fragments=fragments,
            cue=cue,
            mention=mention,
            speaker=speaker,
            confidence=float(record.get("confidence") or 0.0),
            sieve=str(record["sieve"]) if record.get("sieve") is not None else "none",
            flags=tuple(record.get("flags") or ()),
        )
    except (KeyError, TypeError, ValueError) as exc:
        msg = f"not a quote record of the common format ({exc!r}); see quote_to_dict for the fields"
        raise FormatError(msg) from None


def quotes_to_dicts(quotes: Sequence[Quote]) -> list[QuoteRecord]:
    """Records for a document's quotes, in their order."""
    return [quote_to_dict(q) for q in quotes]


def _optional_span(source: str, start: Any, end: Any) -> Span | None:
    if start is None or end is None:
        return None
    return Span.of(source, int(start), int(end))


def _speaker(record: Mapping[str, Any], source: str) -> Speaker | None:
    name = record.get("speaker_entity")
    if name is None:
        return None
    kind_value = record.get("speaker_kind") or SpeakerKind.UNKNOWN.value
    pieces = record.get("speaker_mentions") or []
    mentions = tuple(Span.of(source, int(s), int(e)) for s, e in pieces)
    return Speaker(str(name), SpeakerKind(kind_value), mentions)
