"""Sentence segmentation speed and accuracy: quoteattr against its peers, in one run.

Speed: every segmenter gets the same news (the PolNeAR dev texts when
``../shared/eval`` is beside the project, the seed articles otherwise) at 1×, 4×
and 16× its size, two ways: one article per call, and the whole text as one
string. The summary after the run (``benchmarks/conftest.py``) gives MB/s, the
ratio of quoteattr's speed to each peer's, and time at 16× over time at 1×.

Accuracy: every segmenter's boundaries on the GUM dev split, scored by
:func:`quoteattr.evaluation.sentences.score_sentences`, also in the summary.

Super-linear peers (pysbd, syntok) take minutes on one long string, so their
whole-text runs are at 1× only. Every peer runs with Python's garbage collector
on, as its users run it; quoteattr pauses it inside ``sentences`` (see
``segment._collector_paused``), so part of a peer's growth at 16× on one string
can be the collector's. Without ``--benchmark-enable`` each benchmark
runs once on the first articles, as a smoke test.
"""

from __future__ import annotations

from typing import Any

import pytest
from segmenters import ACCURACY, PEERS

from quoteattr.evaluation.sentences import score_sentences

SCALES = (1, 4, 16)
SMOKE_ARTICLES = 3
SLOW_ROUNDS = 3


def _time(benchmark: Any, name: str, call: Any, texts: list[str], **info: Any) -> None:
    """Time ``call`` over ``texts`` and record what the summary table needs."""
    peer = PEERS[name]
    benchmark.extra_info.update(info)
    benchmark.extra_info.update(
        table="segment",
        peer=name,
        bytes=sum(len(t.encode("utf-8")) for t in texts),
        chars=sum(map(len, texts)),
        articles=len(texts),
    )

    def run() -> None:
        for text in texts:
            call(text)

    if peer.slow and not benchmark.disabled:
        benchmark.pedantic(run, rounds=SLOW_ROUNDS, iterations=1)
    else:
        benchmark(run)


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("name", list(PEERS))
def test_bench_segment_per_article(
    benchmark: Any, news: tuple[str, list[str]], name: str, scale: int
) -> None:
    """One call per article, on the corpus repeated ``scale`` times."""
    corpus, texts = news
    call = PEERS[name].fast()
    texts = texts[:SMOKE_ARTICLES] if benchmark.disabled else texts * scale
    benchmark.group = f"segment: {corpus} per article x{scale}"
    _time(benchmark, name, call, texts, column=f"per article ×{scale}", scale=scale)


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("name", list(PEERS))
def test_bench_segment_whole_text(
    benchmark: Any, news: tuple[str, list[str]], name: str, scale: int
) -> None:
    """One call on the whole corpus joined into one string and repeated ``scale`` times."""
    corpus, texts = news
    peer = PEERS[name]
    if peer.superlinear and scale > 1:
        pytest.skip(f"{name} is super-linear on one long string; it runs at 1x only")
    call = peer.fast()
    pieces = texts[:SMOKE_ARTICLES] if benchmark.disabled else texts * scale
    benchmark.group = f"segment: {corpus} whole text x{scale}"
    _time(benchmark, name, call, ["\n\n".join(pieces)], column=f"whole text ×{scale}", scale=scale)


@pytest.mark.eval
@pytest.mark.parametrize("name", [name for name, peer in PEERS.items() if peer.scored])
def test_segment_accuracy_on_gum(
    request: pytest.FixtureRequest, gum_sentences: list[dict[str, Any]], name: str
) -> None:
    """Each segmenter's boundary scores on GUM dev, kept for the summary table."""
    report = score_sentences(gum_sentences, PEERS[name].bounds())
    assert report.documents == len(gum_sentences)
    request.config.stash.setdefault(ACCURACY, {})[name] = report
