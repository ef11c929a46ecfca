"""What the sieve decides for a draft, what its units are given, and what a unit is."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Protocol

from attrs import frozen

from quoteattr.document import Draft
from quoteattr.grammar.mentions import Mention, MentionForm
from quoteattr.model import Span, SpeakerKind
from quoteattr.resolve.evidence import Evidence


@frozen
class Decision:
    """What the sieve decided for one draft: an entity's name (None: abstained), its kind,
    the unit that decided (or ``abstain:<unit>:<reason>``) and the spans it relied on."""

    name: str | None
    kind: SpeakerKind
    sieve: str
    evidence: tuple[Span, ...] = ()


@functools.lru_cache(maxsize=256)
def abstained(sieve: str) -> Decision:
    """A final abstention, which stops the sieve for this draft; one shared per reason
    (decisions are frozen)."""
    return Decision(None, SpeakerKind.UNKNOWN, sieve)


@frozen
class Case:
    """One draft as the units see it: its mention (a relative pronoun's antecedent in its
    place), its number, every draft of the document and the decisions made so far."""

    mention: Mention | None
    number: int
    drafts: Sequence[Draft]
    decisions: Sequence[Decision]

    @property
    def draft(self) -> Draft:
        """The draft being decided."""
        return self.drafts[self.number]

    @property
    def source(self) -> Mention:
        """The mention, for the units whose ``forms`` leave out drafts without one."""
        if self.mention is None:
            msg = "a unit that reads mentions ran on a draft without one; check its forms"
            raise ValueError(msg)
        return self.mention


class Unit(Protocol):
    """One step of the sieve."""

    @property
    def name(self) -> str: ...

    @property
    def confidence(self) -> float: ...

    @property
    def forms(self) -> frozenset[MentionForm | None]: ...

    def decide(self, case: Case, evidence: Evidence) -> Decision | None: ...
