"""What the attribution model sees of each token: its word, its neighbours, and the rules.

Features are strings ``"<offset>:<name>=<value>"`` read from a window around
the token. Word features depend on the word alone (its lower-case form, its
ending, its shape, whether the cue table starts a cue with it), so the model
sums their weights once per word and offset and keeps the sum
(``crf.LinearChain``). State features say what the rules decided about the
token (the role it has in a rule's draft, and the kind of that draft),
whether it is inside quotation marks, and whether it opens or closes its
sentence; there are few states, and their sums are kept too. Training
(``train``) writes the same strings for python-crfsuite.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from quoteattr.document import Document
from quoteattr.learn.labels import CONTENT, CUE, OUTSIDE, SOURCE, Bounds
from quoteattr.lexicon.cues import CUE_FIRST_WORDS, SOURCE_FIRST_WORDS
from quoteattr.lexicon.words import CLOSING_QUOTES, OPENING_QUOTES

BEFORE: Final = "<s>"
"""The word standing before a sequence's first token."""

AFTER: Final = "</s>"
"""The word standing after a sequence's last token."""

WORD_WINDOW: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (-2, ("w",)),
    (-1, ("w", "st", "sh")),
    (0, ("w", "st", "s3", "sh", "cue", "src")),
    (1, ("w", "st", "sh")),
    (2, ("w",)),
)
"""Offsets around a token, and the word features read at each."""

STATE_WINDOW: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (-1, ("r",)),
    (0, ("r", "q", "edge", "cue")),
    (1, ("r",)),
)
"""Offsets around a token, and the state features read at each."""

MAX_WORD: Final = 30
"""Longer words are read by their first characters (a run of letters is not a word)."""

State = tuple[str, str, str, str]
"""A token's (rule role, inside quotation marks, sentence edge, where its sentence's cues are)."""

NO_STATE: Final[State] = ("-", "-", "-", "-")
"""The state beyond a sequence's edges."""


@lru_cache(maxsize=200_000)
def word_features(word: str) -> dict[str, str]:
    """The word features of one word: lower-case form, ending, shape and cue-table flags."""
    lower = word[:MAX_WORD].lower()
    return {
        "w": lower,
        "st": stem(lower),
        "s3": lower[-3:],
        "sh": _shape(word),
        "cue": "1" if lower in CUE_FIRST_WORDS else "0",
        "src": "1" if lower in SOURCE_FIRST_WORDS else "0",
    }


_ENDINGS: Final = ("ing", "ed", "es", "s", "ly")
"""Inflections a stem drops, longest first: "warned", "warns", "warning" share "warn"."""


def stem(lower: str) -> str:
    """A crude stem: the word without the first inflection in ``_ENDINGS`` it ends in,
    if at least three letters are left."""
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return lower[: -len(ending)]
    return lower


def _shape(word: str) -> str:
    if not word:
        return "-"
    first = word[0]
    if first in OPENING_QUOTES and first in CLOSING_QUOTES:
        return "q"  # a straight quote: either side
    if first in OPENING_QUOTES:
        return "qo"
    if first in CLOSING_QUOTES:
        return "qc"
    if not first.isalnum():
        return word if len(word) == 1 else "p"
    if first.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "X"
    return "Xx" if first.isupper() else "x"


def state_features(state: State) -> dict[str, str]:
    """The state features of one token."""
    role, quoted, edge, cue = state
    return {"r": role, "q": quoted, "edge": edge, "cue": cue}


def window_features(words: Sequence[str], states: Sequence[State]) -> list[list[str]]:
    """Every token's feature strings, as training writes them and decoding reads them."""
    count = len(words)
    out: list[list[str]] = []
    for index in range(count):
        names = ["b"]
        for offset, keys in WORD_WINDOW:
            at = index + offset
            word = words[at] if 0 <= at < count else (BEFORE if at < 0 else AFTER)
            features = features_of(word)
            names += [f"{offset}:{key}={features[key]}" for key in keys if key in features]
        for offset, keys in STATE_WINDOW:
            at = index + offset
            features = state_features(states[at] if 0 <= at < count else NO_STATE)
            names += [f"{offset}:{key}={features[key]}" for key in keys]
        out.append(names)
    return out


def features_of(word: str) -> dict[str, str]:
    """``word_features`` of a token, or of the edge words ``BEFORE`` and ``AFTER``, which
    have a word and a shape only."""
    if word in (BEFORE, AFTER):
        return {"w": word, "sh": word}
    return word_features(word)


def paragraph_ranges(doc: Document, starts: Sequence[int]) -> list[tuple[int, int]]:
    """The (first, end) token indices of each paragraph that holds a token, in order;
    ``starts`` are the document's token starts."""
    out: list[tuple[int, int]] = []
    for paragraph in doc.paragraphs:
        first = bisect.bisect_left(starts, paragraph.start)
        end = bisect.bisect_left(starts, paragraph.end, first)
        if end > first:
            out.append((first, end))
    return out


def token_states(
    doc: Document, tokens: Sequence[Bounds], words: Sequence[str] | None = None
) -> list[State]:
    """Each token's state: its role in the rules' drafts (with the draft's kind for a
    content), whether a quotation's marks enclose it, whether it opens ("f") or closes
    ("l") its sentence, and where the nearest cue of its sentence is. ``words`` are the
    tokens' texts, when the caller has them."""
    starts = [start for start, _ in tokens]
    roles = [OUTSIDE] * len(tokens)

    def mark(start: int, end: int, role: str) -> None:
        index = max(0, bisect.bisect_right(starts, start) - 1)
        while index < len(tokens) and tokens[index][0] < end:
            if tokens[index][1] > start and _RANK[role[:3]] > _RANK[roles[index][:3]]:
                roles[index] = role
            index += 1

    for draft in doc.drafts:
        for piece in draft.fragments:
            mark(piece.start, piece.end, f"{CONTENT}-{draft.kind.value}")
        if draft.cue is not None:
            mark(draft.cue.start, draft.cue.end, CUE)
        if draft.mention is not None:
            mark(draft.mention.span.start, draft.mention.span.end, SOURCE)
    quoted = ["0"] * len(tokens)
    for passage in doc.passages:
        index = max(0, bisect.bisect_right(starts, passage.content.start) - 1)
        while index < len(tokens) and tokens[index][0] < passage.content.end:
            if tokens[index][1] > passage.content.start:
                quoted[index] = "1"
            index += 1
    edges = _sentence_edges(doc, tokens)
    if words is None:
        words = [doc.text[start:end] for start, end in tokens]
    cues = _cue_places(doc, tokens, roles, words)
    return list(zip(roles, quoted, edges, cues, strict=True))


_RANK: Final = {OUTSIDE: 0, CONTENT: 1, CUE: 2, SOURCE: 3}


def _cue_places(
    doc: Document, tokens: Sequence[Bounds], roles: Sequence[str], words: Sequence[str]
) -> list[str]:
    """Where the nearest cue of each token's sentence is: "<" before it, ">" after it, with
    the distance in tokens bucketed (a cue is a rule's cue or a word that starts one in the
    cue table); "none" when the sentence has none. Two passes, one each way."""
    count = len(tokens)
    cue = [
        role == CUE or word_features(word)["cue"] == "1"
        for role, word in zip(roles, words, strict=True)
    ]
    sentence = _sentence_numbers(doc, tokens)
    before: list[int | None] = [None] * count
    last: int | None = None
    for index in range(count):
        if index and sentence[index] != sentence[index - 1]:
            last = None
        if cue[index]:
            last = index
        before[index] = last
    out = ["none"] * count
    following: int | None = None
    for index in range(count - 1, -1, -1):
        if index < count - 1 and sentence[index] != sentence[index + 1]:
            following = None
        if cue[index]:
            following = index
        back, ahead = before[index], following
        if ahead == index:
            out[index] = "0"
        elif ahead is not None and (back is None or ahead - index <= index - back):
            out[index] = f">{_BUCKETS[min(ahead - index, len(_BUCKETS) - 1)]}"
        elif back is not None:
            out[index] = f"<{_BUCKETS[min(index - back, len(_BUCKETS) - 1)]}"
    return out


def _sentence_numbers(doc: Document, tokens: Sequence[Bounds]) -> list[int]:
    """The number of the sentence each token starts in (-1 before the first)."""
    starts = [s.start for s in doc.sentences]
    out: list[int] = []
    number = -1
    for start, _ in tokens:
        while number + 1 < len(starts) and starts[number + 1] <= start:
            number += 1
        out.append(number)
    return out


_BUCKETS: Final = ("0", "1", "2", *["3-5"] * 3, *["6-10"] * 5, "11+")
"""A distance in tokens by its bucket: 1 and 2 as they are, then 3-5, 6-10 and beyond."""


def _sentence_edges(doc: Document, tokens: Sequence[Bounds]) -> list[str]:
    edges = ["-"] * len(tokens)
    starts = [start for start, _ in tokens]
    for sentence in doc.sentences:
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end) - 1
        if first <= last < len(tokens):
            edges[first] = "f"
            edges[last] = "l" if last != first else "fl"
    return edges
