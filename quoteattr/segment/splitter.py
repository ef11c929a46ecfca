"""Sentences, as exact spans of the caller's text: the segmenter, quoteattr's hot path.

Sentences never cross a line (a paragraph, see ``layout``): a paragraph
that opens a quotation and never closes it (news's open-paragraph convention)
still ends its last sentence at the end of the line, and a line with no final
punctuation (a headline, a dateline, a byline) is a sentence of its own.

One compiled regular expression scans the whole text once for every candidate
boundary: a line break, or a run of terminators (``.``, ``!``, ``?``, ``…``)
with any closing quote marks or brackets, then white space. Its look-ahead
captures the start of the next sentence (opening marks, the next word and the
word after it). A line break always ends a sentence; the commonest candidate
(". The" after a plain lower-case word) is decided in the loop, and the rest by
:func:`_is_boundary` and :func:`_ends_at_period`, ladders of O(1) look-ups in the
lexicons below. The text is never copied or rewritten: the regex runs with
``pos``/``endpos`` over the original string, every decision works on offsets
and looks at most a word back, so the cost is linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.errors import InputError, SpanError
from quoteattr.lexicon.cues import SAID_VERBS
from quoteattr.lexicon.words import CLOSING_QUOTES, OPENING_QUOTES, PREPOSITIONS
from quoteattr.model import Span
from quoteattr.segment.abbreviations import KIND, STARTERS, Kind
from quoteattr.segment.collector import collector_paused
from quoteattr.segment.layout import (
    BLANKS,
    LINE_BREAKS,
    TRIMMED,
    check_text,
    wrapped_paragraphs,
)
from quoteattr.segment.lists import MARKER_FIRST, list_items

__all__ = ["sentences", "sentences_in"]


_SAID_VERBS: Final = SAID_VERBS
"""Reporting verbs (the one-word cues of the cue table): in “Why?” Smith asked.
the word after the name is one of these, so the ?” ends a quoted question, not
the sentence."""


_OPENERS: Final = "\"“‘'«‹„‚(["
"""Marks that can open a sentence before its first word."""

_QUOTE_OPENERS: Final = OPENING_QUOTES
"""Opening quotation marks (not brackets): one after an abbreviation starts a sentence."""

_CLOSE_QUOTES: Final = CLOSING_QUOTES
"""Closing quotation marks: ?” or !” before a lower-case word is inside a sentence."""

_LINE_BREAKS: Final = LINE_BREAKS

_SPACE: Final = rf"[^\S{_LINE_BREAKS}]"
"""White space inside a line."""


def _scan(space: str, breaks: str) -> re.Pattern[str]:
    """The candidate scan, for lines that are paragraphs (``breaks`` are the line breaks,
    each a boundary) or for a wrapped paragraph (no ``breaks``; ``space`` takes them in)."""
    line_break = rf"(?<=[{breaks}])[{BLANKS}]*+|" if breaks else ""
    return re.compile(
        rf"(?P<first>[.!?…{breaks}])"  # one character class first: the fast prefix search
        r"(?:"
        rf"{line_break}"  # a line break: always a boundary
        r"(?<![.!?…][.!?…])(?P<more>[.!?…]*+)"  # a run of terminators, never entered midway
        rf"(?P<close>(?:{space}?[»›])?"  # French spacing: « Nous partons. »
        rf"[\"”’'»›)\]]*+(?:{space}*+\[\d{{1,4}}\])*+)"  # closing marks, notes like [12]
        rf"(?P<gap>[{BLANKS}]++|\Z)"  # the end of the range counts as white space after it
        rf"(?=(?P<open>[\"“‘'«‹„‚(\[]*+)(?P<word>\w*+)(?:{space}++(?P<after>\w++))?)"
        r")"
    )


_SCAN: Final = _scan(_SPACE, _LINE_BREAKS)
"""Every place a sentence may end, in one pass over the whole text: a line break,
or terminators followed by closing marks (and reference notes such as " [12]",
which belong to the sentence before), white space, and a look-ahead at the next
sentence's opening marks, first word and second word. The pattern opens with a
single character class so that the regex engine skips to candidates in C, and
its possessive quantifiers run over disjoint classes: no backtracking."""

_SCAN_WRAPPED: Final = _scan(r"\s", "")
"""The same scan for a paragraph whose line breaks only wrap: they are white space."""

_BREAK_CHARS: Final = frozenset(_LINE_BREAKS)

_NO_BREAKS: Final[frozenset[str]] = frozenset()

_SPACES_THEN_WORD: Final = re.compile(rf"{_SPACE}++\S")
"""White space inside a line, then more text: what follows an initial."""

_TAIL: Final = re.compile(r"\S++\Z")
"""The word that ends where a search's ``endpos`` is."""

_DOTTED: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
"""A dotted acronym without its final period: U.S, a.m, N.Y, U.S.S.R."""

_NUMBERING: Final = re.compile(r"\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,5}")
"""A list or section number without its final period: 2, 2.1, iv."""

_CITATION: Final = re.compile(
    r"\((?:[A-Z][\w’'-]*)(?: (?:et al\.|and [A-Z][\w’'-]*|& [A-Z][\w’'-]*))?,?"
    r" (?:pp?\. ?)?\d{1,4}(?:[-–]\d{1,4})?\)"
)
"""A parenthesised citation: "(Smith 55)", "(Lee and Park, p. 12)", "(Ng et al. 3-4)"."""

_PERIOD_THEN_ELLIPSIS: Final = re.compile(rf"\w\.(?:{_SPACE}\.){{3}}{_SPACE}+[\"“‘'(\[]*\w")
"""A word's period, then a spaced ellipsis and more text: "compounds. . . . The"."""

_PREPOSITIONS: Final = PREPOSITIONS

_OPENING_PHRASE_WORDS: Final = 4
"""The most words a sentence-opening phrase ("In the U.S.", "At 5 a.m.") is read as."""

_MAX_TOKEN: Final = 16
"""How far back to look for the word before a period; longer words are not abbreviations."""


def sentences(text: str) -> list[Span]:
    """The sentences of ``text`` in order, trimmed; none crosses a line break."""
    check_text(text, "sentences")
    with collector_paused():
        return _by_paragraph(text, 0, len(text))


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    """The sentences of ``text[start:end]`` (say, one paragraph), with offsets into ``text``.

    The range is segmented as if it were the whole text: its lines are
    paragraphs and no sentence crosses a line break or the range's edges. (One
    exception, for ranges that are not paragraphs: a range that starts inside a
    run of terminators, such as the second dot of "..", does not see a candidate
    there, since the run began before it.)
    """
    check_text(text, "sentences_in")
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            msg = (
                f"sentences_in() takes int offsets, got {name}={value!r}; pass span.start, span.end"
            )
            raise InputError(msg)
    if not 0 <= start <= end <= len(text):
        msg = (
            f"sentences_in() range [{start}, {end}) is outside a text of {len(text)} "
            "characters; pass offsets from paragraphs(text)"
        )
        raise SpanError(msg)
    with collector_paused():
        return _by_paragraph(text, start, end)


def _by_paragraph(text: str, lo: int, hi: int) -> list[Span]:
    """The sentences of ``text[lo:hi]`` by its paragraph model: the lines that are
    paragraphs in one scan (a line break ends a sentence), and each wrapped paragraph in a
    scan that reads its line breaks as white space."""
    wrapped = wrapped_paragraphs(text, lo, hi)
    if not wrapped:
        return _sentences(text, lo, hi)
    out: list[Span] = []
    start = lo
    for first, last in wrapped:
        out += _sentences(text, start, first)
        out += _sentences(text, first, last, _SCAN_WRAPPED, _NO_BREAKS)
        start = last
    out += _sentences(text, start, hi)
    return out


def _sentences(
    text: str,
    lo: int,
    hi: int,
    scan: re.Pattern[str] = _SCAN,
    breaks: frozenset[str] = _BREAK_CHARS,
) -> list[Span]:
    """The sentences of ``text[lo:hi]``: one scan, one decision per candidate.

    This is the hot path: the match's groups are read in one call, the two
    commonest candidates (a line break, and ``.`` plus a space before a capital)
    are decided in the loop, and spans are built without re-validating offsets
    that are right by construction.
    """
    out: list[Span] = []
    append = out.append
    span = Span.unchecked
    start = lo
    while start < hi and text[start] in TRIMMED:
        start += 1
    lists = start < hi and text[start] in MARKER_FIRST  # a sentence may open a list item
    for m in scan.finditer(text, start, hi):
        first, more, close, gap, opening, word, _after = m.groups()
        if gap is None:  # a line break ends the line's last sentence
            end = m.start()
            while end > start and text[end - 1] in TRIMMED:
                end -= 1
            if end > start:
                append(span(text, start, end))
            start = m.end()
            lists = lists or (start < hi and text[start] in MARKER_FIRST)
            continue
        stop = m.end()
        if gap == " " or (stop < hi and breaks.isdisjoint(gap)):
            # not at the end of a line: decide
            if first == "." and not (more or close or opening) and word[:1].isupper():
                # the commonest candidate: ". The" after a lower-case word is a boundary
                at = stop - len(gap) - 1
                space = text.rfind(" ", max(start, at - _MAX_TOKEN - 1), at)
                token = text[space + 1 : at] if space >= 0 else ""
                if not (
                    len(token) > 1 and token.isalpha() and not token.isupper() and token not in KIND
                ) and not _ends_at_period(text, m, start, word):
                    continue
            elif not _is_boundary(text, m, start):
                continue
        append(span(text, start, stop - len(gap)))
        start = stop
        lists = lists or (stop < hi and text[stop] in MARKER_FIRST)
    if start < hi:
        end = hi
        while text[end - 1] in TRIMMED:
            end -= 1
        append(span(text, start, end))
    return list_items(text, out) if lists else out


def _ends_at_period(
    text: str, m: re.Match[str], sentence_start: int, word: str, *, quoted: bool = False
) -> bool:
    """Whether the candidate ``m``, a ``.`` then white space and the capitalised
    ``word`` (after an opening quotation mark if ``quoted``), ends the sentence
    that began at ``sentence_start``.

    The period ends it unless the word before is an abbreviation, an initial or a
    list number, which the lexicons tell in one look-up.
    """
    at = m.start()
    if 0 < _spaced_dots_before(text, at) < 3:
        return False  # the last dot of a spaced ellipsis, "well . . . I"; a fourth ends
    token, alone = _word_before(text, at, sentence_start)
    if alone and (_NUMBERING.fullmatch(token) or _is_initial_or_acronym(token)):
        # a numbered heading or list item ("2.1. Results", "A. Background"), "P.S. ..."
        return False
    kind = KIND.get(token)
    if kind is Kind.NUMERAL:
        return not word[:1].isdigit()
    if kind is Kind.TITLE:
        return False
    if len(token) == 1 and len(word) == 1 and _is_initial_at(text, m.end("word"), m.endpos):
        # one initial after another: J. R. R. Tolkien, J. A. Smith
        return False
    if kind is Kind.ABBREVIATION or _is_initial_or_acronym(token):
        return (word in STARTERS or quoted) and not _opening_phrase(text, sentence_start, at)
    return True


def _spaced_dots_before(text: str, at: int) -> int:
    """How many spaced dots (". . .": a space before and after each) stand right before
    ``at``; a period that closes a word ("compounds. . . .") is not one of them."""
    count = 0
    while at >= 2 and text[at - 1] == " " and text[at - 2] == "." and text[at - 3 : at - 2] in " ":
        count += 1
        at -= 2
    return count


def _opening_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a short phrase opening a sentence with a
    preposition ("At 5 a.m. Mr. Smith went"): no sentence ends inside one."""
    words = text[start:end].split(maxsplit=_OPENING_PHRASE_WORDS)
    return len(words) <= _OPENING_PHRASE_WORDS and words[0].lower() in _PREPOSITIONS


def _is_boundary(text: str, m: re.Match[str], sentence_start: int) -> bool:
    """Whether the candidate ``m`` ends the sentence that began at ``sentence_start``.

    Every candidate but the commonest (". The" after a plain word, decided in
    :func:`_sentences`) comes here: ``?``/``!``, ellipses, closing marks, an
    opening mark or a non-capital next.
    """
    first, more, close, _gap, opening, word, after = m.groups()
    term = first + more
    first_at = m.end() + len(opening)
    nxt = text[first_at] if first_at < m.endpos else ""

    if nxt.islower():
        # “Are you ready?” he asked. / e.g. this / a pause … then more
        return False
    if opening[:1] == "(" and _CITATION.match(text, m.end()):
        # “…” (Smith 55). : a citation belongs to the sentence it cites
        return False
    if nxt == ".":
        # a spaced ellipsis follows: it ends the sentence only after a period that closes
        # a word ("compounds. . . . The") and before more text; ". . ." alone pauses
        after_word = first == "." and not more and m.start() > 0
        return after_word and _PERIOD_THEN_ELLIPSIS.match(text, m.start() - 1) is not None
    if nxt and nxt in "!?…":
        # a stray run of marks
        return False
    if "." not in term or "…" in term or ".." in term:
        # ?, ! or an ellipsis: split unless a quotation is followed by its speaker
        # (“Why?” Smith asked. / “I don’t know…” Smith said.)
        return not (
            any(c in _CLOSE_QUOTES for c in close)
            and word[:1].isupper()
            and ((after or "") in _SAID_VERBS or _titled_speaker(text, m, word))
        )
    if close:
        # ." or .) then a capital: the period closed the sentence inside the marks
        return True
    quoted = any(c in _QUOTE_OPENERS for c in opening)
    return _ends_at_period(text, m, sentence_start, word, quoted=quoted)


def _titled_speaker(text: str, m: re.Match[str], word: str) -> bool:
    """Whether the next words are a title, a name and a reporting verb (“Why?” Mrs. Lee
    asked.): the look-ahead's second word is the title's period, so read one name on."""
    if KIND.get(word) is not Kind.TITLE:
        return False
    found = _NAME_THEN_VERB.match(text, m.end("word"), m.endpos)
    return found is not None and found.group(1) in _SAID_VERBS


_NAME_THEN_VERB: Final = re.compile(rf"\.?{_SPACE}++[A-Z][\w’'-]*+{_SPACE}++(\w++)")
"""After a title: its period, a capitalised name, then the word after it."""


def _word_before(text: str, at: int, floor: int) -> tuple[str, bool]:
    """The word ending at ``at`` without opening marks ("" if long or absent), and
    whether it is the first word of the sentence that began at ``floor``.

    An upper-case word is looked up in title case (MRS. -> Mrs), and a
    hyphenated one by its last part (D-Calif. -> Calif, post-Jan. -> Jan).
    """
    lo = max(floor, at - _MAX_TOKEN)
    found = _TAIL.search(text, lo, at)
    if found is None:
        return "", False
    begin = found.start()
    if begin == lo and lo > floor and not text[lo - 1].isspace():
        return "", False  # longer than any abbreviation
    alone = begin == floor
    token = found.group()
    if token[0] in _OPENERS:
        token = token.lstrip(_OPENERS)
    if token in KIND:
        return token, alone
    if len(token) > 1 and token.isupper() and token.capitalize() in KIND:
        return token.capitalize(), alone
    if "-" in token:
        return token.rpartition("-")[2], alone
    return token, alone


def _is_initial_at(text: str, at: int, end: int) -> bool:
    """Whether the letter before ``at`` is an initial: a period, then spaces and more
    text on the same line, before ``end``."""
    return text.startswith(".", at, end) and _SPACES_THEN_WORD.match(text, at + 1, end) is not None


def _is_initial_or_acronym(token: str) -> bool:
    """A single letter (an initial: Ann B. Smith) or a dotted acronym (U.S, N.Y)."""
    if len(token) == 1:
        return token.isalpha()
    return _DOTTED.fullmatch(token) is not None
