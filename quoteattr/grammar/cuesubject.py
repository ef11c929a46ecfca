"""The source of a cue: the subject before ``said`` in ``X said that …``.

A cue word is a verb only in some places: after a determiner or a possessive
it is a noun ("the report", "the senator’s claims"), after a form of "be" it is a
passive with no source in the clause ("is expected to", "was told that"), and
at the head of a fixed phrase it reports nothing ("All told,"). Where it is a
verb, its subject is the nearest mention before it, the subject of a tag that
shares the cue ("he said, adding …"), or, failing both, the bare words that
open the clause, kept as a nominal for coreference to decide.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quoteattr.grammar.clausesubject import opening_subject
from quoteattr.grammar.cuematch import match_cue
from quoteattr.grammar.mentions import (
    Mention,
    MentionForm,
    bare_subject,
    read_backward,
    read_forward,
)
from quoteattr.grammar.speechtags import mention_before
from quoteattr.lexicon.tables import NOT_CUES
from quoteattr.lexicon.words import (
    BE_FORMS,
    CLAUSE_WORDS,
    CONTRACTED_SUBJECTS,
    COORDINATORS,
    LINKING_ADVERBS,
    MENTION_DETERMINERS,
    NOUN_MARKERS,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SENTENCE_OPENERS,
    SHARE_WORDS,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import bare, is_capitalized, is_word, split_contraction

PARTICIPLE = re.compile(r"(?:ed|told|said|written|known|seen|shown|thought|found)$")
"""Endings of a past participle; with a ``BE_FORMS`` word before it the cue is passive."""

MAX_BARE_SUBJECT = 8
"""Words in a subject the mention reader does not recognise; longer runs are clauses."""

EXISTENTIALS = frozenset({"there", "here"})
"""Words that open a clause with no subject of its own ("There's a trip planned")."""

MAX_TAG_WORDS = 10
"""Tokens between a tag's cue and the comma that ends it ("he said on Tuesday, adding")."""


MAX_OPENING_SUBJECT = 6
"""Tokens of subject before the cue of a clause that opens with one ("The former minister said")."""


def cue_subject(
    text: str,
    toks: Sequence[Span],
    cue: int,
    *,
    heading: bool,
    previous: Mention | None,
) -> Mention | None:
    """The source of the cue at ``toks[cue]``, or None if the cue word is a noun or passive.

    ``heading`` says the sentence is a heading, where capitalised words can be
    verbs; ``previous`` is the source of an earlier frame in the sentence, the
    subject an "-ing" cue after a comma shares.
    """
    if _fixed_phrase(toks, cue):
        return None
    if cue > 0 and is_capitalized(toks[cue]) and not heading:
        return None  # "the United States", "the Acme Post": a name, not a verb (headings aside)
    before = cue
    while before > 0 and bare(toks[before - 1]) in LINKING_ADVERBS:
        if bare(toks[before - 1]) in BE_FORMS and PARTICIPLE.search(toks[cue].text.lower()):
            return None  # "is expected to", "was told that": no source in the clause
        before -= 1
    if before > 0 and bare(toks[before - 1]) in RELATIVE_PRONOUNS:
        return _relative(text, toks, before - 1)
    if before > 0 and toks[before - 1].text.lower() in NOUN_MARKERS | PREPOSITIONS:
        return None
    if _reduced_passive(text, toks, cue, before):
        return None
    if before > 0:
        contracted = _contracted(text, toks[before - 1])
        if contracted is not None:
            if _contracted_passive(text, toks, cue, toks[before - 1]):
                return None  # "he’s expected to", "they’re told": no source in the clause
            return contracted  # "he’s said", "they've argued", "I'd say"
    if before > 0 and toks[before - 1].text.lower().endswith(("’s", "'s")):
        return None  # "Smith’s claims": a noun
    perfect = before > 1 and bare(toks[before - 1]) == "having"
    if perfect:
        before -= 1  # "…, having earlier noted …": a participle like "…, adding"
    joined = before > 0 and bare(toks[before - 1]) in COORDINATORS
    if before > 0 and (toks[before - 1].text == "," or joined):
        # "he said, adding …", "X left, saying …", "X met Y and said …"
        gerund = perfect or toks[cue].text.lower().endswith("ing")
        if gerund or joined or heading:
            return (
                _tag_before(text, toks, before - 1)
                or previous
                or opening_subject(text, toks[:before])
                or _opening_mention(text, toks)
            )
    mention = mention_before(text, toks, cue)
    if mention is None:
        return _bare_subject(text, toks, before)
    if mention.phrase.text.lower() in NOUN_MARKERS:
        return None
    return mention


def _contracted(text: str, token: Span) -> Mention | None:
    """The pronoun of "he’s" or "they’ve" (an auxiliary contracted onto its subject)."""
    found = split_contraction(token)
    if found is None or not found[1] or found[0].lower() not in CONTRACTED_SUBJECTS:
        return None
    pronoun = Span.of(text, token.start, token.start + len(found[0]))
    return Mention(pronoun, MentionForm.PRONOUN, pronoun)


def _contracted_passive(text: str, toks: Sequence[Span], cue: int, auxiliary: Span) -> bool:
    """Whether "’s"/"’re" + participle is "is expected", not "has said": belief cues and
    "told"/"asked" after "is" are passives."""
    if not auxiliary.text.lower().endswith(("’s", "'s", "’re", "'re")):
        return False
    entry = match_cue(text, toks, cue)
    return (
        entry is not None
        and is_participle(toks[cue])
        and (entry[0].category == "belief" or entry[0].object)
    )


def relative_opening(toks: Sequence[Span], cue: int) -> bool:
    """Whether the cue opens a relative clause set off by a comma (", who endorsed …,")."""
    before = cue
    while before > 0 and bare(toks[before - 1]) in LINKING_ADVERBS:
        before -= 1
    return (
        before > 1 and bare(toks[before - 1]) in RELATIVE_PRONOUNS and toks[before - 2].text == ","
    )


def is_participle(token: Span) -> bool:
    """Whether a word ends like a past participle ("expected", "told")."""
    return PARTICIPLE.search(token.text.lower()) is not None


def _fixed_phrase(toks: Sequence[Span], cue: int) -> bool:
    """Whether the cue word ends a fixed phrase that reports nothing ("All told,")."""
    for size in range(2, 5):
        if cue + 1 >= size:
            words = tuple(t.text.lower() for t in toks[cue + 1 - size : cue + 1])
            if words in NOT_CUES:
                return True
    return False


def _reduced_passive(text: str, toks: Sequence[Span], cue: int, before: int) -> bool:
    """ "after a vote expected to pass …": a belief participle after a noun in a
    prepositional phrase is a hedge, not that noun's belief."""
    entry = match_cue(text, toks, cue)
    if entry is None or before != cue:
        return False
    subject = mention_before(text, toks, cue)
    opener = _index_of(toks, subject.phrase.start) - 1 if subject is not None else -1
    return (
        opener >= 0
        and bare(toks[opener]) in PREPOSITIONS | CLAUSE_WORDS
        and entry[0].category == "belief"
        and is_participle(toks[cue])
        and entry[1] < len(toks)
        and bare(toks[entry[1]]) in {"to", "as", "by"}
    )


def _relative(text: str, toks: Sequence[Span], relative: int) -> Mention | None:
    """The relative pronoun that is the cue's subject, with the noun phrase it stands for.

    "who" and "which" are the source's mention in their own clause, as news
    annotation marks them; "that" is not (the noun phrase before it is the
    mention: "a group that backs …"). Without a noun phrase before it there is
    no source: "that" is then a conjunction, and a "who" after a clause
    ("those who want") is left unattributed.
    """
    antecedent = _antecedent(text, toks, relative)
    if antecedent is None or bare(toks[relative]) == "that":
        return antecedent
    pronoun = toks[relative]
    return Mention(pronoun, MentionForm.RELATIVE, pronoun, antecedent)


def _antecedent(text: str, toks: Sequence[Span], relative: int) -> Mention | None:
    """The noun phrase a relative pronoun stands for: the source of the cue after it.

    "Smith, who endorsed …" and "voters who want …" name their source before
    the pronoun; "that" with no noun phrase before it is a conjunction, not a
    relative pronoun, and gives none.
    """
    end = relative - 1 if relative > 0 and toks[relative - 1].text == "," else relative
    found = read_backward(text, toks, end)
    if found is not None or bare(toks[relative]) == "that":
        return found
    return _bare_subject(text, toks, end)


def _bare_subject(text: str, toks: Sequence[Span], end: int) -> Mention | None:
    """A subject that names no one the mention reader knows ("most of them", "voters polled").

    The words back to the clause's start, as a nominal mention, so that the
    attribution is kept and coreference can decide (or abstain) later.
    """
    start = end
    while start > 0 and is_word(toks[start - 1]) and end - start < MAX_BARE_SUBJECT:
        word = bare(toks[start - 1])
        if word in CLAUSE_WORDS and word != "of" and not _before_number(toks, start):
            break
        start -= 1
    opened = start == 0 or toks[start - 1].text in {",", ";", "—", "–", "("}
    if not opened and bare(toks[start - 1]) in SENTENCE_OPENERS:
        opened = start == 1 or not is_word(toks[start - 2])  # "But 58 percent of voters said"
    if start == end or not opened or bare(toks[start]) in EXISTENTIALS:
        return None  # "There's a trip planned": no one is the subject
    return bare_subject(text, toks[start:end])


def _before_number(toks: Sequence[Span], index: int) -> bool:
    """Whether ``toks[index]`` is a number and the word before it belongs to a share
    ("about 9 percent", "two in three", "more than half")."""
    return index < len(toks) and is_number(toks[index]) and bare(toks[index - 1]) in SHARE_WORDS


def is_number(token: Span) -> bool:
    """A number in digits or in words ("9", "two", "half")."""
    return token.text[0].isdigit() or bare(token) in NUMBER_WORDS


def _tag_before(text: str, toks: Sequence[Span], comma: int) -> Mention | None:
    """The source of a tag that ends just before ``comma`` ("he said, adding …")."""
    for index in range(comma - 1, max(comma - 1 - MAX_TAG_WORDS, -1), -1):
        if toks[index].text in {",", ";"}:
            return None
        if match_cue(text, toks, index) is not None:
            if index > 0 and toks[index - 1].text.lower() in NOUN_MARKERS:
                continue  # "praised the plan and told …": "plan" is a noun, not the tag's cue
            return mention_before(text, toks, index)
    return None


def _opening_mention(text: str, toks: Sequence[Span]) -> Mention | None:
    """The mention that opens the sentence, the subject of an "-ing" cue after a comma."""
    end = 0
    while end < len(toks) and is_word(toks[end]):
        previous = toks[end - 1] if end else None
        if (
            previous is not None
            and not is_capitalized(toks[end])
            and is_capitalized(previous)
            and bare(previous) not in MENTION_DETERMINERS
        ):
            break  # "Smith meets Lee Min-ho, says …": a name ends at a lower-case word
        end += 1
    read = read_forward(text, toks[:end], 0)
    if read is None or (read[0].form is MentionForm.NOMINAL and read[1] < 2):
        return None
    return read[0]


def _index_of(toks: Sequence[Span], offset: int) -> int:
    """The index of the token starting at or after ``offset``."""
    return bisect.bisect_left(toks, offset, key=lambda token: token.start)


def opens_with_speech(text: str, toks: Sequence[Span], first: int, end: int) -> bool:
    """Whether ``toks[first:end]`` opens with a source and a speech cue ("X said A").

    A tag after such a clause ("…, Acme News reported") names the channel
    that relayed it; the source of the words is the clause's own subject.
    """
    for index in range(first + 1, min(first + 1 + MAX_OPENING_SUBJECT, end)):
        if not is_word(toks[index]):
            return False
        found = match_cue(text, toks, index)
        if found is None:
            continue
        if not found[0].reports_words:
            return False
        subject = cue_subject(text, toks, index, heading=False, previous=None)
        return (
            subject is not None
            and subject.form is not MentionForm.RELATIVE
            and subject.phrase.start == toks[_past_openers(toks, first)].start
            and found[1] < end  # "She feared, she said, …": the cue has content of its own
        )
    return False


def _past_openers(toks: Sequence[Span], index: int) -> int:
    """The index after the conjunctions that open a clause ("But" in "But X said")."""
    while index < len(toks) and bare(toks[index]) in SENTENCE_OPENERS:
        index += 1
    return index
