"""Reported speech from a parser's speech frames, merged with what the rules found.

A neural annotator's dependency parse gives parse frames (speech verb, subject,
clausal complement). They correct the rules' reported speech where both read the
same cue, and add what the rules missed; quotations keep the rules' reading.
With the built-in annotator there are none, and the stage changes nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import ClassVar

from attrs import frozen

from quoteattr.annotators.annotation import ParseFrame
from quoteattr.detect.claimed import ClaimedSpans
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import mention_of
from quoteattr.lexicon.words import DOUBLE_QUOTES
from quoteattr.model import Kind, Span


@frozen
class ParserFrames:
    """The stage ``parser-frames``: reads the annotation's ``frames`` and the ``drafts``;
    corrects reported-speech drafts by the parse and adds the frames the rules missed."""

    name: ClassVar[str] = "parser-frames"
    reads: ClassVar[tuple[str, ...]] = ("annotation", "drafts", "tokens")
    adds: ClassVar[tuple[str, ...]] = ("drafts",)

    def __call__(self, doc: Document) -> None:
        doc.drafts[:] = with_parse_frames(doc, doc.annotation.frames, doc.drafts)


def with_parse_frames(
    doc: Document, frames: Sequence[ParseFrame], drafts: Sequence[Draft]
) -> list[Draft]:
    """The drafts, corrected and completed by the parser's speech frames.

    A reported-speech draft that the parse reads with the same cue, or whose
    content swallowed the frame's cue ("the report, insisted the …"), takes the
    frame's subject and clause. A frame no draft touches is a new reported
    quote. Where a frame meets a quotation or another reading, the rules win.
    """
    if not frames:  # the built-in annotator: nothing to index
        return list(drafts)
    out = list(drafts)
    reported = [n for n, d in enumerate(out) if d.kind is Kind.INDIRECT]
    by_cue = {out[n].cue: n for n in reported if out[n].cue is not None}
    by_start = sorted((out[n].content.start, n) for n in reported)
    starts = [start for start, _ in by_start]
    claimed = ClaimedSpans(drafts)
    quotations = ClaimedSpans([d for d in drafts if d.kind is not Kind.INDIRECT])
    cues = {frame.cue for frame in frames}
    added: list[Draft] = []
    for frame in sorted(frames, key=lambda f: (f.content.start, -f.content.end)):
        draft = _frame_draft(doc, frame)
        if draft is None:
            continue
        number = by_cue.get(frame.cue)
        if number is None:
            at = bisect.bisect_right(starts, frame.cue.start) - 1
            number = by_start[at][1] if at >= 0 else None
        if number is not None and _same_reading(out[number], frame, cues):
            if not quotations.overlaps(draft):
                out[number] = draft
        elif not claimed.overlaps(draft) and not (
            added and added[-1].content.end > frame.cue.start
        ):
            added.append(draft)  # of nested frames ("X said Y told Z …") the outer one
    return out + added


def _same_reading(draft: Draft, frame: ParseFrame, cues: set[Span]) -> bool:
    """Whether a reported draft and a frame read one cue, or the draft swallowed the
    frame's cue and the parse does not share the draft's own cue."""
    if draft.cue == frame.cue:
        return True
    swallowed = draft.content.contains(frame.cue) and draft.how != "parse"
    return swallowed and draft.cue not in cues


def _frame_draft(doc: Document, frame: ParseFrame) -> Draft | None:
    text = doc.text
    source = doc.tokens_between(frame.source.start, frame.source.end)
    if not source:
        return None
    quoted = any(mark in frame.content.text for mark in DOUBLE_QUOTES)
    return Draft(
        kind=Kind.MIXED if quoted else Kind.INDIRECT,
        content=frame.content,
        fragments=(frame.content,),
        cue=frame.cue,
        mention=mention_of(text, source),
        how="parse",
        flags=(),
    )
