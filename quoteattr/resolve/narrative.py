"""The people a text's narration names, in order, for "he" and "she" in its speech tags.

Fiction and features name a character in the narration ("Elinor looked up") and tag
the reply with a pronoun ("“No,” she said"). The person meant is the first one of
that gender the paragraph names, else the nearest one before; the gender is what the
name tables or the text's own pronouns say (``NameIndex.genders``). A word counts as
a name where the index knows it as a person, or where the text capitalises it in mid
sentence again and again and (almost) never writes it in lower case (a given name
alone is not enough: "Will", "Grace" and surnames are in the tables too).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final

from quoteattr.lexicon.tables import ROLES
from quoteattr.model import Span
from quoteattr.resolve.gazetteer import (
    NATIONALITIES,
    TITLE_GENDERS,
    Gender,
    gender_of,
    government_of,
    preferred_spelling,
)
from quoteattr.resolve.names import NOT_NAMES, NameIndex
from quoteattr.segment.tokens import bare, is_capitalized

MIN_MID_SENTENCE = 3
"""How often a word must be capitalised in mid sentence to be taken for a name."""

MAX_LOWER_SHARE = 0.05
"""The most a name may be written in lower case, as a share of its capitalised uses."""

WINDOW: Final = 4000
"""How far back, in characters, a pronoun looks for a name."""

_SENTENCE_ENDS: Final = frozenset(".!?…\"“”‘’'(")

_EITHER: Final = None
"""The gender of a full name the text never gives one: "he" or "she" may mean them."""


class Narrative:
    """The person names of a text's narration, in order, with their genders."""

    def __init__(
        self, text: str, toks: Sequence[Span], covered: Callable[[int], bool], names: NameIndex
    ) -> None:
        """Find the names in ``toks`` outside quotations (``covered`` says which offsets are
        inside one), with ``names`` for full names and genders."""
        lower = Counter(t.text for t in toks if t.text[:1].islower())
        middle: Counter[str] = Counter()
        for before, token in itertools.pairwise(toks):
            if is_capitalized(token) and before.text[-1:] not in _SENTENCE_ENDS:
                middle[token.text] += 1
        words = {
            word
            for word, count in middle.items()
            if count >= MIN_MID_SENTENCE
            and lower[word.lower()] <= count * MAX_LOWER_SHARE
            and word.lower() not in NOT_NAMES
            and word.lower() not in ROLES
            and word not in NATIONALITIES
            and government_of(word) is None
        }
        self._starts: list[int] = []
        self._names: list[str] = []
        self._genders: list[Gender | None] = []
        for index, token in enumerate(toks):
            if not is_capitalized(token) or covered(token.start):
                continue
            fuller = names.fullest(token.text, token.start)
            if fuller is None and token.text not in words:
                continue
            name = preferred_spelling(fuller.text if fuller is not None else token.text)
            title = index - 2 if index > 1 and toks[index - 1].text == "." else index - 1
            gender = _gender(names, name, toks[title] if title >= 0 else None)
            fits: Gender | None = gender
            if gender is Gender.UNKNOWN and fuller is not None:
                fits = _EITHER  # a full name whose gender the text never says fits both
            self._starts.append(token.start)
            self._names.append(name)
            self._genders.append(fits)

    def antecedent(self, position: int, paragraph: int, gender: Gender) -> str | None:
        """The person of ``gender`` that "he" or "she" at ``position`` means: the first
        one the paragraph (starting at ``paragraph``) names before it, else the nearest."""
        end = bisect.bisect_left(self._starts, position)
        opening = min(bisect.bisect_left(self._starts, paragraph), end)
        for at in range(opening, end):
            if self._genders[at] in (gender, _EITHER):
                return self._names[at]
        for at in range(opening - 1, bisect.bisect_left(self._starts, position - WINDOW) - 1, -1):
            if self._genders[at] in (gender, _EITHER):
                return self._names[at]
        return None


def _gender(names: NameIndex, name: str, before: Span | None) -> Gender:
    """A name's gender: the title before it, the text's pronouns, else its given name."""
    if before is not None:
        titled = TITLE_GENDERS.get(bare(before).rstrip("."))
        if titled is not None:
            return titled
    learned = names.genders.get(name, Gender.UNKNOWN)
    return learned if learned is not Gender.UNKNOWN else gender_of(name)
