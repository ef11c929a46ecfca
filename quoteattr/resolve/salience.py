"""Who a pronoun can point to: the salient entities of the sentences before it.

A pronoun source ("he said") usually refers to the speaker of a nearby earlier
attribution or to the subject of the sentence before it ("Bob Jones is the
director of … He said …"). ``Salience`` keeps both kinds of event per
sentence and answers the look-up nearest sentence first: in a sentence, a
speaker beats a subject, and the first subject beats later names.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence

from attrs import frozen

from quoteattr.grammar.mentions import is_name_word, strip_titles
from quoteattr.lexicon.words import PREPOSITIONS
from quoteattr.model import Span, SpeakerKind
from quoteattr.resolve.gazetteer import (
    GIVEN_NAME_GENDERS,
    OTHER_GENDER,
    PRONOUN_GENDERS,
    Gender,
)
from quoteattr.resolve.names import NameIndex
from quoteattr.segment.tokens import bare, is_capitalized, is_possessive, is_word

PERSON = SpeakerKind.PERSON

LOOKBACK_SENTENCES = 8
"""How many sentences back a pronoun may reach (keeps the look-up constant-time)."""


@frozen
class Event:
    """An entity made salient at ``start``: as a quote's speaker or a sentence's subject."""

    start: int
    name: str
    kind: SpeakerKind
    gender: Gender
    speaker: bool


class Salience:
    """The speaker and subject events of a document, bucketed by sentence."""

    def __init__(self, sentences: Sequence[Span]) -> None:
        self._starts = [s.start for s in sentences]
        self._events: dict[int, list[Event]] = defaultdict(list)

    def sentence_of(self, position: int) -> int:
        """The index of the sentence holding ``position`` (-1 before the first)."""
        return bisect.bisect_right(self._starts, position) - 1

    def token_ranges(self, toks: Sequence[Span]) -> list[tuple[int, int]]:
        """For each sentence, the [first, last) indices of its tokens in ``toks``."""
        bounds: list[int] = []
        index, count = 0, len(toks)
        for start in self._starts:  # both ascend: one walk, where a search each cost a log
            while index < count and toks[index].start < start:
                index += 1
            bounds.append(index)
        ends = [*bounds[1:], len(toks)] if bounds else []
        return list(zip(bounds, ends, strict=True))

    def add(self, event: Event) -> None:
        """Record an event; speakers are added as the sieve decides them."""
        self._events[self.sentence_of(event.start)].append(event)

    def antecedent(self, position: int, fits: Callable[[Event], bool]) -> Event | None:
        """The most salient fitting event before ``position``, nearest sentence first."""
        here = self.sentence_of(position)
        for number in range(here, max(-1, here - LOOKBACK_SENTENCES - 1), -1):
            found = [e for e in self._events.get(number, ()) if e.start < position and fits(e)]
            speakers = [e for e in found if e.speaker]
            if speakers:
                return max(speakers, key=lambda e: e.start)
            if found:
                return min(found, key=lambda e: e.start)
        return None


def add_subjects(
    text: str,
    toks: Sequence[Span],
    names: NameIndex,
    covered: Sequence[Span],
    into: Salience,
) -> None:
    """Add each sentence's subject: its first person name outside reported content.

    Runs inside a quote's content, after a preposition or possessive are skipped
    ("At lunch, Smith gave a toast to Jones's health" → Smith). A run counts when it
    is a full name, a surname the document introduces with a full name, or a known
    given name alone ("Ann thought …").
    """
    gaps = Cover(covered)
    for first, last in into.token_ranges(toks):
        if first < last and not gaps.covers(toks[first].start) and _carried(toks, first, into):
            continue
        index = first
        while index < last:
            if not is_capitalized(toks[index]) or gaps.covers(toks[index].start):
                index += 1
                continue
            end = index
            while end < last and is_name_word(toks, end):
                end += 1
            run = strip_titles(toks[index:end])
            after_preposition = index > first and bare(toks[index - 1]) in PREPOSITIONS
            name = None
            if run and not after_preposition and not is_possessive(run[-1]):
                name = _person(text, run, names)
            if name is not None:
                gender = names.gender(name)
                event = Event(run[0].start, name, PERSON, gender, False)
                into.add(event)
                break
            index = end


_CARRIED: frozenset[str] = frozenset({"he", "she"})
"""Subject pronouns that carry a person from sentence to sentence."""


def _carried(toks: Sequence[Span], first: int, into: Salience) -> bool:
    """Whether the sentence opening at ``toks[first]`` has "he" or "she" for its subject; if
    so, the person it refers to is its subject again ("Ann Lee studied … She met Bo Park"
    keeps Ann Lee, not Bo Park, salient), with the pronoun's gender if none was known."""
    word = toks[first].text.lower()
    if word not in _CARRIED:
        return False
    gender = PRONOUN_GENDERS[word]
    clash = OTHER_GENDER[gender]
    found = into.antecedent(
        toks[first].start, lambda e: e.kind is PERSON and not e.speaker and e.gender is not clash
    )
    if found is not None:
        known = found.gender if found.gender is not Gender.UNKNOWN else gender
        into.add(Event(toks[first].start, found.name, PERSON, known, False))
    return True


def _person(text: str, run: Sequence[Span], names: NameIndex) -> str | None:
    """The full name a capitalised run refers to, if it is a person the index knows."""
    if not all(is_word(t) for t in run):
        return None
    if len(run) >= 2:
        whole = Span.of(text, run[0].start, run[-1].end).text
        return whole if whole in names.roles else None
    fuller = names.fullest(run[0].text, run[0].start)
    if fuller is not None:
        return fuller.text
    return run[0].text if run[0].text in GIVEN_NAME_GENDERS else None  # "Ann thought"


class Cover:
    """The union of possibly overlapping spans, for O(log n) membership tests."""

    def __init__(self, spans: Sequence[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda s: s.start):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def covers(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]
