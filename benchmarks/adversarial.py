"""Adversarial inputs for the linearity benchmarks: broken text at any size, made on the spot.

Each maker returns a text of about ``size`` characters, the same every run
(seeded), built from project-made words: no corpus text. ``SIZES`` are the
sizes the benchmarks use at 16×; 1× is a sixteenth of them.
"""

from __future__ import annotations

import random
from collections.abc import Callable

WORDS = [
    "the",
    "minister",
    "told",
    "reporters",
    "on",
    "Tuesday",
    "that",
    "government",
    "would",
    "review",
    "plan",
    "after",
    "weeks",
    "of",
    "talks",
    "with",
    "unions",
    "and",
    "business",
    "leaders",
    "Peskov",
    "Kremlin",
    "spokesman",
    "said",
    "according",
    "to",
]
SENTENCE = "The minister said the plan would go ahead. “We will not wait,” she told reporters. "
WRAP_WIDTH = 70
MARKS = "“”\"'‘’«»„‹›「」"


def _words(size: int, seed: int = 1) -> str:
    pick = random.Random(seed).choice
    out: list[str] = []
    length = 0
    while length < size:
        word = pick(WORDS)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def no_punctuation(size: int) -> str:
    """Words and single spaces, nothing else: one "sentence" as long as the text."""
    return _words(size)


def one_paragraph(size: int) -> str:
    """News sentences with quotations, run together without a line break."""
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def unbalanced_quotes(size: int) -> str:
    """A quotation mark of a random style before every word: nothing pairs up cleanly."""
    rng = random.Random(2)
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(MARKS) + rng.choice(WORDS)
        out.append(piece)
        length += len(piece) + 1
    return " ".join(out)[:size]


def periods(size: int) -> str:
    """Nothing but full stops."""
    return "." * size


def said(size: int) -> str:
    """The commonest speech verb, over and over."""
    return ("said " * (size // 5 + 1))[:size]


def nested_quotes(size: int) -> str:
    """Double and single marks opened ever deeper, then all closed: “a ‘b “c … c” b’ a”."""
    depth = max(1, size // 12)
    opening = "".join(("“a " if level % 2 == 0 else "‘b ") for level in range(depth))
    closing = "".join(("a” " if level % 2 == 0 else "b’ ") for level in reversed(range(depth)))
    return opening + closing


def one_long_line(size: int) -> str:
    """One line with no white space at all: words glued by marks and punctuation."""
    unit = "Kremlin“said”,that.Peskov’s‘plan’—according-to:"
    return (unit * (size // len(unit) + 1))[:size]


def single_marks(size: int) -> str:
    """One paragraph of apostrophe-like marks before words, none closing: 'ab 'ab 'ab …"""
    return ("'ab ‘cd " * (size // 8 + 1))[:size]


def unclosed_marks(size: int) -> str:
    """Opening marks that never close, one before every word: “a “a “a …"""
    return ("“a " * (size // 3 + 1))[:size]


def wrapped_block(size: int) -> str:
    """Prose wrapped at 70 characters with no blank line: one block of full lines, as text
    pasted from a PDF comes."""
    lines: list[str] = []
    line = ""
    for word in _words(size).split(" "):
        if line and len(line) + 1 + len(word) > WRAP_WIDTH:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)[:size]


def organisation_mentions(size: int) -> str:
    """An organisation quoted again and again, its acronym never used."""
    unit = "“We won the vote today,” the Korean Central News Agency said. "
    return (unit * (size // len(unit) + 1))[:size]


def many_people(size: int) -> str:
    """One paragraph naming ever new people, each quoted with "he said": every pronoun
    looks back over the names the narration gave before it."""
    parts: list[str] = []
    length = 0
    number = 0
    while length < size:
        name = _person(number)
        part = f"Then Ann {name} came and met {name} with {name}. “Yes,” he said. "
        parts.append(part)
        length += len(part)
        number += 1
    return "".join(parts)[:size]


def _person(number: int) -> str:
    """A made-up surname for each number: capitalised letters, no digits."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = ""
    while True:
        number, digit = divmod(number, 26)
        word += letters[digit]
        if not number:
            return "Q" + word


MAKERS: dict[str, Callable[[int], str]] = {
    "no punctuation": no_punctuation,
    "one paragraph": one_paragraph,
    "unbalanced quotes": unbalanced_quotes,
    "periods": periods,
    "said": said,
    "nested quotes": nested_quotes,
    "one long line": one_long_line,
    "single marks": single_marks,
    "unclosed marks": unclosed_marks,
    "organisation mentions": organisation_mentions,
    "wrapped block": wrapped_block,
    "many people": many_people,
}

SIZES = {
    "no punctuation": 10_000_000,  # 10 MB
    "one paragraph": 5_000_000,  # 5 MB
    "unbalanced quotes": 1_000_000,  # about 100,000 marks
    "periods": 1_000_000,  # 1,000,000 periods
    "said": 500_000,  # 100,000 "said"
    "nested quotes": 200_000,  # about 16,000 levels
    "one long line": 1_000_000,  # a line of 1 MB
    "single marks": 500_000,  # found by the regex audit: a scan per opening mark
    "unclosed marks": 960_000,  # 320,000 marks; each quotation read its whole sentence
    "organisation mentions": 1_000_000,  # found by the regex audit: a text search per mention
    "wrapped block": 1_000_000,  # about 15,000 lines; a block was walked once per line in it
    "many people": 500_000,  # a pronoun read its whole paragraph's names, and each name
    # cost a text search
}
"""Characters at 16×, the issue's sizes."""
