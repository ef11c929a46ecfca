"""Score sentence boundaries against gold sentences (``shared/eval/sbd_*.jsonl``).

A gold document lists its sentences in order; each is found in the text after
the one before. A boundary is the offset where a sentence ends, trimmed of white
space, with more text after it. Any segmenter that gives (start, end) offsets
can be scored the same way, so a peer that keeps the trailing space is not
punished for it. Precision, recall and F1 count boundaries over the whole
corpus; a document is right when its boundaries are exactly the gold's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from attrs import frozen

from quoteattr.errors import FormatError
from quoteattr.evaluation.scores import Scores
from quoteattr.segment import sentences
from quoteattr.segment.layout import TRIMMED

Bounds = Iterable[tuple[int, int]]
Segmenter = Callable[[str], Bounds]
"""A function from a text to the (start, end) offsets of its sentences."""


def quoteattr_bounds(text: str) -> list[tuple[int, int]]:
    """quoteattr's own sentences as offsets: the default segmenter scored."""
    return [(s.start, s.end) for s in sentences(text)]


@frozen
class SentenceReport:
    """Boundary precision, recall and F1, and the documents segmented exactly right."""

    boundaries: Scores
    documents_right: int
    documents: int
    sentences: int

    def to_dict(self) -> dict[str, Any]:
        """The boundary scores with their counts, then the document counts."""
        return {
            "boundaries": self.boundaries.to_dict(),
            "documents_right": self.documents_right,
            "documents": self.documents,
            "sentences": self.sentences,
        }

    def format_table(self) -> str:
        """A few aligned lines for the terminal."""
        b = self.boundaries
        return "\n".join(
            [
                f"documents  {self.documents} ({self.sentences} gold sentences)",
                f"boundaries P {b.precision:.4f}  R {b.recall:.4f}  F1 {b.f1:.4f}"
                f"  (tp {b.tp}, fp {b.fp}, fn {b.fn})",
                f"documents right  {self.documents_right}/{self.documents}",
            ]
        )


def score_sentences(
    gold: Iterable[Mapping[str, Any]], segmenter: Segmenter = quoteattr_bounds
) -> SentenceReport:
    """Score ``segmenter`` on gold documents ``{"id", "text", "sentences"}``.

    Raises FormatError, naming the document, when a record has no text or
    sentences, or a gold sentence is not found in order in its text.
    """
    tp = fp = fn = right = documents = count = 0
    for doc in gold:
        text, expected = _gold_boundaries(doc)
        found = boundaries(text, segmenter(text))
        tp += len(expected & found)
        fp += len(found - expected)
        fn += len(expected - found)
        right += expected == found
        documents += 1
        count += len(doc["sentences"])
    return SentenceReport(Scores(tp, fp, fn), right, documents, count)


def boundaries(text: str, spans: Bounds) -> set[int]:
    """The offsets where a trimmed, non-blank span ends and more text follows.

    Raises FormatError for a span outside the text or with its end before its start.
    """
    last = len(text.rstrip(TRIMMED))
    found: set[int] = set()
    for start, stop in spans:
        if not 0 <= start <= stop <= len(text):
            msg = f"span ({start}, {stop}) is outside a text of {len(text)} characters"
            raise FormatError(msg)
        end = stop
        while end > start and text[end - 1] in TRIMMED:
            end -= 1
        if start < end < last:
            found.add(end)
    return found


def _gold_boundaries(doc: Mapping[str, Any]) -> tuple[str, set[int]]:
    """The text of a gold record and the offsets where its sentences end, text following."""
    name = doc.get("id", "?") if isinstance(doc, Mapping) else "?"
    text = doc.get("text") if isinstance(doc, Mapping) else None
    gold = doc.get("sentences") if isinstance(doc, Mapping) else None
    if not isinstance(text, str) or not isinstance(gold, list):
        msg = f'document {name}: a sentence record needs "text" (str) and "sentences" (list)'
        raise FormatError(msg)
    if not gold and text.strip(TRIMMED):
        msg = f"document {name}: has text but no gold sentences"
        raise FormatError(msg)
    spans: list[tuple[int, int]] = []
    at = 0
    for number, sentence in enumerate(gold, start=1):
        if not isinstance(sentence, str) or not sentence.strip(TRIMMED):
            msg = f"document {name}: gold sentence {number} is empty or not a str"
            raise FormatError(msg)
        found = text.find(sentence, at)
        if found < 0:
            where = f"after sentence {number - 1}" if number > 1 else "at all"
            msg = f"document {name}: gold sentence {number} is not in the text {where}"
            raise FormatError(msg)
        at = found + len(sentence)
        spans.append((found, at))
    return text, boundaries(text, spans)
