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
