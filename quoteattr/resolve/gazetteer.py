"""What names mean outside the sentence: governments, spelling variants, gender.

Three small tables from ``quoteattr/data/`` let speakers get one canonical
name whichever way a text writes them: a country or its capital standing for
its government ("Tokyo" → "Japanese government"), transliteration variants of
given names ("Dmitri" → "Dmitry"), and given names whose gender rules out "he"
or "she".
"""

from __future__ import annotations

import enum

from quoteattr.lexicon.loader import data_lines


class Gender(enum.Enum):
    """The gender a name or title implies; ``UNKNOWN`` fits both "he" and "she"."""

    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


def _load_governments() -> dict[str, str]:
    governments: dict[str, str] = {}
    for line in data_lines("countries.tsv"):
        adjective, names = line.split("\t")
        for name in names.split("|"):
            governments[name.casefold()] = f"{adjective} government"
    return governments


def _load_nationalities() -> frozenset[str]:
    countries = (line.split("\t")[0] for line in data_lines("countries.tsv"))
    return frozenset(countries) | frozenset(data_lines("demonyms.txt"))


def _load_variants() -> dict[str, str]:
    preferred: dict[str, str] = {}
    for line in data_lines("name_variants.tsv"):
        best, variants = line.split("\t")
        for variant in variants.split("|"):
            preferred[variant] = best
    return preferred


def _load_genders() -> dict[str, Gender]:
    """The curated table, then the larger list for the names it lacks, then each variant
    spelling with its preferred spelling's gender ("Mohamed" as "Mohammed")."""
    genders: dict[str, Gender] = {}
    for table in ("given_names.tsv", "given_names_en.tsv"):
        for line in data_lines(table):
            gender, names = line.split("\t")
            for name in names.split("|"):
                genders.setdefault(name, Gender(gender))
    for variant, best in PREFERRED_SPELLING.items():
        if best in genders:
            genders.setdefault(variant, genders[best])
    return genders


GOVERNMENTS: dict[str, str] = _load_governments()
"""Country names, short forms and capitals (case-folded) → "<adjective> government"."""

NATIONALITIES: frozenset[str] = _load_nationalities()
"""Nationality adjectives ("South African"): a capitalised run of them is no person's name."""

PREFERRED_SPELLING: dict[str, str] = _load_variants()
"""A given name's variant spelling → its preferred spelling: one person's spellings are one
name across documents (``linking``); within a document a name is spelled as the text spells it."""

GIVEN_NAME_GENDERS: dict[str, Gender] = _load_genders()
"""Given names of one gender; a name not in here is ``Gender.UNKNOWN``."""

TITLE_GENDERS: dict[str, Gender] = {
    "mr": Gender.MALE,
    "mrs": Gender.FEMALE,
    "ms": Gender.FEMALE,
    "miss": Gender.FEMALE,
    "spokesman": Gender.MALE,
    "spokeswoman": Gender.FEMALE,
    "chairman": Gender.MALE,
    "chairwoman": Gender.FEMALE,
    "congressman": Gender.MALE,
    "congresswoman": Gender.FEMALE,
    "businessman": Gender.MALE,
    "businesswoman": Gender.FEMALE,
    **dict.fromkeys(
        ["sir", "lord", "king", "prince", "duke", "baron", "count", "uncle", "monsieur"],
        Gender.MALE,
    ),
    **dict.fromkeys(["signor", "herr", "father", "brother"], Gender.MALE),
    **dict.fromkeys(
        ["lady", "dame", "queen", "princess", "duchess", "baroness", "countess", "aunt"],
        Gender.FEMALE,
    ),
    **dict.fromkeys(
        ["madame", "mme", "mlle", "mademoiselle", "signora", "frau", "mother", "sister"],
        Gender.FEMALE,
    ),
}
"""Titles and role words that say the gender of the name after them."""


def government_of(phrase: str) -> str | None:
    """The government a place name stands for ("the United States" → "US government")."""
    key = phrase.casefold().removeprefix("the ")
    return GOVERNMENTS.get(key)


def nationality_of(place: str) -> str | None:
    """The adjective of a country or capital ("Japan" → "Japanese"), else None."""
    government = government_of(place)
    return government.removesuffix(" government") if government else None


def preferred_spelling(name: str) -> str:
    """A person's name with each given name in its preferred spelling."""
    words = name.split()
    return " ".join(PREFERRED_SPELLING.get(word, word) for word in words)


PRONOUN_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(("he", "him", "his", "himself"), Gender.MALE),
    **dict.fromkeys(("she", "her", "hers", "herself"), Gender.FEMALE),
}
"""Third-person pronouns and the gender they tell."""

OTHER_GENDER: dict[Gender, Gender] = {Gender.MALE: Gender.FEMALE, Gender.FEMALE: Gender.MALE}
"""The gender that clashes with each known one ("she" never means a man)."""


def gender_of(name: str) -> Gender:
    """The gender a person's name implies through its first word (a title, else a given
    name), else UNKNOWN."""
    words = name.split()
    if not words:
        return Gender.UNKNOWN
    titled = TITLE_GENDERS.get(words[0].lower().rstrip("."))
    if titled is not None and len(words) > 1:
        return titled  # "Miss Dashwood", "Lord Henry"
    return GIVEN_NAME_GENDERS.get(words[0], Gender.UNKNOWN)
