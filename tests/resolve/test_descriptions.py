"""Tests for quoteattr.resolve.descriptions: the units for descriptions, one by one."""

from __future__ import annotations

import pytest

from quoteattr import SpeakerKind, extract
from quoteattr.resolve.canonical import description_name
from quoteattr.resolve.descriptions import Description, Indefinite, NominalSalience
from quoteattr.resolve.units import UNITS


def _decided(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.sieve) for q in extract(text)]


def test_descriptions_run_after_the_names_and_description_is_last() -> None:
    names = [unit.name for unit in UNITS]
    assert names.index(Indefinite.name) < names.index(NominalSalience.name)
    assert names[-1] == Description.name


def test_descriptions_an_unresolved_description_names_itself() -> None:
    text = "“The beverage is priced at $8,” the bartender said."
    assert _decided(text) == [("the bartender", Description.name)]
    (quote,) = extract("“It was late,” the old woman said.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("the old woman", SpeakerKind.PERSON)


def test_descriptions_the_same_description_is_one_entity() -> None:
    text = "“One,” The bartender said.\n“Two,” said the bartender."
    quotes = extract(text)
    assert {q.speaker.name for q in quotes if q.speaker} == {"the bartender"}
    assert quotes[0].speaker is quotes[1].speaker


def test_descriptions_the_same_source_is_the_latest_person_quoted() -> None:
    text = "“One,” said Ann Lee.\n“Two,” the same source added."
    assert _decided(text)[-1] == ("Ann Lee", NominalSalience.name)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The bartender", "the bartender"),
        ("the manager\nof the factory", "the manager of the factory"),
        ("His father", "his father"),
        ("Keepers", "Keepers"),
    ],
)
def test_descriptions_name_is_the_phrase_on_one_line(phrase: str, name: str) -> None:
    assert description_name(phrase) == name
