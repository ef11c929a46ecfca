"""``quoteattr report`` against ``quoteattr extract`` on the same articles, in one process.

Both run as a user runs them, through the command line's ``main`` with speakers
linked across documents; the report also groups by outlet (``--group-by
meta.publisher``) and writes its HTML page. The ratio column after a timed run is
the report's cost over extraction alone (the issue's bound: less than 2x).
Untimed (the default test run), each runs once on a few articles.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpora import POLNEAR_DEVC, jsonl_records

from quoteattr.cli import main

SMOKE_ARTICLES = 8


@pytest.fixture
def articles(benchmark: Any, tmp_path: Path) -> Path:
    """PolNeAR devc as JSON Lines with its metadata (a few records when untimed)."""
    if not POLNEAR_DEVC.is_file():
        pytest.skip(f"{POLNEAR_DEVC} not found (the shared eval data sits beside the project)")
    if not benchmark.disabled:
        return POLNEAR_DEVC
    path = tmp_path / "few.jsonl"
    records = jsonl_records(POLNEAR_DEVC)[:SMOKE_ARTICLES]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@contextlib.contextmanager
def _discarded_stdout() -> Iterator[None]:
    with (
        open(os.devnull, "wb") as sink,
        io.TextIOWrapper(sink) as text,
        contextlib.redirect_stdout(text),
    ):
        yield


def _time(benchmark: Any, articles: Path, argv: list[str], *, baseline: bool = False) -> None:
    benchmark.group = f"report: polnear-devc {len(jsonl_records(articles))} articles"
    benchmark.extra_info["bytes"] = articles.stat().st_size
    if baseline:
        benchmark.extra_info["baseline"] = True

    def run() -> int:
        with _discarded_stdout():
            return main(argv)

    code = benchmark.pedantic(run, rounds=1 if benchmark.disabled else 5, iterations=1)
    assert code == 0


@pytest.mark.eval
def test_bench_extract_cli(benchmark: Any, articles: Path) -> None:
    """`quoteattr extract FILE.jsonl`: extraction alone, the baseline."""
    _time(benchmark, articles, ["extract", str(articles)], baseline=True)


@pytest.mark.eval
def test_bench_report_by_publisher(benchmark: Any, articles: Path, tmp_path: Path) -> None:
    """`quoteattr report FILE.jsonl --group-by meta.publisher --out report.html`."""
    out = tmp_path / "report.html"
    argv = ["report", str(articles), "--group-by", "meta.publisher", "--out", str(out)]
    _time(benchmark, articles, argv)
    assert "By meta.publisher" in out.read_text(encoding="utf-8")
