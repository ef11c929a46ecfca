"""The cue that governs a partial quotation: the last reporting expression before it.

``backed what she called a “brave fight”`` is attributed through "called" only when
the cue is a verb that governs quotations and does not sit in an aside that only
names the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.grammar.cuematch import match_cue
from quoteattr.lexicon.cues import CUE_FIRST_WORDS, MAX_CUE_WORDS, Cue
from quoteattr.lexicon.words import NOUN_MARKERS
from quoteattr.model import Span
from quoteattr.segment.tokens import bare, is_word

MAX_ASIDE_SUBJECT = 3
"""Words of the subject in a naming aside (", what the senator called,")."""


def last_cue(
    text: str,
    toks: Sequence[Span],
    *,
    known: tuple[int, tuple[Cue, int, int] | None] | None = None,
) -> tuple[Cue, int, int] | None:
    """The last cue in ``toks``: its entry, start index and end index.

    A longer cue that starts a word or two earlier and covers the one found
    wins ("gave a toast", not "toast"). A cue word after a determiner is a noun
    ("the plan was “dead”"), and governs nothing.

    ``known`` is ``(n, last_cue(text, toks[:n]))`` for a run that ``toks`` extends
    (the lead of the previous quotation in one sentence). A cue is judged on at most
    ``MAX_CUE_WORDS`` tokens after its start, so only the tokens that can see past
    ``n`` are read again: a sentence of many quotations costs linear time.
    """
    floor = 0
    if known is not None:
        floor = max(0, known[0] - MAX_CUE_WORDS - 1)
        if known[1] is not None and known[1][1] >= floor:
            floor = 0  # the known cue may read differently now: read everything
    for index in range(len(toks) - 1, floor - 1, -1):
        if toks[index].text.lower() not in CUE_FIRST_WORDS:
            continue  # match_cue's own first test, without a call per token of the lead
        found = match_cue(text, toks, index)
        if found is None or not found[0].governs_quotation:
            continue
        if _naming_aside(toks, index, found[1]) or _after_determiner(toks, index):
            continue
        best = (found[0], index, found[1])
        for earlier in range(index - 1, max(index - MAX_CUE_WORDS, -1), -1):
            longer = match_cue(text, toks, earlier)
            if longer is not None and longer[1] >= best[2]:
                best = (longer[0], earlier, longer[1])
        return _outer_speech(text, toks, best) or best
    return known[1] if known is not None and floor else None


def _outer_speech(
    text: str, toks: Sequence[Span], inner: tuple[Cue, int, int]
) -> tuple[Cue, int, int] | None:
    """The speech cue a belief or naming cue is reported under ("Ann said she expects
    the plan “to fail”", "he said he thought it a “big factor”"): the words are the
    outer cue's source's, said; the cue just before a short subject of the inner one."""
    entry, start, _ = inner
    if entry.category != "belief" and entry.lemma not in _NAMING:
        return None
    for subject in range(1, MAX_INNER_SUBJECT + 1):
        end = start - subject  # where the outer cue would end
        if end < 1 or not is_word(toks[end]):
            return None
        for cue_start in range(end - 1, max(end - 1 - MAX_CUE_WORDS, -1), -1):
            outer = match_cue(text, toks, cue_start)
            if outer is not None and outer[1] == end and outer[0].category == "speech":
                return outer[0], cue_start, end
    return None


MAX_INNER_SUBJECT = 3
"""The most words of the subject between an outer speech cue and a belief cue."""

_NAMING = frozenset({"call"})
"""Cues that name words rather than report them: "what he called a “breach”"."""


def _after_determiner(toks: Sequence[Span], index: int) -> bool:
    """Whether a determiner stands right before ``toks[index]``, making it a noun."""
    return index > 0 and toks[index - 1].text.lower() in NOUN_MARKERS


def _naming_aside(toks: Sequence[Span], cue: int, end: int) -> bool:
    """Whether the cue sits in an aside that only names the words ("backed, what
    she called, a “brave fight”"): the aside governs nothing; the clause's cue does."""
    if end >= len(toks) or toks[end].text != ",":
        return False
    for what in range(cue - 1, max(cue - 1 - MAX_ASIDE_SUBJECT, 0), -1):
        if bare(toks[what]) == "what":
            return toks[what - 1].text == ","
        if not is_word(toks[what]):
            return False
    return False
