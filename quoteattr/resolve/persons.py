"""The sieve's units for the first and second person: a quote's "I", the writer, "you".

"I" and "we" inside a quotation are its speaker's; outside any quotation they are
the text's writer, and "you" there is whom the text addresses. Who those are, where
the text says, ``participants`` finds.
"""

from __future__ import annotations

from typing import ClassVar, Final

from attrs import frozen

from quoteattr.grammar.mentions import MentionForm
from quoteattr.model import Span, SpeakerKind
from quoteattr.resolve.decision import Case, Decision, abstained
from quoteattr.resolve.evidence import Evidence

ENCLOSING_WINDOW: Final = 12
"""How many earlier quotes may enclose a first-person source (keeps the sieve linear)."""


@frozen
class FirstPerson:
    """ "I"/"we" inside a quote is that quote's speaker."""

    name: ClassVar[str] = "first-person"
    confidence: ClassVar[float] = 0.7
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.PRONOUN})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        if case.source.span.text.lower() not in FIRST_PERSON:
            return None
        enclosing = _enclosing(case)
        if enclosing is None:
            return None
        if enclosing.name is None:
            return abstained("abstain:first-person:unknown-quoter")
        return Decision(enclosing.name, enclosing.kind, self.name)


@frozen
class Writer:
    """ "I" outside any quote is the text's writer, named where the text introduces or
    signs as them (``participants``) or, in a story told by "I", by what the others call
    them (``Evidence.narrator``), else "I"; "we" outside one is the writer's group."""

    name: ClassVar[str] = "writer"
    confidence: ClassVar[float] = 0.55
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.PRONOUN})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        word = FIRST_PERSON.get(case.source.span.text.lower())
        if word is None:
            return None
        participants = evidence.participants
        named = participants.writer(case.source.span.start) if word == "i" else None
        if named is None and word == "i" and evidence.narrator is not None:
            return Decision(evidence.narrator, SpeakerKind.PERSON, self.name)
        if named is None and participants.dialogue():
            return abstained("abstain:writer:dialogue")
        if named is None and word == "i" and participants.several():
            return abstained("abstain:writer:several-speakers")
        if word == "we":
            return Decision("we", SpeakerKind.OTHER, self.name)
        if named is None:
            return Decision("I", SpeakerKind.PERSON, self.name)
        return Decision(_fullest(named, evidence), SpeakerKind.PERSON, self.name, (named,))


@frozen
class Addressee:
    """ "You" outside any quote is whom the text addresses: a letter's "Dear …", else an
    entity the text never names, "you"."""

    name: ClassVar[str] = "addressee"
    confidence: ClassVar[float] = 0.5
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.PRONOUN})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        if case.source.span.text.lower() != "you" or _enclosing(case) is not None:
            return None
        named = evidence.participants.addressee(case.source.span.start)
        if named is None:
            if evidence.participants.dialogue():
                return abstained("abstain:addressee:dialogue")
            return Decision("you", SpeakerKind.PERSON, self.name)
        return Decision(named.text, SpeakerKind.PERSON, self.name, (named,))


FIRST_PERSON: Final = {"i": "i", "me": "i", "we": "we", "us": "we"}
"""First-person pronouns, subject and object ("let me say"), by the subject form."""


def _fullest(named: Span, evidence: Evidence) -> str:
    """The fullest name the text gives the person ``named`` names: "President Biden" or a
    turn label "SENATOR PARK" is "Joe Biden" or "Bo Park" where the text writes that."""
    last = named.text.split()[-1]
    fuller = evidence.names.fullest(last.capitalize() if last.isupper() else last, named.start)
    return fuller.text if fuller is not None else named.text


def _enclosing(case: Case) -> Decision | None:
    """The decision for the nearest earlier quote whose content holds the case's mention."""
    span = case.source.span
    number = case.number
    for earlier in range(number - 1, max(-1, number - ENCLOSING_WINDOW - 1), -1):
        if case.drafts[earlier].content.contains(span):
            return case.decisions[earlier]
    return None
