"""Tests for quoteattr.resolve.evidence: what the sieve's units consult about a document.

Documents are built with ``Document.of``; where an annotator's chains and
entities matter, the ``Annotation`` is made by hand from offsets.
"""

from __future__ import annotations

from quoteattr import Kind, Span, SpeakerKind, extract
from quoteattr.annotators.annotation import Annotation, NamedEntity
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, MentionForm
from quoteattr.resolve.evidence import Evidence
from quoteattr.resolve.gazetteer import Gender
from quoteattr.resolve.salience import Event
from quoteattr.resolve.units import Case, PronounSalience
from quoteattr.segment import sentences


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def _mention(text: str, words: str, form: MentionForm, after: int = 0) -> Mention:
    span = _span(text, words, after)
    return Mention(span, form, span)


def _case(text: str, mention: Mention, number: int) -> Case:
    """The case of a direct quotation tagged with ``mention``, as the ``number``-th draft."""
    content = _span(text, "Two")
    cue = _span(text, "said", mention.span.start)
    draft = Draft(Kind.DIRECT, content, (content,), cue, mention, "tag-after", ())
    return Case(mention, number, [draft] * (number + 1), [])


def _evidence(text: str, annotation: Annotation | None = None) -> Evidence:
    return Evidence(Document.of(text, annotation or builtin_annotation(text)))


def _people(event: Event) -> bool:
    return event.kind is SpeakerKind.PERSON


def test_evidence_same_as_earlier_finds_the_one_entity_a_name_abbreviates() -> None:
    """A shorter group name is the earlier entity with its head and all its words."""
    evidence = _evidence("Russian news agencies reported it. Russian agencies said more.")
    assert evidence.same_as_earlier("Russian agencies") == "Russian agencies"  # nothing yet
    evidence.remember("Russian news agencies", SpeakerKind.ORGANIZATION, None, 0)
    assert evidence.same_as_earlier("Russian agencies") == "Russian news agencies"
    assert evidence.same_as_earlier("Chinese agencies") == "Chinese agencies"
    assert evidence.same_as_earlier("Russian officials") == "Russian officials"
    assert evidence.same_as_earlier("Russian news agencies") == "Russian news agencies"


def test_evidence_same_as_earlier_leaves_a_name_two_entities_could_abbreviate() -> None:
    """Where two earlier entities fit, the name stays its own."""
    evidence = _evidence("Russian news agencies and Russian state agencies reported it.")
    evidence.remember("Russian news agencies", SpeakerKind.ORGANIZATION, None, 0)
    evidence.remember("Russian state agencies", SpeakerKind.ORGANIZATION, None, 0)
    assert evidence.same_as_earlier("Russian agencies") == "Russian agencies"


def test_evidence_organization_name_uses_the_acronym_the_text_uses() -> None:
    """ "the Korean Central News Agency" is "KCNA" in a text that writes "KCNA"."""
    text = "The official Korean Central News Agency said so. KCNA said more."
    mention = _mention(text, "The official Korean Central News Agency", MentionForm.ORGANIZATION)
    assert _evidence(text).organization_name(mention) == "KCNA"


def test_evidence_organization_name_without_the_acronym_keeps_the_full_name() -> None:
    """A text that never writes the acronym keeps the name, without article or modifier."""
    text = "The official Korean Central News Agency said so. Its report said more."
    mention = _mention(text, "The official Korean Central News Agency", MentionForm.ORGANIZATION)
    assert _evidence(text).organization_name(mention) == "Korean Central News Agency"


def test_evidence_organization_name_joins_an_earlier_entity() -> None:
    """An organisation named shorter than one remembered takes the remembered name."""
    text = "Russian news agencies reported it. Russian agencies said more."
    evidence = _evidence(text)
    evidence.remember("Russian news agencies", SpeakerKind.ORGANIZATION, None, 0)
    mention = _mention(text, "Russian agencies", MentionForm.ORGANIZATION)
    assert evidence.organization_name(mention) == "Russian news agencies"


def test_evidence_remember_makes_a_speaker_salient_for_a_later_pronoun() -> None:
    """After ``remember``, a later pronoun finds the speaker; before, nobody."""
    text = "“One,” Lee said. “Two,” she said."
    evidence = _evidence(text)
    she = _span(text, "she")
    assert evidence.salience.antecedent(she.start, _people) is None
    lee = _mention(text, "Lee", MentionForm.NAME)
    evidence.remember("Lee", SpeakerKind.PERSON, lee, lee.span.start)
    found = evidence.salience.antecedent(she.start, _people)
    assert found == Event(lee.span.start, "Lee", SpeakerKind.PERSON, Gender.UNKNOWN, True)
    assert evidence.entities == {"Lee": SpeakerKind.PERSON}
    assert evidence.salience.antecedent(lee.span.start, _people) is None  # not before itself


def test_evidence_remember_lets_the_pronoun_unit_decide() -> None:
    """``pronoun-salience`` names the speaker ``remember`` made salient."""
    text = "“One,” Lee said. “Two,” she said."
    evidence = _evidence(text)
    lee = _mention(text, "Lee", MentionForm.NAME)
    she = _mention(text, "she", MentionForm.PRONOUN)
    case = _case(text, she, 1)
    before = PronounSalience().decide(case, evidence)
    assert before is not None
    assert before.sieve == "abstain:pronoun-salience:no-antecedent"
    evidence.remember("Lee", SpeakerKind.PERSON, lee, lee.span.start)
    after = PronounSalience().decide(case, evidence)
    assert after is not None
    assert (after.name, after.kind, after.sieve) == ("Lee", SpeakerKind.PERSON, "pronoun-salience")


def test_evidence_remember_takes_a_gender_from_the_pronoun_that_named_the_speaker() -> None:
    """A speaker of unknown gender found through "she" is remembered as female, so a later
    "he" skips her."""
    text = "“One,” she said. “Two,” he said."
    evidence = _evidence(text)
    she = _mention(text, "she", MentionForm.PRONOUN)
    evidence.remember("Lee", SpeakerKind.PERSON, she, she.span.start)
    found = evidence.salience.antecedent(len(text), _people)
    assert found is not None
    assert found.gender is Gender.FEMALE
    he = _mention(text, "he", MentionForm.PRONOUN)
    decision = PronounSalience().decide(_case(text, he, 1), evidence)
    assert decision is not None
    assert decision.name is None


def test_evidence_remember_keeps_the_gender_the_document_gives_a_name() -> None:
    """The gender the text gives a full name wins over the pronoun that named the speaker."""
    text = "Mr. Lars Holm arrived. “One,” she said."
    evidence = _evidence(text)
    she = _mention(text, "she", MentionForm.PRONOUN)
    evidence.remember("Lars Holm", SpeakerKind.PERSON, she, she.span.start)
    found = evidence.salience.antecedent(len(text), lambda e: e.speaker)
    assert found is not None
    assert (found.name, found.gender) == ("Lars Holm", Gender.MALE)


def test_evidence_remember_keeps_the_first_kind_of_an_entity() -> None:
    """An entity remembered twice keeps the kind it was first decided with."""
    evidence = _evidence("Text.")
    evidence.remember("Kremlin", SpeakerKind.ORGANIZATION, None, 0)
    evidence.remember("Kremlin", SpeakerKind.PERSON, None, 1)
    assert evidence.entities == {"Kremlin": SpeakerKind.ORGANIZATION}


def _chained(text: str, chain: tuple[Span, ...], *entities: NamedEntity) -> Evidence:
    annotation = Annotation(tuple(sentences(text)), entities=entities, chains=(chain,))
    return _evidence(text, annotation)


def test_evidence_chained_gives_the_fullest_name_of_the_mentions_chain() -> None:
    """A pronoun in an annotator's chain takes the chain's name, its kind and its span."""
    text = "Ana Silva met Rui Costa. He said the plan was dead."
    costa = _span(text, "Rui Costa")
    evidence = _chained(
        text,
        (costa, _span(text, "He")),
        NamedEntity(_span(text, "Ana Silva"), "PERSON"),
        NamedEntity(costa, "PERSON"),
    )
    he = _mention(text, "He", MentionForm.PRONOUN)
    assert evidence.chained(he) == ("Rui Costa", SpeakerKind.PERSON, costa)
    assert evidence.chained(_mention(text, "plan", MentionForm.NOMINAL)) is None


def test_evidence_chained_expands_a_one_word_name_as_the_text_spells_it() -> None:
    """A chain named by a surname takes the document's full name, spelled as the text does."""
    text = "Dmitri Peskov arrived. Peskov met Kim. He said the plan was dead."
    peskov = _span(text, "Peskov", text.index("arrived"))
    evidence = _chained(text, (peskov, _span(text, "He")), NamedEntity(peskov, "PERSON"))
    he = _mention(text, "He", MentionForm.PRONOUN)
    assert evidence.chained(he) == ("Dmitri Peskov", SpeakerKind.PERSON, peskov)


def test_evidence_chained_gives_an_organisations_kind() -> None:
    """A description chained to an organisation's name takes it as an organisation."""
    text = "Acme Corp cut jobs. The company said the cuts were deep."
    acme = _span(text, "Acme Corp")
    evidence = _chained(text, (acme, _span(text, "The company")), NamedEntity(acme, "ORG"))
    company = _mention(text, "The company", MentionForm.NOMINAL)
    assert evidence.chained(company) == ("Acme Corp", SpeakerKind.ORGANIZATION, acme)


def test_evidence_chained_never_names_a_mention_by_itself() -> None:
    """The chain's name overlapping the mention gives nothing: the mention is the name."""
    text = "Rui Costa arrived. He said the plan was dead."
    costa = _span(text, "Rui Costa")
    evidence = _chained(text, (costa, _span(text, "He")), NamedEntity(costa, "PERSON"))
    assert evidence.chained(_mention(text, "Rui Costa", MentionForm.NAME)) is None


def test_evidence_chained_without_a_named_member_gives_nothing() -> None:
    """A chain of pronouns and descriptions only names nobody."""
    text = "The envoy arrived. He said the plan was dead."
    evidence = _chained(text, (_span(text, "The envoy"), _span(text, "He")))
    assert evidence.chained(_mention(text, "He", MentionForm.PRONOUN)) is None


def test_evidence_recognised_as_reads_the_entity_type() -> None:
    """A mention is recognised as the type of the entity over it, and nothing without one."""
    text = "Halvorsen Partners said the deal was off. Ann Lee agreed."
    annotation = Annotation(
        tuple(sentences(text)), entities=(NamedEntity(_span(text, "Halvorsen Partners"), "ORG"),)
    )
    evidence = _evidence(text, annotation)
    firm = _mention(text, "Halvorsen Partners", MentionForm.NAME)
    assert evidence.recognised_as(firm, "ORG")
    assert not evidence.recognised_as(firm, "PERSON")
    assert not evidence.recognised_as(_mention(text, "Ann Lee", MentionForm.NAME), "PERSON")


def test_evidence_institution_is_the_ministry_its_owners_title_heads() -> None:
    """ "Kozlov’s ministry" is the ministry of the title the text gave Kozlov."""
    text = (
        "Russia’s Natural Resources Minister Alexander Kozlov arrived. "
        "Kozlov’s ministry said the talks were useful."
    )
    evidence = _evidence(text)
    ministry = _mention(text, "Kozlov’s ministry", MentionForm.ORGANIZATION)
    assert evidence.institution(ministry) == "Russian Natural Resources Ministry"
    other = _mention(text, "the talks", MentionForm.NOMINAL)
    assert evidence.institution(other) is None


def test_evidence_lower_words_are_the_spans_tokens_lower_cased() -> None:
    """A span's words come from the document's tokens, lower-cased, punctuation kept."""
    text = "The Kremlin Spokesman, Dmitry Peskov, said so."
    evidence = _evidence(text)
    assert evidence.lower_words(_span(text, "The Kremlin Spokesman,")) == [
        "the",
        "kremlin",
        "spokesman",
        ",",
    ]


def _story(calls: int, tags: int) -> str:
    """A story "I" tells: ``tags`` replies of mine, ``calls`` of them answered by a line
    that calls me "Ann Vale"; Tom is called as often but also named in the narration."""
    lines = []
    for number in range(tags):
        lines.append(f"“Line {number},” I said.")
        if number < calls:
            lines.append("“Yes, Ann Vale,” Tom replied. “No, Tom Ross!”\nTom Ross left.")
    return "\n\n".join(lines)


def test_evidence_the_narrator_is_the_name_the_quotations_call_but_never_narrate() -> None:
    """In a story told by "I", "I" is the name the others call that the narration never
    writes; "Tom Ross", also called, is narrated, so is someone else."""
    quotes = extract(_story(calls=4, tags=12))
    mine = {q.speaker.name for q in quotes if q.mention is not None and q.mention.text == "I"}
    assert mine == {"Ann Vale"}


def test_evidence_no_narrator_in_a_text_with_few_first_person_tags() -> None:
    """A few "I said" tags do not make a story told by "I": its "I" stays unnamed."""
    quotes = extract(_story(calls=4, tags=4))
    mine = {q.speaker.name for q in quotes if q.mention is not None and q.mention.text == "I"}
    assert mine == {"I"}
