"""Speech tags: the cue and source mention around a quoted passage or a clause.

A tag follows the passage (``“…,” X said`` / ``“…,” said the expert`` /
``“…,” X, a researcher, told a news agency``) or introduces it (``X said:
“…”`` / ``X said before the meeting that “…``). Each reader takes the tokens of
one side of the passage, within its sentence, and returns a ``SpeechTag`` or
None. Reported speech (``X said that CLAUSE``) is read with the same readers.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import frozen

from quoteattr.grammar.cuematch import cue_span, match_cue
from quoteattr.grammar.dialoguetags import BE_PAST, owned_words, subject_then_verb
from quoteattr.grammar.mentions import (
    Mention,
    MentionForm,
    is_adverb,
    is_name_word,
    read_backward,
    read_forward,
)
from quoteattr.grammar.tagverbs import past_tense_at
from quoteattr.lexicon.cues import Cue, manner_cue
from quoteattr.lexicon.tables import PERSON_NOUNS, ROLES
from quoteattr.lexicon.words import (
    COORDINATORS,
    LEADING_STOPS,
    LINKING_ADVERBS,
    MENTION_OPENERS,
    QUOTE_MARKS,
    SENTENCE_ADVERBS,
    SENTENCE_FINAL,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TIME_MODIFIERS,
    TIME_NOUNS,
)
from quoteattr.model import Span
from quoteattr.segment.tokens import bare, is_capitalized, is_word

MAX_APPOSITIVE_TOKENS = 24
"""An appositive (", a researcher at …,") longer than this is taken as a clause."""

MAX_APPOSITIVE_COMMAS = 3
"""Commas an appositive may hold between a subject and its cue ("X, 39, a farmer, said")."""

MAX_INTRO_GAP = 6
"""Tokens allowed between a leading cue and its passage ("told Acme News", "said … that")."""

MAX_TIME_WORDS = 5
"""Words of a time phrase between a subject and its cue ("earlier in the past week")."""


@frozen
class SpeechTag:
    """A cue with its source mention (None when the source is not in the tag)."""

    cue: Span
    entry: Cue
    mention: Mention | None


def tag_after(text: str, toks: Sequence[Span], *, continued: bool = False) -> SpeechTag | None:
    """The tag after a passage: ``toks`` run from its closing mark to its sentence's end.

    ``continued`` says the passage is a quotation whose words end in a comma, "!" or
    "?" inside its marks with the sentence going on after it: what follows is its
    tag, so a past-tense verb there tags it even when the cue table does not list
    it (“No,” Ann hesitated. / “Well,” supplied Ann.), as a manner cue.
    """
    index = 0
    while index < len(toks) and toks[index].text in ",;—–-":
        index += 1
    if continued and index < len(toks) and bare(toks[index]).lower() in BE_PAST:
        owned = owned_words(text, toks, index + 1)  # “…,” was Ann’s answer
        if owned is not None:
            return SpeechTag(*owned)
    index = _skip_linking(toks, index)
    if index < len(toks) and bare(toks[index]).lower() in _NOT_TAG_OPENERS:
        return None  # ", because the envoys wanted …": a clause of its own, not a tag
    found = match_cue(text, toks, index)
    if found is None and continued and past_tense_at(toks, index):  # “…,” supplied Ann
        mention = _inverted_mention(text, toks, index + 1)
        if mention is None or mention.form is MentionForm.PRONOUN:
            return None
        verb = manner_cue(toks[index].text)
        return SpeechTag(cue_span(text, toks, index, index + 1), verb, mention)
    if found is not None:  # inverted: “…,” said the expert
        entry, after = found
        mention = _inverted_mention(text, toks, after)
        return SpeechTag(cue_span(text, toks, index, after), entry, mention)
    read = read_forward(text, toks, index)
    if read is None:
        verbed = subject_then_verb(text, toks, index) if continued else None
        return SpeechTag(*verbed) if verbed is not None else None
    mention, after = read
    after = _skip_parenthesis(toks, after)
    if after < len(toks) and toks[after].text == ",":
        after = _skip_appositive(toks, after)
    after = _skip_linking(toks, after)
    found = match_cue(text, toks, after)
    if found is None and after < len(toks) and is_adverb(toks[after]):  # "Ann quietly added"
        after += 1
        found = match_cue(text, toks, after)
    if found is None and continued:
        verbed = subject_then_verb(text, toks, index)
        return SpeechTag(*verbed) if verbed is not None else None
    if found is None or found[0].category == "source":
        return None
    entry, end = found
    return SpeechTag(cue_span(text, toks, after, end), entry, mention)


_NOT_TAG_OPENERS = SUBORDINATORS - {"as"}
"""Words that open a clause of its own after a comma; ", as Ann said" is still a tag."""


def tag_before(text: str, toks: Sequence[Span]) -> SpeechTag | None:
    """The tag that introduces a passage: ``toks`` run from its sentence's start to the mark."""
    end = len(toks)
    while end > 0 and toks[end - 1].text.lower() in LEADING_STOPS:
        end -= 1
    if end == len(toks):
        return None  # the passage follows a word: it is part of a clause, not introduced
    for index in range(end - 1, max(end - 1 - MAX_INTRO_GAP, -1), -1):
        if toks[index].text == ",":
            break
        found = match_cue(text, toks, index)
        if found is None or found[1] > end or found[0].category == "source":
            continue
        entry, after = found
        return SpeechTag(
            cue_span(text, toks, index, after), entry, mention_before(text, toks, index)
        )
    return None


def mention_before(text: str, toks: Sequence[Span], cue_index: int) -> Mention | None:
    """The subject of the cue at ``toks[cue_index]``: ``X said``, ``X, a researcher, said``."""
    index = cue_index
    while index > 0 and bare(toks[index - 1]) in LINKING_ADVERBS:
        index -= 1
    if index > 0 and bare(toks[index - 1]) == "and":
        return _coordinated_subject(text, toks, index - 1)
    timed = index
    index = _past_time_phrase(toks, index)
    opening = _parenthesis_start(toks, index)
    if opening is not None:
        return read_backward(text, toks, opening)  # "Sen. Ann Smith (D-Ohio) said"
    if index > 0 and toks[index - 1].text == ",":
        # "X, 39, a farmer visiting Smithville, told …": the subject is before the
        # appositive's first comma; try each earlier comma in turn.
        comma = index - 1
        for _ in range(MAX_APPOSITIVE_COMMAS):
            opening = _appositive_start(toks, comma)
            if opening is None:
                return None
            found = read_backward(text, toks, opening)
            if found is None or found.form is not MentionForm.NAME:
                named = read_backward(text, toks, comma)
                if named is not None and named.form is MentionForm.NAME:
                    return named  # "One of the report's authors, Ann Lee, said"
            if found is not None:
                return found
            comma = opening
        return None
    found = read_backward(text, toks, index) or read_backward(text, toks, timed)
    return _reduced_relative_head(text, toks, found) or found


def _coordinated_subject(text: str, toks: Sequence[Span], conjunction: int) -> Mention | None:
    """The subject a cue after "and" shares with the verb before it ("she stopped in the
    doorway and said", "Ann Lee read the letter and added", "the Hatter looked up and
    said"): the pronoun, name or description that opens the clause, within
    ``MAX_COORDINATED_TOKENS``; None past a clause break."""
    start = conjunction
    while start > 0 and toks[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
        if conjunction - start > MAX_COORDINATED_TOKENS:
            return None
    while start < conjunction and bare(toks[start]).lower() in _CLAUSE_OPENERS:
        start += 1  # "Then she …", "But Ann …"
    end = described = start
    if start < conjunction and bare(toks[start]).lower() in SUBJECT_PRONOUNS:
        end += 1
    else:
        end = described = _described_subject_end(toks, start, conjunction)
        if end == start:  # no description: a name
            while end < conjunction and is_name_word(toks, end):
                end += 1
    verb = end
    if verb < conjunction and toks[verb].text == ",":  # "Ann, smiling, turned and said"
        verb = next((i + 1 for i in range(verb + 1, conjunction) if toks[i].text == ","), verb)
    if end == start or verb >= conjunction or not toks[verb].text.islower():
        return None  # no subject opens the clause, or no verb follows it
    mention = read_backward(text, toks, end)
    if mention is None or mention.form not in _SHARED_SUBJECTS:
        return None
    if mention.form is MentionForm.NOMINAL and described == start:
        return None  # "The letter came and said": a capitalised "The" is no name
    return mention


def _described_subject_end(toks: Sequence[Span], start: int, limit: int) -> int:
    """Where a described subject that opens at ``toks[start]`` ends ("the Hatter looked",
    "his mother again took"): "the" or a possessive, a few words with a person's noun or a
    capitalised one last, then a past tense or a linking adverb; else ``start``."""
    if start >= limit or bare(toks[start]).lower() not in _DESCRIBED_OPENERS:
        return start
    for end in range(start + 2, min(limit, start + 2 + MAX_DESCRIBED_WORDS)):
        if not is_word(toks[end - 1]):
            return start
        if past_tense_at(toks, end) or bare(toks[end]) in LINKING_ADVERBS:
            head = toks[end - 1]
            person = is_capitalized(head) or bare(head).lower() in _PERSON_HEADS
            return end if person else start  # "the Hatter", "the old man"; not "the door"
    return start


MAX_DESCRIBED_WORDS = 3
"""The most words after "the" or a possessive in a described subject ("the old man")."""

_PERSON_HEADS = PERSON_NOUNS | ROLES
"""Nouns that name a person, the heads a described subject may have ("man", "doctor")."""

_DESCRIBED_OPENERS = frozenset({"the", "his", "her", "their", "my", "our", "your"})
"""What opens a described subject that a coordinated cue may share."""

MAX_COORDINATED_TOKENS = 16
"""How far back from "and said" the shared subject may open its clause."""

_CLAUSE_BREAKS = QUOTE_MARKS | SENTENCE_FINAL | {";", ":", "(", ")"}
"""Tokens that no clause runs across, back from a coordinated cue."""

_SHARED_SUBJECTS = frozenset({MentionForm.PRONOUN, MentionForm.NAME, MentionForm.NOMINAL})
"""The subjects a coordinated cue takes from the clause it ends: a person's, or one
described ("the Hatter")."""

_CLAUSE_OPENERS = COORDINATORS | SENTENCE_ADVERBS | TIME_ADVERBS
"""Words that open a clause before its subject ("then", "but", "so")."""


def _past_time_phrase(toks: Sequence[Span], end: int) -> int:
    """The index before a time phrase that ends at ``toks[end - 1]``, or ``end``.

    A time adverbial may stand between a subject and its cue ("Smith earlier
    Thursday said", "his allies have in the past said"); it is never the source.
    """
    if end == 0 or bare(toks[end - 1]) not in TIME_NOUNS:
        return end
    start = end - 1
    while start > 0 and end - start < MAX_TIME_WORDS and _time_modifier(toks[start - 1]):
        start -= 1
    while start > 0 and bare(toks[start - 1]) in LINKING_ADVERBS:
        start -= 1
    return start if start > 0 else end


def _time_modifier(token: Span) -> bool:
    """A word that opens or modifies a time phrase ("in the past", "earlier this week", "5")."""
    return bare(token) in TIME_MODIFIERS or token.text[0].isdigit()


def _reduced_relative_head(
    text: str, toks: Sequence[Span], agent: Mention | None
) -> Mention | None:
    """The noun before "released by X" when X is the agent of a participle, not the subject
    ("An email obtained by the committee shows …" is the email's finding)."""
    if agent is None:
        return None
    by = bisect.bisect_left(toks, agent.phrase.start, key=lambda token: token.start) - 1
    if by < 2 or bare(toks[by]) != "by":
        return None
    participle = toks[by - 1].text
    if not (participle.islower() and participle.endswith(("ed", "en"))):
        return None
    return read_backward(text, toks, by - 1)


def tag_at_end(text: str, toks: Sequence[Span]) -> tuple[SpeechTag, int] | None:
    """A tag after the last comma that has one (``…, local news agencies reported.``).

    Returns the tag and the index of the comma that opens it; the tag must
    start right after a comma, as a trailing speech tag does.
    """
    for index in range(len(toks) - 1, -1, -1):
        if toks[index].text != ",":
            continue
        tag = tag_after(text, toks[index:])
        if tag is not None:
            return tag, index
    return None


def _skip_linking(toks: Sequence[Span], index: int) -> int:
    while index < len(toks) and bare(toks[index]) in LINKING_ADVERBS:
        index += 1
    return index


def _skip_parenthesis(toks: Sequence[Span], index: int) -> int:
    """The index after a short parenthesis at ``toks[index]`` ("Agency (ANA) reported")."""
    if index >= len(toks) or toks[index].text != "(":
        return index
    for close in range(index + 1, min(len(toks), index + 1 + MAX_APPOSITIVE_TOKENS)):
        if toks[close].text == ")":
            return close + 1
    return index


def _parenthesis_start(toks: Sequence[Span], end: int) -> int | None:
    """The index of the "(" of a short parenthesis that closes at ``toks[end - 1]``."""
    if end == 0 or toks[end - 1].text != ")":
        return None
    for index in range(end - 2, max(end - 2 - MAX_APPOSITIVE_TOKENS, -1), -1):
        if toks[index].text in {"(", ")"}:
            return index if toks[index].text == "(" else None
    return None


def _skip_appositive(toks: Sequence[Span], comma: int) -> int:
    """The index after the comma that closes an appositive opened at ``toks[comma]``."""
    for index in range(comma + 1, min(len(toks), comma + 1 + MAX_APPOSITIVE_TOKENS)):
        if toks[index].text == ",":
            return index + 1
    return comma


def _appositive_start(toks: Sequence[Span], comma: int) -> int | None:
    """The index of the comma that opens the appositive closed at ``toks[comma]``."""
    for index in range(comma - 1, max(comma - 1 - MAX_APPOSITIVE_TOKENS, -1), -1):
        if toks[index].text == ",":
            return index
    return None


def _inverted_mention(text: str, toks: Sequence[Span], index: int) -> Mention | None:
    """The source after an inverted cue, past a short adverbial ("in advance the spokesman")."""
    for skip in range(3):
        at = index + skip
        if at >= len(toks) or not is_word(toks[at]):
            return None
        if not (is_capitalized(toks[at]) or toks[at].text.lower() in MENTION_OPENERS):
            continue
        read = read_forward(text, toks, at)
        if read is None or read[0].form is not MentionForm.NAME:
            read = _leading_name(text, toks, at) or read
        if read is None:
            continue
        mention, after = read
        named = _apposed_name(text, toks, after)
        if mention.form is MentionForm.NOMINAL and named is not None:
            return named
        return mention
    return None


def _leading_name(text: str, toks: Sequence[Span], at: int) -> tuple[Mention, int] | None:
    """The name that opens a phrase naming nobody as a whole: "said Sir Paul with a bow",
    "said Ann stoutly" end the name at its last capitalised word."""
    run = at
    while run < len(toks) and (is_name_word(toks, run) or toks[run].text == "."):
        run += 1
    short = read_forward(text, toks[:run], at) if run > at else None
    return short if short is not None and short[0].form is MentionForm.NAME else None


def _apposed_name(text: str, toks: Sequence[Span], comma: int) -> Mention | None:
    """A name in apposition after a description: "the ministry spokesperson, Ann Smith"."""
    if comma + 1 >= len(toks) or toks[comma].text != ",":
        return None
    read = read_forward(text, toks, comma + 1)
    if read is None or read[0].form is not MentionForm.NAME:
        return None
    if read[0].span.start != toks[comma + 1].start:
        return None  # "said the man, turning to Ann": a clause, not an apposed name
    return read[0]
