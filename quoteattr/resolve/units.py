"""The steps of the speaker sieve, one named unit each, strongest evidence first.

Each unit looks at one draft (its mention, and what the document and earlier
decisions make salient) and either decides its speaker, abstains for good, or
passes (returns None) to the next unit. A unit's ``name`` is the ``sieve`` a
quote carries when that unit decided, and its ``confidence`` the quote's
confidence; ``forms`` says which mention forms it reads (``None``: a draft with
no mention). ``UNITS`` is the order they run in, as CoreNLP runs its
quote-attribution sieves in a declared order.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import ClassVar, Final

from attrs import frozen

from quoteattr.document import Draft
from quoteattr.grammar.mentions import MentionForm, is_plural_noun
from quoteattr.grammar.namewords import is_particle_surname
from quoteattr.lexicon.cues import CONTINUING_VERBS
from quoteattr.lexicon.words import PRONOUNS, QUOTE_MARKS
from quoteattr.model import Span, SpeakerKind
from quoteattr.resolve.canonical import group_name
from quoteattr.resolve.decision import Case, Decision, Unit, abstained
from quoteattr.resolve.descriptions import Description, Indefinite, NominalSalience, Role
from quoteattr.resolve.evidence import Evidence
from quoteattr.resolve.gazetteer import (
    OTHER_GENDER,
    PRONOUN_GENDERS,
    TITLE_GENDERS,
    Gender,
    government_of,
)
from quoteattr.resolve.names import NameIndex
from quoteattr.resolve.persons import Addressee, FirstPerson, Writer
from quoteattr.resolve.turns import Alternation, Continuation, Resumption, called_before

_NAMED: Final = frozenset({MentionForm.NAME})
_ANY_MENTION: Final = frozenset(MentionForm) - {MentionForm.RELATIVE}


@frozen
class Heading:
    """A quotation in a heading has no tag: it abstains here, and ``HeadingEcho`` later
    gives it the speaker of a quote that repeats its words."""

    name: ClassVar[str] = "heading"
    confidence: ClassVar[float] = 0.0
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({None})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        return abstained("abstain:heading") if case.draft.how == "heading" else None


@frozen
class Government:
    """A country or its capital as a source stands for its government ("Tokyo said")."""

    name: ClassVar[str] = "government"
    confidence: ClassVar[float] = 0.85
    forms: ClassVar[frozenset[MentionForm | None]] = _ANY_MENTION

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        government = government_of(case.source.span.text)
        if government is None:
            return None
        return Decision(government, SpeakerKind.ORGANIZATION, self.name)


@frozen
class Organization:
    """An organisation, or a name the annotator typed as one, gets its stable name."""

    name: ClassVar[str] = "organization"
    confidence: ClassVar[float] = 0.8
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset(
        {MentionForm.NAME, MentionForm.ORGANIZATION}
    )

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        mention = case.source
        if mention.form is MentionForm.NAME and not evidence.recognised_as(mention, "ORG"):
            return None
        name = evidence.institution(mention) or evidence.organization_name(mention)
        return Decision(name, SpeakerKind.ORGANIZATION, self.name)


@frozen
class FullName:
    """A name of two words or more is the person's name, in its preferred spelling."""

    name: ClassVar[str] = "name"
    confidence: ClassVar[float] = 0.9
    forms: ClassVar[frozenset[MentionForm | None]] = _NAMED

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        text = case.source.span.text
        words = text.split()
        if len(words) < 2 or is_particle_surname(words):
            return None
        return Decision(text, SpeakerKind.PERSON, self.name)


@frozen
class SurnameAlias:
    """A surname takes the full name the document gives it ("Smith" → "Ann Smith",
    "De Vries" → "Jan de Vries")."""

    name: ClassVar[str] = "surname-alias"
    confidence: ClassVar[float] = 0.85
    forms: ClassVar[frozenset[MentionForm | None]] = _NAMED

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        span = case.source.span
        words = span.text.split()
        particles = is_particle_surname(words)
        fuller = evidence.names.fullest(words[-1] if particles else words[0], span.start)
        if fuller is None:
            return None
        if particles and not fuller.text.casefold().endswith(" " + span.text.casefold()):
            return None
        title = _title_before(case)
        if title is not None and TITLE_GENDERS.get(title.lower().rstrip(".")) is not None:
            fuller = _titled_person(title, words[-1], evidence.names)
            if fuller is None:  # another of the family, or one the text does not tell apart
                return Decision(f"{title} {span.text}", SpeakerKind.PERSON, Surname.name)
        return Decision(fuller.text, SpeakerKind.PERSON, self.name, (fuller,))


def _titled_person(title: str, surname: str, names: NameIndex) -> Span | None:
    """The one full name of the family that a surname after a gendered title stands for
    ("Mrs. Clinton" → "Hillary Clinton", not "Bill Clinton"), or None: no full name fits
    the title's gender ("Mrs. Lee" beside "Paul Lee"), several do, or the text writes the
    family name after both "Mrs." and "Miss", so that two women share it."""
    key = title.lower().rstrip(".")
    if key in _MARITAL_TITLES and names.titles_before(surname) >= _MARITAL_TITLES:
        return None
    other = OTHER_GENDER.get(TITLE_GENDERS.get(key, Gender.UNKNOWN))
    fitting = [name for name in names.family(surname) if names.gender(name.text) is not other]
    return fitting[0] if len(fitting) == 1 else None


_MARITAL_TITLES: Final = frozenset({"mrs", "miss"})
"""A married and an unmarried woman's titles: one family name with both is two women."""


def _title_before(case: Case) -> str | None:
    """The title word that stands before a name mention in its phrase ("Mrs." in "Mrs.
    Lee"), or None."""
    mention = case.source
    before = mention.phrase.text[: mention.span.start - mention.phrase.start].split()
    return before[-1] if before else None


@frozen
class Surname:
    """A one-word name the document never gives in full stays as it is."""

    name: ClassVar[str] = "surname"
    confidence: ClassVar[float] = 0.75
    forms: ClassVar[frozenset[MentionForm | None]] = _NAMED

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        return Decision(case.source.span.text, SpeakerKind.PERSON, self.name)


@frozen
class Group:
    """An unnamed group ("officials") gets a stable name, the same as an earlier group it
    abbreviates."""

    name: ClassVar[str] = "group"
    confidence: ClassVar[float] = 0.7
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.GROUP})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        mention = case.source
        name = group_name(mention.span.text, evidence.text, mention.span.start)
        return Decision(evidence.same_as_earlier(name), SpeakerKind.OTHER, self.name)


@frozen
class Chain:
    """A pronoun or description takes the fullest name of the coreference chain an
    annotator put it in."""

    name: ClassVar[str] = "chain"
    confidence: ClassVar[float] = 0.7
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset(
        {MentionForm.PRONOUN, MentionForm.NOMINAL}
    )

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        found = evidence.chained(case.source)
        if found is None:
            return None
        name, kind, span = found
        return Decision(name, kind, self.name, (span,))


@frozen
class PronounSalience:
    """A pronoun takes the most salient entity before it that its number and gender fit."""

    name: ClassVar[str] = "pronoun-salience"
    confidence: ClassVar[float] = 0.6
    forms: ClassVar[frozenset[MentionForm | None]] = frozenset({MentionForm.PRONOUN})

    def decide(self, case: Case, evidence: Evidence) -> Decision | None:
        mention = case.source
        word = mention.span.text.lower()
        wanted = PRONOUNS.get(word, "person")
        kinds = {SpeakerKind.PERSON} if wanted == "person" else {SpeakerKind.ORGANIZATION}
        if wanted == "plural":
            kinds |= {SpeakerKind.OTHER}
        gender = PRONOUN_GENDERS.get(word, Gender.UNKNOWN)
        clash = OTHER_GENDER.get(gender)
        if gender is not Gender.UNKNOWN:
            named = _he_or_she(case, evidence, gender)
            if named is not None:
                return Decision(named, SpeakerKind.PERSON, self.name)
        plural = wanted == "plural"
        found = evidence.salience.antecedent(
            mention.span.start,
            lambda e: (
                e.kind in kinds
                and e.gender is not clash
                and (not plural or e.kind is SpeakerKind.ORGANIZATION or _names_many(e.name))
            ),
        )
        if found is None:
            return abstained("abstain:pronoun-salience:no-antecedent")
        return Decision(found.name, found.kind, self.name)


def _names_many(name: str) -> bool:
    """Whether a group's name ends in a plural noun ("unnamed officials", "these two
    children"): "they" means people, never a phrase a mention misread ("more cautious")."""
    words = name.split()
    return bool(words) and is_plural_noun(words[-1].lower())


def _he_or_she(case: Case, evidence: Evidence, gender: Gender) -> str | None:
    """Whom "he" or "she" in a quotation's tag means, before salience is asked: the last
    speaker, a person, when the cue says they go on ("he added"); else the person of that
    gender the narration names first in the paragraph, else the nearest before it."""
    draft = case.draft
    cue = draft.cue.text.split()[0].lower() if draft.cue is not None else ""
    if cue in CONTINUING_VERBS and case.number:
        last = case.decisions[case.number - 1]
        if (
            last.name is not None
            and last.kind is SpeakerKind.PERSON
            and last.sieve not in UNSAID
            and evidence.names.gender(last.name) is not OTHER_GENDER[gender]
        ):
            return last.name
    start = case.source.span.start
    called = called_before(case, evidence)
    if called is not None and evidence.names.gender(called) is not OTHER_GENDER[gender]:
        return called
    paragraph = evidence.doc.paragraphs[max(0, evidence.doc.paragraph_number(start))]
    return evidence.narrative.antecedent(start, paragraph.start, gender)


UNITS: Final[tuple[Unit, ...]] = (
    Heading(),
    Continuation(),
    Government(),
    Organization(),
    FullName(),
    SurnameAlias(),
    Surname(),
    FirstPerson(),
    Writer(),
    Addressee(),
    Group(),
    Indefinite(),
    Role(),
    Chain(),
    PronounSalience(),
    NominalSalience(),
    Description(),
)
"""The sieve's units in the order they are tried; the first that decides wins."""

UNSAID: Final = frozenset({Writer.name, Addressee.name})
"""Units whose speaker no third-person pronoun can mean: the text's "I" and "you"."""

_QUOTES_AND_SPACE: Final = " " + "".join(sorted(QUOTE_MARKS))

MAX_ECHO_QUOTES: Final = 200
"""Later quotes searched for a heading's words: an article's worth, so that text made of
nothing but headings and quotes costs linear time."""


@frozen
class HeadingEcho:
    """A pass after the sieve: a heading's speaker is whoever the text later quotes saying
    the heading's words."""

    name: ClassVar[str] = "heading-echo"
    confidence: ClassVar[float] = 0.45

    def revise(self, drafts: Sequence[Draft], decisions: Sequence[Decision]) -> list[Decision]:
        """The decisions, with each abstaining heading given its echo's speaker."""
        out = list(decisions)
        named = [number for number, decision in enumerate(decisions) if decision.name is not None]
        for number, (draft, decision) in enumerate(zip(drafts, decisions, strict=True)):
            if decision.sieve != "abstain:heading":
                continue
            words = draft.content.text.strip(_QUOTES_AND_SPACE)
            first = bisect.bisect_right(named, number)
            last = bisect.bisect_right(named, number + MAX_ECHO_QUOTES)
            for later in named[first:last]:  # only quotes with a speaker can lend one
                if words and words in drafts[later].content.text:
                    echo = decisions[later]
                    out[number] = Decision(echo.name, echo.kind, self.name)
                    break
        return out


CONFIDENCE: Final[dict[str, float]] = {
    **{unit.name: unit.confidence for unit in UNITS if unit.confidence},
    Alternation.name: Alternation.confidence,
    Resumption.name: Resumption.confidence,
    HeadingEcho.name: HeadingEcho.confidence,
}
"""How much each unit is trusted, by the ``sieve`` name it gives; abstentions have 0."""
