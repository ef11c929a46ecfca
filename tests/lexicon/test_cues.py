"""Tests for quoteattr.lexicon.cues: the cue table, its property columns, the category table
and the tables derived from them."""

from __future__ import annotations

import pytest
from attrs.exceptions import FrozenInstanceError

from quoteattr.lexicon import cues as cue_table
from quoteattr.lexicon.cues import (
    CATEGORIES,
    CUE_FIRST_WORDS,
    CUES,
    MAX_CUE_WORDS,
    SAID_VERBS,
    SOURCE_FIRST_WORDS,
    SPEECH_VERBS,
    TOPIC_FIRST_WORDS,
    TOPICS,
    Category,
    Cue,
)
from quoteattr.lexicon.loader import data_lines


@pytest.mark.parametrize(
    "table",
    [CUES, CUE_FIRST_WORDS, TOPICS, TOPIC_FIRST_WORDS, CATEGORIES, SAID_VERBS, SPEECH_VERBS],
)
def test_cues_data_files_load(table: object) -> None:
    """Every word list loads from its data file and is not empty."""
    assert table
    assert len(table) > 0  # type: ignore[arg-type]


def test_cues_no_comments_or_blanks_loaded() -> None:
    """Comment and blank lines of the cue files are not entries."""
    for cue in (*CUES.values(), *TOPICS.values()):
        for word in (cue.lemma, cue.category, *cue.words):
            assert word
            assert word == word.strip()
            assert not word.startswith("#")


def test_cues_every_cue_form_maps_back_to_its_entry() -> None:
    """Each key of CUES is the word sequence of the Cue it maps to."""
    for words, cue in CUES.items():
        assert isinstance(cue, Cue)
        assert cue.words == words
        assert words
        assert all(w and w == w.lower() and " " not in w for w in words)


def test_cues_cue_categories() -> None:
    """Every cue has one of the categories the speech tags know how to read."""
    assert {cue.category for cue in CUES.values()} == {
        "speech",
        "belief",
        "evidence",
        "stance",
        "expressive",
        "source",
        "manner",
    }
    assert {cue.category for cue in CUES.values()} | {"topic"} == set(CATEGORIES)


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
def test_cues_known_cues_present(form: str, lemma: str, category: str) -> None:
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
def test_cues_expressive_cues(form: str, expressive: bool) -> None:
    """Thanking and toasting are expressive cues; saying and telling are not."""
    assert CUES[tuple(form.split())].expressive is expressive


def test_cues_max_cue_words_is_the_longest_cue() -> None:
    """MAX_CUE_WORDS is the length of the longest cue or topic cue, and some cue has it."""
    assert max(len(words) for words in [*CUES, *TOPICS]) == MAX_CUE_WORDS
    assert any(len(words) == MAX_CUE_WORDS for words in CUES)
    assert len(("raised", "the", "possibility")) <= MAX_CUE_WORDS


def test_cues_topics_are_their_own_table() -> None:
    """Topic cues load from topics.tsv, all of category "topic", and none is also a cue:
    "campaign" and "vote" must stay nouns for the mention readers by default."""
    assert {entry.category for entry in TOPICS.values()} == {"topic"}
    assert ("talked", "about") in TOPICS
    assert ("referring", "to") in TOPICS
    assert not set(TOPICS) & set(CUES)
    assert {words[0] for words in TOPICS} == TOPIC_FIRST_WORDS
    assert "campaign" not in CUE_FIRST_WORDS


def test_cues_cue_first_words_are_the_first_words_of_cues() -> None:
    """CUE_FIRST_WORDS is exactly the set of first words of CUES."""
    assert {words[0] for words in CUES} == CUE_FIRST_WORDS
    assert {"said", "told", "according", "gave", "raised"} <= CUE_FIRST_WORDS
    assert "toast" in CUE_FIRST_WORDS
    assert "the" not in CUE_FIRST_WORDS


def test_cues_cue_is_frozen_and_hashable() -> None:
    """Cue entries compare by value and hash alike."""
    said = CUES[("said",)]
    columns = {"governs_quotation": True, "frames_clause": True, "reports_words": True}
    assert said == Cue("say", "speech", ("said",), **columns)
    assert hash(said) == hash(Cue("say", "speech", ("said",), **columns))
    assert said != Cue("say", "speech", ("said",))
    with pytest.raises(FrozenInstanceError):
        said.lemma = "tell"  # type: ignore[misc]


# --- the property columns and the category table ------------------------------------

CATEGORY_TABLE = [
    # category, governs_quotation, frames_clause, reports_words, target
    ("speech", True, True, True, False),
    ("belief", True, True, True, False),
    ("expressive", True, False, False, False),
    ("source", True, False, False, False),
    ("evidence", False, True, False, False),
    ("stance", False, True, False, True),
    ("topic", False, True, False, True),
    ("manner", False, False, False, False),
]


@pytest.mark.parametrize(
    ("name", "governs_quotation", "frames_clause", "reports_words", "target"), CATEGORY_TABLE
)
def test_cues_category_table(
    name: str, governs_quotation: bool, frames_clause: bool, reports_words: bool, target: bool
) -> None:
    """cue_categories.tsv gives each category the properties the readers used to hard-code."""
    assert CATEGORIES[name] == Category(
        name,
        governs_quotation=governs_quotation,
        frames_clause=frames_clause,
        reports_words=reports_words,
        target=target,
    )


def test_cues_category_table_is_complete() -> None:
    """The category table has exactly the categories of the cue and topic tables."""
    assert set(CATEGORIES) == {row[0] for row in CATEGORY_TABLE}
    used = {cue.category for cue in (*CUES.values(), *TOPICS.values())}
    assert used == set(CATEGORIES)
    assert all(category.name == name for name, category in CATEGORIES.items())


def test_cues_carry_their_categorys_properties() -> None:
    """Every cue and topic cue has its category's properties copied onto it."""
    for cue in (*CUES.values(), *TOPICS.values()):
        kind = CATEGORIES[cue.category]
        assert (cue.governs_quotation, cue.frames_clause, cue.reports_words, cue.target) == (
            kind.governs_quotation,
            kind.frames_clause,
            kind.reports_words,
            kind.target,
        )


@pytest.mark.parametrize(
    ("form", "addressee", "channel"),
    [
        ("told", True, False),
        ("tells", True, False),
        ("telling", True, False),
        ("reported", False, True),
        ("reports", False, True),
        ("said", False, False),
        ("asked", False, False),
        ("according to", False, False),
        ("believes", False, False),
    ],
)
def test_cues_addressee_and_channel_columns(form: str, addressee: bool, channel: bool) -> None:
    """ "told" has an addressee ("told reporters that"); "reported" names a channel."""
    cue = CUES[tuple(form.split())]
    assert (cue.addressee, cue.channel) == (addressee, channel)


def test_cues_columns_are_the_same_for_every_form_of_a_lemma() -> None:
    """The columns belong to the row: every form of a lemma has the same category and properties."""
    rows: dict[str, set[tuple[object, ...]]] = {}
    for cue in CUES.values():
        columns = (cue.category, cue.addressee, cue.channel, cue.governs_quotation, cue.target)
        rows.setdefault(cue.lemma, set()).add(columns)
    assert all(len(columns) == 1 for columns in rows.values())
    assert {lemma for lemma, columns in rows.items() if next(iter(columns))[1]} >= {"tell"}
    assert {lemma for lemma, columns in rows.items() if next(iter(columns))[2]} >= {"report"}


@pytest.mark.parametrize(
    ("form", "person_object"), [("told", True), ("asked", True), ("said", False)]
)
def test_cues_object_column(form: str, person_object: bool) -> None:
    """ "told" and "asked" take the person spoken to as object ("he’s told" is passive)."""
    assert CUES[(form,)].object is person_object


def test_cues_topics_have_no_addressee_or_channel() -> None:
    """Topic cues carry the property columns too, all unset ("-")."""
    assert not any(cue.addressee or cue.channel for cue in TOPICS.values())


@pytest.mark.parametrize("name", ["cues.tsv", "topics.tsv"])
def test_cues_no_form_is_listed_twice(name: str) -> None:
    """No word form is listed under two rows, where the later row would silently win."""
    forms = [form for line in data_lines(name) for form in line.split("\t")[3].split("|")]
    assert len(forms) == len(set(forms))
    table = CUES if name == "cues.tsv" else TOPICS
    assert len(table) == len(forms)


@pytest.mark.parametrize("name", ["cues.tsv", "topics.tsv"])
def test_cues_rows_have_four_columns_and_known_properties(name: str) -> None:
    """Each row is lemma, category, properties ("-" or known names) and forms."""
    for line in data_lines(name):
        lemma, category, properties, forms = line.split("\t")
        assert category in CATEGORIES
        known = {"addressee", "object", "channel", "said-object", "continues"}
        assert properties == "-" or set(properties.split(",")) <= known
        assert lemma
        assert forms


def test_cues_unknown_category_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cue row with a category missing from cue_categories.tsv fails to load, naming it."""
    monkeypatch.setattr(cue_table, "data_lines", lambda name: ["mutter\tgrumble\t-\tmuttered"])
    with pytest.raises(ValueError, match=r"cue 'mutter' has the unknown category 'grumble'"):
        cue_table._load_cues("cues.tsv")


def test_cues_derived_word_sets() -> None:
    """SAID_VERBS are the one-word cues; SPEECH_VERBS the speech ones with their lemmas;
    SOURCE_FIRST_WORDS the first words of source cues."""
    assert {words[0] for words in CUES if len(words) == 1} == SAID_VERBS
    assert {"said", "told", "thought", "toasted", "criticized"} <= SAID_VERBS
    assert {"said", "say", "told", "tell", "reported", "report"} <= SPEECH_VERBS
    assert not {"thought", "think", "toasted", "showed", "criticized"} & SPEECH_VERBS
    lemmas = {cue.lemma for cue in CUES.values()}
    assert lemmas >= SPEECH_VERBS - SAID_VERBS
    source = {words[0] for words, cue in CUES.items() if cue.category == "source"}
    assert source == SOURCE_FIRST_WORDS
    assert "according" in SOURCE_FIRST_WORDS
