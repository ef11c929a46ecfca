"""The subject that opens a clause: the source of a participle, a second verb or a
partial quote whose cue the lexicon does not know.

News sentences put their source first: "X mocked Y for “…”", "On Monday, the
senator, a Democrat, also called the plan “…”", "Recently, however, it published
a study …, calling for …". The reader skips what stands before the
subject (conjunctions, sentence adverbs, a dateline, introductory phrases set
off by a comma), then takes the noun phrase up to the first word that looks like
a verb: an auxiliary, an adverb, a reporting verb, a past tense, or any
lower-case word after a name. With no such word after it, the phrase is not a
subject and nothing is returned.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quoteattr.grammar.mentions import Mention, MentionForm, is_title, mention_of
from quoteattr.lexicon.cues import CUE_FIRST_WORDS
from quoteattr.lexicon.tables import EVIDENCE_SOURCES, PERSON_NOUNS, ROLES
from quoteattr.lexicon.words import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_PUNCTUATION,
    DASHES,
    INTRODUCERS,
    LINKING_ADVERBS,
    NOT_PAST_TENSES,
    PHRASE_OPENERS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
    TIME_NOUNS,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import (
    bare,
    is_capitalized,
    is_possessive,
    is_word,
    split_contraction,
)

MAX_INTRO_TOKENS = 30
"""Tokens an introductory phrase may run before its comma."""

MAX_SUBJECT_TOKENS = 10
"""Tokens of a subject noun phrase (without its appositives)."""

MAX_APPOSITIVE_TOKENS = 20
"""Tokens of an appositive set off by commas or dashes after a name."""

MAX_DATELINE_TOKENS = 8
"""Tokens of a dateline before its dash."""

SPEAKING_NOUNS = ROLES | EVIDENCE_SOURCES | PERSON_NOUNS
"""Nouns that make a description a possible source (roles, people, documents)."""


def opening_subject(text: str, toks: Sequence[Span]) -> Mention | None:
    """The subject that opens the clause ``toks``, or None if none can be read."""
    start = _subject_start(toks)
    if start is None or start >= len(toks):
        return None
    pronoun = _pronoun(text, toks[start])
    if pronoun is not None:
        contracted = len(pronoun) < len(toks[start])  # "he’s", "they’ll": the verb is in it
        if contracted or (start + 1 < len(toks) and _verb_like(toks, start + 1, after_name=True)):
            return Mention(pronoun, MentionForm.PRONOUN, pronoun)
        return None
    end = _subject_end(toks, start)
    if end is None:
        return None
    return mention_of(text, _core(toks[start:end]))


def _core(phrase: Sequence[Span]) -> Sequence[Span]:
    """The phrase without a parenthesis or the "of" phrase after a full name:
    "Sen. Ann Smith (D-Ohio)" and "Sen. Bob Jones of Smithville" name their person first."""
    for index, token in enumerate(phrase):
        if index and token.text == "(":
            return phrase[:index]
        names = [t for t in phrase[:index] if is_capitalized(t) and not is_title(t)]
        if index and bare(token) == "of" and len(names) >= 2:
            return phrase[:index]
    return phrase


def can_speak(mention: Mention, toks: Sequence[Span]) -> bool:
    """Whether a subject can be a source: a name, an organisation, a group, a pronoun for
    people, or a description with a role or a document ("the former secretary", "a study").

    "The plan is to …" and "The weather seemed to …" are subjects, not sources.
    """
    if mention.form is MentionForm.PRONOUN:
        return bare(mention.span) != "it"
    if mention.form is not MentionForm.NOMINAL:
        return True
    first = bisect.bisect_left(toks, mention.phrase.start, key=_start)
    last = bisect.bisect_left(toks, mention.phrase.end, first, key=_start)
    return any(bare(t) in SPEAKING_NOUNS for t in toks[first:last])


def _start(token: Span) -> int:
    return token.start


def _pronoun(text: str, token: Span) -> Span | None:
    """The personal pronoun a token is or starts with ("he", "she’s", "they’ll")."""
    found = split_contraction(token)
    if found is None or found[0].lower() not in PRONOUNS:
        return None
    return Span.of(text, token.start, token.start + len(found[0]))


def _subject_start(toks: Sequence[Span]) -> int | None:
    """The index where the subject starts: past openers, a dateline and introductory phrases."""
    index = _past_dateline(toks)
    for _ in range(4):
        while index < len(toks) and (
            not is_word(toks[index]) or bare(toks[index]) in SENTENCE_OPENERS
        ):
            index += 1
        if index >= len(toks):
            return None
        if not _introduces(toks, index):
            return index
        comma = _closing_comma(toks, index)
        if comma is not None:
            index = comma + 1
        elif bare(toks[index]) in SUBORDINATORS:
            index += 1  # the clause read is the subordinate one: "When X later said …"
        else:
            return index if _is_participle(toks[index]) else None  # "Consulting firms have …"
    return None


def _introduces(toks: Sequence[Span], index: int) -> bool:
    """Whether ``toks[index]`` opens an adverbial rather than the subject."""
    word = bare(toks[index])
    if word in INTRODUCERS:
        return True
    if toks[index].text.endswith("ly") and toks[index].text[0].isupper():
        return index + 1 < len(toks) and toks[index + 1].text == ","  # "Recently, …"
    following = toks[index + 1] if index + 1 < len(toks) else None
    return (
        _is_participle(toks[index])
        and following is not None
        and not is_capitalized(following)  # "Speaking at …, X …", not "Alfred Smith"
    )


def _is_participle(token: Span) -> bool:
    """A capitalised word that ends like a participle ("Looking", "Asked")."""
    word = bare(token)
    return (
        is_capitalized(token)
        and len(word) > 4
        and word.endswith(("ing", "ed"))
        and word not in NOT_PAST_TENSES
    )


def _closing_comma(toks: Sequence[Span], index: int) -> int | None:
    """The comma that closes the introductory phrase opened at ``toks[index]``."""
    for ahead in range(index + 1, min(index + MAX_INTRO_TOKENS, len(toks))):
        if toks[ahead].text == ",":
            return ahead
        if toks[ahead].text in {";", ":", "“", '"'}:
            return None
    return None


def _past_dateline(toks: Sequence[Span]) -> int:
    """The index after a dateline ("SMITHVILLE -", "Smithville (Acme News) –"), or 0."""
    for index in range(1, min(MAX_DATELINE_TOKENS, len(toks))):
        if toks[index].text in DASHES:
            words = [t for t in toks[:index] if is_word(t)]
            if words and all(is_capitalized(t) for t in words):
                return index + 1
            return 0
        if toks[index].text in {":", ";", "“", '"'}:
            return 0
    return 0


def _subject_end(toks: Sequence[Span], start: int) -> int | None:
    """The index after the subject noun phrase starting at ``start``, if a verb follows it.

    ``named`` says the phrase so far is a name, after which any lower-case
    word but "of" and a role ("campaign manager") is the verb.
    """
    index = start
    named = _opens_name(toks[start])
    while index < len(toks) and index - start < MAX_SUBJECT_TOKENS:
        token = toks[index]
        word = bare(token)
        if index > start and _verb_like(toks, index, after_name=named):
            return index
        if token.text == "(":
            index = _past_parenthesis(toks, index)
            continue
        if token.text in CLAUSE_PUNCTUATION:
            after = _past_appositive(toks, index)
            if after is None or is_capitalized(toks[after]) or not is_word(toks[after]):
                return None
            return index  # "Ann Smith, the party chairwoman, this week announced"
        if not is_word(token) and token.text != ".":
            return None
        if word == "and":
            named = index + 1 < len(toks) and _opens_name(toks[index + 1])
        elif is_possessive(token):
            named = False  # "Smith’s office": the head comes after the possessive
        elif named and word in PREPOSITIONS and word != "of":
            return index if index > start else None  # "Ann Smith on Monday hit"
        elif word in PREPOSITIONS and _time_follows(toks, index):
            return index if index > start else None  # "The campaign on Monday also said"
        elif not is_capitalized(token) and word not in PREPOSITIONS and not is_title(token):
            named = False
        index += 1
    return None


def _time_follows(toks: Sequence[Span], index: int) -> bool:
    """Whether a time phrase follows ``toks[index]`` ("on Monday", "in the past")."""
    return any(bare(t) in TIME_NOUNS for t in toks[index + 1 : index + 3])


def _opens_name(token: Span) -> bool:
    """Whether a capitalised word starts a name rather than a common noun phrase ("The")."""
    return is_capitalized(token) and bare(token) not in PHRASE_OPENERS


def _verb_like(toks: Sequence[Span], index: int, *, after_name: bool) -> bool:
    """Whether ``toks[index]`` starts the verb group after a subject."""
    token = toks[index]
    word = bare(token)
    if not is_word(token) or is_capitalized(token):
        return False
    if word in AUXILIARIES or word in LINKING_ADVERBS:
        return True
    if token.text.lower() in CUE_FIRST_WORDS and word not in PREPOSITIONS:
        return bare(toks[index - 1]) not in PHRASE_OPENERS  # "The plan was": a noun
    if word.endswith("ly") and index + 1 < len(toks) and not is_capitalized(toks[index + 1]):
        return True  # "X directly addressed", "Smith famously said"
    if word.endswith("ed") and word not in NOT_PAST_TENSES:
        return True
    if after_name:
        return word not in PREPOSITIONS | {"and"} and not _role_before_name(toks, index)
    return word.endswith("s") and not word.endswith("ss") and _before_object(toks, index)


def _role_before_name(toks: Sequence[Span], index: int) -> bool:
    """ "Acme spokesman Ann Lee": lower-case role words before a name."""
    for ahead in range(index, min(index + 3, len(toks))):
        if is_capitalized(toks[ahead]):
            return ahead > index and any(is_title(t) for t in toks[index:ahead])
        if not is_word(toks[ahead]):
            return False
    return False


def _before_object(toks: Sequence[Span], index: int) -> bool:
    """Whether the word after a "-s" word opens an object or a clause ("centers on", "says
    the"), so that the "-s" word is a verb rather than a plural noun."""
    if index + 1 >= len(toks):
        return False
    following = bare(toks[index + 1])
    return following in ARTICLES | POSSESSIVE_DETERMINERS | {"that", "on", "to"} or (
        following in PRONOUNS
    )


def _past_parenthesis(toks: Sequence[Span], index: int) -> int:
    """The index after a short parenthesis ("(D-Ohio)")."""
    for ahead in range(index + 1, min(index + 8, len(toks))):
        if toks[ahead].text == ")":
            return ahead + 1
    return len(toks)


def _past_appositive(toks: Sequence[Span], index: int) -> int | None:
    """The index after an appositive opened by the comma or dash at ``toks[index]``."""
    mark = toks[index].text
    closing = {mark} if mark != "," else {","}
    for ahead in range(index + 1, min(index + MAX_APPOSITIVE_TOKENS, len(toks))):
        if toks[ahead].text in closing:
            after = ahead + 1
            while after < len(toks) and bare(toks[after]) in LINKING_ADVERBS:
                after += 1
            return after if after < len(toks) else None
        if toks[ahead].text in {";", ":", "“", '"', "”"}:
            return None
    return None
