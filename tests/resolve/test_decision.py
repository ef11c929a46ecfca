"""Tests for quoteattr.resolve.decision: the decision a unit makes, an abstention, the case
a unit is given (its draft and its source mention) and the unit protocol."""

from __future__ import annotations

from typing import ClassVar

import pytest
from attrs import evolve
from attrs.exceptions import FrozenInstanceError
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Kind, Span, SpeakerKind
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, MentionForm
from quoteattr.resolve import decision as decision_module
from quoteattr.resolve import units
from quoteattr.resolve.decision import Case, Decision, Unit, abstained
from quoteattr.resolve.evidence import Evidence
from quoteattr.resolve.sieve import resolve

TEXT = "“One,” Peskov said. “Two,” he said. “Three.”"


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span.of(TEXT, start, start + len(words))


def _draft(content: str, mention: Mention | None) -> Draft:
    span = _span(content)
    how = "tag-after" if mention is not None else "none"
    return Draft(Kind.DIRECT, span, (span,), None, mention, how, ())


PESKOV = Mention(_span("Peskov"), MentionForm.NAME, _span("Peskov"))
HE = Mention(_span("he"), MentionForm.PRONOUN, _span("he"))
DRAFTS = (_draft("One,", PESKOV), _draft("Two,", HE), _draft("Three.", None))


# --- Decision and abstained -------------------------------------------------------------


def test_decision_evidence_defaults_to_none() -> None:
    """A decision relies on no spans unless it is given some."""
    decided = Decision("Dmitry Peskov", SpeakerKind.PERSON, "name")
    assert decided.evidence == ()
    assert decided == Decision("Dmitry Peskov", SpeakerKind.PERSON, "name", ())


def test_decision_is_a_frozen_value() -> None:
    """Decisions compare and hash by value and cannot be changed."""
    one = Decision("Kremlin", SpeakerKind.ORGANIZATION, "organization", (_span("Peskov"),))
    two = Decision("Kremlin", SpeakerKind.ORGANIZATION, "organization", (_span("Peskov"),))
    assert one == two
    assert hash(one) == hash(two)
    assert one != evolve(two, sieve="government")
    with pytest.raises(FrozenInstanceError):
        one.name = "Peskov"  # type: ignore[misc]


def test_decision_abstained_has_no_name_and_an_unknown_kind() -> None:
    """An abstention names nobody, has the unknown kind, keeps its reason as its sieve and
    relies on no spans."""
    assert abstained("abstain:no-tag") == Decision(None, SpeakerKind.UNKNOWN, "abstain:no-tag")
    assert abstained("abstain:no-tag").evidence == ()


@given(st.text(max_size=40))
def test_decision_abstained_keeps_any_reason(reason: str) -> None:
    """Whatever the reason, the abstention carries it unchanged and nothing else."""
    decided = abstained(reason)
    assert (decided.name, decided.kind, decided.sieve, decided.evidence) == (
        None,
        SpeakerKind.UNKNOWN,
        reason,
        (),
    )


# --- Case -------------------------------------------------------------------------------


@pytest.mark.parametrize("number", range(len(DRAFTS)))
def test_decision_case_draft_is_the_numbered_draft(number: int) -> None:
    """``Case.draft`` is the draft at the case's number among all the document's drafts."""
    case = Case(DRAFTS[number].mention, number, DRAFTS, [])
    assert case.draft is DRAFTS[number]


def test_decision_case_source_is_the_mention() -> None:
    """``Case.source`` is the case's mention when it has one."""
    assert Case(PESKOV, 0, DRAFTS, []).source is PESKOV


def test_decision_case_source_is_its_own_mention_not_the_drafts() -> None:
    """The case's mention may stand in for the draft's (a relative pronoun's antecedent):
    ``source`` gives the case's."""
    case = Case(PESKOV, 1, DRAFTS, [])
    assert case.draft.mention is HE
    assert case.source is PESKOV


def test_decision_case_source_without_a_mention_raises() -> None:
    """A unit reading the source of a draft with no mention gets a ValueError saying to
    check its forms."""
    case = Case(None, 2, DRAFTS, [])
    assert case.draft is DRAFTS[2]
    with pytest.raises(ValueError, match="check its forms"):
        _ = case.source


def test_decision_case_is_frozen_and_evolves() -> None:
    """A case cannot be changed in place; the sieve makes a new one with another mention."""
    case = Case(HE, 1, DRAFTS, [])
    with pytest.raises(FrozenInstanceError):
        case.mention = PESKOV  # type: ignore[misc]
    other = evolve(case, mention=PESKOV)
    assert (other.source, other.number, other.drafts) == (PESKOV, 1, DRAFTS)
    assert case.source is HE


def test_decision_case_sees_the_decisions_made_so_far() -> None:
    """The decisions of a case are those of the drafts before it, in order."""
    made = [Decision("Peskov", SpeakerKind.PERSON, "surname")]
    case = Case(HE, 1, DRAFTS, made)
    assert list(case.decisions) == made
    assert case.decisions[case.number - 1].name == "Peskov"


# --- the Unit protocol ------------------------------------------------------------------


class _Everyone:
    """A unit written outside the package: it names every mention it reads."""

    name: ClassVar[str] = "everyone"
    confidence: ClassVar[float] = 0.5
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.NAME})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        return Decision(case.source.span.text, SpeakerKind.PERSON, self.name, (case.source.span,))


def test_decision_every_unit_has_the_protocols_members() -> None:
    """Each unit of the sieve has a name, a confidence, the forms it reads and ``decide``."""
    for unit in units.UNITS:
        assert isinstance(unit.name, str)
        assert unit.name
        assert 0 <= unit.confidence <= 1
        assert isinstance(unit.forms, frozenset)
        assert unit.forms <= frozenset(MentionForm) | {None}
        assert callable(unit.decide)


def test_decision_a_unit_of_ones_own_runs_in_the_sieve() -> None:
    """Any class with the protocol's members is a unit: the sieve asks it about the forms
    it reads, and leaves the rest abstaining."""
    doc = Document.of(TEXT, builtin_annotation(TEXT))
    doc.drafts.extend(DRAFTS)
    unit: Unit = _Everyone()
    quotes = resolve(doc, (unit,))
    assert [(q.sieve, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("everyone", "Peskov"),
        ("abstain:no-unit", None),
        ("abstain:no-unit", None),
    ]


def test_decision_units_module_uses_these_classes() -> None:
    """The units module hands out the very Decision, Case and Unit defined here."""
    assert units.Decision is decision_module.Decision
    assert units.Case is decision_module.Case
    assert units.Unit is decision_module.Unit
    assert units.abstained is decision_module.abstained
