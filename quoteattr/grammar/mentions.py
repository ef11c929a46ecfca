"""Source mentions: the noun phrase that names who spoke, and what sort it is.

A mention is read from the tokens next to a cue: forwards after an inverted cue
("said the expert"), or backwards from a cue ("Smith said"). Within the noun
phrase the mention keeps only the proper name where there is one, dropping
titles and roles ("the governor’s press secretary Ann Smith" → "Ann Smith").
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from quoteattr.grammar.namewords import (
    is_acronym,
    is_organization,
    is_prefixed,
)
from quoteattr.grammar.tagverbs import manner_phrase
from quoteattr.lexicon.cues import CUE_FIRST_WORDS
from quoteattr.lexicon.tables import (
    NAME_PARTICLES,
    ROLES,
)
from quoteattr.lexicon.words import (
    ADVERB_ENDINGS,
    AUXILIARIES,
    CLAUSE_WORDS,
    CONTRACTED_SUBJECTS,
    COORDINATORS,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    INTERJECTIONS,
    LINKING_ADVERBS,
    LY_NOUNS,
    MENTION_DETERMINERS,
    OBJECT_PRONOUNS,
    OPENING_WORDS,
    PERSONAL_PRONOUNS,
    PHRASE_STOPS,
    PLURAL_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_ADVERBS,
    SPEECH_ADVERBS,
    SUBORDINATORS,
    TIME_ADVERBS,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import (
    bare,
    is_capitalized,
    is_possessive,
    is_word,
    split_contraction,
)

_ADVERB_ENDINGS: Final = tuple(sorted(ADVERB_ENDINGS))
"""``ADVERB_ENDINGS`` as ``str.endswith`` takes them."""

MAX_PHRASE_TOKENS = 9
"""A source noun phrase longer than this is a clause, not a mention."""


class MentionForm(enum.Enum):
    """How the mention refers: by name, pronoun, description or organisation."""

    NAME = "name"
    PRONOUN = "pronoun"
    NOMINAL = "nominal"
    GROUP = "group"
    ORGANIZATION = "organization"
    RELATIVE = "relative"


@frozen
class Mention:
    """A source mention and its form; ``phrase`` is the whole noun phrase it came from.

    A relative pronoun ("Smith, who said …") is the mention used in its own
    clause, as news annotation marks it; ``antecedent`` keeps the noun phrase it
    stands for, so that coreference can still name the speaker.
    """

    span: Span
    form: MentionForm
    phrase: Span
    antecedent: Mention | None = None


def read_forward(text: str, toks: Sequence[Span], index: int) -> tuple[Mention, int] | None:
    """The mention starting at ``toks[index]`` and the index just after its phrase."""
    end = index
    while end < len(toks) and end - index < MAX_PHRASE_TOKENS:
        token = toks[end]
        if end > index and _is_title_period(toks, end):
            end += 1
            continue
        if token.text in PHRASE_STOPS and token.text not in {"’", "'"}:
            break
        if end > index and not is_capitalized(token):
            word = bare(token)
            if word in CUE_FIRST_WORDS or word in LINKING_ADVERBS:
                break
            if manner_phrase(toks, end):
                break  # "said the Hatter with a sigh": the phrase is the verb's
            if is_adverb(token) and (
                end + 1 == len(toks)
                or not is_word(toks[end + 1])
                or bare(toks[end + 1]) in CUE_FIRST_WORDS
                or is_capitalized(toks[end - 1])
            ):
                # "a teacher mistakenly said", "said Ann sadly.", "said Paul abruptly,
                # and went": the adverb is the verb's
                break
        end += 1
    if end == index:
        return None
    mention = _mention(text, toks[index:end])
    return (mention, end) if mention is not None else None


_ALONE_SUBJECTS: Final = frozenset({"he", "she", "I", "we", "you"})
"""Subject pronouns that a phrase before them never belongs to: "on the ground he
replied", "no sooner did I say"."""


def read_backward(text: str, toks: Sequence[Span], end: int) -> Mention | None:
    """The mention whose phrase ends just before ``toks[end]``."""
    if end > 0 and toks[end - 1].text in _ALONE_SUBJECTS:
        return _mention(text, toks[end - 1 : end])  # "with his eyes on the ground he said"
    start = end
    while start > 0 and end - start < MAX_PHRASE_TOKENS:
        token = toks[start - 1]
        if start - 1 > 0 and _is_title_period(toks, start - 1):
            start -= 1
            continue
        if bare(token) in PREPOSITIONS and start - 2 >= 0 and is_title(toks[start - 2]):
            start -= 1  # "a spokesman for the ministry": the role owns the phrase
            continue
        if not is_word(token) or bare(token) in CLAUSE_WORDS:
            break
        if bare(token) in CUE_FIRST_WORDS and not is_capitalized(token):
            break
        start -= 1
    while end - start > 1 and is_adverb(toks[end - 1]):
        end -= 1  # "a teacher mistakenly said": the adverb is the verb's
    return _mention(text, toks[start:end]) if start < end else None


def bare_subject(text: str, phrase: Sequence[Span]) -> Mention:
    """A clause's subject that names no one the lexicons know ("most of them", "voters
    polled"), as a nominal mention; a personal pronoun in it is the mention ("Two years
    later he"), and adverbs at its edges are left out ("a teacher mistakenly")."""
    whole = Span.of(text, phrase[0].start, phrase[-1].end)
    if len(phrase) == 2 and bare(phrase[0]) == "let" and bare(phrase[1]) in OBJECT_PRONOUNS:
        return Mention(phrase[1], MentionForm.PRONOUN, whole)  # "let me say": I say
    pronoun = _subject_pronoun(text, phrase)
    if pronoun is not None:
        return Mention(pronoun, MentionForm.PRONOUN, whole)
    first, end = 0, len(phrase)
    while end - first > 1 and (is_adverb(phrase[end - 1]) or bare(phrase[end - 1]) in AUXILIARIES):
        end -= 1  # "Ann never", "one cannot"
    while end - first > 1 and _opens_no_phrase(phrase[first]):
        first += 1
    core = Span.of(text, phrase[first].start, phrase[end - 1].end)
    return Mention(core, MentionForm.NOMINAL, whole)


def _opens_no_phrase(token: Span) -> bool:
    """A word before a clause's subject that is not part of it: an adverb, a filler, a
    conjunction ("because international dignitaries", "uh your uncle")."""
    word = bare(token)
    return (
        is_adverb(token)
        or word in TIME_ADVERBS
        or word in INTERJECTIONS
        or word in SUBORDINATORS
        or word in COORDINATORS
    )


def is_adverb(token: Span) -> bool:
    """A lower-case word of a list of adverbs or with an adverb's ending ("mistakenly")."""
    word = token.text
    if not word.islower():
        return word.lower() in SENTENCE_ADVERBS and word[:1].isupper()
    if word in SPEECH_ADVERBS or word in SENTENCE_ADVERBS:
        return True
    return word.endswith(_ADVERB_ENDINGS) and word not in LY_NOUNS


def _is_title_period(toks: Sequence[Span], index: int) -> bool:
    """A full stop that belongs to the title or the initial before it ("Mr." in "Mr.
    Smith", "E." in "Elijah E. Cummings", "Jr." after a name)."""
    if toks[index].text != "." or toks[index - 1].end != toks[index].start:
        return False
    before = toks[index - 1].text
    initial = len(before) == 1 and before.isupper() and index + 1 < len(toks)
    if initial and not is_capitalized(toks[index + 1]):
        return False  # "said Ann B." ends the sentence: no name after the initial
    return initial or bare(toks[index - 1]) + "." in ROLES or before in _NAME_SUFFIXES


_NAME_SUFFIXES: Final = frozenset({"Jr", "Sr"})
"""Abbreviations that end a person's name ("Joseph R. Biden Jr.")."""


def is_title(token: Span) -> bool:
    """A role or title word, abbreviated or not ("President", "Mr", "Gen")."""
    word = bare(token)
    return word in ROLES or word + "." in ROLES


def mention_of(text: str, phrase: Sequence[Span]) -> Mention:
    """The mention inside a noun phrase read by other means (a sentence's subject);
    a phrase that names nobody the lexicons know is kept whole, as a nominal."""
    found = _mention(text, phrase)
    if found is not None:
        return found
    whole = Span.of(text, phrase[0].start, phrase[-1].end)
    return Mention(whole, MentionForm.NOMINAL, whole)


def _mention(text: str, phrase: Sequence[Span]) -> Mention | None:
    """Pick the mention inside a noun phrase, or None if it names nobody."""
    whole = Span.of(text, phrase[0].start, phrase[-1].end)
    first = phrase[0].text.lower()
    if first in INDEFINITE_ARTICLES and len(phrase) > 1 and is_capitalized(phrase[1]):
        first = ""  # "An Min-ho": a name, not an article
    if len(phrase) == 1 and first in PRONOUNS:
        return Mention(whole, MentionForm.PRONOUN, whole)
    pronoun = _subject_pronoun(text, phrase)
    if pronoun is not None:
        # a personal pronoun is a noun phrase of its own: the words around it in a
        # clause's opening are adverbials ("Nevertheless he", "Two years later he", "Oh I")
        return Mention(pronoun, MentionForm.PRONOUN, whole)
    name = _name_before_of(phrase) or _head_name(phrase)
    if name is not None and first not in MENTION_DETERMINERS:
        span = Span.of(text, name[0].start, name[-1].end)
        form = MentionForm.ORGANIZATION if is_organization(name) else MentionForm.NAME
        return Mention(span, form, whole)
    if (
        first in MENTION_DETERMINERS
        or any(bare(t) in ROLES for t in phrase)
        or _is_plural_group(phrase)
        or is_organization(phrase)
    ):
        head = _head(phrase)
        if is_organization(phrase) and bare(head) not in ROLES:
            return Mention(whole, MentionForm.ORGANIZATION, whole)
        group = _is_plural_group(phrase)
        return Mention(whole, MentionForm.GROUP if group else MentionForm.NOMINAL, whole)
    if name is not None:
        span = Span.of(text, name[0].start, name[-1].end)
        return Mention(span, MentionForm.NAME, whole)
    return None


def _name_before_of(phrase: Sequence[Span]) -> Sequence[Span] | None:
    """A full name before "of" ("Rep. Ann Lee of Maryland", "Ann Lee of the ministry"):
    the person, not the place or body after it; "Bank of America" is not cut."""
    of = next((i for i, t in enumerate(phrase) if t.text == "of"), None)
    if of is None or of < _FULL_NAME:
        return None
    name = _head_name(phrase[:of])
    return name if name is not None and len(name) >= _FULL_NAME else None


_FULL_NAME: Final = 2
"""Words of a name before "of" for it to be a person's full name."""


def _subject_pronoun(text: str, phrase: Sequence[Span]) -> Span | None:
    """The first personal pronoun of a phrase that can be its subject: not after a
    preposition ("most of them") and not in a phrase opened by a determiner ("the man he
    met")."""
    if bare(phrase[0]) in DETERMINERS:
        return None
    for index, token in enumerate(phrase):
        word = token.text.lower()
        if word in PERSONAL_PRONOUNS:
            pronoun = token
        elif "’" in word or "'" in word:
            found = split_contraction(token)
            if found is None or not found[1] or found[0].lower() not in _CONTRACTING:
                continue
            pronoun = Span.of(text, token.start, token.start + len(found[0]))  # "I’m" → "I"
        else:
            continue
        if not index or bare(phrase[index - 1]) not in PREPOSITIONS:
            return pronoun
    return None


_CONTRACTING: Final = CONTRACTED_SUBJECTS | {"you"}
"""Pronouns an auxiliary may be contracted onto as subjects ("I’m", "you’ll")."""


def _head(phrase: Sequence[Span]) -> Span:
    """The head noun: the last word before the first preposition."""
    for index, token in enumerate(phrase):
        if index and token.text.lower() in PREPOSITIONS:
            return phrase[index - 1]
    return phrase[-1]


def _head_name(phrase: Sequence[Span]) -> Sequence[Span] | None:
    """The proper name in a phrase: its last run of capitalised, non-possessive words.

    Titles and roles before the name are dropped ("Finance Minister Ann Smith" →
    "Ann Smith"); a run that is only roles is no name.
    """
    end = len(phrase)
    while end > 0:
        while end > 0 and not _name_word(phrase, end - 1):
            end -= 1
        start = end
        while start > 0 and _name_word(phrase, start - 1):
            start -= 1
        run = strip_titles(phrase[start:end])
        is_head = end == len(phrase)
        if (
            run
            and (is_head or is_acronym(run[-1]))
            and not (len(run) == 1 and bare(run[0]) in PRONOUNS)
        ):
            return run
        end = start
    return None


def strip_titles(run: Sequence[Span]) -> Sequence[Span]:
    """A capitalised run without what stands before its name: titles, roles, clause openers.

    "Finance Minister Ann Smith" → "Ann Smith"; "While Smith" → "Smith".
    """
    cut = 0
    for index, token in enumerate(run):
        word = bare(token)
        if (
            is_title(token)
            or token.text == "."
            or (index == cut and (word in CLAUSE_WORDS or word in OPENING_WORDS))
        ):
            cut = index + 1
    return run[cut:]


def _name_word(phrase: Sequence[Span], index: int) -> bool:
    """A word that can be part of a name: capitalised or a particle inside one, not
    possessive (or a title's full stop)."""
    token = phrase[index]
    if token.text == ".":
        return index > 0 and bare(phrase[index - 1]) + "." in ROLES
    return is_name_word(phrase, index) and not is_possessive(token)


def is_name_word(toks: Sequence[Span], index: int) -> bool:
    """Whether ``toks[index]`` can be a word of a name: capitalised, a surname with a
    lower-case prefix ("al-Assad"), or a particle ("de", "von der", "bin") that follows a
    capitalised word and comes before the name's next capitalised, non-possessive one
    ("Jan de Vries", "Ursula von der Leyen")."""
    token = toks[index]
    text = token.text
    if text[0].isupper() or is_prefixed(text):
        return True
    if text not in NAME_PARTICLES or index == 0:
        return False
    before = toks[index - 1].text
    if not (before[0].isupper() or before in NAME_PARTICLES):
        return False
    ahead = index + 1
    while ahead < len(toks) and toks[ahead].text in NAME_PARTICLES:
        ahead += 1
    return (
        ahead < len(toks)
        and (is_capitalized(toks[ahead]) or is_prefixed(toks[ahead].text))
        and not is_possessive(toks[ahead])
        and bare(toks[ahead]) not in PRONOUNS  # a capitalised "I" is no surname
    )


def _is_plural_group(phrase: Sequence[Span]) -> bool:
    """An unnamed group: a phrase ending in a plural common noun ("city officials")."""
    last = phrase[-1].text
    return last.islower() and is_plural_noun(last)


def is_plural_noun(word: str) -> bool:
    """Whether a lower-case noun looks plural: one of ``PLURAL_NOUNS`` ("children"), or
    ending in "s" but not in "ss", "us" or "is" ("officials", not "press", "campus")."""
    if word in PLURAL_NOUNS:
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
