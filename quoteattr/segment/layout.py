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
import re
from typing import Final, NamedTuple

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

_BREAK_SET: Final = frozenset(LINE_BREAKS)
"""``LINE_BREAKS`` as a set, for one character at a time."""


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text`` in order, trimmed; see the module for the model."""
    check_text(text, "paragraphs")
    return [Span.of(text, start, end) for start, end, _ in paragraph_bounds(text, 0, len(text))]


def paragraph_bounds(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """``(start, end, wrapped)`` for each paragraph of ``text[lo:hi]``; ``wrapped`` says
    that the paragraph holds wrap line breaks (a sentence may run over them)."""
    joined = {line.next_start for line in _wrap_lines(text, lo, hi)}
    bounds: list[tuple[int, int, bool]] = []
    at = lo
    for line in _text(text, lo, hi).splitlines(keepends=True):
        body = line.lstrip(TRIMMED)
        if body:
            start = at + len(line) - len(body)
            end = start + len(body.rstrip(TRIMMED))
            if at in joined:
                bounds[-1] = (bounds[-1][0], end, True)
            else:
                bounds.append((start, end, False))
        at += len(line)
    return bounds


def wrapped_paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph of ``text[lo:hi]`` that holds wrap line
    breaks. The segmenter calls this on every text, and most have a paragraph per line:
    only the lines that could wrap are looked at in Python."""
    return [
        (block[0].body, _line_end(text, block[-1].next_start, hi))
        for block in _blocks(_wrap_lines(text, lo, hi))
    ]


def _text(text: str, lo: int, hi: int) -> str:
    return text if lo == 0 and hi == len(text) else text[lo:hi]


class _Line(NamedTuple):
    """A line that could wrap: no longer than ``MAX_WRAP_WIDTH``, followed by a wrap
    break and a non-blank line. Offsets into the text."""

    start: int
    """Where the line starts, after the line break before it."""
    body: int
    """Where its first non-blank character is."""
    length: int
    """Its length without the white space around it."""
    next_start: int
    """Where the next line starts, after this line's break."""
    next_body: int
    """Where the next line's first non-blank character is."""


_INLINE: Final = rf"(?:[^\S{LINE_BREAKS}]|\ufeff)"
"""White space inside a line, and the byte-order mark."""

_COULD_WRAP: Final = (
    rf"(?={_INLINE}*+(?P<body>[^{BLANKS}][^{LINE_BREAKS}]{{0,{MAX_WRAP_WIDTH - 1}}}+)"
    r"(?P<brk>\r\n|[\n\r\x85\u2028])"
    rf"{_INLINE}*+(?P<next>[^{BLANKS}]))"
)
"""A line that could wrap, seen from its start without moving: at most ``MAX_WRAP_WIDTH``
characters after its leading white space, then a line break that may only wrap (CR LF
ends in LF), then a line that is not blank. The possessive count fails a long line
after ``MAX_WRAP_WIDTH`` characters, without backtracking."""

_FIRST_LINE: Final = re.compile(_COULD_WRAP)
"""``_COULD_WRAP`` for the first line of a range, which no line break opens."""

_AFTER_LF: Final = re.compile(rf"\n{_COULD_WRAP}")
"""``_COULD_WRAP`` after every LF: the regex engine finds a literal first character
faster than one of a class, and most texts break lines with LF alone."""

_AFTER_ANY_BREAK: Final = re.compile(rf"[{LINE_BREAKS}]{_COULD_WRAP}")
"""``_COULD_WRAP`` after every line break, for text with other line breaks than LF."""

_OTHER_BREAKS: Final = tuple(LINE_BREAKS.replace("\n", ""))

_SHORT_LINE: Final = re.compile(
    rf"{_INLINE}*+[^{LINE_BREAKS}]{{0,{MAX_WRAP_WIDTH}}}(?=[{LINE_BREAKS}]|\Z)"
)
"""A line no longer than ``MAX_WRAP_WIDTH`` after its leading white space."""

_LINE_REST: Final = re.compile(rf"[^{LINE_BREAKS}]*+")
"""The rest of a line, up to its line break."""

_SEPARATOR: Final = re.compile(f"[{''.join(sorted(set(LINE_BREAKS) - _WRAP_BREAKS))}]")
"""A line break that always ends a paragraph, as a blank line does."""

_BLANK_LINE: Final = re.compile(rf"(?>\r\n|[{LINE_BREAKS}]){_INLINE}*+(?>\r\n|[{LINE_BREAKS}])")
"""A line break, a blank line and its break."""

_NON_BLANK: Final = re.compile(f"[^{BLANKS}]")

_LONE_LF: Final = re.compile(r"\n(?!\n)(?<!\n\n)")
"""An LF with no LF before or after it: every line that could wrap ends in one or in
another wrap break. The literal first character lets the regex engine skip to it in C."""


def _could_wrap(text: str, lo: int, hi: int, part: str) -> list[_Line]:
    """Every line of ``text[lo:hi]`` (``part``) that could wrap, in order, found in C."""
    first = _FIRST_LINE.match(text, lo, hi)
    matches = [first] if first else []
    later = _AFTER_ANY_BREAK if any(map(part.__contains__, _OTHER_BREAKS)) else _AFTER_LF
    matches += later.finditer(text, lo, hi)
    return [
        _Line(
            m.end(),
            m.start("body"),
            len(m["body"].rstrip(TRIMMED)),
            m.end("brk"),
            m.start("next"),
        )
        for m in matches
    ]


def _wrap_lines(text: str, lo: int, hi: int) -> list[_Line]:
    """The lines of ``text[lo:hi]`` whose line break only wraps, in order.

    Only lines that could wrap (``_could_wrap``) are measured in Python, and the blocks
    they make: runs of them, each line's break followed by the next of the run.
    """
    part = _text(text, lo, hi)
    if _few_single_breaks(text, lo, hi):
        return []
    inner = _could_wrap(text, lo, hi, part)
    if len(inner) < DENSE_LINES:
        return []
    width = sorted(line.length for line in inner)[len(inner) * 9 // 10]
    if width < MIN_WRAP_WIDTH:
        return []
    full = [line for line in inner if _full(text, hi, line, width)]
    # blank-line paragraphs make a document's blocks wrapped text, once enough full lines
    # show that it wraps at all: most of the lines that could wrap, and DENSE_LINES of them
    # (a headline and its subtitle do not, nor do headlines of random lengths)
    shows_wrapping = len(full) >= DENSE_LINES and 2 * len(full) > len(inner)
    blank_lines = shows_wrapping and (
        _SEPARATOR.search(text, lo, hi) is not None or _blank_between(text, lo, hi)
    )
    if not blank_lines and not _has_run(full):
        return []  # no block can be densely wrapped
    full_starts = {line.start for line in full}
    wraps: list[_Line] = []
    for block in _blocks(inner):
        in_block = [line for line in block if line.start in full_starts]
        if in_block and _wrapped_block(text, lo, hi, block, in_block, blank_lines=blank_lines):
            wraps += in_block
    return wraps


def _few_single_breaks(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` has fewer than ``DENSE_LINES`` lone LFs (no LF next to them)
    and no other line break that can wrap: then fewer lines than that follow a line
    directly, and nothing wraps. The search stops at the ``DENSE_LINES``-th lone LF, so
    text that wraps is not read to its end here."""
    lone = _LONE_LF.finditer(text, lo, hi)
    if sum(1 for _ in itertools.islice(lone, DENSE_LINES)) == DENSE_LINES:
        return False
    part = _text(text, lo, hi)
    return "\r" not in part and "\x85" not in part and "\u2028" not in part


def _full(text: str, hi: int, line: _Line, width: int) -> bool:
    """Whether ``line`` and the next line's first word fill ``FULL_PERCENT`` of the
    wrap width; a line that starts a list item is never a wrap's continuation."""
    if _LIST_ITEM.match(text, line.next_body, hi):
        return False
    word = _FIRST_WORD.match(text, line.next_body, hi)
    length = line.length + 1 + (word.end() - line.next_body if word else 0)
    return length * 100 > width * FULL_PERCENT


def _has_run(lines: list[_Line]) -> bool:
    """Whether ``DENSE_LINES`` of ``lines`` (in order) follow each other in the text."""
    run = 1
    for before, line in itertools.pairwise(lines):
        run = run + 1 if before.next_start == line.start else 1
        if run >= DENSE_LINES:
            return True
    return False


def _blank_between(text: str, lo: int, hi: int) -> bool:
    """Whether a blank line lies between two non-blank lines of ``text[lo:hi]``."""
    first = _NON_BLANK.search(text, lo, hi)
    if first is None:
        return False
    blank = _BLANK_LINE.search(text, first.start(), hi)
    return blank is not None and _NON_BLANK.search(text, blank.end(), hi) is not None


def _blocks(lines: list[_Line]) -> list[list[_Line]]:
    """``lines`` in runs, each line's break followed by the next line of the run."""
    blocks: list[list[_Line]] = []
    for line in lines:
        if blocks and blocks[-1][-1].next_start == line.start:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _wrapped_block(
    text: str, lo: int, hi: int, block: list[_Line], full: list[_Line], *, blank_lines: bool
) -> bool:
    """Whether the lines of ``block`` and the line after it are wrapped text: no line too
    long for a wrapper joined to them, and blank-line paragraphs in the document or
    ``DENSE_LINES`` full lines in a row.

    Every short line joined to the next by a wrap break is in a block, so a line joined
    to the block from before it, or a long last line, is a line longer than a wrapper
    writes."""
    if _joined_before(text, lo, block[0].start) or not _SHORT_LINE.match(
        text, block[-1].next_start, hi
    ):
        return False
    return blank_lines or _has_run(full)


def _joined_before(text: str, lo: int, start: int) -> bool:
    """Whether the line at ``start`` follows a non-blank line through a wrap break."""
    if start == lo or text[start - 1] not in _WRAP_BREAKS:
        return False
    at = start - 2 if text[start - 1] == "\n" and text[start - 2 : start] == "\r\n" else start - 1
    while at > lo and text[at - 1] in TRIMMED and text[at - 1] not in _BREAK_SET:
        at -= 1
    return at > lo and text[at - 1] not in _BREAK_SET


def _line_end(text: str, start: int, hi: int) -> int:
    """The end of the line at ``start`` without its trailing white space."""
    end = _LINE_REST.match(text, start, hi).end()  # type: ignore[union-attr]
    while end > start and text[end - 1] in TRIMMED:
        end -= 1
    return end


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
