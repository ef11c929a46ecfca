"""Speakers: the stage that resolves each draft's mention to an entity with a canonical name.

A deterministic sieve, strongest evidence first, in the spirit of Stanford's
multi-pass sieve: the units of ``units.UNITS`` are tried in order on each
draft, and the first that decides names the speaker and the ``sieve`` the
quote carries. A name takes the fullest proper name the document gives it
("Smith" → "Ann Smith"); a country or capital stands for its government;
organisations and groups get stable names (``canonical``); a role nominal ("the
spokesman") takes the person introduced with that role, else the latest
speaker; a pronoun takes the most salient fitting entity of the sentences
before it (``salience``); a quote with no tag continues the speaker of the
quote just before it; a heading takes the speaker of the later quote that
repeats its words. When a neural annotator ran, its coreference chains name the
speaker of a pronoun or description before salience is tried, and its entity
types tell an organisation's name from a person's. Where no unit decides, the
quote keeps its mention and abstains, and ``sieve`` says why.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Sequence
from typing import ClassVar, Final

from attrs import evolve, frozen

from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import MentionForm
from quoteattr.model import Quote, Span, Speaker, SpeakerKind
from quoteattr.resolve.decision import Case, Decision, Unit, abstained
from quoteattr.resolve.evidence import Evidence
from quoteattr.resolve.units import CONFIDENCE, UNITS, UNSAID, HeadingEcho

_DRAFT_ORDER: Final = operator.attrgetter("content.start", "content.end")
"""Text order of drafts, as a key made in C."""

_SPAN_ORDER: Final = operator.attrgetter("start", "end")
"""Text order of spans; a speaker's mentions come nearly in it, which the sort runs through."""


@frozen
class Speakers:
    """The stage ``speakers``: reads the ``drafts`` (with ``sentences``, ``tokens`` and the
    ``annotation`` as evidence); adds the ``quotes``, each with its resolved speaker."""

    name: ClassVar[str] = "speakers"
    reads: ClassVar[tuple[str, ...]] = ("drafts", "sentences", "tokens", "annotation")
    adds: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, doc: Document) -> None:
        doc.quotes.extend(resolve(doc))


def resolve(doc: Document, units: Sequence[Unit] = UNITS) -> list[Quote]:
    """Quotes with speakers for the document's drafts, in text order."""
    # Text order, as promised: a stage may add drafts before ones found earlier.
    doc.drafts.sort(key=_DRAFT_ORDER)
    drafts = doc.drafts
    evidence = Evidence(doc)
    decisions: list[Decision] = []
    for number, draft in enumerate(drafts):
        decision = _decide(units, Case(draft.mention, number, drafts, decisions), evidence)
        decisions.append(decision)
        if decision.name is not None and decision.sieve not in UNSAID:
            mention = draft.mention
            start = mention.span.start if mention is not None else draft.content.start
            evidence.remember(decision.name, decision.kind, mention, start)
    decisions = HeadingEcho().revise(drafts, decisions)
    return _quotes(drafts, decisions)


def _decide(units: Sequence[Unit], case: Case, evidence: Evidence) -> Decision:
    """The first decision a unit makes for the case's draft; a relative pronoun ("who")
    is read as the noun phrase it stands for."""
    mention = case.mention
    while mention is not None and mention.form is MentionForm.RELATIVE:
        if mention.antecedent is None:
            return abstained("abstain:relative:no-antecedent")
        mention = mention.antecedent
    if mention is not case.mention:
        case = evolve(case, mention=mention)
    form = mention.form if mention is not None else None
    for unit in units:
        if form in unit.forms:
            decision = unit.decide(case, evidence)
            if decision is not None:
                return decision
    return abstained("abstain:no-unit")


def _quotes(drafts: Sequence[Draft], decisions: Sequence[Decision]) -> list[Quote]:
    """The typed quotes, every quote of one entity sharing one ``Speaker``."""
    mentions: dict[str, list[Span]] = defaultdict(list)
    kinds: dict[str, SpeakerKind] = {}
    for draft, decision in zip(drafts, decisions, strict=True):
        if decision.name is None:
            continue
        name = _one_line(decision.name)
        spans = mentions[name]
        spans.extend(decision.evidence)
        if draft.mention is not None:
            spans.append(draft.mention.span)
        kinds.setdefault(name, decision.kind)
    speakers = {
        name: Speaker(name, kinds[name], sorted(dict.fromkeys(spans), key=_SPAN_ORDER))
        for name, spans in mentions.items()
    }
    return [
        Quote.unchecked(
            kind=draft.kind,
            content=draft.content,
            fragments=_inside(draft.content, draft.fragments),  # never empty, never outside
            cue=draft.cue,
            mention=draft.mention.span if draft.mention else None,
            speaker=speakers[_one_line(d.name)] if d.name is not None else None,
            confidence=CONFIDENCE.get(d.sieve, 0.0),
            sieve=d.sieve,
            flags=draft.flags,
        )
        for draft, d in zip(drafts, decisions, strict=True)
    ]


def _one_line(name: str) -> str:
    """A name read across a wrapped line ("Lord Henry\nWotton") with single spaces."""
    return " ".join(name.split())


def _inside(content: Span, fragments: Sequence[Span]) -> tuple[Span, ...]:
    """The fragments clipped to the content, or the content alone if none is left.

    A draft stage can still let a fragment run past its content on odd input
    (JSON text full of quotation marks did); clipping here keeps ``extract``
    from raising on text, whatever the stage.
    """
    clipped = []
    for fragment in fragments:
        if content.contains(fragment):
            if fragment.start < fragment.end:
                clipped.append(fragment)
            continue
        start, end = max(fragment.start, content.start), min(fragment.end, content.end)
        if start < end:
            piece = content.text[start - content.start : end - content.start]
            clipped.append(Span(start, end, piece))
    return tuple(clipped) or (content,)
