"""Stanza's tokenize step: the quoteattr variant against Stanza's spaCy variant.

Both run inside a Stanza pipeline with no model, one article per call, on the
same texts, so each group's ratio (printed after the benchmark table) is the
cost of the whole tokenize step, Document building included. Skipped without
the ``stanza`` extra or spaCy.
"""

from __future__ import annotations

from typing import Any

import pytest

stanza = pytest.importorskip("stanza")
pytest.importorskip("spacy")

from quoteattr.integrations.stanza import RESOURCES  # noqa: E402

POLNEAR_SUBSET = 30
VARIANTS = ("quoteattr", "spacy")


def _run(benchmark: Any, group: str, variant: str, texts: list[str]) -> None:
    nlp = stanza.Pipeline(
        "en",
        processors={"tokenize": variant},
        download_method=None,
        resources_filepath=RESOURCES,
        logging_level="WARN",
    )
    benchmark.group = group
    benchmark.extra_info["articles"] = len(texts)
    benchmark.extra_info["bytes"] = sum(len(t.encode("utf-8")) for t in texts)
    benchmark.extra_info["baseline"] = variant == "quoteattr"

    def tokenize_all() -> int:
        return sum(len(nlp(text).sentences) for text in texts)

    assert benchmark(tokenize_all) > 0


@pytest.mark.parametrize("variant", VARIANTS)
def test_bench_stanza_tokenize_seeds(benchmark: Any, seed_texts: list[str], variant: str) -> None:
    """Stanza tokenize over the five seed articles."""
    _run(benchmark, "stanza tokenize: seeds (5 articles)", variant, seed_texts)


@pytest.mark.eval
@pytest.mark.parametrize("variant", VARIANTS)
def test_bench_stanza_tokenize_polnear(
    benchmark: Any, polnear_texts: list[str], variant: str
) -> None:
    """Stanza tokenize over the first PolNeAR dev articles."""
    group = f"stanza tokenize: polnear-dev first {POLNEAR_SUBSET} articles"
    _run(benchmark, group, variant, polnear_texts[:POLNEAR_SUBSET])
