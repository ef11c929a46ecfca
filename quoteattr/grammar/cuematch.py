"""Finding the cue table's expressions in a run of tokens."""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.lexicon.cues import (
    CUE_FIRST_WORDS,
    CUES,
    MAX_CUE_WORDS,
    TOPIC_FIRST_WORDS,
    TOPICS,
    Cue,
)
from quoteattr.model import Span


def match_cue(text: str, toks: Sequence[Span], index: int) -> tuple[Cue, int] | None:
    """The longest cue starting at ``toks[index]``, with the index just after it."""
    if index >= len(toks) or toks[index].text.lower() not in CUE_FIRST_WORDS:
        return None
    return _longest(CUES, toks, index)


def match_topic(text: str, toks: Sequence[Span], index: int) -> tuple[Cue, int] | None:
    """The longest topic cue ("talked about") starting at ``toks[index]``, like ``match_cue``."""
    if index >= len(toks) or toks[index].text.lower() not in TOPIC_FIRST_WORDS:
        return None
    return _longest(TOPICS, toks, index)


def _longest(
    table: dict[tuple[str, ...], Cue], toks: Sequence[Span], index: int
) -> tuple[Cue, int] | None:
    for size in range(min(MAX_CUE_WORDS, len(toks) - index), 0, -1):
        entry = table.get(tuple(t.text.lower() for t in toks[index : index + size]))
        if entry is not None:
            return entry, index + size
    return None


def cue_span(text: str, toks: Sequence[Span], start: int, end: int) -> Span:
    """The span covering ``toks[start:end]``."""
    return Span.of(text, toks[start].start, toks[end - 1].end)
