"""Tests for quoteattr.resolve.persons: the first- and second-person units, one by one."""

from __future__ import annotations

from quoteattr import extract
from quoteattr.resolve.persons import Addressee, FirstPerson, Writer
from quoteattr.resolve.units import UNITS


def test_persons_first_person_runs_before_writer_and_addressee() -> None:
    """A quote's own "I" is decided before "I" can be taken for the writer."""
    names = [unit.name for unit in UNITS]
    assert names.index(FirstPerson.name) < names.index(Writer.name) < names.index(Addressee.name)


def test_persons_we_outside_a_quote_is_the_writers_group() -> None:
    (quote,) = extract("We think that the plan works.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.sieve) == ("we", "writer")


_EXCHANGE = (
    "Do you still dance on Sundays?\nI do. I think that it keeps me young.\n"
    "Who do you go with?\nFriends.\nIs it far?\nNo.\nWhen did you start?\nLast year.\n"
    "Would you teach me?\nYes. I think that you would like it. We said that it was fun.\n"
)


def test_persons_an_unlabelled_dialogue_leaves_i_you_and_we_unnamed() -> None:
    """Whose turn a line is, the text does not say: "I" there is no one person."""
    quotes = extract(_EXCHANGE)
    assert [(q.mention.text if q.mention else None, q.sieve) for q in quotes] == [
        ("I", "abstain:writer:dialogue"),
        ("I", "abstain:writer:dialogue"),
        ("We", "abstain:writer:dialogue"),
    ]
    assert all(q.speaker is None for q in quotes)


def test_persons_a_dialogue_still_names_an_introduced_writer() -> None:
    quotes = extract("I'm Ann Lee.\n" + _EXCHANGE)
    assert {q.speaker.name for q in quotes if q.speaker} == {"Ann Lee"}


def test_persons_a_transcripts_i_is_the_speaker_by_the_fullest_name() -> None:
    """ "I" in a transcript is its speaker, named as fully as the text names them."""
    text = (
        "Remarks by President Lee on the Budget\n"
        "President Ann Lee spoke in the East Room. THE PRESIDENT:\n"
        "I said that the budget would pass.\n"
    )
    (quote,) = extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.sieve) == ("Ann Lee", "writer")
