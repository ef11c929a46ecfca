"""One name per person across documents: cross-document linking of surnames.

A follow-up article often names a person by surname alone ("Smith said …")
because an earlier one introduced her in full. Within one document the sieve
cannot know more, so the speaker stays "Smith". Across a collection,
``link_documents`` gives such a speaker the full name the other documents use
for that surname ("Ann Smith"), when one full name clearly dominates; where
two are in close use ("Ann Smith", "Bob Smith") it leaves the surname.

A document spells a name as its text does; across documents the spellings of
one given name ("Dmitri Peskov", "Dmitry Peskov": ``name_variants.tsv``) are
one person, and every document gets the spelling most of them use.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from attrs import evolve

from quoteattr.lexicon.words import CALENDAR_WORDS, CLAUSE_WORDS, OPENING_WORDS
from quoteattr.model import Quote, Speaker, SpeakerKind
from quoteattr.resolve.gazetteer import GIVEN_NAME_GENDERS, NATIONALITIES, preferred_spelling

DOMINANCE = 2
"""A full name links a surname when it is in this many times more documents than the next."""

MAX_NAME_WORDS = 4
"""A longer capitalised run is a headline, not a person's name."""

NOT_GIVEN_NAMES = CLAUSE_WORDS | OPENING_WORDS | {"even", "both", "does", "super", "just", "other"}
"""Capitalised sentence openers that a run of capitals picks up ("Even Friday", "Both Google")."""

LINKED_CONFIDENCE = 0.7
"""Confidence of a speaker named through other documents (the "surname-linked" sieve)."""


def link_documents(documents: Iterable[Sequence[Quote]]) -> list[list[Quote]]:
    """The documents' quotes, with one-word person speakers given their full names.

    Each element of ``documents`` is one document's quotes, as ``extract``
    returns them; the result has the same shape and order. Only speakers of
    kind person named by a single word change; every quote of such a speaker in
    the document gets the same new ``Speaker``, and so does every full name
    spelled differently elsewhere in the collection ("Dmitri" → "Dmitry").
    """
    docs = [list(quotes) for quotes in documents]
    index = CollectionNames()
    numbers = [index.add(quotes) for quotes in docs]
    return [index.link(quotes, number) for quotes, number in zip(docs, numbers, strict=True)]


class CollectionNames:
    """The full person names of a collection, added one document at a time.

    ``link_documents`` in two steps, for callers that cannot hold every
    document's quotes at once: ``add`` each document as it is extracted (the
    index keeps names, not quotes), then ``link`` each one with the number
    ``add`` gave it.
    """

    def __init__(self) -> None:
        self._by_word: dict[str, Counter[tuple[str, int]]] = defaultdict(Counter)
        self._spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self._added = 0

    def add(self, quotes: Iterable[Quote]) -> int:
        """Index one document's full person names; returns its number for ``link``."""
        number = self._added
        self._added += 1
        speakers = {q.speaker for q in quotes if q.speaker is not None}
        for name in {s.name for s in speakers if _is_full_person(s)}:
            key = preferred_spelling(name)
            self._spellings[key][name] += 1
            words = key.split()
            self._by_word[words[-1]][(key, number)] += 1
            if _family_name_first(words):
                self._by_word[words[0]][(key, number)] += 1
        return number

    def link(self, quotes: list[Quote], number: int) -> list[Quote]:
        """Document ``number``'s quotes with its one-word person speakers fully named."""
        return _link(quotes, number, self._by_word, self._spelling)

    def _spelling(self, key: str) -> str:
        """The spelling of a name most documents use; on a tie, the preferred one."""
        spellings = self._spellings.get(key)
        if not spellings:
            return key
        return max(spellings.items(), key=lambda item: (item[1], item[0] == key, item[0]))[0]


def _family_name_first(words: list[str]) -> bool:
    """An East Asian name, family name first: "Lee Min Ho", "Lee Min-ho", "Park Ji-won"."""
    return words[0] not in GIVEN_NAME_GENDERS and (len(words) > 2 or "-" in words[-1])


def _is_full_person(speaker: Speaker) -> bool:
    """A person's full name: two to four capitalised words, none a date or an opener."""
    words = speaker.name.split()
    return (
        speaker.kind is SpeakerKind.PERSON
        and 1 < len(words) <= MAX_NAME_WORDS
        and words[0].lower() not in NOT_GIVEN_NAMES
        and words[0] not in NATIONALITIES
        and not any(w.lower() in CALENDAR_WORDS or w.lower() in CLAUSE_WORDS for w in words)
        and not speaker.name.startswith("unnamed ")
    )


def _link(
    quotes: list[Quote],
    number: int,
    by_word: dict[str, Counter[tuple[str, int]]],
    spelling: Callable[[str], str],
) -> list[Quote]:
    renamed: dict[str, Speaker] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind is not SpeakerKind.PERSON or speaker.name in renamed:
            continue
        if " " in speaker.name:
            full = spelling(preferred_spelling(speaker.name)) if _is_full_person(speaker) else None
        elif speaker.name.lower() in CALENDAR_WORDS:
            full = None
        else:
            key = _dominant(speaker.name, number, by_word)
            full = spelling(key) if key else None
        changed = full is not None and full != speaker.name
        renamed[speaker.name] = evolve(speaker, name=full) if full and changed else speaker
    if not any(new.name != old for old, new in renamed.items()):
        return quotes
    return [_renamed(quote, renamed) for quote in quotes]


def _dominant(word: str, number: int, by_word: dict[str, Counter[tuple[str, int]]]) -> str | None:
    """The full name other documents mostly use for ``word``, if one clearly dominates."""
    documents = Counter(name for name, doc in by_word.get(word, ()) if doc != number)
    ranked = documents.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def _renamed(quote: Quote, renamed: dict[str, Speaker]) -> Quote:
    if quote.speaker is None or quote.speaker.name not in renamed:
        return quote
    speaker = renamed[quote.speaker.name]
    if speaker is quote.speaker:
        return quote
    if quote.sieve == "surname" and " " not in quote.speaker.name:
        return evolve(quote, speaker=speaker, sieve="surname-linked", confidence=LINKED_CONFIDENCE)
    return evolve(quote, speaker=speaker)
