"""Tests for quoteattr.lexicon.tables: the open-class lists read from the data files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.lexicon.cues import CUE_FIRST_WORDS, TOPIC_FIRST_WORDS
from quoteattr.lexicon.loader import data_lines
from quoteattr.lexicon.tables import (
    CHANNELS,
    CUE_NOUNS,
    EVIDENCE_SOURCES,
    INSTITUTIONS,
    MAX_CHANNEL_WORDS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NON_SOURCES,
    NOT_CUES,
    NOT_SPEAKERS,
    ORGANIZATION_WORDS,
    PERSON_NOUNS,
    ROLE_NAMES,
    ROLES,
    SURNAME_PARTICLES,
    role_names,
)

WORD_SETS = {
    "EVIDENCE_SOURCES": EVIDENCE_SOURCES,
    "NON_SOURCES": NON_SOURCES,
    "ROLES": ROLES,
    "PERSON_NOUNS": PERSON_NOUNS,
    "ORGANIZATION_WORDS": ORGANIZATION_WORDS,
    "NOT_SPEAKERS": NOT_SPEAKERS,
}
PHRASE_SETS = {"CHANNELS": CHANNELS, "NOT_CUES": NOT_CUES}


MAPPINGS = {"CUE_NOUNS": CUE_NOUNS, "ROLE_NAMES": ROLE_NAMES, "INSTITUTIONS": INSTITUTIONS}


@pytest.mark.parametrize("name", [*WORD_SETS, *PHRASE_SETS, *MAPPINGS])
def test_tables_data_files_load(name: str) -> None:
    """Every table loads from its data file and is not empty."""
    table = {**WORD_SETS, **PHRASE_SETS, **MAPPINGS}[name]
    assert table
    assert len(table) > 0


@pytest.mark.parametrize("name", sorted(WORD_SETS))
def test_tables_no_comments_or_blanks_loaded(name: str) -> None:
    """Comment and blank lines of the data files are not entries; entries are lower-case."""
    for word in WORD_SETS[name]:
        assert word
        assert word == word.strip()
        assert word == word.lower()
        assert not word.startswith("#")


@pytest.mark.parametrize("name", sorted(PHRASE_SETS))
def test_tables_phrases_are_lower_case_word_tuples(name: str) -> None:
    """Phrase tables hold tuples of lower-case words, as the readers compare token runs."""
    for phrase in PHRASE_SETS[name]:
        assert isinstance(phrase, tuple)
        assert phrase
        assert all(w and w == w.lower() and w == w.strip() and " " not in w for w in phrase)
        assert not phrase[0].startswith("#")


@pytest.mark.parametrize("role", ["president", "spokesman", "spokeswoman", "secretary", "minister"])
def test_tables_roles(role: str) -> None:
    """Common titles and roles are in ROLES."""
    assert role in ROLES


@pytest.mark.parametrize(
    "word", ["kremlin", "ministry", "agency", "agencies", "news", "kcna", "tass"]
)
def test_tables_organization_words(word: str) -> None:
    """Words that mark an organisation are in ORGANIZATION_WORDS."""
    assert word in ORGANIZATION_WORDS


@pytest.mark.parametrize(
    "phrase",
    ["in a statement", "in an interview", "at a news conference", "in a telephone interview"],
)
def test_tables_channels(phrase: str) -> None:
    """Reporting channels after a cue ("said in a statement that") are word tuples."""
    assert tuple(phrase.split()) in CHANNELS


def test_tables_max_channel_words_is_the_longest_channel() -> None:
    """MAX_CHANNEL_WORDS is the length of the longest channel, and some channel has it."""
    assert max(len(words) for words in CHANNELS) == MAX_CHANNEL_WORDS
    assert ("in", "a", "telephone", "interview") in CHANNELS
    assert MAX_CHANNEL_WORDS >= 4


def test_tables_not_cues_end_where_a_cue_starts() -> None:
    """Each fixed phrase ends in a word that starts a cue ("all told") and has two to four
    words, the window the cue-subject reader looks back over."""
    assert ("all", "told") in NOT_CUES
    assert ("needless", "to", "say") in NOT_CUES
    for phrase in NOT_CUES:
        assert 2 <= len(phrase) <= 4
        assert phrase[-1] in CUE_FIRST_WORDS | TOPIC_FIRST_WORDS


def test_tables_evidence_and_non_sources() -> None:
    """Polls and records are sources of findings; "according to plan" names no source."""
    assert {"poll", "polls", "records", "study"} <= EVIDENCE_SOURCES
    assert {"plan", "rules", "schedule"} <= NON_SOURCES
    assert not EVIDENCE_SOURCES & NON_SOURCES


def test_tables_person_nouns_are_people() -> None:
    """Common nouns for people make a description a possible source."""
    assert {"crowd", "staffer", "voters"} <= PERSON_NOUNS


@pytest.mark.parametrize("label", ["update", "editor's note", "editor’s note", "q", "read more"])
def test_tables_not_speakers_are_whole_lower_case_labels(label: str) -> None:
    """Labels that name a kind of text are kept whole and lower-case, with either apostrophe."""
    assert label in NOT_SPEAKERS


@pytest.mark.parametrize(
    ("noun", "complements"),
    [
        ("claim", {"that"}),
        ("claims", {"that"}),
        ("hope", {"that", "to"}),
        ("pledge", {"that", "to"}),
        ("threat", {"to"}),
    ],
)
def test_tables_cue_nouns_with_their_complements(noun: str, complements: set[str]) -> None:
    """A reporting noun maps to the words that may open its clause ("claim that", "pledge to")."""
    assert CUE_NOUNS[noun] == complements


def test_tables_cue_nouns_are_lower_case_words() -> None:
    """Every reporting noun and complement is one lower-case word."""
    for noun, complements in CUE_NOUNS.items():
        assert noun == noun.lower()
        assert noun.isalpha()
        assert isinstance(complements, frozenset)
        assert complements
        assert all(word == word.lower() and word.isalpha() for word in complements)


# --- role names and institutions ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "table"), [("role_names.tsv", ROLE_NAMES), ("institutions.tsv", INSTITUTIONS)]
)
def test_tables_every_row_loads(name: str, table: dict[str, object]) -> None:
    """Each row of the data file is one entry of its table: none is lost or merged, and no
    comment is read as a row."""
    rows = data_lines(name)
    assert len(rows) == len(table)
    assert [row.split("\t")[0] for row in rows] == list(table)
    assert all(row.count("\t") == 1 for row in rows)


def test_tables_role_names_rows_are_lower_case_word_tuples() -> None:
    """A job's name is one lower-case word, and each of its other names a tuple of them,
    never the job's own name again."""
    for role, others in ROLE_NAMES.items():
        assert role == role.lower()
        assert role.isalpha()
        assert others
        for other in others:
            assert isinstance(other, tuple)
            assert other
            assert all(w == w.lower() and w.isalpha() for w in other)
            assert other != (role,)


def test_tables_spokesman_has_its_other_names() -> None:
    """ "spokesman" is the name of a job also called spokeswoman, spokesperson and press
    secretary; "secretary" alone is not among them."""
    others = ROLE_NAMES["spokesman"]
    assert {("spokeswoman",), ("spokesperson",), ("press", "secretary")} <= set(others)
    assert ("secretary",) not in others


@pytest.mark.parametrize(
    ("words", "includes", "excludes"),
    [
        ({"press", "secretary"}, {"press", "secretary", "spokesman"}, set()),
        ({"secretary"}, {"secretary"}, {"spokesman"}),
        ({"treasury", "secretary"}, {"treasury", "secretary"}, {"spokesman"}),
        ({"press"}, {"press"}, {"spokesman"}),
        ({"spokeswoman"}, {"spokeswoman", "spokesman"}, set()),
        ({"press", "officer"}, {"spokesman"}, set()),
        ({"white", "house", "press", "secretary"}, {"spokesman", "white"}, set()),
        ({"spokesman"}, {"spokesman"}, {"spokeswoman"}),
        (set(), set(), {"spokesman"}),
    ],
)
def test_tables_role_names(words: set[str], includes: set[str], excludes: set[str]) -> None:
    """role_names adds the job a set of role words names: all the words of one of its
    names must be there ("press" and "secretary", not "secretary" alone)."""
    found = role_names(words)
    assert includes <= found
    assert not excludes & found


def test_tables_role_names_returns_a_new_set() -> None:
    """role_names leaves the words it is given alone, whether a set or a frozenset."""
    words = {"press", "secretary"}
    found = role_names(words)
    assert words == {"press", "secretary"}
    assert found is not words
    assert role_names(frozenset(words)) == found


ROLE_WORDS = sorted(
    {"secretary", "press", "treasury", "officer", "aide", "minister", "spokesman"}
    | {w for others in ROLE_NAMES.values() for other in others for w in other}
)


@given(st.sets(st.sampled_from(ROLE_WORDS), max_size=6), st.sets(st.sampled_from(ROLE_WORDS)))
def test_tables_role_names_grows_with_its_words(words: set[str], more: set[str]) -> None:
    """role_names keeps every word it is given, adds only job names, gives the same
    again when applied to its own answer, and more words never name fewer jobs."""
    found = role_names(words)
    assert words <= found
    assert found - words <= set(ROLE_NAMES)
    assert role_names(found) == found
    assert found <= role_names(words | more)


def test_tables_institutions() -> None:
    """A minister heads a Ministry, a secretary a Department, an ambassador an Embassy."""
    assert INSTITUTIONS == {
        "minister": "Ministry",
        "secretary": "Department",
        "ambassador": "Embassy",
    }


def test_tables_institutions_are_headed_by_roles() -> None:
    """Each institution's head is a lower-case role word, and the institution is written
    capitalised, as names write it."""
    for role, institution in INSTITUTIONS.items():
        assert role == role.lower()
        assert role in ROLES
        assert institution == institution.capitalize()
        assert institution.isalpha()


def test_tables_name_particles_are_lower_case_and_prefixes_end_in_a_hyphen() -> None:
    """Particles are single lower-case words; prefixes end in "-"; the ones that open a
    surname alone are particles or prefixes of the table."""
    assert all(p.islower() and " " not in p and not p.endswith("-") for p in NAME_PARTICLES)
    assert NAME_PREFIXES
    assert all(p.endswith("-") for p in NAME_PREFIXES)
    assert NAME_PARTICLES | set(NAME_PREFIXES) >= SURNAME_PARTICLES
    assert {"de", "van", "von", "bin", "ibn"} <= NAME_PARTICLES
    assert "ben" not in SURNAME_PARTICLES
