"""Tests for quoteattr.opening: the subject that opens a clause."""

from __future__ import annotations

import pytest

from quoteattr import extract
from quoteattr.mentions import MentionForm
from quoteattr.opening import can_speak, opening_subject
from quoteattr.tokens import tokens

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
def test_opening_reads_the_subject_past_openers(text: str, subject: str) -> None:
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
def test_opening_gives_none_without_a_subject_and_verb(text: str) -> None:
    """No subject is read where no noun phrase is followed by a verb."""
    assert opening_subject(text, tokens(text)) is None


def test_opening_descriptions_that_name_no_one_cannot_speak() -> None:
    """ "The plan was …" has a subject but no source; "the pastor" can speak."""
    plan = opening_subject("The plan was then to sail on.", tokens("The plan was then to sail on."))
    pastor = opening_subject("The pastor urged calm.", tokens("The pastor urged calm."))
    assert plan is not None
    assert not can_speak(plan)
    assert pastor is not None
    assert can_speak(pastor)
    assert pastor.form is MentionForm.NOMINAL


def test_opening_is_the_source_of_an_untagged_mixed_sentence() -> None:
    """A partial quote under a verb the lexicon lacks takes the sentence's subject."""
    (quote,) = extract("Ms. Vance scolded the board for its “reckless haste” last spring.")
    assert quote.mention is not None
    assert quote.mention.text == "Vance"
