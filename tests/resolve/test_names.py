"""Tests for quoteattr.resolve.names: full names, the roles and gender a document gives them."""

from __future__ import annotations

import pytest

from quoteattr.resolve.gazetteer import Gender
from quoteattr.resolve.names import NameIndex
from quoteattr.segment import paragraphs
from quoteattr.segment.tokens import tokens


def test_names_roles_come_from_titles_appositives_and_copulas() -> None:
    """Roles come from the title before a name, an appositive or a copula after it."""
    text = (
        "Putin’s press secretary Dmitry Peskov spoke. "
        "An Chan-il, director of the institute, agreed. "
        "James Nixey is the director of a programme."
    )
    names = NameIndex(text, tokens(text))
    assert {"press", "secretary"} <= names.roles["Dmitry Peskov"]
    assert names.titles["Dmitry Peskov"] == "Putin’s press secretary"
    assert names.roles["An Chan-il"] == {"director"}
    assert names.roles["James Nixey"] == {"director"}


def test_names_places_and_organisations_are_not_people() -> None:
    """A capitalised run naming an organisation or a nationality is no person's name."""
    text = "The White House and North Korean officials met Joint Chiefs of Staff."
    names = NameIndex(text, tokens(text))
    assert "White House" not in names.roles
    assert "North Korean" not in names.roles


@pytest.mark.parametrize(
    "work", ["Special Marriage Act", "Nobel Peace Prize", "Divine Comedy", "Oak Street"]
)
def test_names_works_laws_awards_and_places_are_not_people(work: str) -> None:
    """A run whose last word names a work, a law, an award or a place is no person's name,
    so "he" after it cannot mean it."""
    text = f"Ann Lee read about the {work} with Bo Park. He said it was fine."
    names = NameIndex(text, tokens(text))
    assert work not in names.roles
    assert names.fullest(work.rsplit(maxsplit=1)[-1], text.index("He")) is None
    assert {"Ann Lee", "Bo Park"} <= names.roles.keys()


def test_names_surname_before_an_indefinite_introduction_is_someone_else() -> None:
    """ "Kim" before "Kim Jong-dae, a researcher" is not the researcher, who is new there."""
    text = "Kim met Putin. “It matters,” said Kim Jong-dae, a researcher."
    names = NameIndex(text, tokens(text))
    assert names.fullest("Kim", 0) is None
    later = "Smith spoke first. Ann Smith, the minister, agreed."
    found = NameIndex(later, tokens(later)).fullest("Smith", 0)
    assert found is not None
    assert found.text == "Ann Smith"


def test_names_family_name_first_takes_the_nearest_earlier_name() -> None:
    """A family name first ("Kim") takes the nearest earlier name that starts with it."""
    text = "Kim Jong Un arrived with Kim Myong Sik. Later Kim spoke."
    found = NameIndex(text, tokens(text)).fullest("Kim", text.index("Later"))
    assert found is not None
    assert found.text == "Kim Myong Sik"


def test_names_gender_from_given_name_or_title() -> None:
    """A name's gender comes from its given name, else from its title ("Mr.")."""
    text = "Foreign ministry spokeswoman Ulla Berg spoke. Mr. Lars Holm replied."
    names = NameIndex(text, tokens(text))
    assert names.genders["Ulla Berg"] is Gender.FEMALE
    assert names.genders["Lars Holm"] is Gender.MALE


def test_names_fullest_prefers_the_nearest_earlier_name() -> None:
    """NameIndex.fullest picks the closest earlier full name, else a later one."""
    text = "Ann Smith spoke. Later Bob Smith spoke. Then Smith left. Carl Jones came."
    names = NameIndex(text, tokens(text))
    found = names.fullest("Smith", text.index("Then"))
    assert found is not None
    assert found.text == "Bob Smith"
    later = names.fullest("Jones", 0)
    assert later is not None
    assert later.text == "Carl Jones"
    assert names.fullest("Nobody", 10) is None


def test_names_a_name_never_runs_into_the_next_paragraph() -> None:
    """A heading's last capitalised words and the next line's first are two names."""
    text = "Theories of Eugene Nida\nNida said the work was done. Anne Smith agreed."
    toks = tokens(text)
    index = NameIndex(text, toks, paragraphs(text))
    assert set(index.roles) == {"Eugene Nida", "Anne Smith"}
    assert "Eugene Nida\nNida" in NameIndex(text, toks).roles  # without paragraphs it ran on


def test_names_the_pronouns_after_a_name_tell_its_gender() -> None:
    """A name the tables do not know takes the gender of the pronoun that follows it in
    its sentence; a tie or a name the table knows is left alone."""
    text = (
        "Zorblax Quint opened the door. Quint said that his car was late. "
        "Mirel Vasko smiled; she knew it. Qorv Oru met them and she left. Oru said he stayed. "
        "Ann Smith waved to him."
    )
    toks = tokens(text)
    genders = NameIndex(text, toks).genders
    assert genders["Zorblax Quint"] is Gender.MALE
    assert genders["Mirel Vasko"] is Gender.FEMALE
    assert genders["Qorv Oru"] is Gender.UNKNOWN  # one "she", one "he": a tie
    assert genders["Ann Smith"] is Gender.FEMALE  # the given name, not "him"


def test_names_a_sentence_opener_and_i_are_no_part_of_a_name() -> None:
    """ "Poor Elinor" at a sentence's start is Elinor when the text writes "poor" in lower
    case elsewhere; "How I" and "Mallorca I" name nobody."""
    text = (
        "The poor girl wept. Poor Elinor Dashwood sat down. “Marianne Dashwood,” said Elinor. "
        "How I wish it. Then Mallorca I saw."
    )
    roles = NameIndex(text, tokens(text)).roles
    assert "Elinor Dashwood" in roles
    assert "Poor Elinor Dashwood" not in roles
    assert "Marianne Dashwood" in roles
    assert not any(name.endswith(" I") for name in roles)


@pytest.mark.parametrize("opener", ["I'm", "I’m", "I’ve met"])
def test_names_a_contracted_i_is_no_part_of_a_name(opener: str) -> None:
    text = f"Hello. {opener} Isabel Ruiz and I draw. Ruiz said so."
    names = NameIndex(text, tokens(text))
    found = names.fullest("Ruiz", text.index("Ruiz said"))
    assert found is not None
    assert found.text == "Isabel Ruiz"


def test_names_a_given_name_takes_the_full_name_written_most() -> None:
    """ "Margaret" alone is the Margaret the text names in full most often, not a run one
    missing comma made; a surname two full names share equally takes the nearest."""
    text = (
        "Margaret Schlegel came. Margaret Schlegel left. But on Margaret Oniton was quiet. "
        "Ann Smith and Bob Smith met."
    )
    index = NameIndex(text, tokens(text))
    found = index.fullest("Margaret", len(text))
    assert found is not None
    assert found.text == "Margaret Schlegel"
    nearest = index.fullest("Smith", len(text))
    assert nearest is not None
    assert nearest.text == "Bob Smith"


@pytest.mark.parametrize(
    "family",
    ["Miss Schlegel smiled.", "Helen Schlegel smiled.", "Dr. Schlegel smiled."],
)
def test_names_a_given_name_prefers_a_full_name_that_ends_in_a_family_name(family: str) -> None:
    """Each full name written once: the one whose last word the text also writes after a
    title, or after another given name, is a family name; a place after a given name
    ("on Margaret Oniton was") is not, however late it comes."""
    text = f"Margaret Schlegel came. {family} Then on Margaret Oniton was quiet. Margaret sat."
    found = NameIndex(text, tokens(text)).fullest("Margaret", len(text))
    assert found is not None
    assert found.text == "Margaret Schlegel"


def test_names_titles_before_and_family_read_a_family_from_the_text() -> None:
    """The titles written before a family name, and the family's full names in text order
    (a name written family name first counts too)."""
    text = "Mrs. Hilbery and Miss Hilbery met Dr. Ann Lee, Paul Lee and Xi Jinping. Mr. Xi left."
    index = NameIndex(text, tokens(text))
    assert index.titles_before("Hilbery") == {"mrs", "miss"}
    assert index.titles_before("Lee") == {"dr"}
    assert index.titles_before("Smith") == set()
    assert [span.text for span in index.family("Lee")] == ["Ann Lee", "Paul Lee"]
    assert [span.text for span in index.family("Xi")] == ["Xi Jinping"]


def test_names_a_family_surname_takes_the_member_written_most() -> None:
    """In a life of Daniel Bernoulli that names his father once, "Bernoulli" is Daniel."""
    text = (
        "Daniel Bernoulli was born in 1700. Daniel Bernoulli studied medicine. "
        "His father Johann Bernoulli taught him. Bernoulli wrote on fluids."
    )
    found = NameIndex(text, tokens(text)).fullest("Bernoulli", text.rindex("Bernoulli"))
    assert found is not None
    assert found.text == "Daniel Bernoulli"


def test_names_a_place_before_a_pronoun_takes_no_gender() -> None:
    """ "born in Basel, his father …": the name after "in" is a place, so "his" gives
    Basel no gender; the person before a pronoun still takes its gender."""
    text = "Daniel Okafor was born in Basel Town, his father said. Paul Adeyemi left; his car."
    index = NameIndex(text, tokens(text))
    assert index.gender("Basel Town") is Gender.UNKNOWN
    assert index.gender("Paul Adeyemi") is Gender.MALE


def test_names_a_run_ending_in_a_people_is_no_person() -> None:
    """ "North American" or "North Americans" names a people, never one person."""
    text = "North Americans like space. North American drivers agree, North American said."
    index = NameIndex(text, tokens(text))
    assert index.fullest("American", len(text)) is None
    assert index.fullest("Americans", len(text)) is None


def test_names_a_region_after_a_placed_town_takes_no_gender() -> None:
    """ "a boy from Irving, Texas, was arrested at his school": Texas is the town's state,
    not the "his" of the sentence."""
    text = "Ahmed Okafor, a boy from Irving, Texas, was arrested at his school."
    assert NameIndex(text, tokens(text)).gender("Texas") is Gender.UNKNOWN
