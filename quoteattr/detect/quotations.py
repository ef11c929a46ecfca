"""Pairing quotation marks into quoted passages, without touching the text.

The stage ``quotations`` reads the document's paragraphs and adds its passages.

Double marks (“ ” " „ « » ‹ ›) are paired per paragraph; a passage left open at
the end of a paragraph continues when the next paragraph opens with a mark (the
news open-paragraph convention: one passage, one fragment per paragraph) and is
otherwise capped at its paragraph's end and flagged ``unclosed``. Single marks
(‘ ’ ') are paired only at word edges and only when the pair closes inside the
paragraph: an unmatched one is an apostrophe (don’t, Smith’s, ’90s), never an
open quote that swallows the rest of the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from attrs import frozen

from quoteattr.document import Document, Passage
from quoteattr.model import Span

OPENERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "‹": ("›",),
    '"': ('"', "”"),
    "``": ("''", "”"),
    "''": ("''",),
}
"""Each opening double mark and the marks that may close it (``''`` is the
typewriter double quote of some newswires)."""

CLOSERS = frozenset({"”", "»", "›"})
"""Marks that can only close a double-quoted passage."""

SINGLE_OPENERS: dict[str, tuple[str, ...]] = {"‘": ("’",), "'": ("'",)}
"""Single opening marks and their closers; paired only when both are found."""

DOUBLE_MARKS = frozenset(OPENERS) | CLOSERS
"""Marks of the double family: single-quoted passages never straddle them."""

_MARK = re.compile(r"''|``|[“”„«»‹›\"‘’']")
_WORD_CHAR = re.compile(r"\w")
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]{0,40}(?:\s[^<>\n]{0,500})?/?>")
"""An HTML or XML tag left in scraped text; quote marks inside it quote nothing.
Bounded, so a line of unclosed ``<a `` costs linear time."""


@frozen
class QuotationMarks:
    """The stage ``quotations``: reads ``paragraphs``; adds ``passages``, paired marks."""

    name: ClassVar[str] = "quotations"
    reads: ClassVar[tuple[str, ...]] = ("paragraphs",)
    adds: ClassVar[tuple[str, ...]] = ("passages",)

    def __call__(self, doc: Document) -> None:
        doc.passages.extend(find_passages(doc.text, doc.paragraphs))


def find_passages(text: str, paragraphs: Sequence[Span]) -> list[Passage]:
    """Every quoted passage of ``text``, in order, given its paragraph spans."""
    passages: list[Passage] = []
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
            pending.append(Span.trimmed(text, start, end))
            if closing is not None:
                passages.append(_passage(text, pending, pending_open, closing))
                pending = []
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        if pending and not _opens_with_mark(following):
            passages.append(_passage(text, pending, pending_open, None))
            pending = []
    return [p for p in passages if len(p.content)]


CONTINUED = -1
"""The ``opening`` reported for a fragment that continues an earlier paragraph's passage."""


def _passage(
    text: str, fragments: list[Span], opening: int, closing: tuple[int, int] | None
) -> Passage:
    content = Span.of(text, fragments[0].start, fragments[-1].end)
    if closing is None:
        return Passage(content, tuple(fragments), opening, None, None)
    return Passage(content, tuple(fragments), opening, closing[0], closing[1])


def _opens_with_mark(paragraph: Span | None) -> bool:
    return paragraph is not None and paragraph.text[:1] in OPENERS


def _pair_in_paragraph(
    text: str, paragraph: Span, *, continuing: bool
) -> Iterator[tuple[int, tuple[int, int] | None, int, int]]:
    """Yield ``(opening, closing, start, end)`` for each passage in one paragraph.

    ``opening`` is CONTINUED for the fragment that goes on with a passage from an
    earlier paragraph; ``closing`` is None for a passage still open at the
    paragraph's end or cut short by a new opening mark. Marks in places no
    passage can use are skipped, never raised on.
    """
    marks = [(m.start(), m.end()) for m in _MARK.finditer(text, paragraph.start, paragraph.end)]
    if "<" in paragraph.text:
        marks = _outside_markup(text, paragraph, marks)
    index = 0
    open_at: int | None = None
    accept: tuple[str, ...] = ()
    start = paragraph.start
    stops: dict[tuple[str, ...], list[int]] = {}
    if continuing and marks and marks[0][0] == paragraph.start:
        first = text[marks[0][0] : marks[0][1]]
        open_at, accept, start = CONTINUED, OPENERS.get(first, ()), marks[0][1]
        index = 1
    while index < len(marks):
        at, after = marks[index]
        mark = text[at:after]
        index += 1
        if open_at is None:
            if mark in OPENERS and _can_open(text, at, after, paragraph):
                open_at, accept, start = at, OPENERS[mark], after
            elif mark in SINGLE_OPENERS and _can_open(text, at, after, paragraph):
                accepted = SINGLE_OPENERS[mark]
                closing = _single_close(text, marks, index, accepted, paragraph, stops=stops)
                if closing is not None:
                    yield at, marks[closing], after, marks[closing][0]
                    index = closing + 1
        elif mark in accept and _can_close(text, at, after, paragraph):
            yield open_at, (at, after), start, at
            open_at = None
        elif mark in OPENERS and mark not in accept and _can_open(text, at, after, paragraph):
            yield open_at, None, start, at
            open_at, accept, start = at, OPENERS[mark], after
    if open_at is not None:
        yield open_at, None, start, paragraph.end


def _outside_markup(
    text: str, paragraph: Span, marks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The marks that are not attribute quotes inside a markup tag (``<tweet id="…">``)."""
    tags = [
        (m.start(), m.end()) for m in _MARKUP_TAG.finditer(text, paragraph.start, paragraph.end)
    ]
    if not tags:
        return marks
    starts = [start for start, _ in tags]
    kept = []
    for mark in marks:
        index = bisect.bisect_right(starts, mark[0]) - 1
        if index < 0 or tags[index][1] <= mark[0]:
            kept.append(mark)
    return kept


def _can_open(text: str, at: int, after: int, paragraph: Span) -> bool:
    """An opening mark stands before a word, not after one (not an apostrophe)."""
    following = text[after] if after < paragraph.end else ""
    if not following or following.isspace():
        return False
    before = text[at - 1] if at > paragraph.start else ""
    return not before or not _WORD_CHAR.match(before) or text[at] in "“„«‹"


def _can_close(text: str, at: int, after: int, paragraph: Span) -> bool:
    """A closing mark follows a word or punctuation, and no word follows it directly; a
    straight one may also stand alone between spaces."""
    if text[at:after] in CLOSERS:
        return True
    before = text[at - 1] if at > paragraph.start else ""
    following = text[after] if after < paragraph.end else ""
    if not before:
        return False
    if before.isspace():
        # a straight mark between spaces or at a line's end opens nothing: it closes the
        # open quotation whose last word lost its dash ("I am ashamed to " she said)
        return not following or following.isspace()
    return not following or not _WORD_CHAR.match(following)


def _single_close(
    text: str,
    marks: list[tuple[int, int]],
    index: int,
    accept: tuple[str, ...],
    paragraph: Span,
    *,
    stops: dict[tuple[str, ...], list[int]],
) -> int | None:
    """The index in ``marks`` of the mark closing a single-quoted passage, if any.

    The closer is the first acceptable mark from ``index`` on, unless a double
    mark comes first (single quotes do not straddle double ones at top level).
    ``stops`` keeps, per ``accept``, where that search stops from each mark,
    worked out once per paragraph from the right: a paragraph of many single
    marks costs linear time, not quadratic.
    """
    if accept not in stops:
        stops[accept] = _stops(text, marks, accept, paragraph)
    position = stops[accept][index]
    if position == len(marks) or text[slice(*marks[position])] in DOUBLE_MARKS:
        return None
    if marks[position][0] - marks[index - 1][1] < 2:
        return None  # rock 'n' roll: an elision, not a quotation
    return position


def _stops(
    text: str, marks: list[tuple[int, int]], accept: tuple[str, ...], paragraph: Span
) -> list[int]:
    """For each mark, the first mark at or after it that is a double mark or could close a
    single-quoted passage opened with ``accept`` (``len(marks)`` where there is none)."""
    stops = [len(marks)] * (len(marks) + 1)
    for position in range(len(marks) - 1, -1, -1):
        at, after = marks[position]
        mark = text[at:after]
        stop = mark in DOUBLE_MARKS
        if not stop and mark in accept and _can_close(text, at, after, paragraph):
            following = text[after] if after < paragraph.end else ""
            stop = not (text[at - 1].isalpha() and following.isalpha())  # don’t, Smith’s
        stops[position] = position if stop else stops[position + 1]
    return stops
