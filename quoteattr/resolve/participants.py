"""Who "I" and "you" are outside any quotation: the text's writer and whom it addresses.

First and second person in narration, a letter, a vlog or an interview's answers
refer to the people the text is written by and to, not to anyone it names in the
third person. Where the text says who they are, it says so in a few set places:
a self-introduction ("I'm Dave", "my name is Ann Smith"), a letter's salutation
("Dear Hannah:") and its signature after a closing ("Love always,\\nMarcie"). A
transcript of a speech or a briefing is spoken in the first person by whoever holds
the floor: its heading or lead names the speaker ("Remarks by President Ann Lee",
"Senator Bo Park delivered remarks", "Lee Floor Speech"), and where several speak, a
label in capitals on a line of its own opens each turn ("THE PRESIDENT:").
``Participants`` finds those once per text; where none is given, the writer is
"I" (or "we") and the addressee "you", an entity the text never names.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from quoteattr.lexicon.loader import word_set
from quoteattr.model import Span
from quoteattr.resolve.gazetteer import GIVEN_NAME_GENDERS, government_of

_CLOSINGS: Final = word_set("letter_closings.txt")
"""Words that close a letter before its signature ("Yours", "Sincerely", "Love")."""

_NAME: Final = r"[A-Z][a-z’'][\w’'-]*(?: (?:[A-Z]\.|[A-Z][a-z’'][\w’'-]*)){0,3}"
"""One to four capitalised words, or initials: a name as a text writes it."""

_INTRODUCTION: Final = re.compile(
    rf"\b(?:I[’']m|I am|[Mm]y name is|[Tt]his is)"
    rf"(?: your host,?(?: as always,?)?)?,? (?P<name>{_NAME})"
)
"""A self-introduction: "I'm Mario J. Lucero", "my name is Ann", "I'm your host, Dave"."""

_JOINED: Final = re.compile(rf"\b(?:[Jj]oined (?:today |again )?by|[Mm]y co-?host,?) {_NAME}")
"""A second speaker the first introduces: "I am joined by Alex", "my co-host Bo"."""

_MODIFIES: Final = re.compile(r" (?!(?:about|on|of|in|at|for|and|from|with|to)\b)[a-z]")
"""A lower-case word right after a name that is no preposition or "and": the name
modifies a noun ("New York bar owner"), it names no one."""

_SALUTATION: Final = re.compile(rf"(?m)^[ \t]*(?:[Dd]ear|[Dd]earest) (?P<name>{_NAME})[ \t]*[:,;-]")
"""A letter's salutation on a line of its own: "Dear Hannah:", "Dear John;"."""

_SIGNATURE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<closing>[A-Z][a-z]+)(?: [a-z]+)?[,.!]?[ \t]*(?:\n[ \t]*)?"
    rf"\[?(?P<name>{_NAME})\]?[ \t]*$"
)
"""A closing word and the name signed after it, on the same line or the next:
"Yours,\\nBill", "Sincerely, [William Mathée]", "Love always,\\nMarcie"."""

_INTERVIEWEE: Final = re.compile(
    rf"\b(?:[Ii]nterview(?:s|ed)?(?: with)?|(?:spoke|talked|talks|speaks) (?:with|to))"
    rf" (?:(?:[a-z]+|[A-Z]{{2,}}|[A-Z][a-z]+ of the) ){{0,6}}?(?P<name>{_NAME})"
)
"""Whom an interview's opening says it interviews: "Reporters interview Ann Lee",
"Interview with … philosopher Paul Okafor", "spoke with Bo Park, president of …"."""

HEADER_WINDOW: Final = 600
"""How far into a text its opening may say whom it interviews."""

_LINE_END: Final = re.compile(r"\n|\Z")
"""Where a line ends: its line break, or the end of the text."""

_TEXT_LINE: Final = re.compile(r"^[^\S\n]*\S", re.MULTILINE)
"""A line that holds text (blank lines are not counted)."""

_QUESTION_END: Final = re.compile(r"\?[^\S\n]*(?=\n|\Z)")
"""A question mark that ends its line (white space may follow it)."""

DIALOGUE_QUESTIONS: Final = 5
"""How many lines of a text must be plain questions (a line that ends with "?") for
its lines to be read as the turns of a dialogue."""

DIALOGUE_SHARE: Final = 0.1
"""The least share of a text's lines that must be plain questions for a dialogue."""

_DELIVERY: Final = re.compile(
    rf"\b(?:(?:[Rr]emarks|[Ss]peech|[Ss]tatement|[Aa]ddress|[Tt]estimony) (?:by|of)"
    rf" (?P<by>{_NAME})"
    rf"|(?P<subject>{_NAME}) (?:delivered|gave) (?:the following |these )?"
    rf"(?:remarks|a speech|an address|a statement|testimony)\b"
    rf"|(?P<owner>[A-Z][a-z’'][\w’'-]*(?: [A-Z][a-z’'][\w’'-]*){{0,3}}?)"
    rf" (?:Floor )?(?:Speech|Remarks|Statement|Address)\b)"
)
"""A transcript's heading or lead naming who speaks it: "Remarks by President Ann Lee",
"Senator Bo Park delivered remarks", "Lee Floor Speech on …"."""

_TURN: Final = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?P<name>(?:[A-Z][A-Z.’'-]* ){0,3}[A-Z][A-Z.’'-]+):[ \t]*$"
)
"""A turn label in capitals that ends its line, at a line's or a sentence's start:
"THE PRESIDENT:", "SENATOR PARK:"."""

_THE: Final = "THE"

_TITLE_WORD: Final = re.compile(r"\b[A-Z][a-z]+\b")
"""A word in title case, as a text writes a name."""

MAX_ROLES: Final = 16
"""How many different roles in turn labels are looked up (each costs a scan of the text)."""

SIGNATURE_WINDOW: Final = 400
"""How far from the end of a text its signature may stand (a postscript may follow)."""


class Participants:
    """The writer's and the addressee's names, as far as the text gives them."""

    def __init__(self, text: str) -> None:
        self._introductions = [
            found
            for found in (_named(m) for m in _INTRODUCTION.finditer(text))
            if found is not None
        ]
        self._starts = [span.start for span in self._introductions]
        self._shared = (
            len({span.text for span in self._introductions}) > 1 or _JOINED.search(text) is not None
        )
        """Whether the text introduces more than one speaker ("I'm Ann." / "I'm Bo."; "I'm
        joined by Bo"): its "I" is an introducer's only on the introduction's line."""
        self._signature = _signature(text)
        salutation = _SALUTATION.search(text)
        self._salutation = _captured(salutation) if salutation else None
        self._interviewee = _interviewee(text)
        self._speaker = _transcript_speaker(text)
        self._turns = _turns(text)
        self._turn_starts = [start for start, _ in self._turns]
        self._text = text
        self._line_ends: list[int] | None = None
        self._question_ends: set[int] = set()
        self._lines = 0

    def writer(self, position: int) -> Span | None:
        """Who "I" at ``position`` is: in a transcript, the speaker of the turn it is in;
        else the nearest self-introduction before it (the first after it if none comes
        before; where several people are introduced, only the one on its line), else in
        an interview's answers the one it interviews, else the speaker a transcript's
        heading names, else the letter's signature; None if the text does not say."""
        turn = bisect.bisect_right(self._turn_starts, position)
        if turn:
            return self._turns[turn - 1][1]
        if self._introductions:
            before = bisect.bisect_right(self._starts, position)
            if self._shared:  # two or more people speak: "I" is only an introducer's line's
                near = self._introductions[max(0, before - 1) : before + 1]
                return next((s for s in near if self._same_line(s.start, position)), None)
            return self._introductions[before - 1 if before else 0]
        if self._interviewee is not None and not self._in_question(position):
            return self._interviewee
        return self._speaker or self._signature

    def addressee(self, position: int) -> Span | None:
        """Whom "you" at ``position`` addresses: a letter's "Dear …", or in an interview's
        questions the one it interviews; None if the text does not say."""
        if self._salutation is not None:
            return self._salutation
        if self._interviewee is not None and self._in_question(position):
            return self._interviewee
        return None

    def dialogue(self) -> bool:
        """Whether the text reads as an unlabelled exchange between people: at least
        ``DIALOGUE_QUESTIONS`` of its lines, and ``DIALOGUE_SHARE`` of them, are plain
        questions (a transcript, an interview, a conversation). Its "I" and "you" change
        person from turn to turn, and the text does not say whose turn a line is."""
        self._find_lines()
        questions = len(self._question_ends)
        return questions >= DIALOGUE_QUESTIONS and questions >= DIALOGUE_SHARE * self._lines

    def several(self) -> bool:
        """Whether the text introduces more than one speaker: an "I" off an introduction's
        line is one of them, the text does not say which."""
        return self._shared

    def _same_line(self, first: int, second: int) -> bool:
        """Whether two offsets are on one line (one paragraph of a transcript); the lines'
        ends are found once, so each look-up is two bisections, however far apart."""
        ends = self._find_lines()
        return bisect.bisect_left(ends, first) == bisect.bisect_left(ends, second)

    def _in_question(self, position: int) -> bool:
        """Whether ``position`` is in a paragraph (a line) that ends with a question mark;
        the lines' ends are found once, so each look-up is a bisection."""
        ends = self._find_lines()
        line = bisect.bisect_left(ends, position)
        return line < len(ends) and ends[line] in self._question_ends

    def _find_lines(self) -> list[int]:
        """The ends of the text's lines and of its question lines, found once."""
        if self._line_ends is None:
            self._line_ends = [m.start() for m in _LINE_END.finditer(self._text)]
            self._question_ends = {m.end() for m in _QUESTION_END.finditer(self._text)}
            self._lines = len(_TEXT_LINE.findall(self._text))
        return self._line_ends


def _named(match: re.Match[str]) -> Span | None:
    """The name a match captured, when it looks like a person's: a known given name first,
    or two capitalised words or more."""
    name = match["name"]
    words = name.split()
    if words[0] not in GIVEN_NAME_GENDERS and len(words) < 2:
        return None
    if name.endswith(("’s", "'s")) or government_of(name) is not None:
        return None  # "this is Ann Lee’s day", "this is New Zealand": no one introduced
    return _captured(match)


def _captured(match: re.Match[str]) -> Span:
    """The name a match captured, as a span of the text."""
    return Span(match.start("name"), match.end("name"), match["name"])


def _interviewee(text: str) -> Span | None:
    """The person an interview's opening names as the one it interviews, if any."""
    for found in _INTERVIEWEE.finditer(text, 0, HEADER_WINDOW):
        named = _named(found)
        if named is None or government_of(named.text) is not None:
            continue
        if not _MODIFIES.match(text, named.end):  # not "interviews New York bar owner"
            return named
    return None


def _transcript_speaker(text: str) -> Span | None:
    """The person a transcript's heading or lead names as its speaker, if any."""
    for found in _DELIVERY.finditer(text, 0, HEADER_WINDOW):
        group = next(g for g in ("by", "subject", "owner") if found[g] is not None)
        if government_of(found[group]) is None:  # not "New Zealand Statement"
            return Span(found.start(group), found.end(group), found[group])
    return None


def _turns(text: str) -> list[tuple[int, Span | None]]:
    """Where each labelled turn of a transcript begins, with whom its label names (None
    where the text names no one for it); empty if the text has no turn labels.

    A label with "THE" names a role ("THE VICE PRESIDENT:"), which takes the name the
    text writes after it ("Vice President Ann Lee"); any other names a person the text
    writes in title case elsewhere ("SENATOR PARK:" and "Park"), so a heading in
    capitals ("UPDATE:") is no turn. Each role and word is looked up once.
    """
    turns: list[tuple[int, Span | None]] = []
    holders: dict[str, Span | None] = {}
    title_words: set[str] | None = None
    for found in _TURN.finditer(text):
        words = found["name"].split()
        if _THE in words:  # "6:13 P.M. EDT THE PRESIDENT": the label opens at "THE"
            role = " ".join(w.capitalize() for w in words[len(words) - words[::-1].index(_THE) :])
            if role not in holders and len(holders) < MAX_ROLES:
                holders[role] = _holder(text, role)
            turns.append((found.end(), holders.get(role)))
            continue
        if title_words is None:
            title_words = set(_TITLE_WORD.findall(text))
        if words[-1].capitalize() in title_words:
            turns.append((found.end(), _captured(found)))
    return turns


def _holder(text: str, role: str) -> Span | None:
    """The role and the name the text writes after it ("Vice President Ann Lee"), where
    the role does not end a longer one ("President" in "Vice President Ann Lee"); None
    if the text names no one with it."""
    for found in re.finditer(rf"\b{re.escape(role)} (?P<name>{_NAME})", text):
        if found.start() >= 2 and text[found.start() - 2].isupper():
            continue  # "Vice President …" when the role is "President"
        return Span(found.start(), found.end(), found[0])
    return None


def _signature(text: str) -> Span | None:
    """The name signed after a closing near the end of the text, if any."""
    start = max(0, len(text) - SIGNATURE_WINDOW)
    for match in _SIGNATURE.finditer(text, start):
        if match["closing"].lower() in _CLOSINGS:
            return _captured(match)
    return None
