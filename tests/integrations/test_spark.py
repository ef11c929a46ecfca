"""Tests for quoteattr.integrations.spark: the quotes column of a DataFrame, and the Parquet job.

Spark runs in local mode on the system's Java, one session for the module (a
JVM takes ~10 s to start). Without PySpark or Java the module is skipped;
with QUOTEATTR_REQUIRE_SPARK=1 (as in CI) that is a failure instead.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quoteattr.integrations.sparkenv import spark_missing

if (_MISSING := spark_missing()) is not None:
    if os.environ.get("QUOTEATTR_REQUIRE_SPARK") == "1":
        pytest.fail(f"QUOTEATTR_REQUIRE_SPARK=1, but {_MISSING}", pytrace=False)
    pytest.skip(f"Spark tests: {_MISSING}", allow_module_level=True)

import pyarrow as pa
import pyarrow.parquet as pq
from pyspark.sql import DataFrame, SparkSession

from quoteattr import ConfigError, Extractor, InputError, extract, quote_to_dict
from quoteattr.integrations.spark import QUOTE_TYPE, QUOTES_TYPE, main, session, with_quotes
from quoteattr.io.serialize import quotes_to_dicts

pytestmark = pytest.mark.spark

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
ODD_TEXTS = [
    "",
    "“Unclosed, he said.",
    "“Yes,” Peskov said.\r\n\r\n“No,” she replied.\r\n",
    "Zoë 🙂 Ångström said: “Ça va, très bien.”",  # an astral character before the quote
]
PESKOV = "“Yes,” Peskov said."

# A subclass that raises on some texts, shipped to the Python workers with addPyFile:
# the only way to make extraction fail inside Spark, since real text never does.
FAILING_MODULE = """
from attrs import frozen

from quoteattr import Extractor


@frozen
class FailingExtractor(Extractor):
    def __call__(self, text):
        if "explode" in text:
            raise RuntimeError(f"cannot read {len(text)} characters")
        return Extractor.__call__(self, text)
"""


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """One local[2] session for the module, stopped at its end."""
    spark = session("local[2]", {"spark.sql.shuffle.partitions": "2"})
    yield spark
    spark.stop()


def _frame(spark: SparkSession, texts: list[str | None]) -> DataFrame:
    return spark.createDataFrame(list(enumerate(texts)), "id int, text string")


def _quotes(df: DataFrame, col: str = "quotes") -> list[list[dict[str, Any]] | None]:
    """The quotes column as Python records, in id order."""
    rows = df.orderBy("id").collect()
    return [None if r[col] is None else [q.asDict(recursive=True) for q in r[col]] for r in rows]


def test_with_quotes_gives_extracts_records_per_row(spark: SparkSession) -> None:
    """Each row's quotes are quote_to_dict of the local call, in text order; no errors."""
    texts: list[str | None] = [*SEED_TEXTS, *ODD_TEXTS]
    df = with_quotes(_frame(spark, texts))
    assert df.columns == ["id", "text", "quotes", "quote_error"]
    got = _quotes(df)
    assert got == [quotes_to_dicts(Extractor()(text or "")) for text in texts]
    assert [r.quote_error for r in df.collect()] == [None] * len(texts)
    assert all(got[: len(SEED_TEXTS)])
    assert got[len(SEED_TEXTS)] == []  # the empty text: no quotes, not null
    for text, records in zip(texts, got, strict=True):
        for record in records or []:  # code-point offsets, whatever Arrow carried
            assert text is not None
            assert text[record["start"] : record["end"]] == record["text"]
    assert got[-1] is not None
    assert got[-1][0]["text"] == "Ça va, très bien."


def test_with_quotes_null_text_gives_null_quotes_and_no_error(spark: SparkSession) -> None:
    """A null text is no document: null quotes, null error; its neighbours are unaffected."""
    df = with_quotes(_frame(spark, [PESKOV, None, ""]))
    assert _quotes(df) == [quotes_to_dicts(Extractor()(PESKOV)), None, []]
    assert [r.quote_error for r in df.orderBy("id").collect()] == [None, None, None]


@pytest.mark.parametrize("extractor", [Extractor(topics=True), Extractor(reported=False)])
def test_with_quotes_uses_the_given_extractor(spark: SparkSession, extractor: Extractor) -> None:
    """The extractor's options reach the workers: its results, not the default's."""
    got = _quotes(with_quotes(_frame(spark, list(SEED_TEXTS)), extractor=extractor))
    assert got == [quotes_to_dicts(extractor(text)) for text in SEED_TEXTS]
    assert got != [quotes_to_dicts(Extractor()(text)) for text in SEED_TEXTS]


def test_with_quotes_reports_a_failing_document_and_goes_on(
    spark: SparkSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document whose extraction raises gets null quotes and the error; the rest goes on."""
    module = tmp_path / "quoteattr_failing_extractor.py"
    module.write_text(FAILING_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    spark.sparkContext.addPyFile(str(module))
    from quoteattr_failing_extractor import FailingExtractor  # noqa: PLC0415

    texts: list[str | None] = [PESKOV, "“Boom,” he said, and it did explode.", None]
    df = with_quotes(_frame(spark, texts), extractor=FailingExtractor(), error_col="why")
    assert _quotes(df) == [quotes_to_dicts(Extractor()(PESKOV)), None, None]
    errors = [r.why for r in df.orderBy("id").collect()]
    assert errors == [None, "RuntimeError: cannot read 36 characters", None]


def test_records_or_error_turns_an_exception_into_its_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The per-text function of the UDF: records, the error as "Type: message", or nothing."""
    from quoteattr.integrations.spark import _records_or_error  # noqa: PLC0415

    extractor = Extractor()
    assert _records_or_error(extractor, PESKOV) == (quotes_to_dicts(extractor(PESKOV)), None)
    assert _records_or_error(extractor, None) == (None, None)

    def broken(self: Extractor, text: str, annotation: object) -> None:
        raise ValueError("no sentences")

    monkeypatch.setattr(Extractor, "_run", broken)
    assert _records_or_error(extractor, PESKOV) == (None, "ValueError: no sentences")


def test_quote_type_has_the_fields_of_quote_to_dict_in_order(spark: SparkSession) -> None:
    """The struct's fields are the record's keys, in order; the column has that type."""
    record = quote_to_dict(Extractor()(PESKOV)[0])
    assert QUOTE_TYPE.fieldNames() == list(record)
    nullable = {f.name for f in QUOTE_TYPE.fields if f.nullable}
    assert nullable == {name for name in record if name.startswith(("cue", "speaker"))} - {
        "speaker_mentions"
    }
    df = with_quotes(_frame(spark, [PESKOV]))
    assert df.schema["quotes"].dataType == QUOTES_TYPE
    assert df.schema["quote_error"].dataType.simpleString() == "string"


def test_with_quotes_checks_its_arguments_before_running(spark: SparkSession) -> None:
    """Wrong columns are ConfigErrors and a non-Extractor an InputError, all on the driver."""
    df = _frame(spark, [PESKOV])
    with pytest.raises(ConfigError, match=r"no column 'body'.*\['id', 'text'\]"):
        with_quotes(df, "body")
    with pytest.raises(ConfigError, match=r"'id' is int, not string; cast it"):
        with_quotes(df, "id")
    with pytest.raises(ConfigError, match="column 'text' already"):
        with_quotes(df, out_col="text")
    with pytest.raises(ConfigError, match="column 'ID' already"):
        with_quotes(df, error_col="ID")
    with pytest.raises(ConfigError, match="must differ"):
        with_quotes(df, out_col="q", error_col="q")
    with pytest.raises(InputError, match=r"must be a quoteattr\.Extractor, got function"):
        with_quotes(df, extractor=Extractor.__call__)  # type: ignore[arg-type]


def test_import_without_pyspark_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without PySpark the module's ImportError names the extra; quoteattr never imports it."""
    for name in [n for n in sys.modules if n.split(".")[0] == "pyspark"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "quoteattr.integrations.spark")
    with pytest.raises(ImportError, match=r"pip install 'quoteattr\[spark\]'"):
        importlib.import_module("quoteattr.integrations.spark")
    code = "import sys, quoteattr; print('quoteattr.integrations.spark' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _job(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, Any]], str]:
    """Run main in-process on local[1]; the exit code, the output rows by id, stderr."""
    code = main([*argv, "--master", "local[1]"])
    err = capsys.readouterr().err
    output = Path(argv[1])
    rows = pq.read_table(output).to_pylist() if code < 2 else []
    return code, sorted(rows, key=lambda r: str(r["id"])), err


def test_main_writes_parquet_with_ids_and_quotes(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSONL in (int and str ids), Parquet out: ids as strings, extract's records, no text."""
    texts = {"1": SEED_TEXTS[0], "b": PESKOV, "3": ""}
    records = [{"id": 1, "text": texts["1"]}, {"id": "b", "text": PESKOV}, {"id": 3, "text": ""}]
    source = _write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    code, rows, err = _job(capsys, str(source), str(out))
    assert code == 0
    assert [r["id"] for r in rows] == ["1", "3", "b"]
    assert set(rows[0]) == {"id", "quotes", "quote_error"}
    for row in rows:
        assert row["quotes"] == quotes_to_dicts(Extractor()(texts[row["id"]]))
        assert row["quote_error"] is None
    total = sum(len(r["quotes"]) for r in rows)
    assert err.strip().splitlines()[-1] == f"3 documents, {total} quotes, 0 failed -> {out}"
    assert spark.range(3).count() == 3  # main used the fixture's session and left it running

    code, _, err = _job(capsys, str(source), str(out))
    assert code == 2
    assert "exists; pass --overwrite" in err
    code, rows, _ = _job(capsys, str(source), str(out), "--overwrite", "--keep-text")
    assert code == 0
    assert [r["text"] for r in rows] == [texts["1"], "", PESKOV]


def test_main_reads_parquet_and_passes_topics(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Parquet input with int ids and another text column name; --topics reaches the workers."""
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [10, 11], "body": SEED_TEXTS[1:3]}), source)
    options = ("--text-col", "body", "--topics")
    code, rows, _ = _job(capsys, str(source), str(tmp_path / "out"), *options)
    assert code == 0
    assert [r["id"] for r in rows] == ["10", "11"]
    topics = Extractor(topics=True)
    assert [r["quotes"] for r in rows] == [quotes_to_dicts(topics(t)) for t in SEED_TEXTS[1:3]]


def test_main_counts_unreadable_lines_as_failed(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lines that are not JSON objects or have no text fail alone: exit 1, the rest is written."""
    source = tmp_path / "in.ndjson"
    lines = [json.dumps({"id": "a", "text": PESKOV}), "not json", '{"id": "b"}']
    lines.append('{"id": "c", "text": null}')
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, rows, err = _job(capsys, str(source), str(tmp_path / "out"))
    assert code == 1
    assert "4 documents, 1 quotes, 3 failed" in err
    errors = sorted((str(r["id"]), str(r["quote_error"])) for r in rows)
    assert errors == [
        ("None", "FormatError: not a JSON object"),
        ("a", "None"),
        ("b", "FormatError: no text in this record"),
        ("c", "FormatError: no text in this record"),
    ]
    assert [r["quotes"] for r in rows if r["id"] == "a"] == [quotes_to_dicts(Extractor()(PESKOV))]


def test_main_refuses_unknown_and_unreadable_input(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown format, a missing file, a broken Parquet file, no text column: exit 2, why."""
    text_file = tmp_path / "articles.txt"
    text_file.write_text(PESKOV, encoding="utf-8")
    broken = tmp_path / "broken.parquet"
    broken.write_text("not parquet", encoding="utf-8")
    no_text = _write_jsonl(tmp_path / "no_text.jsonl", [{"id": 1, "body": PESKOV}])
    cases = {
        text_file: "cannot tell the format of",
        tmp_path / "missing.jsonl": "PATH_NOT_FOUND",
        broken: "broken.parquet",
        no_text: "no column 'text'",
    }
    for source, message in cases.items():
        code, _, err = _job(capsys, str(source), str(tmp_path / "out"))
        assert code == 2, source
        assert message in err.splitlines()[-1]
        assert not (tmp_path / "out").exists()


def test_python_m_runs_the_job_in_a_session_of_its_own(tmp_path: Path) -> None:
    """The script entry starts and stops its own Spark, whose workers find the UDF's helpers."""
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": 7, "text": PESKOV}])
    out = tmp_path / "out"
    command = [sys.executable, "-m", "quoteattr.integrations.spark", str(source), str(out)]
    result = subprocess.run(
        [*command, "--master", "local[1]"], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"1 documents, 1 quotes, 0 failed -> {out}" in result.stderr
    records = quotes_to_dicts(Extractor()(PESKOV))
    assert pq.read_table(out).to_pylist() == [{"id": "7", "quotes": records, "quote_error": None}]


def test_main_out_col_names_the_column_beside_a_gold_quotes_column(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gold files already have "quotes": the job says so, and --out-col gives another name."""
    source = tmp_path / "gold.jsonl"
    record = {"id": "g", "text": PESKOV, "quotes": [{"start": 1, "end": 2}]}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code = main([str(source), str(tmp_path / "clash"), "--master", "local[1]"])
    assert code == 2
    assert "column 'quotes' already" in capsys.readouterr().err
    code, rows, _ = _job(capsys, str(source), str(tmp_path / "out"), "--out-col", "found")
    assert code == 0
    assert rows[0]["found"] == quotes_to_dicts(extract(PESKOV))
    assert rows[0]["quotes"] == [{"start": 1, "end": 2}]
