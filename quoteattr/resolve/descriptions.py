"""The sieve's units for descriptions: "a spokesman", "the spokesman", "the bartender".

A description says what someone is, not who. An indefinite one ("a spokesman for
the ministry") introduces someone new; a role ("the spokesman") is the one person the
text gave that role, or the latest person quoted; any other description is an
entity of its own, named by the description.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Final

from attrs import frozen

from quoteattr.grammar.mentions import MentionForm
from quoteattr.lexicon.tables import PERSON_NOUNS, ROLE_NAMES, ROLES, role_names
from quoteattr.lexicon.words import INDEFINITE_ARTICLES
from quoteattr.model import SpeakerKind
from quoteattr.resolve.canonical import description_name, unnamed_name
from quoteattr.resolve.decision import Case, Decision
from quoteattr.resolve.evidence import Evidence


@frozen
class Indefinite:
    """A source introduced with "a"/"an" is someone new: an unnamed one of its kind."""

    name: ClassVar[str] = "indefinite"
    confidence: ClassVar[float] = 0.65
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.NOMINAL})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        words = evidence.lower_words(case.source.span)
        if not words or words[0] not in INDEFINITE_ARTICLES:
            return None
        kind = SpeakerKind.PERSON if any(w in ROLES for w in words) else SpeakerKind.OTHER
        return Decision(unnamed_name(case.source.span.text), kind, self.name)


@frozen
class Role:
    """A role nominal ("the spokesman") is the one person the document gave that role."""

    name: ClassVar[str] = "role"
    confidence: ClassVar[float] = 0.65
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.NOMINAL})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        mention = case.source
        named = _head_roles(evidence.lower_words(mention.span))
        names = evidence.names
        holders = [
            name
            for name, roles in names.roles.items()
            if named & role_names(roles)
            and names.fullest(name.split()[-1], mention.span.start) is not None
        ]
        if len(holders) != 1:
            return None
        return Decision(holders[0], SpeakerKind.PERSON, self.name)


def _head_roles(words: Sequence[str]) -> set[str]:
    """The roles a nominal's head names: the head, or the job a name of several words
    names ("the spokeswoman" → also "spokesman"; "the press secretary" → "spokesman"
    alone, since "secretary" by itself is another job)."""
    if not words:
        return set()
    head, present = words[-1], set(words)
    named = {
        (role, len(other) > 1)
        for role, other in _BY_HEAD.get(head, ())
        if present.issuperset(other)
    }
    phrased = {role for role, phrase in named if phrase}
    return phrased or {head} | {role for role, _ in named}


def _by_head() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    by_head: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for role, others in ROLE_NAMES.items():
        for other in others:
            by_head.setdefault(other[-1], []).append((role, other))
    return by_head


_BY_HEAD: Final = _by_head()
"""The names of each job (``ROLE_NAMES``) by their last word, for one look-up per head."""


@frozen
class NominalSalience:
    """A role description ("the expert", "the spokesman") or one that says it is the same
    ("the same source") takes the latest person quoted before it: news names a source,
    then refers to them by their role. A capitalised title ("the Queen") is not a role
    but a name, a description of its own."""

    name: ClassVar[str] = "nominal-salience"
    confidence: ClassVar[float] = 0.5
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.NOMINAL})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        mention = case.source
        if mention.span.text.split()[-1][:1].isupper():
            return None  # "the Queen", "the President": a title that names one person
        words = evidence.lower_words(mention.span)
        if not (_head_roles(words) & ROLES or "same" in words):
            return None
        found = evidence.salience.antecedent(
            mention.span.start, lambda e: e.speaker and e.kind is SpeakerKind.PERSON
        )
        if found is None:
            return None
        return Decision(found.name, found.kind, self.name)


@frozen
class Description:
    """A description no earlier unit resolved ("the bartender", "the Hare") is an entity
    of its own, named by the description: without an appositive, a role given to a named
    person or an annotator's chain, nothing says whom else it means."""

    name: ClassVar[str] = "description"
    confidence: ClassVar[float] = 0.45
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.NOMINAL})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        mention = case.source
        heads = _head_roles(evidence.lower_words(mention.span))
        people = bool(heads & (ROLES | PERSON_NOUNS))
        kind = SpeakerKind.PERSON if people else SpeakerKind.OTHER
        return Decision(description_name(mention.span.text), kind, self.name)
