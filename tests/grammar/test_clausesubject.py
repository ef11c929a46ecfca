"""Tests for quoteattr.grammar.clausesubject: the subject that opens a clause."""

from __future__ import annotations

import pytest

from quoteattr import extract
from quoteattr.grammar.clausesubject import can_speak, opening_subject
from quoteattr.grammar.mentions import MentionForm
from quoteattr.segment.tokens import tokens

SUBJECTS = [
    ("Mayor Ruth Okafor blasted the council for “wasting a year.”", "Ruth Okafor"),
    (
        "On Tuesday night, the union’s lead negotiator called the offer “insulting.”",
        "the union’s lead negotiator",
    ),
    ("Later, however, she described the vote as “a relief.”", "she"),
    ("In 2019, when the dam failed, Governor Ian Holt famously vowed “never again.”", "Ian Holt"),
    ("DENVER - Senator Ada Quist (D-Colo.) on Friday mocked the bill as “a gift.”", "Ada Quist"),
    ("Tom Brandt, the league’s commissioner, this week dismissed the rumours.", "Tom Brandt"),
    ("When Ms. Lowe later said the talks were “over,” the room fell silent.", "Lowe"),
    ("Standing on the steps, the pastor urged calm.", "the pastor"),
    ("Dr. Lina Park of Seoul University warned of “a long winter.”", "Lina Park"),
    ("A group of nurses didn’t like the new rota.", "A group of nurses"),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_clausesubject_reads_the_subject_past_openers(text: str, subject: str) -> None:
    """The subject is read past adverbials, datelines, parentheses and appositives."""
    mention = opening_subject(text, tokens(text))
    assert mention is not None
    assert mention.span.text == subject
    assert text[mention.span.start : mention.span.end] == subject


@pytest.mark.parametrize(
    "text",
    [
        "“Enough,” the crowd chanted.",
        "Because of the storm, flights from the north",
        "",
    ],
)
def test_clausesubject_gives_none_without_a_subject_and_verb(text: str) -> None:
    """No subject is read where no noun phrase is followed by a verb."""
    assert opening_subject(text, tokens(text)) is None


def test_clausesubject_descriptions_that_name_no_one_cannot_speak() -> None:
    """ "The plan was …" has a subject but no source; "the pastor" can speak."""
    plan_toks = tokens("The plan was then to sail on.")
    pastor_toks = tokens("The pastor urged calm.")
    plan = opening_subject("The plan was then to sail on.", plan_toks)
    pastor = opening_subject("The pastor urged calm.", pastor_toks)
    assert plan is not None
    assert not can_speak(plan, plan_toks)
    assert pastor is not None
    assert can_speak(pastor, pastor_toks)
    assert pastor.form is MentionForm.NOMINAL


def test_clausesubject_is_the_source_of_an_untagged_mixed_sentence() -> None:
    """A partial quote under a verb the lexicon lacks takes the sentence's subject."""
    (quote,) = extract("Ms. Vance scolded the board for its “reckless haste” last spring.")
    assert quote.mention is not None
    assert quote.mention.text == "Vance"


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("The pastor urged calm.", True),
        ("The former secretary dismissed the rumours.", True),
        ("A new study found little change.", True),
        ("The plan was then to sail on.", False),
        ("The music seemed to fade.", False),
        ("He urged calm.", True),
        ("It seemed to fade.", False),
        ("Mayor Ruth Okafor blasted the council.", True),
    ],
)
def test_clausesubject_can_speak_reads_the_tokens_it_is_given(sentence: str, speaks: bool) -> None:
    """can_speak reads the subject's words from the tokens it was read from, wherever the
    sentence stands in the text: alone, or after another sentence with the whole text's tokens."""
    alone = opening_subject(sentence, tokens(sentence))
    assert alone is not None
    assert can_speak(alone, tokens(sentence)) is speaks
    text = "An earlier sentence about the weather. " + sentence
    start = text.index(sentence)
    inside = opening_subject(text, tokens(text, start))
    assert inside is not None
    assert inside.span.start == alone.span.start + start
    assert can_speak(inside, tokens(text, start)) is speaks
    assert can_speak(inside, tokens(text)) is speaks
