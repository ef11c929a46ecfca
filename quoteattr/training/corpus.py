"""Gold documents as the sequences a CRF trains on: one per paragraph, features and labels.

A document is read by the extractor's rules (every stage before the model's),
so the features are those the stage computes at run time (``learn.features``),
and its gold attributions label the tokens (``learn.labels``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

from attrs import frozen

from quoteattr.annotators import annotate
from quoteattr.document import Document
from quoteattr.errors import FormatError
from quoteattr.learn.features import paragraph_ranges, token_states, window_features
from quoteattr.learn.labels import Roles, label_tokens
from quoteattr.pipeline import Extractor

Record = Mapping[str, Any]


@frozen
class Labelled:
    """One paragraph: each token's feature strings and gold label."""

    document: str
    features: tuple[tuple[str, ...], ...]
    labels: tuple[str, ...]


_AFTER_RULES: Final = frozenset({"model", "speakers"})
"""The stages that run after the drafts the features read are made."""


def sequences(records: Iterable[Record], rules: Extractor | None = None) -> Iterator[Labelled]:
    """The labelled paragraphs of gold documents, in order; the features read the drafts
    of ``rules`` (default: ``Extractor(model=None)``), made by its stages before the model."""
    reader = rules or Extractor(model=None)
    stages = [stage for stage in reader.stages if stage.name not in _AFTER_RULES]
    for record in records:
        text = str(record.get("text", ""))
        doc = Document.of(text, annotate(reader.annotator, text))
        for stage in stages:
            stage(doc)
        yield from paragraph_sequences(doc, str(record.get("id", "")), gold_roles(record))


def paragraph_sequences(doc: Document, name: str, roles: Sequence[Roles]) -> Iterator[Labelled]:
    """A document's paragraphs as labelled sequences (``roles``: its gold attributions)."""
    toks = doc.tokens
    bounds = [(t.start, t.end) for t in toks]
    states = token_states(doc, bounds)
    labels = label_tokens(bounds, roles)
    for first, end in paragraph_ranges(doc, [start for start, _ in bounds]):
        words = [t.text for t in toks[first:end]]
        features = window_features(words, states[first:end])
        yield Labelled(name, tuple(map(tuple, features)), tuple(labels[first:end]))


def gold_roles(record: Record) -> list[Roles]:
    """A gold document's attributions: content pieces, cue and source offsets."""
    out: list[Roles] = []
    for number, quote in enumerate(record.get("quotes") or []):
        try:
            pieces = quote.get("fragments") or [[quote["start"], quote["end"]]]
            content = tuple((int(start), int(end)) for start, end in pieces)
            cue = _bounds(quote, "cue_start", "cue_end")
            source = _bounds(quote, "speaker_start", "speaker_end")
        except (KeyError, TypeError, ValueError) as exc:
            msg = f"{record.get('id')!r}: quote {number} has no usable offsets ({exc})"
            raise FormatError(msg) from None
        out.append(Roles(content, cue, source))
    return out


def _bounds(quote: Record, start: str, end: str) -> tuple[int, int] | None:
    if quote.get(start) is None or quote.get(end) is None:
        return None
    return int(quote[start]), int(quote[end])
