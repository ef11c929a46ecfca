"""Tests for quoteattr.grammar.mentions: source mentions read forwards and backwards, their form."""

from __future__ import annotations

import re

import pytest

from quoteattr.grammar.mentions import (
    Mention,
    MentionForm,
    bare_subject,
    is_adverb,
    is_name_word,
    read_backward,
    read_forward,
    strip_titles,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import tokens

NAME = MentionForm.NAME
NOMINAL = MentionForm.NOMINAL
ORGANIZATION = MentionForm.ORGANIZATION
PRONOUN = MentionForm.PRONOUN


def located(text: str, part: str) -> Span:
    """The span of the last occurrence of ``part`` in ``text``."""
    start = text.rindex(part)
    return Span.of(text, start, start + len(part))


def backward(text: str, cue: str) -> Mention | None:
    """The mention read backwards from the last token equal to ``cue``."""
    toks = tokens(text)
    index = max(i for i, t in enumerate(toks) if t.text == cue)
    return read_backward(text, toks, index)


@pytest.mark.parametrize(
    ("text", "cue", "mention", "form", "phrase"),
    [
        (
            "Putin’s press secretary Dmitry Peskov said",
            "said",
            "Dmitry Peskov",
            NAME,
            "Putin’s press secretary Dmitry Peskov",
        ),
        (
            "Russian President Vladimir Putin said",
            "said",
            "Vladimir Putin",
            NAME,
            "Russian President Vladimir Putin",
        ),
        ("Peskov said", "said", "Peskov", NAME, "Peskov"),
        ("the expert said", "said", "the expert", NOMINAL, "the expert"),
        ("an expert said", "said", "an expert", NOMINAL, "an expert"),
        ("the Kremlin said", "said", "the Kremlin", ORGANIZATION, "the Kremlin"),
        (
            "North Korea’s official KCNA news agency reported",
            "reported",
            "KCNA",
            ORGANIZATION,
            "North Korea’s official KCNA news agency",
        ),
        ("he said", "said", "he", PRONOUN, "he"),
        ("they said", "said", "they", PRONOUN, "they"),
        ("An Chan-il said", "said", "An Chan-il", NAME, "An Chan-il"),
        (
            "Russian news agencies reported",
            "reported",
            "Russian news agencies",
            ORGANIZATION,
            "Russian news agencies",
        ),
        ("experts said", "said", "experts", MentionForm.GROUP, "experts"),
        ("Kremlin spokesman Dmitry Peskov told", "told", "Dmitry Peskov", NAME, None),
        ("After the talks, Peskov said", "said", "Peskov", NAME, "Peskov"),
        ("Kim said that Putin said", "said", "Putin", NAME, "Putin"),
        # a personal pronoun is its own noun phrase; adverbs before the cue are the verb's
        ("Oh I said", "said", "I", PRONOUN, "I"),
        ("Frankly I think", "think", "I", PRONOUN, "I"),
        ("a teacher mistakenly said", "said", "a teacher", NOMINAL, "a teacher"),
        ("the family said", "said", "the family", NOMINAL, "the family"),
    ],
)
def test_mentions_read_backward(
    text: str, cue: str, mention: str, form: MentionForm, phrase: str | None
) -> None:
    """read_backward finds the source mention before a cue, with its form and offsets."""
    found = backward(text, cue)
    assert found is not None
    assert found.span == located(text, mention)
    assert found.form is form
    cue_start = text.rindex(cue)
    if phrase is not None:
        assert found.phrase == located(text[:cue_start], phrase)
    assert found.phrase.contains(found.span)
    assert found.phrase.end <= cue_start


@pytest.mark.parametrize(
    ("text", "mention", "form", "after"),
    [
        ("the expert.", "the expert", NOMINAL, 2),
        ("the Kremlin said", "the Kremlin", ORGANIZATION, 2),
        ("An Chan-il, a defector", "An Chan-il", NAME, 2),
        ("A spokesman for the ministry", "A spokesman for the ministry", NOMINAL, 5),
        ("A spokesman for the ministry said.", "A spokesman for the ministry", NOMINAL, 5),
        ("Russian news agencies reported", "Russian news agencies", ORGANIZATION, 3),
        ("experts", "experts", MentionForm.GROUP, 1),
        ("he", "he", PRONOUN, 1),
        ("she told", "she", PRONOUN, 1),
        ("KCNA", "KCNA", ORGANIZATION, 1),
        ("Dmitry Peskov.", "Dmitry Peskov", NAME, 2),
        ("foreign ministry spokeswoman Maria Zakharova told TASS", "Maria Zakharova", NAME, 5),
        ("the same source.", "the same source", NOMINAL, 3),
        ("a teacher mistakenly said", "a teacher", NOMINAL, 2),
        ("Alice sadly.", "Alice", NAME, 1),
        ("the newly elected mayor said", "the newly elected mayor", NOMINAL, 4),
    ],
)
def test_mentions_read_forward(text: str, mention: str, form: MentionForm, after: int) -> None:
    """read_forward finds the mention starting at a token and the index after its phrase."""
    toks = tokens(text)
    found = read_forward(text, toks, 0)
    assert found is not None
    got, end = found
    assert got.span == located(text, mention)
    assert got.form is form
    assert end == after
    assert got.phrase == Span.of(text, toks[0].start, toks[end - 1].end)


def test_mentions_read_forward_from_inside_a_sentence() -> None:
    """read_forward starts at the given index, and offsets point into the whole text."""
    text = "“We are ready,” said the expert."
    toks = tokens(text)
    index = next(i for i, t in enumerate(toks) if t.text == "the")
    found = read_forward(text, toks, index)
    assert found is not None
    assert found[0].span == located(text, "the expert")
    assert found[0].form is NOMINAL
    assert toks[found[1]].text == "."


@pytest.mark.parametrize(("text", "index"), [(", said Peskov", 0), ("Peskov", 1), ("", 0)])
def test_mentions_read_forward_at_punctuation_or_end_is_none(text: str, index: int) -> None:
    """read_forward gives None at a punctuation mark or past the last token."""
    assert read_forward(text, tokens(text), index) is None


@pytest.mark.parametrize(("text", "end"), [("said", 0), ("war, said", 2), ("“Yes” said", 3)])
def test_mentions_read_backward_without_phrase_is_none(text: str, end: int) -> None:
    """read_backward gives None when nothing but punctuation or the start precedes the cue."""
    toks = tokens(text)
    assert toks[end].text == "said"
    assert read_backward(text, toks, end) is None


@pytest.mark.parametrize(
    "text",
    ["the war in Ukraine, which said", "it was said", "and then said"],
)
def test_mentions_read_backward_stops_at_clause_words(text: str) -> None:
    """read_backward stops at a clause or verb word and finds no source there."""
    assert backward(text, "said") is None


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("While Kim", "Kim"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Peskov", "Peskov"),
        ("Dmitry Peskov", "Dmitry Peskov"),
        ("President", ""),
    ],
)
def test_mentions_strip_titles(run: str, expected: str) -> None:
    """strip_titles drops titles, roles and clause openers before a name."""
    toks = tokens(run)
    stripped = strip_titles(toks)
    assert " ".join(t.text for t in stripped) == expected
    if expected:
        assert stripped[0] == located(run, expected.split(maxsplit=1)[0])
        assert list(stripped) == toks[len(toks) - len(stripped) :]


def test_mentions_offsets_point_into_whole_text() -> None:
    """A mention read inside a longer text carries offsets into that text."""
    text = "“The talks went well,” Russian President Vladimir Putin said on Wednesday."
    found = backward(text, "said")
    assert found is not None
    assert found.span == located(text, "Vladimir Putin")
    assert text[found.span.start : found.span.end] == "Vladimir Putin"
    assert found.phrase == located(text, "Russian President Vladimir Putin")


def test_mentions_form_values() -> None:
    """MentionForm values are lower-case names."""
    assert [f.value for f in MentionForm] == [
        "name",
        "pronoun",
        "nominal",
        "group",
        "organization",
        "relative",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said Jan de Vries at noon", "Jan de Vries"),
        ("said Ursula von der Leyen", "Ursula von der Leyen"),
        ("said Bashar al-Assad", "Bashar al-Assad"),
        ("said José Ortega y Gasset", "José Ortega y Gasset"),
    ],
)
def test_is_name_word_takes_particles_between_capitalised_words(text: str, name: str) -> None:
    """A lower-case particle (or an "al-" surname) is a word of the name it stands in."""
    toks = tokens(text)
    words = [t.text for index, t in enumerate(toks) if index and is_name_word(toks, index)]
    assert " ".join(words) == name


@pytest.mark.parametrize(
    "text",
    ["Smith and de facto rules", "Smith de I", "Lee said ten officials", "Lee de Smith’s"],
)
def test_is_name_word_a_particle_needs_a_name_on_both_sides(text: str) -> None:
    """A particle after a name but before a lower-case word, a pronoun or a possessive is
    an ordinary word."""
    toks = tokens(text)
    assert not any(is_name_word(toks, i) for i, t in enumerate(toks) if t.text.islower())


@pytest.mark.parametrize(
    ("phrase", "mention", "form"),
    [
        ("Nevertheless he", "he", PRONOUN),
        ("Two years later he", "he", PRONOUN),
        ("I let him", "I", PRONOUN),
        ("Do you", "you", PRONOUN),
        ("I’m gonna", "I", PRONOUN),
        ("Well you’ll", "you", PRONOUN),
        ("most of them", "most of them", NOMINAL),
        ("voters polled", "voters polled", NOMINAL),
        ("the man he met", "the man he met", NOMINAL),
        ("Meanwhile some residents", "some residents", NOMINAL),
        ("a teacher mistakenly", "a teacher", NOMINAL),
        ("one cannot", "one", NOMINAL),
        ("uh your uncle", "your uncle", NOMINAL),
        ("because international dignitaries", "international dignitaries", NOMINAL),
        ("let me", "me", PRONOUN),
    ],
)
def test_mentions_bare_subject_is_cut_to_its_noun_phrase(
    phrase: str, mention: str, form: MentionForm
) -> None:
    """A subject no reader names keeps its noun phrase: a pronoun in it, or the words
    without adverbs at their edges; the phrase is still the whole subject."""
    text = f"{phrase} said so."
    toks = tokens(text)
    found = bare_subject(text, toks[: len(phrase.split())])
    at = re.search(rf"\b{mention}\b", text)
    assert at is not None
    assert found.span == Span.of(text, at.start(), at.end())
    assert found.form is form
    assert found.phrase == Span.of(text, 0, len(phrase))


@pytest.mark.parametrize(
    ("word", "adverb"),
    [
        ("mistakenly", True),
        ("successfully", True),
        ("hastily", True),
        ("softly", True),
        ("later", True),
        ("Meanwhile", True),
        ("family", False),
        ("assembly", False),
        ("elderly", False),
        ("daily", False),
        ("Emily", False),
    ],
)
def test_is_adverb_by_list_or_ending(word: str, adverb: bool) -> None:
    assert is_adverb(Span(0, len(word), word)) is adverb
