"""Tests for quoteattr.resolve.units: the sieve's named units, their order and their confidence.

Each unit is run on a small hand-made case, through ``extract`` where the text
alone reaches it, or through ``resolve(doc)`` on drafts built by hand where it
does not (a first-person source inside a quote, units that must not be asked).
"""

from __future__ import annotations

from typing import ClassVar

import pytest
from attrs import define, field
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Extractor, Kind, Quote, Span, SpeakerKind, extract
from quoteattr.annotators.annotation import Annotation, NamedEntity
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, MentionForm
from quoteattr.resolve.evidence import Evidence
from quoteattr.resolve.sieve import resolve
from quoteattr.resolve.turns import Continuation
from quoteattr.resolve.units import (
    CONFIDENCE,
    UNITS,
    Case,
    Chain,
    Decision,
    Description,
    FirstPerson,
    FullName,
    Government,
    Group,
    Heading,
    HeadingEcho,
    Indefinite,
    NominalSalience,
    Organization,
    PronounSalience,
    Role,
    Surname,
    SurnameAlias,
    Unit,
)
from quoteattr.segment import sentences

DOCUMENTED_ORDER = (
    "heading",
    "continuation",
    "government",
    "organization",
    "name",
    "surname-alias",
    "surname",
    "first-person",
    "writer",
    "addressee",
    "group",
    "indefinite",
    "role",
    "chain",
    "pronoun-salience",
    "nominal-salience",
    "description",
)
"""The order of ``UNITS``, strongest evidence first, as the sieve's docstring gives it."""


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def _mention(text: str, words: str, form: MentionForm, after: int = 0) -> Mention:
    span = _span(text, words, after)
    return Mention(span, form, span)


def _draft(
    text: str, content: str, mention: Mention | None, how: str = "tag-after", after: int = 0
) -> Draft:
    span = _span(text, content, after)
    return Draft(Kind.DIRECT, span, (span,), None, mention, how, ())


def _resolve(text: str, drafts: list[Draft], units: tuple[Unit, ...] = UNITS) -> list[Quote]:
    doc = Document.of(text, builtin_annotation(text))
    doc.drafts.extend(drafts)
    return resolve(doc, units)


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def test_units_run_in_the_documented_order() -> None:
    """``UNITS`` is heading, continuation, government … nominal-salience, in that order."""
    assert tuple(unit.name for unit in UNITS) == DOCUMENTED_ORDER


def test_units_each_unit_is_listed_once() -> None:
    """No unit appears twice, by name or by class."""
    assert len({unit.name for unit in UNITS}) == len(UNITS)
    assert len({type(unit) for unit in UNITS}) == len(UNITS)


@pytest.mark.parametrize(
    ("unit", "text", "speaker", "kind"),
    [
        (Continuation(), "“One,” Peskov said.\n“Two.”", "Peskov", SpeakerKind.PERSON),
        (
            Government(),
            "Tokyo said the talks were “useful”.",
            "Japanese government",
            SpeakerKind.ORGANIZATION,
        ),
        (
            Organization(),
            "The Korean Central News Agency said the talks were “useful”. KCNA said “more”.",
            "KCNA",
            SpeakerKind.ORGANIZATION,
        ),
        (FullName(), "“Yes,” Ann Smith said.", "Ann Smith", SpeakerKind.PERSON),
        (SurnameAlias(), "Ann Smith arrived. “Yes,” Smith said.", "Ann Smith", SpeakerKind.PERSON),
        (Surname(), "“Yes,” Smith said.", "Smith", SpeakerKind.PERSON),
        (
            Group(),
            "South Korean officials said the talks were “useful”.",
            "South Korean officials",
            SpeakerKind.OTHER,
        ),
        (
            Indefinite(),
            "A spokesman for the ministry said the talks were “useful”.",
            "unnamed ministry spokesman",
            SpeakerKind.PERSON,
        ),
        (
            Role(),
            "Kremlin spokesman Dmitry Peskov arrived.\n“Yes,” the spokesman said.",
            "Dmitry Peskov",
            SpeakerKind.PERSON,
        ),
        (
            PronounSalience(),
            "“One,” Peskov said.\n“Two,” he said.",
            "Peskov",
            SpeakerKind.PERSON,
        ),
        (
            NominalSalience(),
            "“One,” Ann Lee said.\n“Two,” the official said.",
            "Ann Lee",
            SpeakerKind.PERSON,
        ),
    ],
    ids=lambda value: value.name if hasattr(value, "decide") else None,
)
def test_units_a_deciding_unit_names_the_sieve_its_quote_carries(
    unit: Unit, text: str, speaker: str, kind: SpeakerKind
) -> None:
    """The quote a unit decides carries the unit's name as its sieve and its confidence."""
    decided = [q for q in extract(text) if q.sieve == unit.name]
    assert decided
    assert {_speaker(q) for q in decided} == {speaker}
    assert all(q.speaker is not None and q.speaker.kind is kind for q in decided)
    assert all(q.confidence == unit.confidence for q in decided)


@pytest.mark.parametrize("nominal", ["the spokeswoman", "the press secretary", "the spokesman"])
@pytest.mark.parametrize(
    "introduced",
    [
        "Press secretary Jen Psaki",
        "White House press secretary Jen Psaki",
        "Spokesman Jen Psaki",
        "Kremlin spokesman Jen Psaki",
    ],
)
def test_units_role_matches_another_name_of_the_job(introduced: str, nominal: str) -> None:
    """ "the spokeswoman" and "the press secretary" are the person introduced as press
    secretary or spokesman: one job with several names (``ROLE_NAMES``)."""
    (quote,) = extract(f"{introduced} spoke on Monday.\n“Yes,” {nominal} said.")
    assert (quote.sieve, _speaker(quote)) == (Role.name, "Jen Psaki")
    assert quote.mention is not None
    assert quote.mention.text == nominal


@pytest.mark.parametrize("introduced", ["Treasury Secretary Ann Lee", "Secretary Ann Lee"])
@pytest.mark.parametrize("nominal", ["the spokesman", "the spokeswoman", "the spokesperson"])
def test_units_role_secretary_alone_is_not_the_spokesman(introduced: str, nominal: str) -> None:
    """A person introduced only as "Secretary" holds another job: "the spokesman" is not
    them, and the quote's speaker is the description rather than a guess."""
    (quote,) = extract(f"{introduced} spoke on Monday.\n“Yes,” {nominal} said.")
    assert quote.sieve == Description.name
    assert _speaker(quote) == nominal


def test_units_role_secretary_is_still_the_secretary() -> None:
    """ "the secretary" is the person introduced as "Treasury Secretary"."""
    (quote,) = extract("Treasury Secretary Ann Lee spoke on Monday.\n“Yes,” the secretary said.")
    assert (quote.sieve, _speaker(quote)) == (Role.name, "Ann Lee")


def test_units_role_the_press_secretary_is_not_the_treasury_secretary() -> None:
    """ "the press secretary" is the spokesman's job, not the Treasury Secretary's."""
    text = "Treasury Secretary Ann Lee spoke on Monday.\n“Yes,” the press secretary said."
    (quote,) = extract(text)
    assert quote.sieve != Role.name


def test_units_role_two_holders_of_the_job_decide_nothing() -> None:
    """When two people were introduced with names of the same job, the role names neither."""
    text = (
        "Press secretary Jen Psaki and Kremlin spokesman Dmitry Peskov met.\n"
        "“Yes,” the spokeswoman said."
    )
    (quote,) = extract(text)
    assert quote.sieve == Description.name
    assert _speaker(quote) == "the spokeswoman"


def test_units_chain_names_the_sieve_its_quote_carries() -> None:
    """A pronoun an annotator chained to a name is decided by ``chain``, with its confidence."""
    text = "Ana Silva met Rui Costa. He said the plan was dead."
    annotation = Annotation(
        tuple(sentences(text)),
        entities=(
            NamedEntity(_span(text, "Ana Silva"), "PERSON"),
            NamedEntity(_span(text, "Rui Costa"), "PERSON"),
        ),
        chains=((_span(text, "Rui Costa"), _span(text, "He")),),
    )
    (quote,) = Extractor().annotated(text, annotation)
    assert (quote.sieve, _speaker(quote)) == (Chain.name, "Rui Costa")
    assert quote.confidence == Chain.confidence


def test_units_first_person_inside_a_quote_is_its_speaker() -> None:
    """ "I" inside a quote is that quote's speaker, decided by ``first-person``."""
    text = "“I told them the talks were over,” Peskov said."
    outer = _draft(
        text, "I told them the talks were over", _mention(text, "Peskov", MentionForm.NAME)
    )
    inner = _draft(text, "the talks were over", _mention(text, "I", MentionForm.PRONOUN))
    first, second = _resolve(text, [inner, outer])
    assert (first.sieve, _speaker(first)) == ("surname", "Peskov")
    assert (second.sieve, _speaker(second)) == (FirstPerson.name, "Peskov")
    assert second.confidence == FirstPerson.confidence


def test_units_first_person_outside_a_quote_is_the_unnamed_writer() -> None:
    """ "I" outside any quote is the writer; a text that never names them calls them "I"."""
    (quote,) = extract("I said the talks were “useful”.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("I", SpeakerKind.PERSON)
    assert quote.sieve == "writer"


def test_units_first_person_outside_a_quote_is_the_writer_the_text_introduces() -> None:
    text = "Hi, I'm Ann Lee. Today I said the talks were “useful”. We think that it works."
    quotes = extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Lee", "we"]
    assert quotes[0].speaker is not None
    assert Span.of(text, 8, 15) in quotes[0].speaker.mentions  # the introduction's name


def test_units_you_outside_a_quote_is_the_addressee() -> None:
    letter = "Dear Hannah:\nYou said the house was “cold”.\nLove,\nBill"
    assert [q.speaker.name if q.speaker else None for q in extract(letter)] == ["Hannah"]
    (quote,) = extract("You said the house was “cold”.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.sieve) == ("you", "addressee")


def test_units_first_person_in_a_quote_nobody_was_found_for_abstains() -> None:
    """ "we" inside a quote whose own speaker is unknown abstains: it is not the writer."""
    text = "“We told them the talks were over,” he said."
    outer = _draft(
        text, "We told them the talks were over", _mention(text, "he", MentionForm.PRONOUN)
    )
    inner = _draft(text, "the talks were over", _mention(text, "We", MentionForm.PRONOUN))
    decided = _resolve(text, [outer, inner])
    assert [q.sieve for q in decided] == [
        "abstain:pronoun-salience:no-antecedent",
        "abstain:first-person:unknown-quoter",
    ]


def test_units_continuation_across_a_paragraph_is_a_resumption() -> None:
    """A quote with no tag after a whole paragraph of other text resumes the last speaker."""
    text = "“One,” Peskov said.\nA plain paragraph in between.\n“Two.”"
    first, second = extract(text)
    assert _speaker(first) == _speaker(second) == "Peskov"
    assert second.sieve == "resumption"


def test_units_continuation_over_blank_lines_alone_continues() -> None:
    """Blank lines are no paragraph: a quote after them still continues the last speaker."""
    text = "“One,” Peskov said.\n\n \n“Two.”"
    _, second = extract(text)
    assert (second.sieve, _speaker(second)) == (Continuation.name, "Peskov")


def test_units_continuation_of_nothing_abstains_with_no_tag() -> None:
    """A first quote with no tag, or one after an abstention, has nobody to continue."""
    (alone,) = extract("“Two.”")
    assert alone.sieve == "abstain:no-tag"
    _, after = extract("“One,” he said.\n“Two.”")
    assert after.sieve == "abstain:no-tag"


def test_units_heading_abstains_until_a_later_quote_repeats_it() -> None:
    """A quotation in a heading abstains as ``heading``; ``heading-echo`` names it when a
    later quote says its words."""
    (alone,) = extract("Talking about “sensitive subjects”\nThe talks went on.")
    assert (alone.sieve, alone.speaker) == ("abstain:heading", None)
    text = (
        "Talking about “sensitive subjects”\n"
        "The two men must talk about “sensitive subjects”, said Kremlin spokesman Dmitri Peskov."
    )
    heading, _ = extract(text)
    assert (heading.sieve, _speaker(heading)) == (HeadingEcho.name, "Dmitri Peskov")
    assert heading.confidence == HeadingEcho.confidence


@define
class _Spy:
    """A unit that records the mentions it is asked about and never decides."""

    name: ClassVar[str] = "spy"
    confidence: ClassVar[float] = 1.0
    forms: frozenset[MentionForm | None]
    asked: list[str | None] = field(factory=list)

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        self.asked.append(case.mention.span.text if case.mention is not None else None)
        return None


def _three_forms() -> tuple[str, list[Draft]]:
    text = "“One,” Peskov said. “Two,” he said. “Three.”"
    return text, [
        _draft(text, "One,", _mention(text, "Peskov", MentionForm.NAME)),
        _draft(text, "Two,", _mention(text, "he", MentionForm.PRONOUN)),
        _draft(text, "Three.", None, how="none"),
    ]


@pytest.mark.parametrize(
    ("forms", "asked"),
    [
        (frozenset({MentionForm.NAME}), ["Peskov"]),
        (frozenset({MentionForm.PRONOUN}), ["he"]),
        (frozenset({None}), [None]),
        (frozenset({MentionForm.GROUP, MentionForm.ORGANIZATION}), []),
    ],
)
def test_units_a_unit_is_asked_only_about_the_forms_it_reads(
    forms: frozenset[MentionForm | None], asked: list[str | None]
) -> None:
    """The sieve never asks a unit about a draft whose mention form its ``forms`` leave out."""
    text, drafts = _three_forms()
    spy = _Spy(forms)
    quotes = _resolve(text, drafts, (spy,))
    assert spy.asked == asked
    assert [q.sieve for q in quotes] == ["abstain:no-unit"] * 3


def test_units_a_unit_that_would_decide_anything_is_still_not_asked() -> None:
    """``surname`` takes any mention it sees, yet leaves a pronoun and an untagged quote alone."""
    text, drafts = _three_forms()
    quotes = _resolve(text, drafts, (Surname(),))
    assert [(q.sieve, _speaker(q)) for q in quotes] == [
        ("surname", "Peskov"),
        ("abstain:no-unit", None),
        ("abstain:no-unit", None),
    ]


def test_units_no_unit_reads_a_relative_pronoun() -> None:
    """The sieve reads "who" as its antecedent, so no unit lists the relative form."""
    assert all(MentionForm.RELATIVE not in unit.forms for unit in UNITS)


def test_units_heading_and_continuation_read_only_untagged_drafts() -> None:
    """The two units about quotes with no mention read nothing else, and no other unit
    reads them."""
    untagged = [unit.name for unit in UNITS if None in unit.forms]
    assert untagged == [Heading.name, Continuation.name]
    assert all(unit.forms == frozenset({None}) for unit in UNITS if None in unit.forms)


def test_units_confidence_values_lie_in_the_unit_interval() -> None:
    """Every confidence a quote can carry is above 0 and at most 1."""
    assert CONFIDENCE
    assert all(0 < value <= 1 for value in CONFIDENCE.values())


def test_units_confidence_is_keyed_by_each_deciding_units_name() -> None:
    """``CONFIDENCE`` has every unit that can decide, ``heading-echo`` and ``alternation`` (a
    continuation's other outcome); never ``heading``, which only abstains."""
    names = {u.name for u in UNITS if u.name != "heading"}
    names |= {"heading-echo", "alternation", "resumption"}
    assert set(CONFIDENCE) == names
    assert all(CONFIDENCE[u.name] == u.confidence for u in UNITS if u.name != "heading")
    assert Heading.confidence == 0.0


def test_units_confidence_is_ordered_as_the_sieve_trusts_the_evidence() -> None:
    """A full name is trusted most, then a surname the text expands, a bare surname, a
    pronoun's antecedent, a description's, and a heading's echo; resuming the last speaker
    after a paragraph of other text least."""
    order = ["name", "surname-alias", "surname", "pronoun-salience", "nominal-salience"]
    values = [CONFIDENCE[name] for name in [*order, "heading-echo"]]
    assert values == sorted(values, reverse=True)
    assert len(set(values)) == len(values)
    assert CONFIDENCE["government"] > CONFIDENCE["organization"] > CONFIDENCE["group"]
    assert CONFIDENCE["chain"] > CONFIDENCE["pronoun-salience"]
    assert CONFIDENCE["pronoun-salience"] > CONFIDENCE["continuation"]
    assert min(CONFIDENCE.values()) == CONFIDENCE["resumption"]
    assert sorted(CONFIDENCE.values())[1] == CONFIDENCE["heading-echo"]
    assert max(CONFIDENCE.values()) == CONFIDENCE["name"]


PIECES = (
    "“We are ready,” Peskov said.",
    "Kremlin spokesman Dmitry Peskov arrived.",
    "“Soon,” he added.",
    "“Later.”",
    "Tokyo said the talks were “useful”.",
    "Russian officials said it was “a private matter”.",
    "A spokesman for the ministry said talks would go on.",
    "“Fine,” the spokesman said.",
    "I said it was “late”.",
    "Talking about “sensitive subjects”",
    "A plain line.",
    "",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8))
def test_units_every_quote_carries_a_known_sieve_and_its_confidence(lines: list[str]) -> None:
    """Whatever the text, a quote's sieve is a unit's name, ``heading-echo`` or an abstention,
    its confidence is that sieve's, and it has a speaker exactly when it did not abstain."""
    for quote in extract("\n".join(lines)):
        assert quote.sieve in CONFIDENCE or quote.sieve.startswith("abstain:")
        assert quote.confidence == CONFIDENCE.get(quote.sieve, 0.0)
        assert (quote.speaker is None) == quote.sieve.startswith("abstain:")


def test_units_they_means_a_group_of_many_or_an_organisation() -> None:
    """ "They" takes a salient group whose name ends in a plural noun ("the two children")
    or an organisation, never a phrase named in the singular ("old cautious")."""
    text = (
        "The two children said it was late. The old cautious said it too. "
        "“We will wait,” they said."
    )
    assert [_speaker(q) for q in extract(text)][-1] == "two children"  # a group, named so
