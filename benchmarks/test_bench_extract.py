"""Benchmarks of the whole pipeline, ``quoteattr.extract``, one article per call.

Groups: the seeds, the PolNeAR dev texts (when ../shared/eval is beside the
project), and the seeds joined into one string at 1x, 4x and 16x, so that a
super-linear stage shows up as a growing time per character. The PolNeAR group
also runs ``Extractor(reported=False)`` (quotations only, the pipeline before
reported speech), so the table's ratio column is the cost of reported speech.
The PolNeAR dev-compartment group runs the default extractor (with the learned
layer) against ``Extractor(model=None)``, the rules alone: its ratio is the cost
of the model.
"""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr import Extractor, sentences

SCALES = (1, 4, 16)


def _run(
    benchmark: Any,
    group: str,
    texts: list[str],
    extractor: Extractor | None = None,
    *,
    baseline: bool = False,
) -> None:
    extractor = extractor or Extractor()
    benchmark.group = group
    if baseline:
        benchmark.extra_info["baseline"] = True
    benchmark.extra_info["articles"] = len(texts)
    benchmark.extra_info["chars"] = sum(map(len, texts))
    benchmark.extra_info["bytes"] = sum(len(t.encode("utf-8")) for t in texts)

    def extract_all() -> int:
        return sum(len(extractor(text)) for text in texts)

    found = benchmark(extract_all)
    assert found > 0


def test_bench_extract_seeds(benchmark: Any, seed_texts: list[str]) -> None:
    """extract over the five seed articles, one per call."""
    _run(benchmark, "extract: seeds (5 articles)", seed_texts)


@pytest.mark.eval
def test_bench_extract_polnear(benchmark: Any, polnear_texts: list[str]) -> None:
    """extract over every PolNeAR dev article, one per call."""
    _run(benchmark, f"extract: polnear-dev all {len(polnear_texts)} articles", polnear_texts)


@pytest.mark.eval
def test_bench_extract_polnear_quotations_only(benchmark: Any, polnear_texts: list[str]) -> None:
    """The same articles with reported speech off: the baseline for its cost."""
    group = f"extract: polnear-dev all {len(polnear_texts)} articles"
    _run(benchmark, group, polnear_texts, Extractor(reported=False))


@pytest.mark.eval
def test_bench_extract_devc_with_the_model(benchmark: Any, devc_texts: list[str]) -> None:
    """The default extractor, learned layer included, over PolNeAR's dev compartment."""
    _run(benchmark, f"extract: polnear-devc {len(devc_texts)} articles, model", devc_texts)


@pytest.mark.eval
def test_bench_extract_devc_rules_alone(benchmark: Any, devc_texts: list[str]) -> None:
    """The same articles with ``model=None``: the baseline for the model's cost."""
    group = f"extract: polnear-devc {len(devc_texts)} articles, model"
    _run(benchmark, group, devc_texts, Extractor(model=None), baseline=True)


@pytest.mark.parametrize("scale", SCALES)
def test_bench_extract_scaling(benchmark: Any, seed_texts: list[str], scale: int) -> None:
    """extract over the seeds joined into one string, repeated 1x, 4x and 16x."""
    text = "\n".join(seed_texts) * scale
    _run(benchmark, "extract-scaling: seeds joined x1/x4/x16", [text])


@pytest.mark.eval
def test_bench_sentences_devc(benchmark: Any, devc_texts: list[str]) -> None:
    """The sentence segmenter alone on the same articles: what extract costs beyond it."""
    group = f"extract: polnear-devc {len(devc_texts)} articles, model"
    benchmark.group = group
    benchmark.extra_info["bytes"] = sum(len(t.encode("utf-8")) for t in devc_texts)

    def segment_all() -> int:
        return sum(len(sentences(text)) for text in devc_texts)

    assert benchmark(segment_all) > 0
