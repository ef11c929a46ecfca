"""Paragraphs, as exact spans of the caller's text: the document's paragraph model.

Text comes in two shapes, often mixed in one document. News feeds put one
paragraph on a line. Books, e-mail, wire copy and text pasted from PDFs wrap
their lines at a fixed width and end a paragraph with a blank line (or, in a
PDF, with a short line). A line break is therefore either a paragraph's end or
only a wrap, and the text itself tells which:

- a line is *full* when it and the first word of the next line fill the
  document's wrap width (what any greedy line wrapper makes true), within
  ``FULL_PERCENT``;
- the wrap width is read from the lines that are followed by another line: the
  90th percentile of their lengths, ignoring lines longer than
  ``MAX_WRAP_WIDTH``, which no wrapper writes;
- a break after a full line, inside a block of lines none longer than
  ``MAX_WRAP_WIDTH``, is a wrap when the document separates paragraphs with blank
  lines and most of its lines that could wrap are full (``DENSE_LINES`` at least),
  or when the block is densely wrapped (``DENSE_LINES`` full lines in a row); a
  line that starts a list item is never a wrap's continuation;
- every other line break ends a paragraph.

A paragraph is trimmed of the white space around it (and of a byte-order mark,
which editors put at the start of a file); its wrap breaks stay inside it, so
offsets into the text are exact and the text is never rewritten.
"""

from __future__ import annotations

import itertools
import operator
import re
from itertools import accumulate, compress, repeat
from typing import Final

from quoteattr.errors import InputError
from quoteattr.model import Span

LINE_BREAKS: Final = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters :meth:`str.splitlines` breaks at."""

BLANKS: Final = r"\s\ufeff"
"""A regex class body: white space and the byte-order mark, both trimmed away."""

TRIMMED: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
"""The characters ``BLANKS`` matches, for :meth:`str.strip`: every character
:meth:`str.isspace` accepts, and the byte-order mark."""

MAX_WRAP_WIDTH: Final = 120
"""The longest line a wrapped text is taken to have: e-mail and plain-text books wrap
at 70 to 80 characters, PDFs at up to about 110; a longer line is a paragraph."""

MIN_WRAP_WIDTH: Final = 30
"""The shortest wrap width taken as one: shorter lines are headings, list items or verse."""

FULL_PERCENT: Final = 85
"""How much of the wrap width a line and the next line's first word must fill for the line
to be full: typeset and hand-wrapped texts break earlier than a greedy wrapper would."""

DENSE_LINES: Final = 4
"""How many full lines show that a text wraps: in the whole of a document with blank-line
paragraphs, or in a row inside a block of one without them."""

_WRAP_BREAKS: Final = frozenset("\n\r\x85\u2028")
"""The line breaks that may only wrap (CR LF ends in LF); form feeds and the paragraph and
record separators always end a paragraph."""

BULLETS: Final = "•‣⁃◦▪"
"""Bullet characters that open list items."""

_LIST_ITEM: Final = re.compile(rf"(?:[-*~{BULLETS}]|\(?(?:\d{{1,3}}|[a-z])[.)]{{1,2}})\s")
"""The start of a list item (a bullet, "1.", "2)", "a.", "(b)"): it begins a line of
its own, never a wrap's continuation."""

_FIRST_WORD: Final = re.compile(rf"[^{BLANKS}]*")
"""A line's first word."""

_SEPARATORS: Final = frozenset(LINE_BREAKS) - _WRAP_BREAKS
"""The line breaks that always end a paragraph, as blank lines do."""


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text`` in order, trimmed; see the module for the model."""
    check_text(text, "paragraphs")
    return [Span.of(text, start, end) for start, end, _ in paragraph_bounds(text, 0, len(text))]


def paragraph_bounds(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """``(start, end, wrapped)`` for each paragraph of ``text[lo:hi]``; ``wrapped`` says
    that the paragraph holds wrap line breaks (a sentence may run over them)."""
    raw = _raw_lines(text, lo, hi)
    wraps = frozenset(_wrap_breaks(text, lo, hi, raw)[0])
    bounds: list[tuple[int, int, bool]] = []
    at = lo
    for index, line in enumerate(raw):
        body = line.lstrip(TRIMMED)
        if body:
            start = at + len(line) - len(body)
            end = start + len(body.rstrip(TRIMMED))
            if index - 1 in wraps:
                bounds[-1] = (bounds[-1][0], end, True)
            else:
                bounds.append((start, end, False))
        at += len(line)
    return bounds


def wrapped_paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph of ``text[lo:hi]`` that holds wrap line
    breaks, measuring only the lines that could wrap: the segmenter calls this on every
    text, and most have a paragraph per line."""
    wraps, raw = _wrap_breaks(text, lo, hi)
    if not wraps or raw is None:
        return []
    offsets = list(accumulate(map(len, raw), initial=lo))
    found: list[tuple[int, int]] = []
    first = wraps[0]
    for index, following in itertools.zip_longest(wraps, wraps[1:]):
        if following == index + 1:
            continue  # the paragraph goes on past the next line
        start = offsets[first] + len(raw[first]) - len(raw[first].lstrip(TRIMMED))
        last = raw[index + 1]
        found.append((start, offsets[index + 1] + len(last.rstrip(TRIMMED))))
        first = following
    return found


def _raw_lines(text: str, lo: int, hi: int) -> list[str]:
    """The lines of ``text[lo:hi]`` with their line breaks, as :meth:`str.splitlines` finds
    them (in C)."""
    return _text(text, lo, hi).splitlines(keepends=True)


def _text(text: str, lo: int, hi: int) -> str:
    return text if lo == 0 and hi == len(text) else text[lo:hi]


def _wrap_breaks(
    text: str, lo: int, hi: int, raw: list[str] | None = None
) -> tuple[list[int], list[str] | None]:
    """The indices of the lines of ``text[lo:hi]`` whose line break only wraps, in order,
    and the lines with their breaks (``raw``, made here if needed and not given).

    Only lines no longer than ``MAX_WRAP_WIDTH`` and followed by a non-blank line can
    wrap; they are found with ``map`` over builtins, in C (stripping a line without
    white space around it copies nothing), and only they, and the blocks that hold them,
    are measured in Python. ``raw``, the lines with their breaks, is made if needed.
    """
    part = _text(text, lo, hi)
    if _few_single_breaks(part):
        return [], raw
    stripped = map(str.strip, part.splitlines(), repeat(TRIMMED))
    lengths = list(map(len, stripped))
    present = list(map(bool, lengths))
    short = map(operator.and_, map(operator.le, lengths, repeat(MAX_WRAP_WIDTH)), present)
    inner = list(compress(range(len(lengths)), map(operator.and_, short, present[1:])))
    if len(inner) < DENSE_LINES:
        return [], raw
    if raw is None:
        raw = _raw_lines(text, lo, hi)
    inner = [index for index in inner if raw[index][-1] in _WRAP_BREAKS]
    if len(inner) < DENSE_LINES:
        return [], raw
    width = sorted(lengths[index] for index in inner)[len(inner) * 9 // 10]
    if width < MIN_WRAP_WIDTH:
        return [], raw
    full = [index for index in inner if _full(raw, lengths, index, width)]
    separated = any(map(_SEPARATORS.__contains__, map(operator.itemgetter(-1), raw)))
    # blank-line paragraphs make a document's blocks wrapped text, once enough full lines
    # show that it wraps at all: most of the lines that could wrap, and DENSE_LINES of them
    # (a headline and its subtitle do not, nor do headlines of random lengths)
    shows_wrapping = len(full) >= DENSE_LINES and 2 * len(full) > len(inner)
    blank_lines = shows_wrapping and (separated or _blank_between(present))
    if not blank_lines and not _has_run(full):
        return [], raw  # no block can be densely wrapped
    wrapped_blocks: dict[int, bool] = {}
    wraps = []
    for index in full:
        first, last = _block(raw, present, index)
        if first not in wrapped_blocks:
            wrapped_blocks[first] = _wrapped_block(
                lengths, full, first, last, blank_lines=blank_lines
            )
        if wrapped_blocks[first]:
            wraps.append(index)
    return wraps, raw


def _few_single_breaks(text: str) -> bool:
    """Whether ``text`` has fewer than ``DENSE_LINES`` runs of an odd number of LFs and no
    other line break that can wrap: then fewer lines than that follow a line directly,
    and nothing wraps. Two counts in C, for text with blank lines between paragraphs."""
    if "\r" in text or "\x85" in text or "\u2028" in text:
        return False
    return text.count("\n") - 2 * text.count("\n\n") < DENSE_LINES


def _full(raw: list[str], lengths: list[int], index: int, width: int) -> bool:
    """Whether line ``index`` and the next line's first word fill ``FULL_PERCENT`` of the
    wrap width; a line that starts a list item is never a wrap's continuation."""
    following = raw[index + 1].lstrip(TRIMMED)
    if _LIST_ITEM.match(following):
        return False
    word = _FIRST_WORD.match(following)
    length = lengths[index] + 1 + (word.end() if word else 0)
    return length * 100 > width * FULL_PERCENT


def _has_run(indices: list[int]) -> bool:
    """Whether ``DENSE_LINES`` of the sorted ``indices`` are consecutive numbers."""
    return any(
        indices[at + DENSE_LINES - 1] - indices[at] == DENSE_LINES - 1
        for at in range(len(indices) - DENSE_LINES + 1)
    )


def _blank_between(present: list[bool]) -> bool:
    """Whether a blank line lies between two non-blank lines."""
    first = present.index(True)
    last = len(present) - present[::-1].index(True)
    return False in present[first:last]


def _block(raw: list[str], present: list[bool], index: int) -> tuple[int, int]:
    """The first and last line of the block that holds line ``index``: the lines around it
    joined by single line breaks that can wrap."""
    first = index
    while first > 0 and present[first - 1] and raw[first - 1][-1] in _WRAP_BREAKS:
        first -= 1
    last = index
    while last + 1 < len(raw) and present[last + 1] and raw[last][-1] in _WRAP_BREAKS:
        last += 1
    return first, last


def _wrapped_block(
    lengths: list[int], full: list[int], first: int, last: int, *, blank_lines: bool
) -> bool:
    """Whether the block of lines ``first..last`` is wrapped text: no line too long for a
    wrapper, and blank-line paragraphs in the document or ``DENSE_LINES`` full lines in a
    row in the block."""
    if max(lengths[first : last + 1]) > MAX_WRAP_WIDTH:
        return False
    if blank_lines:
        return True
    return _has_run([index for index in full if first <= index <= last])


def check_text(text: object, caller: str) -> None:
    """Raise InputError, saying what to pass, unless ``text`` is a str."""
    if isinstance(text, str):
        return
    if isinstance(text, bytes | bytearray | memoryview):
        hint = "decode it first, e.g. data.decode('utf-8')"
    else:
        hint = "pass the article text as a str"
    msg = f"{caller}() takes str, got {type(text).__name__}; {hint}"
    raise InputError(msg)
