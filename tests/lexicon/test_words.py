"""Tests for quoteattr.lexicon.words: the closed-class word lists and punctuation sets."""

from __future__ import annotations

import pytest

from quoteattr.lexicon import words
from quoteattr.lexicon.words import (
    CLOSING_QUOTES,
    CONTRACTED_SUBJECTS,
    DETERMINERS,
    LINKING_ADVERBS,
    NOT_PAST_TENSES,
    OPENING_QUOTES,
    PHRASE_STOPS,
    PRONOUNS,
    SENTENCE_FINAL,
    SUBJECT_PRONOUNS,
    TAG_ADVERBIALS,
    TAG_ENDS,
)
from quoteattr.segment.tokens import tokens

WORD_LISTS = {
    name: value
    for name, value in vars(words).items()
    if name.isupper() and isinstance(value, frozenset)
}


def test_words_every_list_is_a_frozenset_or_the_pronoun_table() -> None:
    """Every public list is an immutable frozenset, except PRONOUNS, which maps to a kind."""
    public = {name for name in vars(words) if name.isupper()}
    assert public - set(WORD_LISTS) == {"PRONOUNS"}
    assert len(WORD_LISTS) > 40


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_words_lists_are_lower_case_single_entries(name: str) -> None:
    """Entries are non-empty, lower-case and hold no white space, as the readers compare
    them with lower-cased tokens."""
    table = WORD_LISTS[name]
    assert table
    for entry in table:
        assert isinstance(entry, str)
        assert entry
        assert entry == entry.lower()
        assert not any(c.isspace() for c in entry)


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
def test_words_pronoun_kinds(pronoun: str, kind: str) -> None:
    """Each source pronoun has its kind: person, plural or thing."""
    assert PRONOUNS[pronoun] == kind


def test_words_pronoun_kinds_are_known() -> None:
    """Pronouns are lower-case and every kind is person, plural or thing."""
    assert set(PRONOUNS.values()) <= {"person", "plural", "thing"}
    assert all(p == p.lower() for p in PRONOUNS)


def test_words_no_comments_or_blanks_loaded() -> None:
    """Comment and blank lines of pronouns.tsv are not entries."""
    for word in (*PRONOUNS, *PRONOUNS.values()):
        assert word
        assert word == word.strip()
        assert not word.startswith("#")


def test_words_pronoun_lists_derive_from_the_table() -> None:
    """Every source pronoun opens a clause after a tag, and all but "it" take a contracted
    auxiliary ("he’s said")."""
    assert set(PRONOUNS) | {"there", "you"} == SUBJECT_PRONOUNS
    assert {"he", "she", "they", "we", "i"} <= CONTRACTED_SUBJECTS
    assert "it" not in CONTRACTED_SUBJECTS


def test_words_determiners_and_linking_adverbs() -> None:
    """Articles open descriptions and auxiliaries may stand between a source and its cue."""
    assert {"the", "a", "an"} <= DETERMINERS
    assert {"also", "later", "had", "has"} <= LINKING_ADVERBS


def test_words_phrase_stops_are_single_characters() -> None:
    """PHRASE_STOPS holds single punctuation characters, commas and quote marks included."""
    assert all(len(c) == 1 and not c.isalnum() for c in PHRASE_STOPS)
    assert {",", ".", ":", "“", "”", '"', "—"} <= PHRASE_STOPS


@pytest.mark.parametrize(
    "table", [SENTENCE_FINAL, OPENING_QUOTES, CLOSING_QUOTES, PHRASE_STOPS, TAG_ENDS]
)
def test_words_punctuation_sets_are_single_tokens(table: frozenset[str]) -> None:
    """Each punctuation mark of these sets is one whole token, so a token can be looked up."""
    for mark in table:
        assert [t.text for t in tokens(mark)] == [mark]


def test_words_only_typewriter_marks_both_open_and_close() -> None:
    """A typographic mark either opens or closes a quotation; only " and ' may do both."""
    both = OPENING_QUOTES & CLOSING_QUOTES
    assert both == {'"', "'"}
    assert {"“", "‘", "„", "«"} <= OPENING_QUOTES
    assert {"”", "’", "»"} <= CLOSING_QUOTES


def test_words_not_past_tenses_end_in_ed() -> None:
    """NOT_PAST_TENSES lists only words that look like a past tense ("-ed")."""
    assert all(word.endswith("ed") for word in NOT_PAST_TENSES)


def test_words_tag_adverbials_cover_time_words_and_prepositions() -> None:
    """A time word or a modifier's preposition after a cue may open what follows it in a tag."""
    assert words.TIME_WORDS | words.MODIFIER_PREPOSITIONS <= TAG_ADVERBIALS
    assert {"on", "in", "yesterday", "recently"} <= TAG_ADVERBIALS
