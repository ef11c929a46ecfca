"""Inline list items as sentences: "1) Collect the ballots 2) Count them twice".

A list written on one line has items that need not end in punctuation, and
markers that look like sentence ends ("2." after a word, "b." after a letter).
The splitter finds sentences first; where one of them opens with a list marker
("1.", "2)", "3.)", "a.", "• 9.", "⁃9."), this pass splits it before the next
marker in sequence (2 after 1, b after a, the same bullet again) and joins a
marker the splitter left on its own to the item it opens. Only sentences that
open with a marker are read, so text without lists costs nothing here.
"""

from __future__ import annotations

import re
import string
from typing import Final

from quoteattr.model import Span
from quoteattr.segment.layout import BULLETS, LINE_BREAKS

MARKER: Final = re.compile(
    rf"(?P<bullet>[{BULLETS}][^\S\n]?)?(?P<number>\d{{1,3}}|[a-z])(?P<mark>\.\)|[.)])(?=\s|\Z)"
    rf"|(?P<alone>[{BULLETS}])(?=\s)"
)
"""A list marker at the start of an item: a number or a lower-case letter closed by ".",
")" or ".)", after an optional bullet; or a bullet alone."""

MARKER_FIRST: Final = frozenset(string.digits + string.ascii_lowercase + BULLETS)
"""The characters a marker can start with: a cheap test before the regex."""

_LINE_BREAKS: Final = frozenset(LINE_BREAKS)


def list_items(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sentences in order) with inline list items made sentences of their own."""
    out: list[Span] = []
    carried: Span | None = None  # a marker alone, waiting for the item it opens
    for span in spans:
        if carried is None and text[span.start] not in MARKER_FIRST:
            out.append(span)
            continue
        start = span.start
        if carried is not None:
            if _LINE_BREAKS.isdisjoint(text[carried.end : span.start]):
                start = carried.start
            else:
                out.append(carried)
            carried = None
        while True:
            marker = MARKER.match(text, start, span.end)
            if marker is None:
                out.append(Span.unchecked(text, start, span.end))
                break
            if marker.end() >= span.end:
                carried = Span.unchecked(text, start, span.end)
                break
            at = _next_marker(text, marker, span.end)
            if at is None:
                out.append(Span.unchecked(text, start, span.end))
                break
            end = at
            while text[end - 1].isspace():
                end -= 1
            out.append(Span.unchecked(text, start, end))
            start = at
    if carried is not None:
        out.append(carried)
    return out


def _next_marker(text: str, marker: re.Match[str], end: int) -> int | None:
    """Where the marker after ``marker`` in sequence starts, before ``end``, if anywhere."""
    needle = " " + _successor(marker)
    at = text.find(needle, marker.end(), end)
    while at >= 0:
        after = at + len(needle)
        if after == end or text[after].isspace():
            return at + 1
        at = text.find(needle, at + 1, end)
    return None


def _successor(marker: re.Match[str]) -> str:
    """The next marker's text: "2." after "1.", "b)" after "a)", "• 10." after "• 9."."""
    if marker.group("alone"):
        return marker.group("alone")
    number = marker.group("number")
    following = str(int(number) + 1) if number.isdigit() else chr(ord(number) + 1)
    return (marker.group("bullet") or "") + following + marker.group("mark")
