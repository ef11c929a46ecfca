"""The linguistic facts attribution needs, from whichever annotator produced them.

Two annotators fill one ``Annotation``. The built-in annotator is quoteattr's
own segmenter; its rules find names, cue frames and coreference from the text
as the stages run, so it fills the sentences only. The Stanza annotator adds
what Stanza's neural models saw: named entities, cue frames read from the
dependency parse, and coreference chains (``stanza_bridge`` runs the models,
``docreader`` reads their Document). The engine takes those as extra evidence:
a frame the rules missed becomes a reported quote, a chain names the speaker a
pronoun or description refers to, an entity's type says person or organisation.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from attrs import field, frozen

from quoteattr.attribution import Draft
from quoteattr.errors import ConfigError
from quoteattr.mentions import mention_of
from quoteattr.model import Kind, Span, SpeakerKind
from quoteattr.segment import sentences
from quoteattr.taken import TakenSpans
from quoteattr.tokens import tokens

ANNOTATORS: Final = ("builtin", "stanza")
"""The annotators ``Extractor(annotator=...)`` accepts."""


@frozen
class NamedEntity:
    """A name an entity recogniser found, with its type ("PERSON", "ORG", "GPE" …)."""

    span: Span
    label: str

    @property
    def kind(self) -> SpeakerKind:
        """The speaker kind the type stands for; places and the rest are ``OTHER``."""
        return {"PERSON": SpeakerKind.PERSON, "ORG": SpeakerKind.ORGANIZATION}.get(
            self.label, SpeakerKind.OTHER
        )


@frozen
class CueFrame:
    """A speech verb with its source (the subject) and content (the reported clause)."""

    cue: Span
    source: Span
    content: Span


def _spans(values: Sequence[Span]) -> tuple[Span, ...]:
    return tuple(sorted(values, key=lambda s: (s.start, s.end)))


@frozen
class Annotation:
    """What an annotator found in one text; every span is an offset into that text."""

    sentences: tuple[Span, ...] = field(converter=_spans)
    entities: tuple[NamedEntity, ...] = ()
    frames: tuple[CueFrame, ...] = ()
    chains: tuple[tuple[Span, ...], ...] = ()
    annotator: str = "builtin"

    def entity_at(self, span: Span) -> NamedEntity | None:
        """The first named entity that overlaps ``span``."""
        return next((e for e in self.entities if e.span.overlaps(span)), None)

    def chain_of(self, span: Span) -> tuple[Span, ...] | None:
        """The coreference chain with a mention that overlaps ``span``."""
        for chain in self.chains:
            if any(member.overlaps(span) for member in chain):
                return chain
        return None

    def fullest_name(self, chain: Sequence[Span]) -> NamedEntity | None:
        """The longest person or organisation name among a chain's mentions."""
        names = [
            entity
            for member in chain
            for entity in self.entities
            if entity.kind in {SpeakerKind.PERSON, SpeakerKind.ORGANIZATION}
            and member.contains(entity.span)
        ]
        if not names:
            return None
        return max(names, key=lambda e: (len(e.span.text.split()), -e.span.start))


def builtin_annotation(text: str) -> Annotation:
    """The built-in annotator's facts: quoteattr's sentences; the rules do the rest."""
    return Annotation(tuple(sentences(text)))


def annotate(annotator: str, text: str) -> Annotation:
    """The annotation of ``text`` by the named annotator."""
    check_annotator(annotator)
    if annotator == "builtin":
        return builtin_annotation(text)
    from quoteattr import stanza_bridge  # noqa: PLC0415  (Stanza is optional and heavy)

    return stanza_bridge.stanza_annotator()(text)


def check_annotator(annotator: str) -> None:
    """Fail now, with what to do, if ``annotator`` is unknown or cannot load."""
    if annotator not in ANNOTATORS:
        msg = f"annotator must be one of {', '.join(map(repr, ANNOTATORS))}, got {annotator!r}"
        raise ConfigError(msg)
    if annotator == "stanza":
        from quoteattr import stanza_bridge  # noqa: PLC0415

        stanza_bridge.stanza_annotator()


def with_frames(text: str, frames: Sequence[CueFrame], drafts: Sequence[Draft]) -> list[Draft]:
    """The drafts, corrected and completed by the parser's cue frames.

    A reported-speech draft that the parse reads with the same cue, or whose
    content swallowed the frame's cue ("the report, insisted the …"), takes the
    frame's subject and clause. A frame no draft touches is a new reported
    quote. Where a frame meets a quotation or another reading, the rules win.
    """
    out = list(drafts)
    reported = [n for n, d in enumerate(out) if d.kind is Kind.INDIRECT]
    by_cue = {out[n].cue: n for n in reported if out[n].cue is not None}
    by_start = sorted((out[n].content.start, n) for n in reported)
    starts = [start for start, _ in by_start]
    taken = TakenSpans(drafts)
    cues = {frame.cue for frame in frames}
    added: list[Draft] = []
    for frame in sorted(frames, key=lambda f: (f.content.start, -f.content.end)):
        draft = _frame_draft(text, frame)
        if draft is None:
            continue
        number = by_cue.get(frame.cue)
        if number is None:
            at = bisect.bisect_right(starts, frame.cue.start) - 1
            number = by_start[at][1] if at >= 0 else None
        if number is not None and _same_reading(out[number], frame, cues):
            out[number] = draft
        elif not taken.overlaps(draft) and not (added and added[-1].content.end > frame.cue.start):
            added.append(draft)  # of nested frames ("X said Y told Z …") the outer one
    return out + added


def _same_reading(draft: Draft, frame: CueFrame, cues: set[Span]) -> bool:
    """Whether a reported draft and a frame read one cue, or the draft swallowed the
    frame's cue and the parse does not share the draft's own cue."""
    if draft.cue == frame.cue:
        return True
    swallowed = draft.content.contains(frame.cue) and draft.how != "parse"
    return swallowed and draft.cue not in cues


def _frame_draft(text: str, frame: CueFrame) -> Draft | None:
    source = tokens(text, frame.source.start, frame.source.end)
    if not source:
        return None
    quoted = any(mark in frame.content.text for mark in '“”"')
    return Draft(
        kind=Kind.MIXED if quoted else Kind.INDIRECT,
        content=frame.content,
        fragments=(frame.content,),
        cue=frame.cue,
        mention=mention_of(text, source),
        how="parse",
        flags=(),
    )
