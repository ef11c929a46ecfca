"""The people a text's narration names, in order, for "he" and "she" in its speech tags.

Fiction and features name a character in the narration ("Ann looked up") and tag
the reply with a pronoun ("“No,” she said"). The person meant is the first one of
that gender the paragraph names, else the nearest one before; the gender is what the
name tables or the text's own pronouns say (``NameIndex.genders``). A word counts as
a name where the index knows it as a person, or where the text capitalises it in mid
sentence again and again and (almost) never writes it in lower case (a given name
alone is not enough: a given name can be a surname or a word too).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from typing import Final

from quoteattr.lexicon.tables import PERSON_NOUNS, ROLES
from quoteattr.model import Span
from quoteattr.resolve.gazetteer import (
    NATIONALITIES,
    TITLE_GENDERS,
    Gender,
    government_of,
)
from quoteattr.resolve.names import NOT_NAMES, NameIndex

MIN_MID_SENTENCE = 3
"""How often a word must be capitalised in mid sentence to be taken for a name."""

MAX_WORDS = 24
"""The most words, the most often capitalised in mid sentence first, taken for names
without a full name: each costs a count over the text, so the cost stays linear."""

MAX_LOWER_SHARE = 0.05
"""The most a name may be written in lower case, as a share of its capitalised uses."""

WINDOW: Final = 4000
"""How far back, in characters, a pronoun looks for a name."""

_MIDDLE: Final = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+\b")
"""A capitalised word in mid sentence: after a lower-case word or a comma."""

_CAPITALISED: Final = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\b")
"""A capitalised word, where a name may stand; a possessive's "’s" is left out."""

_VOCATIVE: Final = re.compile(
    r"(?:^|(?<=[,!?;:\"“‘] )|(?<=[\"“‘(])|(?<=\bdear )|(?<=\bDear ))"
    r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?=[,!?;])"
)
"""Capitalised words set off as a call: after the start, a mark or "dear", before a
comma, "!" or "?" ("Pat!", ", Pat Ross,", "dear Ann?")."""

_TITLED: Final = re.compile(
    r"\b(?:" + "|".join(sorted(t.capitalize() for t in TITLE_GENDERS)) + r")\.? ([A-Z][a-z]+)\b"
)
"""A capitalised word after a title that says a gender ("Mrs. Wilcox", "Lord Henry"):
a person's name, even where the text gives no fuller one."""

_TITLE_BEFORE: Final = re.compile(r"\b([A-Za-z]+)\.? +\Z")
"""The word just before a name, where a title ("Mrs.", "Mr") may stand."""

_TITLE_REACH: Final = 16

_EITHER: Final = None
"""The gender of a full name the text never gives one: "he" or "she" may mean them."""


class Narrative:
    """The person names of a text's narration, in order, with their genders."""

    def __init__(
        self,
        text: str,
        covered: Callable[[int], bool],
        names: NameIndex,
        speakers: frozenset[str] = frozenset(),
    ) -> None:
        """Find the names of ``text`` outside quotations (``covered`` says which offsets are
        inside one), with ``names`` for full names and genders; regex scans count words.
        ``speakers`` are the words of the names that speech tags give as sources."""
        middle = Counter(_MIDDLE.findall(text))
        frequent = [
            word
            for word, count in middle.most_common(MAX_WORDS)
            if count >= MIN_MID_SENTENCE
            and word.lower() not in NOT_NAMES
            and word.lower() not in ROLES
            and word not in NATIONALITIES
            and government_of(word) is None
        ]
        self._words = {
            w for w in frequent if names.lower_count(w.lower()) <= middle[w] * MAX_LOWER_SHARE
        }
        self._text = text
        self._speakers = speakers
        self._covered = covered
        self._index = names
        self._titled = {m[1] for m in _TITLED.finditer(text)}
        wanted = self._words | self._titled | names.words()
        found = [m for m in _CAPITALISED.finditer(text) if m[0] in wanted]
        self._starts = [m.start() for m in found]
        self._found = [m[0] for m in found]
        self._read: dict[int, tuple[str, Gender | None] | None] = {}

    def antecedent(self, position: int, paragraph: int, gender: Gender) -> str | None:
        """The person of ``gender`` that "he" or "she" at ``position`` means: the first
        one the paragraph (starting at ``paragraph``) names before it, else the nearest;
        both within ``WINDOW`` characters, so a paragraph as long as the text stays linear.
        Only the names looked at are read (their full name and gender), once each."""
        end = bisect.bisect_left(self._starts, position)
        lowest = bisect.bisect_left(self._starts, position - WINDOW)
        opening = min(bisect.bisect_left(self._starts, max(paragraph, position - WINDOW)), end)
        for at in (*range(opening, end), *range(opening - 1, lowest - 1, -1)):
            person = self._person(at)
            if person is not None and person[1] in (gender, _EITHER):
                return person[0]
        return None

    def _person(self, at: int) -> tuple[str, Gender | None] | None:
        """The name and gender of the ``at``-th occurrence, or None if it is no person's
        name in the narration (inside a quotation, or a word no full name explains)."""
        if at not in self._read:
            self._read[at] = self._read_person(self._starts[at], self._found[at])
        return self._read[at]

    def _read_person(self, start: int, word: str) -> tuple[str, Gender | None] | None:
        if self._covered(start):
            return None
        names = self._index
        fuller = names.fullest(word, start)
        if fuller is None and word not in self._words and word not in self._titled:
            return None
        name = fuller.text if fuller is not None else word
        title = _TITLE_BEFORE.search(self._text, max(0, start - _TITLE_REACH), start)
        gender = TITLE_GENDERS.get(title[1].lower()) if title else None
        if gender is None:
            gender = names.gender(name)
        if gender is Gender.UNKNOWN and fuller is not None:
            if not self._evidenced(fuller.text):
                return None  # no title, role, tag or pronoun says it is anyone's name
            return name, _EITHER  # a person whose gender the text never says fits both
        return name, gender

    def addressed(self, content: Span) -> str | None:
        """The person a quotation calls by name (a vocative: "Now tell me, Pat, what is
        that?", "Pat! Where are you?"), the last one it calls; None if it calls no one
        the text knows as a person. An exchange's next turn is usually theirs."""
        called = self.called(content)
        return called[-1] if called else None

    def called(self, content: Span) -> list[str]:
        """Everyone a quotation calls by name, in order (see ``addressed``)."""
        found = []
        for match in _VOCATIVE.finditer(self._text, content.start, content.end):
            words = match[1].split()
            fuller = self._index.fullest(words[-1], match.start(1))
            if fuller is not None:
                found.append(fuller.text)
            elif len(words) > 1 or words[0] in self._words:
                found.append(match[1])  # two capitalised words: a name
        return found

    def _evidenced(self, name: str) -> bool:
        """Whether the text says the full name is a person's: a title or a person's role next
        to it ("Dr.", ", a researcher"), or a speech tag that gives one of its words as a
        source."""
        names = self._index
        if name in names.titles or any(
            role in ROLES or role in PERSON_NOUNS for role in names.roles.get(name, ())
        ):
            return True
        return not self._speakers.isdisjoint(name.split())
