"""The sentence segmenters quoteattr is measured against, each in two forms.

``fast`` is the peer's quickest call on one text, the one its users would time;
``bounds`` gives (start, end) character offsets, for scoring against gold
sentences. Loading a peer that is not installed skips the test that asked for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pytest

from quoteattr.evaluation.sentences import SentenceReport, quoteattr_bounds
from quoteattr.segment import sentences

ACCURACY = pytest.StashKey[dict[str, SentenceReport]]()
"""Where the accuracy tests leave each segmenter's GUM scores for the summary table."""

Segment = Callable[[str], object]
Bounds = Callable[[str], list[tuple[int, int]]]


@dataclass(frozen=True)
class Peer:
    """A segmenter under test: how to load its fast call and its offsets call."""

    name: str
    fast: Callable[[], Segment]
    bounds: Callable[[], Bounds]
    superlinear: bool = False
    """Time grows faster than the length of one string: runs on the whole text at 1× only."""

    slow: bool = False
    """Under 2 MB/s: a timed run takes three rounds instead of pytest-benchmark's calibration."""

    scored: bool = True
    """Whether its boundaries are scored (False for a second API of a peer already scored)."""


def _strings_to_bounds(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of segmenter output given as strings, found in order in the text."""
    out: list[tuple[int, int]] = []
    at = 0
    for piece in pieces:
        stripped = piece.strip()
        found = text.find(stripped, at)
        if not stripped or found < 0:
            continue
        at = found + len(stripped)
        out.append((found, at))
    return out


def _quoteattr() -> Segment:
    return sentences


def _blingfire() -> Segment:
    blingfire = pytest.importorskip("blingfire")
    return blingfire.text_to_sentences  # type: ignore[no-any-return]


def _blingfire_offsets() -> Bounds:
    blingfire = pytest.importorskip("blingfire")

    def segment(text: str) -> list[tuple[int, int]]:
        return list(blingfire.text_to_sentences_and_offsets(text)[1])

    return segment


def _sentencex() -> Segment:
    sentencex = pytest.importorskip("sentencex")

    def segment(text: str) -> list[str]:
        return list(sentencex.segment("en", text))

    return segment


def _sentencex_bounds() -> Bounds:
    segment = _sentencex()
    return lambda text: _strings_to_bounds(text, segment(text))  # type: ignore[arg-type]


def _nupunkt() -> Bounds:
    nupunkt = pytest.importorskip("nupunkt")
    nupunkt.sent_spans("Load the model. Once.")
    return nupunkt.sent_spans  # type: ignore[no-any-return]


def _syntok() -> Bounds:
    syntok_segmenter = pytest.importorskip("syntok.segmenter")

    def segment(text: str) -> list[tuple[int, int]]:
        return [
            (s[0].offset, s[-1].offset + len(s[-1].value))
            for paragraph in syntok_segmenter.analyze(text)
            for s in paragraph
        ]

    return segment


def _spacy() -> Bounds:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**9  # the whole-text runs pass one string of many megabytes

    def segment(text: str) -> list[tuple[int, int]]:
        return [(s.start_char, s.end_char) for s in nlp(text).sents]

    return segment


def _pysbd() -> Bounds:
    pysbd = pytest.importorskip("pysbd")
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def segment(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in segmenter.segment(text)]

    return segment


PEERS: dict[str, Peer] = {
    peer.name: peer
    for peer in [
        Peer("quoteattr", _quoteattr, lambda: quoteattr_bounds),
        Peer("sentencex", _sentencex, _sentencex_bounds),
        Peer("blingfire", _blingfire, _blingfire_offsets),
        Peer("blingfire-offsets", _blingfire_offsets, _blingfire_offsets, scored=False),
        Peer("nupunkt", _nupunkt, _nupunkt),
        Peer("syntok", _syntok, _syntok, superlinear=True, slow=True),
        Peer("spacy-sentencizer", _spacy, _spacy, slow=True),
        Peer("pysbd", _pysbd, _pysbd, superlinear=True, slow=True),
    ]
}
"""Every segmenter, quoteattr first; ``blingfire`` is its string API, the fastest."""
