"""Benchmarks of quoteattr.integrations.spark: ``with_quotes`` on news at local[1] and local[2].

The PolNeAR dev texts when ../shared/eval is beside the project, the seeds
otherwise; the first 8 only in the untimed smoke run. Each master gets its own
SparkSession, started outside the timing and stopped before the next. What is
timed is the job: texts from the cached DataFrame through Arrow to the Python
workers, extraction, and the quote structs back, written to Spark's ``noop``
sink so that every column is computed (a ``count()`` could skip the UDF).
Without PySpark or Java these are skipped, unless QUOTEATTR_REQUIRE_SPARK=1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from quoteattr.integrations.sparkenv import spark_missing

if (_MISSING := spark_missing()) is not None:
    if os.environ.get("QUOTEATTR_REQUIRE_SPARK") == "1":
        pytest.fail(f"QUOTEATTR_REQUIRE_SPARK=1, but {_MISSING}", pytrace=False)
    pytest.skip(f"Spark benchmarks: {_MISSING}", allow_module_level=True)

from pyspark.sql import SparkSession
from pyspark.sql import functions as sf

from quoteattr import Extractor
from quoteattr.integrations.spark import session, with_quotes

pytestmark = pytest.mark.spark

SMOKE_TEXTS = 8
"""Texts in the untimed run of the normal test suite, which must stay fast."""

PARTITIONS_PER_WORKER = 4
"""Articles differ in length, so one partition per worker can leave one idle at the end;
many small ones pay Spark's per-task cost (tens of ms here) too often. Four is between."""


@pytest.fixture(params=[1, 2], ids=["local1", "local2"])
def local_spark(request: pytest.FixtureRequest) -> Iterator[tuple[SparkSession, int]]:
    """A fresh local[n] session and its n, stopped before the next one starts."""
    workers: int = request.param
    spark = session(f"local[{workers}]", {"spark.sql.shuffle.partitions": str(workers)})
    assert spark.sparkContext.master == f"local[{workers}]", "another session was still active"
    yield spark, workers
    spark.stop()


def test_bench_spark_with_quotes(
    benchmark: Any, news: tuple[str, list[str]], local_spark: tuple[SparkSession, int]
) -> None:
    """with_quotes over every article, on one and on two local workers."""
    name, texts = news
    spark, workers = local_spark
    if benchmark.disabled:
        texts = texts[:SMOKE_TEXTS]
    rows = list(enumerate(texts))
    frame = spark.createDataFrame(rows, "id int, text string")
    frame = frame.repartition(PARTITIONS_PER_WORKER * workers).cache()
    assert frame.count() == len(texts)  # cached now, so the timing starts from Spark's memory

    benchmark.group = f"batch: {name} {len(texts)} articles"
    benchmark.extra_info["docs"] = len(texts)
    benchmark.extra_info["bytes"] = sum(len(t.encode("utf-8")) for t in texts)
    benchmark.extra_info["engine"] = "spark"
    benchmark.extra_info["workers"] = workers

    def run() -> None:
        with_quotes(frame).write.format("noop").mode("overwrite").save()

    benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1)

    quotes = with_quotes(frame).agg(sf.sum(sf.size("quotes")), sf.count("quote_error")).head()
    assert quotes is not None
    extractor = Extractor()
    assert quotes[0] == sum(len(extractor(text)) for text in texts) > 0
    assert quotes[1] == 0
