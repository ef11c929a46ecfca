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
  lines (and has ``DENSE_LINES`` full lines in all) or the block is densely wrapped
  (``DENSE_LINES`` full lines in a row); a line that
  starts a list item is never a wrap's continuation;
- every other line break ends a paragraph.

A paragraph is trimmed of the white space around it (and of a byte-order mark,
which editors put at the start of a file); its wrap breaks stay inside it, so
offsets into the text are exact and the text is never rewritten.
"""

from __future__ import annotations

import itertools
import re
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

_LINE: Final = re.compile(rf"[^{BLANKS}](?:[^{LINE_BREAKS}]*[^{BLANKS}])?")
"""A non-blank line without the white space (or byte-order mark) around it."""

_ONE_BREAK: Final = re.compile(rf"[^\S{LINE_BREAKS}]*(?:\r\n|[\n\r\x85\u2028])[^\S{LINE_BREAKS}]*")
"""The gap between two lines of one block: a single line break, no blank line. Form
feeds and the paragraph and record separators always end a paragraph."""

_LIST_ITEM: Final = re.compile(r"(?:[-*~•‣⁃◦▪]|\(?(?:\d{1,3}|[a-z])[.)]{1,2})\s")
"""The start of a list item (a bullet, "1.", "2)", "a.", "(b)"): it begins a line of
its own, never a wrap's continuation."""

_FIRST_WORD: Final = re.compile(rf"[^{BLANKS}]*")
"""A line's first word."""


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text`` in order, trimmed; see the module for the model."""
    check_text(text, "paragraphs")
    return [Span.of(text, start, end) for start, end, _ in paragraph_bounds(text, 0, len(text))]


def paragraph_bounds(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """``(start, end, wrapped)`` for each paragraph of ``text[lo:hi]``; ``wrapped`` says
    that the paragraph holds wrap line breaks (a sentence may run over them)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, lo, hi)]
    joins = _wraps(text, lines)
    bounds: list[tuple[int, int, bool]] = []
    index = 0
    while index < len(lines):
        start = lines[index][0]
        last = index
        while last < len(joins) and joins[last]:
            last += 1
        bounds.append((start, lines[last][1], last > index))
        index = last + 1
    return bounds


def _wraps(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    """For each pair of consecutive lines, whether the break between them only wraps."""
    same_block = [
        _ONE_BREAK.fullmatch(text, before[1], after[0]) is not None
        for before, after in itertools.pairwise(lines)
    ]
    width = _wrap_width(lines, same_block)
    if not width:
        return [False] * len(same_block)
    full = [
        joined and _full(text, before, after, width) and not _LIST_ITEM.match(text, after[0])
        for before, after, joined in zip(lines, lines[1:], same_block, strict=False)
    ]
    # blank-line paragraphs make a document's blocks wrapped text, once enough full
    # lines show that it wraps at all (a headline and its subtitle do not)
    blank_lines = not all(same_block) and sum(full) >= DENSE_LINES
    wraps = [False] * len(same_block)
    block = 0
    while block < len(lines):
        end = block
        while end < len(same_block) and same_block[end]:
            end += 1
        # lines[block..end] are one block, its breaks are same_block[block:end]
        if end > block and _wrapped_block(lines, full, block, end, blank_lines=blank_lines):
            wraps[block:end] = full[block:end]
        block = end + 1
    return wraps


def _wrap_width(lines: list[tuple[int, int]], same_block: list[bool]) -> int:
    """The document's wrap width: the 90th percentile of the lengths of lines followed by
        another line of their block, among those no longer than ``MAX_WRAP_WIDTH`` (0 when
    there is none, or it is under ``MIN_WRAP_WIDTH``)."""
    lengths = sorted(
        length
        for (start, end), joined in zip(lines, same_block, strict=False)
        if joined and (length := end - start) <= MAX_WRAP_WIDTH
    )
    width = lengths[len(lengths) * 9 // 10] if lengths else 0
    return width if width >= MIN_WRAP_WIDTH else 0


def _full(text: str, before: tuple[int, int], after: tuple[int, int], width: int) -> bool:
    """Whether ``before``, a line a wrapper could have written, and the next line's first
    word fill ``FULL_PERCENT`` of the wrap width."""
    length = before[1] - before[0]
    if length > MAX_WRAP_WIDTH:
        return False
    word = _FIRST_WORD.match(text, after[0], after[1])
    following = word.end() - word.start() if word else 0
    return (length + 1 + following) * 100 > width * FULL_PERCENT


def _wrapped_block(
    lines: list[tuple[int, int]], full: list[bool], first: int, last: int, *, blank_lines: bool
) -> bool:
    """Whether the block ``lines[first..last]`` is wrapped text: no line too long for a
    wrapper, and blank-line paragraphs in the document or ``DENSE_LINES`` full lines in a
    row in the block."""
    if any(end - start > MAX_WRAP_WIDTH for start, end in lines[first : last + 1]):
        return False
    if blank_lines:
        return True
    run = 0
    for is_full in full[first:last]:
        run = run + 1 if is_full else 0
        if run >= DENSE_LINES:
            return True
    return False


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
