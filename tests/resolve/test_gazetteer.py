"""Tests for quoteattr.resolve.gazetteer: governments, spelling variants and gender from names."""

from __future__ import annotations

import pytest

from quoteattr.resolve.gazetteer import (
    Gender,
    gender_of,
    government_of,
    nationality_of,
    preferred_spelling,
)


@pytest.mark.parametrize(
    ("place", "government"),
    [
        ("Washington", "US government"),
        ("the United States", "US government"),
        ("U.S.", "US government"),
        ("Tokyo", "Japanese government"),
        ("Japan", "Japanese government"),
        ("Pyongyang", "North Korean government"),
        ("Russia", "Russian government"),
    ],
)
def test_gazetteer_country_and_capital_name_one_government(place: str, government: str) -> None:
    """Every way of naming a country's government gives one canonical name."""
    assert government_of(place) == government


def test_gazetteer_names_that_are_no_place_have_no_government() -> None:
    """A person or an institution is no country, so has no government."""
    assert government_of("Peskov") is None
    assert government_of("the Kremlin") is None


def test_gazetteer_nationality_of_a_country() -> None:
    """A country or capital gives its nationality; a surname gives none."""
    assert nationality_of("Russia") == "Russian"
    assert nationality_of("Seoul") == "South Korean"
    assert nationality_of("Kozlov") is None


def test_gazetteer_transliteration_variants_take_the_preferred_spelling() -> None:
    """ "Dmitri Peskov" and "Dmitry Peskov" are one name; surnames are left alone."""
    assert preferred_spelling("Dmitri Peskov") == "Dmitry Peskov"
    assert preferred_spelling("Dmitry Peskov") == "Dmitry Peskov"
    assert preferred_spelling("Sergei Shoigu") == "Sergey Shoigu"
    assert preferred_spelling("An Chan-il") == "An Chan-il"


def test_gazetteer_gender_comes_from_the_given_name_only() -> None:
    """Gender comes from a known given name; other names, or none, are unknown."""
    assert gender_of("Maria Zakharova") is Gender.FEMALE
    assert gender_of("James Nixey") is Gender.MALE
    assert gender_of("Kim Jong-dae") is Gender.UNKNOWN
    assert gender_of("") is Gender.UNKNOWN


def test_gazetteer_a_variant_spelling_has_its_preferred_spellings_gender() -> None:
    """A variant the name tables lack ("Mohamed") takes the gender of its row's first form."""
    assert gender_of("Ahmed Mohamed") is Gender.MALE
    assert gender_of("Mohamed El-Hassan") is Gender.MALE


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Elinor", Gender.FEMALE), ("Marianne", Gender.FEMALE), ("Otto", Gender.MALE)],
)
def test_gazetteer_the_larger_name_list_fills_in_the_curated_one(name: str, gender: Gender) -> None:
    assert gender_of(f"{name} Smith") is gender


@pytest.mark.parametrize("word", ["Will", "May", "Grace", "Tuesday", "August"])
def test_gazetteer_names_that_are_english_words_tell_no_gender(word: str) -> None:
    """The larger list leaves out names news writes as words: "Will" may open a sentence."""
    assert gender_of(word) is Gender.UNKNOWN
