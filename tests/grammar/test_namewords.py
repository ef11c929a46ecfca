"""Tests for quoteattr.grammar.namewords: names as word lists."""

from __future__ import annotations

import pytest

from quoteattr.grammar.namewords import is_acronym, is_organization, is_particle_surname
from quoteattr.segment.tokens import tokens


@pytest.mark.parametrize(
    ("words", "surname"),
    [
        (["De", "Vries"], True),
        (["van", "der", "Berg"], True),
        (["Le", "Pen"], True),
        (["Ben", "Carson"], False),
        (["Ten", "Officials"], False),
        (["Vries"], False),
        (["Jan", "de", "Vries"], False),
    ],
)
def test_is_particle_surname(words: list[str], surname: bool) -> None:
    """A surname with its particles, said alone; "Ben" and "Ten" do not open one."""
    assert is_particle_surname(words) is surname


def test_namewords_acronyms_and_organisations() -> None:
    """An all-capitals word of two letters or more is an acronym, and makes an
    organisation, as organisation words do; a name does not."""
    assert is_acronym(tokens("NATO")[0])
    assert not is_acronym(tokens("I")[0])
    assert is_organization(tokens("the Acme Corporation"))
    assert not is_organization(tokens("Ann Lee"))
