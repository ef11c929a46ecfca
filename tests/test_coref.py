"""Tests for quoteattr.coref: speaker entities, canonical names, provenance and confidence."""

from __future__ import annotations

from quoteattr import SpeakerKind, extract
from quoteattr.coref import CONFIDENCE
from quoteattr.names import NameIndex


def test_coref_surname_takes_the_fullest_earlier_name() -> None:
    """A surname resolves to the full name met earlier, roles and titles dropped."""
    text = "Russian President Vladimir Putin arrived.\n“We will help,” Putin said."
    (quote,) = extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Vladimir Putin"
    assert quote.sieve == "surname-alias"
    assert [m.text for m in quote.speaker.mentions] == ["Vladimir Putin", "Putin"]


def test_coref_korean_name_matches_by_family_name_when_unique() -> None:
    """ "Kim" resolves through a name that starts with it when only one does."""
    text = "North Korean leader Kim Jong Un arrived.\nKim thanked Russia for its “support”."
    (quote,) = extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Kim Jong Un"


def test_coref_pronoun_takes_the_last_person_speaker() -> None:
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


def test_coref_pronoun_without_antecedent_abstains_with_reason() -> None:
    """A pronoun with nobody before it keeps its mention, has no speaker and says why."""
    (quote,) = extract("“Yes,” he said.")
    assert quote.mention is not None
    assert quote.mention.text == "he"
    assert quote.speaker is None
    assert quote.sieve.startswith("abstain:")
    assert quote.confidence == 0.0


def test_coref_role_nominal_takes_the_last_person() -> None:
    """ "the expert" after a named speaker is that speaker."""
    text = "“It matters,” said Kim Jong-dae, a researcher.\n“I think so,” said the expert."
    quotes = extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Kim Jong-dae",
        "Kim Jong-dae",
    ]
    assert quotes[1].sieve == "nominal-salience"


def test_coref_group_is_its_own_entity() -> None:
    """An unnamed group ("Russian officials") is an entity of kind other."""
    (quote,) = extract("Russian officials said the talks were “a private matter”.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Russian officials", SpeakerKind.OTHER)


def test_coref_continuation_stops_after_a_paragraph_gap() -> None:
    """A quote with no tag continues only the previous paragraph's speaker."""
    text = "“One,” Peskov said.\nA plain paragraph in between.\n“Two.”"
    first, second = extract(text)
    assert first.speaker is not None
    assert second.speaker is None
    assert second.sieve == "abstain:no-tag"


def test_coref_one_speaker_object_per_entity() -> None:
    """Quotes by one entity share one Speaker holding all its mentions."""
    text = "“One,” Peskov said.\n“Two,” he said."
    first, second = extract(text)
    assert first.speaker is second.speaker or first.speaker == second.speaker
    assert first.speaker is not None
    assert [m.text for m in first.speaker.mentions] == ["Peskov", "he"]


def test_coref_confidence_is_higher_for_names_than_for_pronouns() -> None:
    """The sieve's trust order: names over aliases over pronouns over continuations."""
    assert CONFIDENCE["name"] > CONFIDENCE["surname-alias"] > CONFIDENCE["pronoun-salience"]
    assert CONFIDENCE["pronoun-salience"] > CONFIDENCE["continuation"] > 0
    assert all(0 < value <= 1 for value in CONFIDENCE.values())


def test_coref_name_index_prefers_the_nearest_earlier_name() -> None:
    """NameIndex.fullest picks the closest earlier full name, else a later one."""
    text = "Ann Smith spoke. Later Bob Smith spoke. Then Smith left. Carl Jones came."
    names = NameIndex(text)
    found = names.fullest("Smith", text.index("Then"))
    assert found is not None
    assert found.text == "Bob Smith"
    later = names.fullest("Jones", 0)
    assert later is not None
    assert later.text == "Carl Jones"
    assert names.fullest("Nobody", 10) is None
