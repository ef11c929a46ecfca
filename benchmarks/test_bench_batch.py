"""Throughput of ``Extractor.pipe`` in one and two worker processes, and of ``extract --jobs``.

The summary after a timed run gives docs/s and the scaling efficiency, the
one-process time over n times the n-process time (see ``summary.batch_table``);
Spark's rows, from ``test_bench_spark.py``, sit in the same table. One warm-up
round keeps the fork server's one-time start (about 0.2 s per Python process)
out of the medians; each timed round still starts and stops its own workers.
Untimed (the default test run), each benchmark runs once on a few articles.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr import Extractor

WORKERS = (1, 2)
SMOKE_ARTICLES = 8


def _corpus(benchmark: Any, news: tuple[str, list[str]]) -> tuple[str, list[str]]:
    name, texts = news
    if benchmark.disabled:
        texts = texts[:SMOKE_ARTICLES]
    return name, texts


def _describe(benchmark: Any, group: str, texts: list[str], engine: str, workers: int) -> None:
    benchmark.group = group
    benchmark.extra_info.update(
        engine=engine,
        workers=workers,
        docs=len(texts),
        bytes=sum(len(t.encode("utf-8")) for t in texts),
    )


def _time(benchmark: Any, run: Any) -> Any:
    if benchmark.disabled:
        return benchmark(run)
    return benchmark.pedantic(run, rounds=5, iterations=1, warmup_rounds=1)


@pytest.mark.parametrize("workers", WORKERS)
def test_bench_pipe(benchmark: Any, news: tuple[str, list[str]], workers: int) -> None:
    """Extractor().pipe over the articles with n_process = 1 and 2."""
    name, texts = _corpus(benchmark, news)
    _describe(benchmark, f"batch: {name} {len(texts)} articles", texts, "pipe", workers)
    extractor = Extractor()

    def run() -> int:
        return sum(len(quotes) for quotes in extractor.pipe(texts, n_process=workers))

    assert _time(benchmark, run) > 0


@pytest.mark.parametrize("workers", WORKERS)
def test_bench_cli_jobs(
    benchmark: Any, news: tuple[str, list[str]], workers: int, tmp_path: Path
) -> None:
    """`quoteattr extract --jsonl --no-link --jobs N` as a user runs it: a new process each time."""
    name, texts = _corpus(benchmark, news)
    _describe(benchmark, f"batch: {name} {len(texts)} articles", texts, "cli --jobs", workers)
    source = tmp_path / "articles.jsonl"
    lines = (json.dumps({"id": n, "text": text}) for n, text in enumerate(texts))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "quoteattr.cli", "extract", "--jsonl", "--no-link"]
    command += ["--jobs", str(workers), str(source)]

    def run() -> int:
        done = subprocess.run(command, capture_output=True, check=True)
        return done.stdout.count(b"\n")

    assert _time(benchmark, run) == len(texts)
