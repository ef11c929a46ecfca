"""Each sentence's tokens made once, and any range's tokens sliced from them.

Attribution reads, for every quotation, the words before it and after it in its
sentence. Tokenizing those ranges afresh for each quotation costs the sentence's
length per quotation, which for a sentence packed with quotation marks is the
square of its length, and keeps a copy of every token per quotation alive. A
range's tokens are the sentence's tokens that lie inside it, whenever no token
straddles the range's edges; then they are a slice, made in C and sharing the
spans. Otherwise (an edge inside a word) the range is tokenized as before.
"""

from __future__ import annotations

import bisect

from quoteattr.model import Span
from quoteattr.tokens import tokens


class SentenceTokens:
    """The tokens of a text's sentences, made on first use and kept."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._made: dict[tuple[int, int], tuple[list[Span], list[int], list[int]]] = {}

    def between(self, sentence: Span, start: int, end: int) -> list[Span]:
        """``tokens(text, start, end)`` for a range of ``sentence``, without tokenizing again."""
        if not sentence.start <= start <= end <= sentence.end:
            return tokens(self._text, start, end)
        toks, starts, ends = self._of(sentence)
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        if (first and ends[first - 1] > start) or (last > first and ends[last - 1] > end):
            return tokens(self._text, start, end)  # an edge inside a token
        return toks[first:last]

    def _of(self, sentence: Span) -> tuple[list[Span], list[int], list[int]]:
        key = (sentence.start, sentence.end)
        if key not in self._made:
            toks = tokens(self._text, sentence.start, sentence.end)
            self._made[key] = (toks, [t.start for t in toks], [t.end for t in toks])
        return self._made[key]
