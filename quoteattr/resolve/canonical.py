"""Canonical names for sources that are not people: organisations, groups, the unnamed.

The same organisation is written many ways ("the official Acme News Agency",
"ANA"); an unnamed source has no name at all ("experts", "a
spokesman for the ministry"). These functions give each one a stable name, so
that a reader counting quotes per source counts one entity once.
"""

from __future__ import annotations

import re
from collections.abc import Container

from quoteattr.lexicon.tables import INSTITUTIONS
from quoteattr.lexicon.words import DETERMINERS, INITIALS_SKIP, MENTION_DETERMINERS
from quoteattr.resolve.gazetteer import nationality_of

_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
_COORDINATED_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*\s+)+and\s+)$")
_OF_PHRASE = re.compile(r"^(?P<role>[\w-]+)\s+(?:for|of|at)\s+(?:the\s+)?(?P<whose>[\w\s-]+)$")
_WORD = re.compile(r"\w+")
_POSSESSIVE_INSTITUTION = re.compile(
    r"(?P<owner>\w[\w-]*)[’']s\s+(?P<noun>(?:"
    + "|".join(map(re.escape, INSTITUTIONS.values()))
    + "))",
    re.IGNORECASE,
)
"""A person's institution: "X’s ministry", "X’s embassy"."""


def undotted(name: str) -> str:
    """A name with dotted acronyms closed up ("U.S. officials" → "US officials")."""
    return _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), name)


def without_determiner(phrase: str) -> str:
    """A phrase without its leading article or determiner ("the Acme Group" → "Acme Group")."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in MENTION_DETERMINERS else phrase


def organization_name(phrase: str, text: str, vocabulary: Container[str] | None = None) -> str:
    """An organisation's name: no article or lower-case modifiers, its acronym when used.

    "the official Acme News Agency" → "ANA" in a text that also writes
    "ANA"; a text that never uses the acronym keeps the full name. ``vocabulary``
    is the text's words (``text_words``), for a caller naming many organisations.
    """
    name = without_determiner(phrase)
    words = name.split()
    while len(words) > 1 and words[0].islower() and any(w[0].isupper() for w in words[1:]):
        words.pop(0)  # "official Acme News Agency": the name starts capitalised
    name = undotted(" ".join(words))
    capitals = [w for w in words if w.lower() not in INITIALS_SKIP]
    if len(capitals) >= 2 and all(w[0].isupper() for w in capitals):
        acronym = "".join(w[0] for w in capitals)
        if acronym in (text_words(text) if vocabulary is None else vocabulary):
            return acronym
    return name


def text_words(text: str) -> frozenset[str]:
    """The words of a text, to find once per document rather than once per organisation."""
    return frozenset(_WORD.findall(text))


def group_name(phrase: str, text: str, start: int) -> str:
    """An unnamed group's name, with any coordinated modifier just before it.

    "experts" → "unnamed experts"; "U.K. and French officials" (read as
    "French officials") → "UK and French officials".
    """
    name = without_determiner(phrase)
    coordinated = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    if coordinated is not None:
        name = coordinated.group(1) + name
    if len(name.split()) == 1:
        return f"unnamed {name}"
    return undotted(name)


def unnamed_name(phrase: str) -> str:
    """The name of a source introduced indefinitely ("a spokesman for the ministry").

    It is someone new, not anyone named before: "unnamed ministry spokesman".
    """
    rest = without_determiner(phrase)
    described = _OF_PHRASE.match(rest)
    if described is not None:
        rest = f"{described.group('whose').strip()} {described.group('role')}"
    return f"unnamed {rest}"


def description_name(phrase: str) -> str:
    """The name of a source known only by a definite description ("The bartender" →
    "the bartender"): the phrase on one line, its opening determiner in lower case, so that
    the same description names one entity wherever a sentence or a line break puts it."""
    first, _, rest = " ".join(phrase.split()).partition(" ")
    if rest and first.lower() in DETERMINERS:
        return f"{first.lower()} {rest}"
    return f"{first} {rest}" if rest else first


class EarlierNames:
    """The group and organisation names met so far, for finding the one a shorter name
    abbreviates.

    "local agencies" is the "local news agencies" named before: same head noun,
    and its other words are a subset of the earlier name's. Names are indexed by
    (head, word), so a look-up reads only the earlier names that share its
    rarest word, and stops at the second match: a text naming ever more groups
    stays linear.
    """

    def __init__(self) -> None:
        self._names: set[str] = set()
        self._sharing: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = {}

    def add(self, name: str) -> None:
        """Remember a name; a second time changes nothing."""
        words = name.casefold().split()
        if not words or name in self._names:
            return
        self._names.add(name)
        entry = (name, frozenset(words))
        for word in entry[1]:
            self._sharing.setdefault((words[-1], word), []).append(entry)

    def abbreviated(self, name: str) -> str | None:
        """The one earlier name this name abbreviates; None if there is none, or two."""
        words = name.casefold().split()
        if not words:
            return None
        wanted = frozenset(words)
        rarest = min((self._sharing.get((words[-1], w), []) for w in wanted), key=len)
        found: str | None = None
        for other, other_words in rarest:
            if other != name and wanted <= other_words:
                if found is not None:
                    return None
                found = other
        return found


def institution_owner(phrase: str) -> tuple[str, str] | None:
    """The person a phrase names an institution of, and the institution's kind
    ("Berg’s ministry" → ("Berg", "Ministry"))."""
    found = _POSSESSIVE_INSTITUTION.fullmatch(phrase)
    if found is None:
        return None
    return found.group("owner"), found.group("noun").capitalize()


def institution_of_title(title: str, institution: str) -> str | None:
    """The institution of that kind a title heads, named as the title names it.

    "Japan’s Health Minister" heads the "Japanese Health Ministry", "Secretary
    of State" the "State Department"; a title that heads no
    such institution, or a person's ("the mayor’s deputy minister"), gives None.
    """
    words = title.split()
    lowered = [w.lower() for w in words]
    roles = [i for i, w in enumerate(lowered) if INSTITUTIONS.get(w) == institution]
    if not roles or len(words) < 2:
        return None
    at = roles[-1]
    if at == len(words) - 1:
        field = words[:at]  # "Health Minister"
    elif at + 2 < len(words) and lowered[at + 1] == "of":
        field = words[at + 2 :]  # "Secretary of State"
        field = field[1:] if field[0].lower() == "the" else field
    else:
        return None
    owner = field[0].removesuffix("’s").removesuffix("'s") if field else ""
    if owner != field[0]:
        nationality = nationality_of(owner)
        if nationality is None:
            return None  # a person's minister, not a country's
        field = [nationality, *field[1:]]
    return " ".join([*field, institution]) if field else None
