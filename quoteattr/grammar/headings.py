"""Headings: lines that are no sentence of running text.

A heading, dateline or byline has no sentence-final punctuation, or is in title
case ("Senator Says He Will Run."). Its capitals do not mark names, its verbs
may be capitalised, and a quotation in it stands for words quoted later.
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.lexicon.words import CLOSING_QUOTES, SENTENCE_FINAL
from quoteattr.model import Span

MIN_TITLE_WORDS: Final = 3
"""Words of four letters or more a line needs before its capitals make it a headline."""

TITLE_SHARE: Final = 0.8
"""Share of those words capitalised in a title-case headline."""

_CLOSERS: Final = "".join(sorted(CLOSING_QUOTES)) + ") "
"""What may follow a line's final punctuation: closing marks and brackets."""

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def is_heading(sentence: Span) -> bool:
    """A heading, dateline or byline: a line without sentence-final punctuation,
    or one in title case ("Senator Says He Will Run.")."""
    stripped = sentence.text.rstrip(_CLOSERS)
    return not stripped or stripped[-1] not in SENTENCE_FINAL or _title_case(stripped)


def _title_case(line: str) -> bool:
    """Whether nearly every longer word is capitalised, as in a headline."""
    words = _LONG_WORD.findall(line)
    capitalized = sum(w[0].isupper() for w in words)
    return len(words) >= MIN_TITLE_WORDS and capitalized >= TITLE_SHARE * len(words)
