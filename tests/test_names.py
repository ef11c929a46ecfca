"""Tests for quoteattr.names: full names, the roles and gender a document gives them."""

from __future__ import annotations

from quoteattr.gazetteer import Gender
from quoteattr.names import NameIndex


def test_names_roles_come_from_titles_appositives_and_copulas() -> None:
    text = (
        "Putin’s press secretary Dmitry Peskov spoke. "
        "An Chan-il, director of the institute, agreed. "
        "James Nixey is the director of a programme."
    )
    names = NameIndex(text)
    assert {"press", "secretary"} <= names.roles["Dmitry Peskov"]
    assert names.titles["Dmitry Peskov"] == "Putin’s press secretary"
    assert names.roles["An Chan-il"] == {"director"}
    assert names.roles["James Nixey"] == {"director"}


def test_names_places_and_organisations_are_not_people() -> None:
    names = NameIndex("The White House and North Korean officials met Joint Chiefs of Staff.")
    assert "White House" not in names.roles
    assert "North Korean" not in names.roles


def test_names_surname_before_an_indefinite_introduction_is_someone_else() -> None:
    """ "Kim" before "Kim Jong-dae, a researcher" is not the researcher, who is new there."""
    text = "Kim met Putin. “It matters,” said Kim Jong-dae, a researcher."
    names = NameIndex(text)
    assert names.fullest("Kim", 0) is None
    later = "Smith spoke first. Ann Smith, the minister, agreed."
    found = NameIndex(later).fullest("Smith", 0)
    assert found is not None
    assert found.text == "Ann Smith"


def test_names_family_name_first_takes_the_nearest_earlier_name() -> None:
    text = "Kim Jong Un arrived with Kim Myong Sik. Later Kim spoke."
    found = NameIndex(text).fullest("Kim", text.index("Later"))
    assert found is not None
    assert found.text == "Kim Myong Sik"


def test_names_gender_from_given_name_or_title() -> None:
    text = "Foreign ministry spokeswoman Ulla Berg spoke. Mr. Lars Holm replied."
    names = NameIndex(text)
    assert names.genders["Ulla Berg"] is Gender.FEMALE
    assert names.genders["Lars Holm"] is Gender.MALE
