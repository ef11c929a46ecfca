"""The linguistic facts attribution needs, from whichever annotator produced them.

Two annotators fill one ``Annotation``. The built-in annotator is quoteattr's
own segmenter; its rules find names, speech frames and coreference from the
text as the stages run, so it fills the sentences only. The Stanza annotator
adds what Stanza's neural models saw: named entities, speech frames read from
the dependency parse, and coreference chains (``annotators.stanza`` runs the
models, ``annotators.stanzadoc`` reads their Document). The stages take those
as extra evidence: a parse frame the rules missed becomes a reported quote, a
chain names the speaker a pronoun or description refers to, an entity's type
says person or organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import field, frozen

from quoteattr.model import Span, SpeakerKind


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
class ParseFrame:
    """A speech verb from a dependency parse, with its subject (the source) and its
    clausal complement (the content)."""

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
    frames: tuple[ParseFrame, ...] = ()
    chains: tuple[tuple[Span, ...], ...] = ()

    def entity_at(self, span: Span) -> NamedEntity | None:
        """The first named entity that overlaps ``span``."""
        return next((e for e in self.entities if e.span.overlaps(span)), None)

    def chain_of(self, span: Span) -> tuple[Span, ...] | None:
        """The coreference chain of the mention ``span``: one with the same span, else
        the one whose smallest member holds it ("the company" inside "the company's
        spokeswoman" does not make her the company)."""
        holders = [
            (len(member), chain)
            for chain in self.chains
            for member in chain
            if member.contains(span)
        ]
        return min(holders, key=lambda found: found[0])[1] if holders else None

    def fullest_name(self, chain: Sequence[Span]) -> NamedEntity | None:
        """The longest person or organisation name that heads a mention of the chain."""
        names = [
            entity
            for member in chain
            for entity in self.entities
            if entity.kind in {SpeakerKind.PERSON, SpeakerKind.ORGANIZATION}
            and _heads(entity.span, member)
        ]
        if not names:
            return None
        return max(names, key=lambda e: (len(e.span.text.split()), -e.span.start))


def _heads(name: Span, member: Span) -> bool:
    """Whether a name is a mention's head: the mention ends with it and only capitalised
    words (titles) or "the" come before it ("Finance Minister Ann Smith", not
    "a spokesman for Ann Smith")."""
    if not member.contains(name) or name.end != member.end:
        return False
    before = member.text[: name.start - member.start].split()
    return all(word[:1].isupper() or word.lower() == "the" for word in before)
