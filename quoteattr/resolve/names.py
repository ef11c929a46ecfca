"""The people a document names: full names, the roles given to them, their gender.

News introduces a person once with a full name and a role ("Acme spokesman
Ann Smith", "Lee Min-ho, director of …", "Bob Jones is the director of …")
and then uses the surname, a pronoun or the role alone. ``NameIndex``
reads those introductions from the whole text once, so the speaker sieve can
ask what "Smith", "she" or "the spokesman" may refer to with dictionary
look-ups.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Final

from quoteattr.grammar.mentions import is_name_word, is_title, strip_titles
from quoteattr.grammar.namewords import is_organization, is_particle_surname
from quoteattr.lexicon.tables import NON_PERSON_HEADS, ROLES
from quoteattr.lexicon.words import (
    APPOSITIVE_ENDS,
    CLAUSE_WORDS,
    COPULAS,
    INDEFINITE_ARTICLES,
    MENTION_DETERMINERS,
    MONTHS,
    OPENING_WORDS,
    PRONOUNS,
    WEEKDAYS,
)
from quoteattr.model import Span
from quoteattr.resolve.gazetteer import (
    GIVEN_NAME_GENDERS,
    NATIONALITIES,
    PRONOUN_GENDERS,
    TITLE_GENDERS,
    Gender,
    gender_of,
    government_of,
)
from quoteattr.segment.tokens import bare, is_capitalized, is_possessive, is_word

GENDER_WINDOW = 80
"""How many characters after a name a pronoun may follow and still tell its gender."""

_GENDERED: Final = re.compile(rf"\b(?:{'|'.join(PRONOUN_GENDERS)})\b")
"""A third-person pronoun that tells a gender."""

_LAST_NAME: Final = re.compile(r"\b([A-Z][a-z]+)\b[^.!?…\n\"“”A-Z]*\Z")
"""The last capitalised word of a stretch, with no capital or sentence end after it."""

_PLACED: Final = re.compile(r"\b(?:in|at|from|near)[ ,]+\Z", re.IGNORECASE)
"""A preposition that places what follows it: a name after one is where, not who."""

_RUN_BEFORE: Final = re.compile(r"(?:[A-Z][a-z]+ )*\Z")
"""The capitalised words that run up to a position."""

_RUN_REACH: Final = 40

_TOWN_BEFORE: Final = re.compile(
    r"\b(?:in|at|from|near) (?:[A-Z][a-z]+ )*[A-Z][a-z]+, \Z", re.IGNORECASE
)
"""A place after a placing preposition, then a comma: what follows is its region."""

NOT_NAMES = CLAUSE_WORDS | OPENING_WORDS | MONTHS | WEEKDAYS | PRONOUNS.keys()
"""Capitalised words that open sentences or name times, never a person."""

MAX_ROLE_WORDS = 6
"""How many words before or after a name may describe its role."""


class NameIndex:
    """The multi-word person names of a document, with roles and gender."""

    def __init__(self, text: str, toks: Sequence[Span], paragraphs: Sequence[Span] = ()) -> None:
        """Index ``text``, whose tokens are ``toks``; a name never runs from one of its
        ``paragraphs`` into the next (a heading's last word and the next line's first)."""
        starts = {paragraph.start for paragraph in paragraphs}
        self._by_last: dict[str, list[Span]] = defaultdict(list)
        self._by_first: dict[str, list[Span]] = defaultdict(list)
        self.roles: dict[str, set[str]] = defaultdict(set)
        """Role words given to each full name ("Ann Smith" → {"acme", "spokesman"})."""
        self.genders: dict[str, Gender] = {}
        self.titles: dict[str, str] = {}
        """The title at a name's first titled use ("Japan’s Health Minister")."""
        self._new_at: set[int] = set()
        self._titled: dict[str, set[str]] = {}
        """Words the text writes after a title, with the titles ("Schlegel": {"miss"})."""
        self._family: dict[str, bool] = {}
        self._by_word_cache: dict[str, tuple[list[Span], bool]] = {}
        self._most_used_cache: dict[str, list[int]] = {}
        self._toks = toks
        self._lower: Counter[str] | None = None
        index = 0
        while index < len(toks):
            end = index
            while end < len(toks) and is_name_word(toks, end) and not is_possessive(toks[end]):
                if end > index and toks[end].start in starts:
                    break
                end += 1
            if end - index >= 2:
                run = strip_titles(_without_opener(toks, index, end, self.lower_count))
                if (
                    len(run) >= 2
                    and not _is_not_person(run)
                    and not is_particle_surname([t.text for t in run])
                ):
                    self._add(text, toks, run, end)
            index = max(end, index + 1)
        self._learn_genders(text)
        self._titled = _titled_words(toks)

    def _learn_genders(self, text: str) -> None:
        """Give each name the gender of the pronouns that follow it in its sentence, with no
        other capitalised word between, where the name tables know none ("Paul Okafor … his",
        "Ann … she"): the text says it. A regex finds the pronouns, another the name
        just before each."""
        votes: dict[str, Counter[Gender]] = defaultdict(Counter)
        for pronoun in _GENDERED.finditer(text):
            found = _LAST_NAME.search(
                text, max(0, pronoun.start() - GENDER_WINDOW), pronoun.start()
            )
            if found is None or self._placed(text, found.start()):
                continue  # "born in Basel, his father …": a place takes no gender
            name = self._name_of(found[1], found.start())
            if name is not None:
                votes[name][PRONOUN_GENDERS[pronoun[0]]] += 1
        for name, counted in votes.items():
            (gender, count), *rest = counted.most_common()
            if rest and rest[0][1] == count:
                continue
            if gender_of(name) is Gender.UNKNOWN and self.genders.get(name, Gender.UNKNOWN) is (
                Gender.UNKNOWN
            ):
                self.genders[name] = gender

    @staticmethod
    def _placed(text: str, start: int) -> bool:
        """Whether the capitalised run that ends with the word at ``start`` follows a
        preposition that places it ("in New Basel"), or a place that one does ("from
        Irving, Texas")."""
        run = _RUN_BEFORE.search(text, max(0, start - _RUN_REACH), start)
        opening = run.start() if run is not None else start
        if _PLACED.search(text, max(0, opening - 8), opening) is not None:
            return True
        town = _TOWN_BEFORE.search(text, max(0, opening - _RUN_REACH), opening)
        return town is not None  # "from Irving, Texas, was …": the state of a town

    def lower_count(self, word: str) -> int:
        """How often the text writes ``word`` in lower case; its lower-case tokens are
        counted once, when first asked."""
        if self._lower is None:
            self._lower = Counter(t.text for t in self._toks if t.text.islower())
        return self._lower[word]

    def gender(self, name: str) -> Gender:
        """A person's gender: what the text says (titles, pronouns), else the given name's."""
        known = self.genders.get(name, Gender.UNKNOWN)
        return known if known is not Gender.UNKNOWN else gender_of(name)

    def words(self) -> set[str]:
        """The words that start or end a full name of the document."""
        return {*self._by_last, *self._by_first}

    def _name_of(self, word: str, at: int) -> str | None:
        """The person a capitalised word may name: the full name it abbreviates, else the
        word itself unless it is a word of the lexicons (a title, a weekday …)."""
        fuller = self.fullest(word, at)
        if fuller is not None:
            return fuller.text
        lower = word.lower()
        if lower in NOT_NAMES or lower in ROLES:
            return None
        return word

    def _add(self, text: str, toks: Sequence[Span], run: Sequence[Span], end: int) -> None:
        span = Span.of(text, run[0].start, run[-1].end)
        self._by_last[run[-1].text].append(span)
        self._by_first[run[0].text].append(span)
        first = end - len(run)
        before, opens = _title_words(toks, first)
        if opens < first:
            self.titles.setdefault(span.text, text[toks[opens].start : toks[first - 1].end])
        after, indefinite = _appositive_words(toks, end)
        self.roles[span.text].update(before | after)
        if indefinite:
            self._new_at.add(span.start)
        gender = gender_of(span.text)
        for word in before:
            gender = TITLE_GENDERS.get(word, gender) if gender is Gender.UNKNOWN else gender
        self.genders.setdefault(span.text, gender)

    def fullest(self, word: str, before: int) -> Span | None:
        """The full name a one-word mention at ``before`` stands for, or None.

        The nearest earlier name ending (or, for family-name-first names,
        starting) with ``word`` wins; a word that several different full names share
        (a given name, or a family's surname: "Johann Bernoulli", "Daniel Bernoulli")
        takes the one written most often so far. A later name is used only when no earlier
        one fits, it is the only one, and it is not introduced there as someone
        new ("Lee Min-ho, a researcher at …" is not the "Lee" of earlier
        sentences).
        """
        candidates, several = self._candidates(word)
        if not candidates:
            return None
        earlier = bisect.bisect_left(candidates, before, key=_start)
        if earlier:
            nearest = candidates[earlier - 1]
            if several:
                return candidates[self._most_used(word, candidates)[earlier - 1]]
            return nearest
        later = candidates[0]
        if several or later.start in self._new_at:
            return None
        return later

    def _most_used(self, word: str, candidates: Sequence[Span]) -> list[int]:
        """For each prefix of ``candidates`` (in text order), the index of the latest use of
        the name written most often in it, among those that end in a family name if any
        do: a given name alone ("Ann") means the person the text names in full most, not
        a run one missing comma made ("on Ann Dover was"). Worked out once per word, in
        one pass."""
        if word not in self._most_used_cache:
            counts: Counter[str] = Counter()
            best: list[int] = []
            for index, span in enumerate(candidates):
                counts[span.text] += 1
                leader = best[-1] if best else index
                ahead = candidates[leader]
                if (self._has_family_name(span), counts[span.text]) >= (
                    self._has_family_name(ahead),
                    counts[ahead.text],
                ):
                    leader = index
                best.append(leader)
            self._most_used_cache[word] = best
        return self._most_used_cache[word]

    def titles_before(self, word: str) -> set[str]:
        """The titles, in lower case, that the text writes before the name ending in ``word``
        ({"mrs", "miss"} for "Hilbery" when it has both a Mrs. and a Miss Hilbery)."""
        return self._titled.get(word, set())

    def family(self, word: str) -> list[Span]:
        """The first use of each different full name that ends in ``word`` (or, for names
        written family name first, starts with it), in text order: "Paul Wilcox",
        "Charles Wilcox"; "Xi Jinping"."""
        first: dict[str, Span] = {}
        for span in self._candidates(word)[0]:
            first.setdefault(span.text, span)
        return list(first.values())

    def _has_family_name(self, name: Span) -> bool:
        """Whether the last word of ``name`` is a family name by the text's own use: written
        after a title ("Miss Schlegel"), or ending the names of two people ("Helen
        Schlegel", "Margaret Schlegel"). A run a missing comma made ("on Margaret Oniton
        was") ends in a place, which the text does neither to."""
        last = name.text.split()[-1]
        if last not in self._family:
            firsts = {span.text.split()[0] for span in self._by_last.get(last, ())}
            self._family[last] = last in self._titled or len(firsts) >= 2
        return self._family[last]

    def _candidates(self, word: str) -> tuple[list[Span], bool]:
        """The names ending (or starting) with ``word`` in text order, and whether they differ;
        worked out once per word, so a name repeated n times costs n log n, not n squared."""
        if word not in self._by_word_cache:
            found = [*self._by_last.get(word, ()), *self._by_first.get(word, ())]
            candidates = sorted(found, key=_start)
            self._by_word_cache[word] = (candidates, len({s.text for s in candidates}) > 1)
        return self._by_word_cache[word]


def _titled_words(toks: Sequence[Span]) -> dict[str, set[str]]:
    """The last word of each name the text writes after a title ("Miss Schlegel", "Dr.
    Ann Lee"), with those titles in lower case ("schlegel" → {"miss"}): family names, by
    the text's own use. Each run of name words is read once."""
    found: dict[str, set[str]] = defaultdict(set)
    index = 0
    while index < len(toks):
        token = toks[index]
        index += 1
        if not token.text[:1].isupper() or not (
            is_title(token) or bare(token).lower() in TITLE_GENDERS
        ):
            continue
        first = index + 1 if index < len(toks) and toks[index].text == "." else index
        end = first
        while end < len(toks) and is_name_word(toks, end) and not is_possessive(toks[end]):
            end += 1
        if end > first:
            found[toks[end - 1].text].add(bare(token).lower())
            index = end
    return found


_SENTENCE_OPENERS: Final = frozenset(".!?…\"“‘'(")
"""What stands before a sentence's first word."""


_CONTRACTED_I: Final = ("I'", "I’")
"""How "I'm", "I’ve" and "I'd" begin."""


def _without_opener(
    toks: Sequence[Span], index: int, end: int, lower: Callable[[str], int]
) -> Sequence[Span]:
    """The capitalised run ``toks[index:end]`` without what is no part of a name: a
    sentence's first word that the text also writes in lower case ("Poor Ann", "How
    I"), the pronoun "I" and what follows it, and a contracted "I'm" that opens it ("I'm
    Ann Lee" is Ann Lee)."""
    run = toks[index:end]
    if run and run[0].text[:2] in _CONTRACTED_I:
        run, index = run[1:], index + 1
    for at, token in enumerate(run):
        if token.text == "I" or token.text[:2] in _CONTRACTED_I:
            run = run[:at]
            break
    opens = index == 0 or toks[index - 1].text[-1:] in _SENTENCE_OPENERS
    first = run[0].text if run else ""
    if opens and first not in GIVEN_NAME_GENDERS and lower(first.lower()):
        run = run[1:]
    return run


def _start(span: Span) -> int:
    return span.start


def _title_words(toks: Sequence[Span], first: int) -> tuple[set[str], int]:
    """The role words just before a name ("Smith’s press secretary", "Acme spokesman").

    Returns them with the index of the first title token (``first`` when none).
    """
    words: set[str] = set()
    index = first - 1
    while index >= 0 and first - index <= MAX_ROLE_WORDS:
        token = toks[index]
        word = bare(token)
        if token.text == "." and index and bare(toks[index - 1]) + "." in ROLES:
            index -= 1
            continue
        if not is_word(token) or word in MENTION_DETERMINERS or word in CLAUSE_WORDS:
            break
        if not (is_capitalized(token) or word in ROLES):
            break
        words.add(word)
        index -= 1
        if is_possessive(token):
            break
    return words, index + 1


def _appositive_words(toks: Sequence[Span], end: int) -> tuple[set[str], bool]:
    """The role noun of an appositive or copula after a name, and whether it is indefinite.

    "Lee Min-ho, director of …" → {"director"}; "Park Ji-won, a researcher at …"
    → ({"researcher"}, True); "Bob Jones is the director of …" → {"director"}.
    """
    if end >= len(toks) or not (toks[end].text == "," or bare(toks[end]) in COPULAS):
        return set(), False
    index = end + 1
    indefinite = index < len(toks) and bare(toks[index]) in INDEFINITE_ARTICLES
    if index < len(toks) and bare(toks[index]) in MENTION_DETERMINERS:
        index += 1
    words: set[str] = set()
    while index < len(toks) and len(words) < MAX_ROLE_WORDS:
        token = toks[index]
        word = bare(token)
        if not is_word(token) or word in APPOSITIVE_ENDS or word in CLAUSE_WORDS:
            break
        words.update(part for part in word.split("-") if part)
        index += 1
    return words, indefinite and bool(words)


def _is_not_person(run: Sequence[Span]) -> bool:
    """Whether a capitalised run names an organisation, a place, a nationality, or a work,
    law, award or event (by its last word: "the Special Marriage Act")."""
    text = " ".join(t.text for t in run)
    return (
        is_organization(run)
        or government_of(text) is not None
        or text in NATIONALITIES
        or run[-1].text in NATIONALITIES
        or run[-1].text.removesuffix("s") in NATIONALITIES
        or run[-1].text.lower() in NON_PERSON_HEADS
    )
