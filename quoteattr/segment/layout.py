"""Paragraphs, as exact spans of the caller's text.

News puts one paragraph on a line, so a paragraph is a non-blank line, trimmed
of the white space around it.
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.errors import InputError
from quoteattr.model import Span

LINE_BREAKS: Final = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The characters :meth:`str.splitlines` breaks at; each ends a paragraph."""

_PARAGRAPH: Final = re.compile(rf"\S(?:[^{LINE_BREAKS}]*\S)?")
"""A non-blank line without its leading and trailing white space."""


def paragraphs(text: str) -> list[Span]:
    """One span per non-blank line of ``text``, trimmed of surrounding white space."""
    check_text(text, "paragraphs")
    return [Span.of(text, m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


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
