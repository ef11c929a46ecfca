"""Speed of sentence segmentation: quoteattr against its peers, on the same texts.

Every segmenter gets one article per call, and every group holds the same texts,
so the numbers in a group compare directly (``extra_info`` records the size in
characters, for MB/s). Peers are skipped when they are not installed. The slow
peers (pysbd, syntok, spaCy) run on the first PolNeAR articles only; the
"polnear-dev: first 30 articles" group runs everyone on that subset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quoteattr.segment import sentences

Segmenter = Callable[[str], object]

POLNEAR_SUBSET = 30
SCALES = (1, 4, 16)


def _quoteattr() -> Segmenter:
    return sentences


def _pysbd() -> Segmenter:
    pysbd = pytest.importorskip("pysbd")
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return segmenter.segment  # type: ignore[no-any-return]


def _syntok() -> Segmenter:
    syntok_segmenter = pytest.importorskip("syntok.segmenter")

    def segment(text: str) -> list[tuple[int, int]]:
        return [
            (s[0].offset, s[-1].offset + len(s[-1].value))
            for paragraph in syntok_segmenter.analyze(text)
            for s in paragraph
        ]

    return segment


def _blingfire() -> Segmenter:
    blingfire = pytest.importorskip("blingfire")
    return blingfire.text_to_sentences_and_offsets  # type: ignore[no-any-return]


def _sentencex() -> Segmenter:
    sentencex = pytest.importorskip("sentencex")

    def segment(text: str) -> list[str]:
        return list(sentencex.segment("en", text))

    return segment


def _nupunkt() -> Segmenter:
    nupunkt = pytest.importorskip("nupunkt")
    nupunkt.sent_spans("Load the model. Once.")
    return nupunkt.sent_spans  # type: ignore[no-any-return]


def _spacy() -> Segmenter:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def segment(text: str) -> list[tuple[int, int]]:
        return [(s.start_char, s.end_char) for s in nlp(text).sents]

    return segment


PEERS: dict[str, Callable[[], Segmenter]] = {
    "quoteattr": _quoteattr,
    "blingfire": _blingfire,
    "sentencex": _sentencex,
    "nupunkt": _nupunkt,
    "syntok": _syntok,
    "spacy-sentencizer": _spacy,
    "pysbd": _pysbd,
}
FAST = ["quoteattr", "blingfire", "sentencex", "nupunkt"]


def _run(benchmark: Any, group: str, name: str, texts: list[str]) -> None:
    segment = PEERS[name]()
    benchmark.group = group
    benchmark.extra_info["articles"] = len(texts)
    benchmark.extra_info["chars"] = sum(map(len, texts))

    def segment_all() -> None:
        for text in texts:
            segment(text)

    benchmark(segment_all)


@pytest.mark.parametrize("name", list(PEERS))
def test_bench_segment_seeds(benchmark: Any, seed_texts: list[str], name: str) -> None:
    """Segment the five seed articles."""
    _run(benchmark, "segment: seeds (5 articles)", name, seed_texts)


@pytest.mark.eval
@pytest.mark.parametrize("name", list(PEERS))
def test_bench_segment_polnear_subset(benchmark: Any, polnear_texts: list[str], name: str) -> None:
    """Segment the first PolNeAR dev articles: every peer, the slow ones included."""
    group = f"segment: polnear-dev first {POLNEAR_SUBSET} articles"
    _run(benchmark, group, name, polnear_texts[:POLNEAR_SUBSET])


@pytest.mark.eval
@pytest.mark.parametrize("name", FAST)
def test_bench_segment_polnear_all(benchmark: Any, polnear_texts: list[str], name: str) -> None:
    """Segment all PolNeAR dev articles: the fast peers only."""
    _run(benchmark, f"segment: polnear-dev all {len(polnear_texts)} articles", name, polnear_texts)


@pytest.mark.parametrize("scale", SCALES)
def test_bench_segment_scaling(benchmark: Any, seed_texts: list[str], scale: int) -> None:
    """Segment the seeds as one text, repeated 1x, 4x and 16x: time should grow linearly."""
    text = "\n".join(seed_texts * scale)
    _run(benchmark, "segment-scaling: quoteattr on seeds x1/x4/x16", "quoteattr", [text])
