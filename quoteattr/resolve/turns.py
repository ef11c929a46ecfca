"""Who speaks a quotation with no tag: the speaker before it, or the next in an exchange.

A quotation in the paragraph of a tagged one, or right after it, goes on with that
speaker; in the next paragraph of an exchange the turn passes to the one the last
quotation called by name ("Pat, come here!"), else to the exchange's other speaker.
"""

from __future__ import annotations

from typing import ClassVar, Final

from attrs import frozen

from quoteattr.grammar.mentions import MentionForm
from quoteattr.model import Kind, SpeakerKind
from quoteattr.resolve.decision import Case, Decision, abstained
from quoteattr.resolve.evidence import Evidence


@frozen
class Continuation:
    """A quote with no tag continues the quote just before it, one paragraph break at most
    away; in the next paragraph of an exchange, it is the turn of the one that quote
    called by name, else of the other speaker."""

    name: ClassVar[str] = "continuation"
    confidence: ClassVar[float] = 0.5
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({None})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        number = case.number
        if not number:
            return abstained("abstain:no-tag")
        last_draft, last = case.drafts[number - 1], case.decisions[number - 1]
        paragraph = evidence.doc.paragraph_number
        here = paragraph(case.draft.content.start)
        last_paragraph = paragraph(last_draft.content.end)
        if last.name is None:
            return abstained("abstain:no-tag")
        if here - last_paragraph > 1:
            return Decision(last.name, last.kind, Resumption.name)
        if here > last_paragraph:  # a quotation that calls someone by name hands them the turn
            called = evidence.narrative.addressed(last_draft.content)
            if called is not None and called != last.name:
                return Decision(called, SpeakerKind.PERSON, Alternation.name)
        if here > last_paragraph and number > 1:
            turn = _other_turn(case)
            if turn is not None:
                return Decision(turn.name, turn.kind, Alternation.name)
        return Decision(last.name, last.kind, self.name)


@frozen
class Resumption:
    """Not a unit of its own: the ``sieve`` of a continuation across paragraphs of other
    text, where the last speaker resuming is a guess (right about half the time in novels)."""

    name: ClassVar[str] = "resumption"
    confidence: ClassVar[float] = 0.3


@frozen
class Alternation:
    """Not a unit of its own: the ``sieve`` of a continuation that took the other
    speaker's turn in an exchange (see ``Continuation``)."""

    name: ClassVar[str] = "alternation"
    confidence: ClassVar[float] = 0.5


EXCHANGE_TURNS: Final = 4
"""How many direct quotations back an exchange is read for the other speaker."""

EXCHANGE_LOOKBACK: Final = 16
"""How many quotes of any kind back it is read at most (keeps the sieve linear)."""


def _other_turn(case: Case) -> Decision | None:
    """The other speaker of an exchange, for an untagged quotation in the paragraph after
    a direct one: the latest speaker among the last few direct quotations who is not the
    last one. Reported speech between is skipped: it is no turn of the exchange; after
    reported speech itself, news's quotation goes on (no exchange)."""
    number = case.number
    latest = case.decisions[number - 1]
    if case.drafts[number - 1].kind is not Kind.DIRECT:
        return None
    seen = 0
    for earlier in range(number - 2, max(-1, number - 2 - EXCHANGE_LOOKBACK), -1):
        draft, decision = case.drafts[earlier], case.decisions[earlier]
        if draft.kind is not Kind.DIRECT:
            continue  # reported speech in between is no turn
        if decision.name is not None and decision.name != latest.name:
            return decision
        seen += 1
        if seen == EXCHANGE_TURNS:
            break
    return None


def called_before(case: Case, evidence: Evidence) -> str | None:
    """Whom the quotation in the paragraph before called by name ("Pat, come here!"),
    unless they spoke it: in an exchange, the reply is theirs."""
    if not case.number or len(case.decisions) < case.number:
        return None
    last_draft, last = case.drafts[case.number - 1], case.decisions[case.number - 1]
    paragraph = evidence.doc.paragraph_number
    if paragraph(case.draft.content.start) - paragraph(last_draft.content.end) != 1:
        return None
    called = evidence.narrative.addressed(last_draft.content)
    return called if called != last.name else None
