"""Tests for quoteattr.lexicon: the data files, cue entries, derived tables and pronouns."""

from __future__ import annotations

import pytest
from attrs.exceptions import FrozenInstanceError

from quoteattr.lexicon import (
    CUE_FIRST_WORDS,
    CUES,
    DETERMINERS,
    LINKING_ADVERBS,
    MAX_CUE_WORDS,
    ORGANIZATION_WORDS,
    PRONOUNS,
    ROLES,
    TOPIC_FIRST_WORDS,
    TOPICS,
    Cue,
)


@pytest.mark.parametrize(
    "table", [CUES, CUE_FIRST_WORDS, PRONOUNS, ROLES, ORGANIZATION_WORDS, LINKING_ADVERBS]
)
def test_lexicon_data_files_load(table: object) -> None:
    """Every word list loads from its data file and is not empty."""
    assert table
    assert len(table) > 0  # type: ignore[arg-type]


def test_lexicon_no_comments_or_blanks_loaded() -> None:
    """Comment and blank lines of the data files are not entries."""
    for word in (*ROLES, *ORGANIZATION_WORDS, *PRONOUNS):
        assert word
        assert word == word.strip()
        assert not word.startswith("#")


def test_lexicon_every_cue_form_maps_back_to_its_entry() -> None:
    """Each key of CUES is the word sequence of the Cue it maps to."""
    for words, cue in CUES.items():
        assert isinstance(cue, Cue)
        assert cue.words == words
        assert words
        assert all(w and w == w.lower() and " " not in w for w in words)


def test_lexicon_cue_categories() -> None:
    """Every cue has one of the categories the frames know how to read."""
    assert {cue.category for cue in CUES.values()} == {
        "speech",
        "belief",
        "evidence",
        "stance",
        "expressive",
        "source",
    }


@pytest.mark.parametrize(
    ("form", "lemma", "category"),
    [
        ("said", "say", "speech"),
        ("says", "say", "speech"),
        ("told", "tell", "speech"),
        ("reported", "report", "speech"),
        ("indicated", "indicate", "speech"),
        ("continued", "continue", "speech"),
        ("according to", "according to", "source"),
        ("gave a toast", "toast", "expressive"),
        ("toasted", "toast", "expressive"),
        ("thanked", "thank", "expressive"),
        ("raised the possibility", "raise the possibility", "speech"),
        ("pointed out", "point out", "speech"),
    ],
)
def test_lexicon_known_cues_present(form: str, lemma: str, category: str) -> None:
    """Common cues are present with their lemma and category."""
    cue = CUES[tuple(form.split())]
    assert (cue.lemma, cue.category) == (lemma, category)


@pytest.mark.parametrize(
    ("form", "expressive"),
    [
        ("thanked", True),
        ("gave a toast", True),
        ("toasted", True),
        ("said", False),
        ("told", False),
        ("according to", False),
    ],
)
def test_lexicon_expressive_cues(form: str, expressive: bool) -> None:
    """Thanking and toasting are expressive cues; saying and telling are not."""
    assert CUES[tuple(form.split())].expressive is expressive


def test_lexicon_max_cue_words_is_the_longest_cue() -> None:
    """MAX_CUE_WORDS is the length of the longest cue or topic cue, and some cue has it."""
    assert max(len(words) for words in [*CUES, *TOPICS]) == MAX_CUE_WORDS
    assert any(len(words) == MAX_CUE_WORDS for words in CUES)
    assert len(("raised", "the", "possibility")) <= MAX_CUE_WORDS


def test_lexicon_topics_are_their_own_table() -> None:
    """Topic cues load from topics.tsv, all of category "topic", and none is also a cue:
    "campaign" and "vote" must stay nouns for the mention readers by default."""
    assert {entry.category for entry in TOPICS.values()} == {"topic"}
    assert ("talked", "about") in TOPICS
    assert ("referring", "to") in TOPICS
    assert not set(TOPICS) & set(CUES)
    assert {words[0] for words in TOPICS} == TOPIC_FIRST_WORDS
    assert "campaign" not in CUE_FIRST_WORDS


def test_lexicon_cue_first_words_are_the_first_words_of_cues() -> None:
    """CUE_FIRST_WORDS is exactly the set of first words of CUES."""
    assert {words[0] for words in CUES} == CUE_FIRST_WORDS
    assert {"said", "told", "according", "gave", "raised"} <= CUE_FIRST_WORDS
    assert "toast" in CUE_FIRST_WORDS
    assert "the" not in CUE_FIRST_WORDS


@pytest.mark.parametrize(
    ("pronoun", "kind"),
    [
        ("he", "person"),
        ("she", "person"),
        ("i", "person"),
        ("we", "plural"),
        ("they", "plural"),
        ("it", "thing"),
    ],
)
def test_lexicon_pronoun_kinds(pronoun: str, kind: str) -> None:
    """Each source pronoun has its kind: person, plural or thing."""
    assert PRONOUNS[pronoun] == kind


def test_lexicon_pronoun_kinds_are_known() -> None:
    """Pronouns are lower-case and every kind is person, plural or thing."""
    assert set(PRONOUNS.values()) <= {"person", "plural", "thing"}
    assert all(p == p.lower() for p in PRONOUNS)


@pytest.mark.parametrize("role", ["president", "spokesman", "spokeswoman", "secretary", "minister"])
def test_lexicon_roles(role: str) -> None:
    """Common titles and roles are in ROLES."""
    assert role in ROLES


@pytest.mark.parametrize(
    "word", ["kremlin", "ministry", "agency", "agencies", "news", "kcna", "tass"]
)
def test_lexicon_organization_words(word: str) -> None:
    """Words that mark an organisation are in ORGANIZATION_WORDS."""
    assert word in ORGANIZATION_WORDS


def test_lexicon_determiners_and_linking_adverbs() -> None:
    """Articles open descriptions and auxiliaries may stand between a source and its cue."""
    assert {"the", "a", "an"} <= DETERMINERS
    assert {"also", "later", "had", "has"} <= LINKING_ADVERBS


def test_lexicon_cue_is_frozen_and_hashable() -> None:
    """Cue entries compare by value and hash alike."""
    said = CUES[("said",)]
    assert said == Cue("say", "speech", ("said",))
    assert hash(said) == hash(Cue("say", "speech", ("said",)))
    with pytest.raises(FrozenInstanceError):
        said.lemma = "tell"  # type: ignore[misc]
