"""Overlong sentences cut into pieces of bounded length, for the stages that read sentences.

Real news sentences stay well under ``MAX_SENTENCE`` characters (the longest in
the PolNeAR dev texts has 859). Text without sentence punctuation (scraped
tables, a feed run together, a megabyte of words) can make one "sentence" of
any length, and a stage whose work per sentence grows faster than its length
would then grow faster than the text. Cutting such a sentence at white space
into pieces of at most ``MAX_SENTENCE`` characters keeps every stage's cost in
proportion to the document, and changes nothing for real sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from quoteattr.model import Span

MAX_SENTENCE = 2000
"""The longest sentence the stages read, in characters."""


def bounded(text: str, sentences: Sequence[Span], limit: int = MAX_SENTENCE) -> list[Span]:
    """``sentences`` with each one longer than ``limit`` cut at white space into pieces."""
    if all(len(span) <= limit for span in sentences):
        return list(sentences)
    pieces: list[Span] = []
    for span in sentences:
        if len(span) <= limit:
            pieces.append(span)
        else:
            pieces.extend(_pieces(text, span.start, span.end, limit))
    return pieces


def _pieces(text: str, start: int, end: int, limit: int) -> Iterator[Span]:
    """Pieces of ``text[start:end]`` of at most ``limit`` characters, cut at the last white
    space in each piece's second half (or at ``limit`` itself in a run without any), trimmed."""
    while end - start > limit:
        cut = start + limit
        for at in range(start + limit, start + limit // 2, -1):
            if text[at - 1].isspace():
                cut = at - 1
                break
        piece = Span.trimmed(text, start, cut)
        if piece.text:
            yield piece
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield Span.trimmed(text, start, end)
