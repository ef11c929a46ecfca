"""Tests for quoteattr.resolve.sieve: speaker entities, canonical names, provenance, confidence."""

from __future__ import annotations

from quoteattr import Extractor, Kind, Span, SpeakerKind, extract
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, MentionForm
from quoteattr.resolve.sieve import Speakers, _one_line, resolve
from quoteattr.resolve.units import CONFIDENCE


def test_sieve_surname_takes_the_fullest_earlier_name() -> None:
    """A surname resolves to the full name met earlier, roles and titles dropped."""
    text = "Russian President Vladimir Putin arrived.\n“We will help,” Putin said."
    (quote,) = extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Vladimir Putin"
    assert quote.sieve == "surname-alias"
    assert [m.text for m in quote.speaker.mentions] == ["Vladimir Putin", "Putin"]


def test_sieve_korean_name_matches_by_family_name_when_unique() -> None:
    """ "Kim" resolves through a name that starts with it when only one does."""
    text = "North Korean leader Kim Jong Un arrived.\nKim thanked Russia for its “support”."
    (quote,) = extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Kim Jong Un"


def test_sieve_pronoun_takes_the_last_person_speaker() -> None:
    """ "he" resolves to the most recent person who spoke before it."""
    text = "“We are ready,” the Kremlin said.\n“Yes,” Tikhonov said.\n“No,” he added."
    quotes = extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Kremlin",
        "Tikhonov",
        "Tikhonov",
    ]
    assert quotes[2].sieve == "pronoun-salience"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.kind is SpeakerKind.ORGANIZATION


def test_sieve_pronoun_without_antecedent_abstains_with_reason() -> None:
    """A pronoun with nobody before it keeps its mention, has no speaker and says why."""
    (quote,) = extract("“Yes,” he said.")
    assert quote.mention is not None
    assert quote.mention.text == "he"
    assert quote.speaker is None
    assert quote.sieve.startswith("abstain:")
    assert quote.confidence == 0.0


def test_sieve_role_nominal_takes_the_last_person() -> None:
    """ "the expert" after a named speaker is that speaker."""
    text = "“It matters,” said Kim Jong-dae, a researcher.\n“I think so,” said the expert."
    quotes = extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Kim Jong-dae",
        "Kim Jong-dae",
    ]
    assert quotes[1].sieve == "nominal-salience"


def test_sieve_group_is_its_own_entity() -> None:
    """An unnamed group ("Russian officials") is an entity of kind other."""
    (quote,) = extract("Russian officials said the talks were “a private matter”.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Russian officials", SpeakerKind.OTHER)


def test_sieve_continuation_after_a_paragraph_gap_is_a_weak_guess() -> None:
    """A quote with no tag after a paragraph of other text resumes the last speaker, with
    the least confidence the sieve gives."""
    text = "“One,” Peskov said.\nA plain paragraph in between.\n“Two.”"
    first, second = extract(text)
    assert first.speaker is not None
    assert second.speaker is first.speaker
    assert second.sieve == "resumption"
    assert second.confidence < first.confidence


def test_sieve_one_speaker_object_per_entity() -> None:
    """Quotes by one entity share one Speaker holding all its mentions."""
    text = "“One,” Peskov said.\n“Two,” he said."
    first, second = extract(text)
    assert first.speaker is second.speaker or first.speaker == second.speaker
    assert first.speaker is not None
    assert [m.text for m in first.speaker.mentions] == ["Peskov", "he"]


def test_sieve_confidence_is_higher_for_names_than_for_pronouns() -> None:
    """The sieve's trust order: names over aliases over pronouns over continuations."""
    assert CONFIDENCE["name"] > CONFIDENCE["surname-alias"] > CONFIDENCE["pronoun-salience"]
    assert CONFIDENCE["pronoun-salience"] > CONFIDENCE["continuation"] > 0
    assert all(0 < value <= 1 for value in CONFIDENCE.values())


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def _draft(
    text: str, content: str, mention: Mention | None, fragments: tuple[Span, ...] = ()
) -> Draft:
    span = _span(text, content)
    return Draft(Kind.DIRECT, span, fragments or (span,), None, mention, "tag-after", ())


def _document(text: str, drafts: list[Draft]) -> Document:
    doc = Document.of(text, builtin_annotation(text))
    doc.drafts.extend(drafts)
    return doc


def test_sieve_resolve_gives_quotes_in_text_order() -> None:
    """Drafts added out of order are resolved, and returned, in text order."""
    text = "“One,” Peskov said.\n“Two,” he said."
    peskov = _span(text, "Peskov")
    he = _span(text, "he")
    later = _draft(text, "Two,", Mention(he, MentionForm.PRONOUN, he))
    earlier = _draft(text, "One,", Mention(peskov, MentionForm.NAME, peskov))
    doc = _document(text, [later, earlier])
    quotes = resolve(doc)
    assert doc.drafts == [earlier, later]
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("One,", "Peskov"),
        ("Two,", "Peskov"),
    ]
    assert quotes[1].sieve == "pronoun-salience"


def test_sieve_resolve_reads_a_relative_pronoun_as_its_antecedent() -> None:
    """ "who" is decided as the name it stands for, and abstains when it stands for nothing."""
    text = "Ann Lee, who chairs the board, said it was “final”."
    lee = _span(text, "Ann Lee")
    who = _span(text, "who")
    antecedent = Mention(lee, MentionForm.NAME, lee)
    bound = _draft(text, "final", Mention(who, MentionForm.RELATIVE, who, antecedent))
    (quote,) = resolve(_document(text, [bound]))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.sieve) == ("Ann Lee", "name")
    assert quote.mention == who
    loose = _draft(text, "final", Mention(who, MentionForm.RELATIVE, who))
    (quote,) = resolve(_document(text, [loose]))
    assert (quote.speaker, quote.sieve) == (None, "abstain:relative:no-antecedent")


def test_sieve_resolve_clips_fragments_to_the_content() -> None:
    """A fragment running past its draft's content is cut to it; none left, the content."""
    text = "“One, two,” Peskov said."
    peskov = _span(text, "Peskov")
    mention = Mention(peskov, MentionForm.NAME, peskov)
    content = _span(text, "One, two")
    past = Span.of(text, content.start + 5, len(text))
    outside = _span(text, "said")
    (clipped,) = resolve(_document(text, [_draft(text, "One, two", mention, (past,))]))
    assert [f.text for f in clipped.fragments] == ["two"]
    (whole,) = resolve(_document(text, [_draft(text, "One, two", mention, (outside,))]))
    assert whole.fragments == (content,)


def test_sieve_speakers_stage_adds_the_resolved_quotes() -> None:
    """The ``speakers`` stage, run after the others, adds what ``extract`` returns."""
    text = "Kremlin spokesman Dmitry Peskov arrived.\n“Yes,” the spokesman said."
    doc = Document.of(text, builtin_annotation(text))
    stages = Extractor().stages
    assert stages[-1].name == Speakers.name == "speakers"
    for stage in stages:
        stage(doc)
    assert doc.quotes == extract(text)


def test_sieve_a_name_read_across_a_wrapped_line_has_single_spaces() -> None:
    """A canonical name never carries the text's line break: "Lord Henry\nWotton", read
    from a hard-wrapped line, is the speaker "Lord Henry Wotton" of the unwrapped one."""
    assert _one_line("Lord Henry\nWotton") == "Lord Henry Wotton"
    assert _one_line("Ann  Lee") == "Ann Lee"
