"""Pairing quotation marks into quoted passages, without touching the text.

Double marks (“ ” " „ « » ‹ ›) are paired per paragraph; a passage left open at
the end of a paragraph continues when the next paragraph opens with a mark (the
news open-paragraph convention: one passage, one fragment per paragraph) and is
otherwise capped at its paragraph's end and flagged ``unclosed``. Single marks
(‘ ’ ') are paired only at word edges and only when the pair closes inside the
paragraph: an unmatched one is an apostrophe (don’t, Russia’s, ’90s), never an
open quote that swallows the rest of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from quoteattr.model import Span

OPENERS = {"“": "”\"", "„": "“”\"", "«": "»", "‹": "›", '"': '"”'}
"""Each opening double mark and the marks that may close it."""

CLOSERS = frozenset("”»›")
"""Marks that can only close a double-quoted passage."""

SINGLE_OPENERS = {"‘": "’", "'": "'"}
"""Single opening marks and their closers; paired only when both are found."""

_MARK = re.compile(r"[“”„«»‹›\"‘’']")
_WORD_CHAR = re.compile(r"\w")


@frozen
class MarkedPassage:
    """A passage between quotation marks.

    ``fragments`` are the spans strictly inside the marks, one per paragraph, and
    ``content`` the outer span from the first to the last; ``opening`` is the
    offset of the first opening mark and ``closing`` that of the final closing
    mark, or None when the passage was capped unclosed at a paragraph's end.
    """

    content: Span
    fragments: tuple[Span, ...]
    opening: int
    closing: int | None

    @property
    def closed(self) -> bool:
        """Whether the passage ends in a closing mark."""
        return self.closing is not None

    @property
    def after(self) -> int:
        """The offset just after the passage, including its closing mark if any."""
        return self.closing + 1 if self.closing is not None else self.content.end


def find_passages(text: str, paragraphs: list[Span]) -> list[MarkedPassage]:
    """Every quoted passage of ``text``, in order, given its paragraph spans."""
    passages: list[MarkedPassage] = []
    pending: list[Span] = []  # fragments of a passage still open
    pending_open = -1
    for number, paragraph in enumerate(paragraphs):
        for opening, closing, start, end in _pair_in_paragraph(
            text, paragraph, continuing=bool(pending)
        ):
            if opening != CONTINUED:
                if pending:  # a new passage opens: the pending one never closed
                    passages.append(_passage(text, pending, pending_open, None))
                    pending = []
                pending_open = opening
            pending.append(_trimmed(text, start, end))
            if closing is not None:
                passages.append(_passage(text, pending, pending_open, closing))
                pending = []
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        if pending and not _opens_with_mark(following):
            passages.append(_passage(text, pending, pending_open, None))
            pending = []
    return passages


CONTINUED = -1
"""The ``opening`` reported for a fragment that continues an earlier paragraph's passage."""


def _passage(text: str, fragments: list[Span], opening: int, closing: int | None) -> MarkedPassage:
    content = Span.of(text, fragments[0].start, fragments[-1].end)
    return MarkedPassage(content, tuple(fragments), opening, closing)


def _opens_with_mark(paragraph: Span | None) -> bool:
    return paragraph is not None and paragraph.text[:1] in OPENERS


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


def _pair_in_paragraph(
    text: str, paragraph: Span, *, continuing: bool
) -> Iterator[tuple[int, int | None, int, int]]:
    """Yield ``(opening, closing, start, end)`` for each passage in one paragraph.

    ``opening`` is CONTINUED for the fragment that goes on with a passage from an
    earlier paragraph; ``closing`` is None for a passage still open at the
    paragraph's end or cut short by a new opening mark. Marks in places no
    passage can use are skipped, never raised on.
    """
    marks = [m.start() for m in _MARK.finditer(text, paragraph.start, paragraph.end)]
    index = 0
    open_at: int | None = None
    accept, start = "", paragraph.start
    if continuing and marks and marks[0] == paragraph.start:
        open_at, accept, start = CONTINUED, OPENERS.get(text[marks[0]], ""), marks[0] + 1
        index = 1
    while index < len(marks):
        at = marks[index]
        char = text[at]
        index += 1
        if open_at is None:
            if char in OPENERS and _can_open(text, at, paragraph):
                open_at, accept, start = at, OPENERS[char], at + 1
            elif char in SINGLE_OPENERS and _can_open(text, at, paragraph):
                closing = _single_close(text, marks, index, SINGLE_OPENERS[char], paragraph)
                if closing is not None:
                    yield at, closing, at + 1, marks[closing]
                    index = closing + 1
        elif char in accept and _can_close(text, at, paragraph, char):
            yield open_at, at, start, at
            open_at = None
        elif char in OPENERS and char not in accept and _can_open(text, at, paragraph):
            yield open_at, None, start, at
            open_at, accept, start = at, OPENERS[char], at + 1
    if open_at is not None:
        yield open_at, None, start, paragraph.end


def _can_open(text: str, at: int, paragraph: Span) -> bool:
    """An opening mark stands before a word, not after one (not an apostrophe)."""
    after = text[at + 1] if at + 1 < paragraph.end else ""
    if not after or after.isspace():
        return False
    before = text[at - 1] if at > paragraph.start else ""
    return not before or not _WORD_CHAR.match(before) or text[at] in "“„«‹"


def _can_close(text: str, at: int, paragraph: Span, char: str) -> bool:
    """A closing mark follows a word or punctuation, and no word follows it directly."""
    if char in CLOSERS:
        return True
    before = text[at - 1] if at > paragraph.start else ""
    if not before or before.isspace():
        return False
    after = text[at + 1] if at + 1 < paragraph.end else ""
    return not after or not _WORD_CHAR.match(after)


def _single_close(
    text: str, marks: list[int], index: int, accept: str, paragraph: Span
) -> int | None:
    """The index in ``marks`` of the mark closing a single-quoted passage, if any."""
    for position in range(index, len(marks)):
        at = marks[position]
        char = text[at]
        if char in "“„«‹\"”»›":
            return None  # single quotes do not straddle double ones at top level
        if char in accept and _can_close(text, at, paragraph, char):
            before = text[at - 1]
            after = text[at + 1] if at + 1 < paragraph.end else ""
            if before.isalpha() and after.isalpha():
                continue  # don’t, Russia’s
            return position
    return None
