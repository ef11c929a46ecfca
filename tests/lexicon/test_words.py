"""Tests for quoteattr.lexicon.words: the closed classes, the rule lists composed from them,
and the punctuation sets.

The module writes each closed class once (articles, prepositions, the forms of "be" …)
and composes every rule's list from them; these tests check the composition each
docstring gives, and that a word sits in two classes only where it truly is both.
"""

from __future__ import annotations

import pytest

from quoteattr.lexicon import words
from quoteattr.lexicon.words import (
    APPOSITIVE_ENDS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CALENDAR_WORDS,
    CLAUSE_OPENERS,
    CLAUSE_PUNCTUATION,
    CLAUSE_STOPS,
    CLAUSE_WORDS,
    CLOSING_QUOTES,
    CONTRACTED_SUBJECTS,
    COORDINATORS,
    COPULAS,
    DASHES,
    DEMONSTRATIVES,
    DETERMINERS,
    DO_FORMS,
    DOCUMENT_MODIFIER_OPENERS,
    DOUBLE_QUOTES,
    FLOATING_QUANTIFIERS,
    GLOSS_OPENERS,
    HAVE_FORMS,
    INDEFINITE_ARTICLES,
    INITIALS_SKIP,
    INTRODUCERS,
    LEADING_STOPS,
    LINKING_ADVERBS,
    MENTION_DETERMINERS,
    MENTION_OPENERS,
    MODALS,
    MODIFIER_PREPOSITIONS,
    MONTHS,
    NEGATIONS,
    NOT_PAST_TENSES,
    NOUN_MARKERS,
    NUMBER_WORDS,
    OPENING_QUOTES,
    OPENING_WORDS,
    PHRASE_OPENERS,
    PHRASE_STOPS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    SENTENCE_ADVERBS,
    SENTENCE_FINAL,
    SENTENCE_OPENERS,
    SPEECH_ADVERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TAG_ADVERBIALS,
    TAG_ENDS,
    TIME_ADVERBS,
    TIME_NOUNS,
    TIME_WORDS,
    WEEKDAYS,
)
from quoteattr.segment.tokens import tokens

WORD_LISTS = {
    name: value
    for name, value in vars(words).items()
    if name.isupper() and isinstance(value, frozenset)
}


def test_words_every_list_is_a_frozenset_or_the_pronoun_table() -> None:
    """Every public list, closed class or composed rule list, is an immutable frozenset,
    except PRONOUNS, which maps to a kind."""
    public = {name for name in vars(words) if name.isupper()}
    assert public - set(WORD_LISTS) == {"PRONOUNS"}
    assert len(WORD_LISTS) > 40
    assert all(type(table) is frozenset for table in WORD_LISTS.values())


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
    assert frozenset(PRONOUNS) - {"it"} == CONTRACTED_SUBJECTS


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
    assert TIME_WORDS | MODIFIER_PREPOSITIONS <= TAG_ADVERBIALS
    assert {"on", "in", "yesterday", "recently"} <= TAG_ADVERBIALS


# --- the closed classes: which may share a word -----------------------------------------

CLOSED_CLASSES: dict[str, frozenset[str]] = {
    "ARTICLES": ARTICLES,
    "DEMONSTRATIVES": DEMONSTRATIVES,
    "POSSESSIVE_DETERMINERS": POSSESSIVE_DETERMINERS,
    "QUANTIFIERS": QUANTIFIERS,
    "NUMBER_WORDS": NUMBER_WORDS,
    "PRONOUNS": frozenset(PRONOUNS),
    "RELATIVE_WORDS": RELATIVE_WORDS,
    "BE_FORMS": BE_FORMS,
    "HAVE_FORMS": HAVE_FORMS,
    "DO_FORMS": DO_FORMS,
    "MODALS": MODALS,
    "NEGATIONS": NEGATIONS,
    "COORDINATORS": COORDINATORS,
    "SUBORDINATORS": SUBORDINATORS,
    "PREPOSITIONS": PREPOSITIONS,
    "WEEKDAYS": WEEKDAYS,
    "MONTHS": MONTHS,
    "TIME_ADVERBS": TIME_ADVERBS,
    "SENTENCE_ADVERBS": SENTENCE_ADVERBS,
    "SPEECH_ADVERBS": SPEECH_ADVERBS,
}
"""The word classes the rule lists are composed from, each written once."""

SHARED_WORDS: dict[frozenset[str], frozenset[str]] = {
    frozenset({"DEMONSTRATIVES", "RELATIVE_WORDS"}): frozenset({"that"}),
    frozenset({"MONTHS", "MODALS"}): frozenset({"may"}),
    frozenset({"SUBORDINATORS", "PREPOSITIONS"}): frozenset({"after", "before", "since", "until"}),
    frozenset({"COORDINATORS", "SENTENCE_ADVERBS"}): frozenset({"yet"}),
    frozenset({"SUBORDINATORS", "SPEECH_ADVERBS"}): frozenset({"once", "since"}),
    frozenset({"PREPOSITIONS", "SPEECH_ADVERBS"}): frozenset({"since"}),
}
"""The words two classes truly share: "that" is a demonstrative and a relative, "may" a
month and a modal, "after" a preposition and a conjunction, "yet" a conjunction and an
adverb."""

ADVERB_POSITIONS = frozenset({"TIME_ADVERBS", "SENTENCE_ADVERBS", "SPEECH_ADVERBS"})
"""Adverb lists named for where the adverb stands; they share adverbs freely."""

CLASS_PAIRS = [
    (first, second)
    for at, first in enumerate(CLOSED_CLASSES)
    for second in list(CLOSED_CLASSES)[at + 1 :]
    if not {first, second} <= ADVERB_POSITIONS
]


@pytest.mark.parametrize(("first", "second"), CLASS_PAIRS, ids=[f"{a}-{b}" for a, b in CLASS_PAIRS])
def test_words_no_word_is_in_two_classes_it_cannot_belong_to_both(first: str, second: str) -> None:
    """Two closed classes share only the words that truly are both; most share none."""
    shared = CLOSED_CLASSES[first] & CLOSED_CLASSES[second]
    assert shared == SHARED_WORDS.get(frozenset({first, second}), frozenset())


def test_words_shared_words_name_real_pairs() -> None:
    """Every pair said to share words is two known classes that are checked."""
    checked = {frozenset(pair) for pair in CLASS_PAIRS}
    assert set(SHARED_WORDS) <= checked


def test_words_may_is_a_modal_before_a_month() -> None:
    """MONTHS and MODALS share only "may"; the time nouns leave it out, the calendar words
    keep it."""
    assert {"may"} == MONTHS & MODALS
    assert "may" not in TIME_NOUNS
    assert MONTHS - {"may"} <= TIME_NOUNS
    assert "may" in CALENDAR_WORDS


# --- the rule lists, composed from the classes ------------------------------------------


def test_words_determiners_are_their_four_classes() -> None:
    """DETERMINERS is the articles, demonstratives, possessive determiners and quantifiers;
    the indefinite articles and the floating quantifiers are parts of two of them."""
    assert DETERMINERS == ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS | QUANTIFIERS
    assert INDEFINITE_ARTICLES <= ARTICLES
    assert {"a", "an"} == INDEFINITE_ARTICLES
    assert FLOATING_QUANTIFIERS <= QUANTIFIERS


def test_words_auxiliaries_are_the_verb_classes() -> None:
    """AUXILIARIES is the forms of be, have and do, the modals and the negations; the
    copulas are the forms of be."""
    assert AUXILIARIES == BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS | NEGATIONS
    assert COPULAS == BE_FORMS
    assert {"is", "has", "did", "would", "not", "didn’t", "didn't"} <= AUXILIARIES


def test_words_negations_come_with_both_apostrophes() -> None:
    """Every contracted negation is listed with the typographic and the typewriter
    apostrophe, as news text writes either."""
    curly = {w for w in NEGATIONS if "’" in w}
    straight = {w for w in NEGATIONS if "'" in w}
    assert curly
    assert {w.replace("’", "'") for w in curly} == straight


def test_words_modifier_prepositions_are_prepositions() -> None:
    """The prepositions that open a noun's modifiers are prepositions; "by" and "to" open an
    adverbial and are not among them."""
    assert MODIFIER_PREPOSITIONS <= PREPOSITIONS
    assert not {"by", "to"} & MODIFIER_PREPOSITIONS


def test_words_mention_lists_are_composed_from_classes() -> None:
    """A descriptive mention opens with an article, a demonstrative, "one" or "another";
    after an inverted cue a source opens with an article or a pronoun; a capitalised
    phrase opener is a determiner, a number word or "just"."""
    assert ARTICLES | DEMONSTRATIVES | {"one", "another"} == MENTION_DETERMINERS
    assert MENTION_DETERMINERS <= DETERMINERS | NUMBER_WORDS
    assert ARTICLES | frozenset(PRONOUNS) == MENTION_OPENERS
    assert DETERMINERS | NUMBER_WORDS | {"just"} == PHRASE_OPENERS


def test_words_noun_markers_leave_out_floating_quantifiers_and_that() -> None:
    """A word before a cue that makes it a noun is a determiner (or "said"), never a
    floating quantifier ("they all said") and never "that" (a conjunction before a verb)."""
    assert (DETERMINERS - FLOATING_QUANTIFIERS - {"that"}) | {"said"} == NOUN_MARKERS
    assert not NOUN_MARKERS & FLOATING_QUANTIFIERS
    assert "that" not in NOUN_MARKERS
    assert {"the", "his", "this", "some"} <= NOUN_MARKERS


def test_words_relative_pronouns_are_the_relative_words_but_what() -> None:
    """The relative pronouns that can be a cue's subject are the relative words but "what"."""
    assert RELATIVE_WORDS - {"what"} == RELATIVE_PRONOUNS


def test_words_linking_adverbs_are_speech_adverbs_and_auxiliaries() -> None:
    """Between a source and its cue stand the speech adverbs and the auxiliaries, negations
    apart."""
    assert LINKING_ADVERBS == SPEECH_ADVERBS | BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
    assert LINKING_ADVERBS <= SPEECH_ADVERBS | AUXILIARIES


def test_words_clause_lists_are_composed_from_classes() -> None:
    """The lists that open or end clauses draw on the coordinators, subordinators,
    relatives, verb classes and the modifiers' prepositions; "while" and "as" open a gloss,
    not more content."""
    assert COORDINATORS <= SENTENCE_OPENERS
    assert {"still", "now", "then"} == SENTENCE_OPENERS - COORDINATORS
    assert CLAUSE_OPENERS - {"then"} <= SUBORDINATORS
    assert not {"while", "as"} & CLAUSE_OPENERS
    assert {"while", "as"} <= GLOSS_OPENERS
    composed = (
        RELATIVE_WORDS
        | SUBORDINATORS
        | COORDINATORS
        | BE_FORMS
        | HAVE_FORMS
        | MODALS
        | MODIFIER_PREPOSITIONS
    )
    assert composed <= CLAUSE_WORDS
    assert PREPOSITIONS | SUBORDINATORS | SENTENCE_ADVERBS | TIME_ADVERBS <= INTRODUCERS


def test_words_lists_built_on_the_modifier_prepositions() -> None:
    """A document's head noun ends at a modifier's preposition or "by"; an appositive's role
    and an acronym's skipped words start from the modifier prepositions too."""
    assert MODIFIER_PREPOSITIONS | {"by"} == DOCUMENT_MODIFIER_OPENERS
    assert MODIFIER_PREPOSITIONS | {"who", "which", "and"} == APPOSITIVE_ENDS
    assert MODIFIER_PREPOSITIONS | {"and", "the"} == INITIALS_SKIP


def test_words_opening_words_are_never_names() -> None:
    """Words that never start a name include the demonstratives but "that", and the time
    and sentence adverbs."""
    assert (DEMONSTRATIVES - {"that"}) | TIME_ADVERBS | SENTENCE_ADVERBS <= OPENING_WORDS
    assert "that" not in OPENING_WORDS


def test_words_time_lists() -> None:
    """The calendar words are the weekdays and the months; the time nouns have every
    weekday; the words of an adverbial before "that" have the time adverbs and weekdays."""
    assert CALENDAR_WORDS == WEEKDAYS | MONTHS
    assert len(WEEKDAYS) == 7
    assert len(MONTHS) == 12
    assert WEEKDAYS <= TIME_NOUNS
    assert TIME_ADVERBS | WEEKDAYS <= TIME_WORDS


def test_words_quote_marks_are_the_opening_and_closing_ones() -> None:
    """QUOTE_MARKS is the opening marks and the closing marks; the double marks are among
    them and never an apostrophe."""
    assert QUOTE_MARKS == OPENING_QUOTES | CLOSING_QUOTES
    assert DOUBLE_QUOTES <= QUOTE_MARKS
    assert not {"’", "'", "‘"} & DOUBLE_QUOTES


def test_words_punctuation_lists_fit_together() -> None:
    """A clause's punctuation is the comma and dashes; a leading tag's stops are ":", ","
    and "that"; the punctuation lists hold no word."""
    assert DASHES | {","} >= CLAUSE_PUNCTUATION
    assert "," in CLAUSE_PUNCTUATION
    assert {":", ",", "that"} == LEADING_STOPS
    for table in (TAG_ENDS, CLAUSE_STOPS, DASHES, CLAUSE_PUNCTUATION, QUOTE_MARKS):
        assert not any(mark[0].isalnum() for mark in table)
