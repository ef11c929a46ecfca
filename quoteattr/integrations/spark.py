"""Quotes as a column of a Spark DataFrame, for news archives that live on a cluster.

An archive already held in Spark should not have to leave it to be read for
quotes: ``with_quotes`` adds them where the data is, on the engine that is
there. It is a pandas UDF over an iterator of batches: Spark ships the texts
to its Python workers in Arrow batches, and each Python worker builds one
extractor and keeps it for every task it runs. Each document is resolved on
its own, with no linking of speakers across documents (the output of
``quoteattr extract --no-link``), since rows are spread over machines.
Offsets are Python code-point indices, as everywhere in quoteattr (Spark's
``substring`` counts code points too, from 1).

``python -m quoteattr.integrations.spark INPUT OUTPUT`` runs it as a job: JSONL or Parquet
in, Parquet out, one summary line on stderr. Needs ``quoteattr[spark]``;
``import quoteattr`` never imports this module.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import attrs

from quoteattr.errors import ConfigError, InputError, QuoteattrError
from quoteattr.integrations.sparkenv import spark_missing
from quoteattr.io.serialize import QuoteRecord, quotes_to_dicts
from quoteattr.pipeline import Extractor

try:
    import pandas as pd
    import pyarrow  # noqa: F401 - pandas UDFs need it; fail here, not at the first job
    from py4j.protocol import Py4JJavaError  # type: ignore[import-untyped]
    from pyspark.errors import PySparkException, PythonException
    from pyspark.sql import Column, DataFrame, SparkSession
    from pyspark.sql import functions as sf
    from pyspark.sql import types as st
    from pyspark.sql.pandas.functions import pandas_udf
except ModuleNotFoundError as exc:
    msg = (
        "quoteattr.integrations.spark needs PySpark, pandas and pyarrow: "
        "pip install 'quoteattr[spark]'"
    )
    raise ImportError(msg) from exc

_SPANS = st.ArrayType(st.ArrayType(st.IntegerType(), containsNull=False), containsNull=False)

_QUOTE_STRUCT_FIELDS = (
    st.StructField("start", st.IntegerType(), nullable=False),
    st.StructField("end", st.IntegerType(), nullable=False),
    st.StructField("text", st.StringType(), nullable=False),
    st.StructField("type", st.StringType(), nullable=False),
    st.StructField("fragments", _SPANS, nullable=False),
    st.StructField("cue", st.StringType()),
    st.StructField("cue_start", st.IntegerType()),
    st.StructField("cue_end", st.IntegerType()),
    st.StructField("speaker", st.StringType()),
    st.StructField("speaker_start", st.IntegerType()),
    st.StructField("speaker_end", st.IntegerType()),
    st.StructField("speaker_entity", st.StringType()),
    st.StructField("speaker_kind", st.StringType()),
    st.StructField("speaker_mentions", _SPANS, nullable=False),
    st.StructField("confidence", st.DoubleType(), nullable=False),
    st.StructField("sieve", st.StringType(), nullable=False),
    st.StructField("flags", st.ArrayType(st.StringType(), containsNull=False), nullable=False),
)
"""The fields of ``quote_to_dict``'s record (``serialize.QUOTE_FIELDS``), as Spark types."""

QUOTE_TYPE = st.StructType(list(_QUOTE_STRUCT_FIELDS))
QUOTES_TYPE = st.ArrayType(QUOTE_TYPE)
_RESULT_TYPE = st.StructType(
    [st.StructField("quotes", QUOTES_TYPE), st.StructField("error", st.StringType())]
)

FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
"""The input formats ``--format auto`` tells by the file's extension."""

RecordsOrError = tuple[list[QuoteRecord] | None, str | None]


def with_quotes(
    df: DataFrame,
    text_col: str = "text",
    *,
    out_col: str = "quotes",
    error_col: str = "quote_error",
    extractor: Extractor | None = None,
) -> DataFrame:
    """``df`` with the quotes of each text in ``out_col``, and in ``error_col`` why it failed.

    ``out_col`` holds the records of ``quote_to_dict`` in text order (type
    ``QUOTES_TYPE``). A document whose extraction raised gets null quotes and
    "ExceptionType: message" as its error; the job goes on. A null text gets
    null in both. Columns are checked here, on the driver, before any job runs.
    """
    extractor = Extractor() if extractor is None else extractor
    if not isinstance(extractor, Extractor):
        msg = f"extractor must be a quoteattr.Extractor, got {type(extractor).__name__}"
        raise InputError(msg)
    _check_columns(df, text_col, out_col, error_col)
    result = _quote_udf(extractor)(_col(text_col))
    # The UDF's struct is split in a second select so that Spark runs the UDF once.
    step = df.select("*", result.alias(out_col))
    split = (_col(out_col)["quotes"].alias(out_col), _col(out_col)["error"].alias(error_col))
    return step.select(*(_col(name) for name in df.columns), *split)


def _check_columns(df: DataFrame, text_col: str, out_col: str, error_col: str) -> None:
    types = {field.name: field.dataType for field in df.schema.fields}
    if text_col not in types:
        msg = f"no column {text_col!r} to read texts from; the columns are {list(types)}"
        raise ConfigError(msg)
    if not isinstance(types[text_col], st.StringType):
        kind = types[text_col].simpleString()
        msg = f"column {text_col!r} is {kind}, not string; cast it: df[{text_col!r}].cast('string')"
        raise ConfigError(msg)
    taken = {name.lower() for name in types}  # Spark matches names case-insensitively
    for name in (out_col, error_col):
        if name.lower() in taken:
            msg = f"the DataFrame has a column {name!r} already; choose another name or drop it"
            raise ConfigError(msg)
    if out_col.lower() == error_col.lower():
        msg = f"out_col and error_col must differ, both are {out_col!r}"
        raise ConfigError(msg)


def _quote_udf(extractor: Extractor) -> Callable[[Column], Column]:
    """The pandas UDF from texts to (quotes, error) structs, with ``extractor`` in its closure."""

    def quotes(batches: Iterator[pd.Series]) -> Iterator[pd.DataFrame]:
        worker = _worker_extractor(extractor)
        for texts in batches:
            outcomes = [_records_or_error(worker, text) for text in texts]
            yield pd.DataFrame(outcomes, columns=["quotes", "error"], dtype=object)

    udf: Callable[[Column], Column] = pandas_udf(quotes, _RESULT_TYPE)  # type: ignore[call-overload]
    return udf


@lru_cache(maxsize=8)
def _worker_extractor(extractor: Extractor) -> Extractor:
    """This Python worker's extractor of ``extractor``'s configuration, built once.

    Spark unpickles the UDF, extractor and all, for every task, and unpickling
    skips set-up; this builds one per worker (loading its annotator) and keeps it.
    """
    return attrs.evolve(extractor)


def _records_or_error(extractor: Extractor, text: str | None) -> RecordsOrError:
    """One text's quote records, or the error it raised: one bad document must not end a job.

    A null text (None, or pandas' NA) has neither.
    """
    if not isinstance(text, str):
        return None, None
    try:
        return quotes_to_dicts(extractor(text)), None
    except Exception as exc:  # reported in the document's row instead
        return None, f"{type(exc).__name__}: {exc}"


def _col(name: str) -> Column:
    """The top-level column ``name``, even when it has dots or backticks in it."""
    return sf.col("`" + name.replace("`", "``") + "`")


def session(master: str | None = None, conf: Mapping[str, str] | None = None) -> SparkSession:
    """A SparkSession whose Python workers run this Python, with Spark's console quiet.

    With no ``master``, spark-submit's configuration decides; run by plain
    ``python`` (no spark-submit), it is ``local[*]``. When the master is set
    here, the web UI is off: a local job has no one to show it to.
    """
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = "local[*]"
    builder = SparkSession.builder.config("spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master).config("spark.ui.enabled", "false")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def main(argv: Sequence[str] | None = None) -> int:
    """Run the job; returns the exit code (0 ok, 1 some document failed, 2 the job could not run).

    An active SparkSession (a notebook's, a test's) is used as it is, and left running.
    """
    args = _parser().parse_args(argv)
    try:
        kind = _input_format(args.input, args.format)
        _check_output(args.output, overwrite=args.overwrite)
    except QuoteattrError as exc:
        print(f"quoteattr.integrations.spark: {exc}", file=sys.stderr)
        return 2
    active = SparkSession.getActiveSession()
    if active is None and (missing := spark_missing()) is not None:
        print(f"quoteattr.integrations.spark: Spark cannot run here: {missing}", file=sys.stderr)
        return 2
    spark = active or session(args.master)
    try:
        return _run(spark, args, kind)
    except (QuoteattrError, PySparkException, Py4JJavaError) as exc:
        print(f"quoteattr.integrations.spark: {_reason(exc)}", file=sys.stderr)
        return 2
    finally:
        if active is None:
            spark.stop()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m quoteattr.integrations.spark",
        description="Add a column of quotes to JSONL or Parquet documents; write Parquet.",
    )
    parser.add_argument("input", help="a .jsonl/.json/.ndjson or .parquet file, or a directory")
    parser.add_argument("output", help="the Parquet directory to write")
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, or local[*])")
    parser.add_argument("--text-col", default="text", help="the column of texts (default: text)")
    parser.add_argument("--id-col", default="id", help="kept as a string column when present")
    parser.add_argument(
        "--out-col", default="quotes", help="the column of quotes to add (default: quotes)"
    )
    parser.add_argument("--topics", action="store_true", help="also report topics, as PolNeAR")
    parser.add_argument("--keep-text", action="store_true", help="keep the text column")
    parser.add_argument("--format", choices=("auto", "jsonl", "parquet"), default="auto")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing OUTPUT")
    return parser


def _input_format(path: str, given: str) -> str:
    """The format ``--format auto`` reads ``path`` as: by extension, or a directory's files."""
    if given != "auto":
        return given
    local = Path(path)
    if local.suffix.lower() in FORMATS:
        return FORMATS[local.suffix.lower()]
    if local.is_dir() and next(local.rglob("*.parquet"), None) is not None:
        return "parquet"
    msg = (
        f"cannot tell the format of {path}: name it .jsonl, .json, .ndjson or .parquet "
        "(or give a directory of .parquet files), or pass --format"
    )
    raise ConfigError(msg)


def _check_output(path: str, *, overwrite: bool) -> None:
    """Refuse an existing local OUTPUT before Spark starts (Spark refuses any other later)."""
    if not overwrite and "://" not in path and Path(path).exists():
        msg = f"{path} exists; pass --overwrite to replace it"
        raise ConfigError(msg)


def _run(spark: SparkSession, args: argparse.Namespace, kind: str) -> int:
    df = spark.read.json(args.input) if kind == "jsonl" else spark.read.parquet(args.input)
    df = with_quotes(
        df, args.text_col, out_col=args.out_col, extractor=Extractor(topics=args.topics)
    )
    # As in `quoteattr extract`, a record with no text has failed: a line that is not a
    # JSON object (Spark keeps it in _corrupt_record), or one whose text is missing or null.
    no_text = sf.when(_col(args.text_col).isNull(), "FormatError: no text in this record")
    if "_corrupt_record" in df.columns:
        bad = sf.when(_col("_corrupt_record").isNotNull(), "FormatError: not a JSON object")
        no_text = sf.coalesce(bad, no_text)
    df = df.withColumn("quote_error", sf.coalesce(_col("quote_error"), no_text))
    if args.id_col in df.columns:
        df = df.withColumn(args.id_col, _col(args.id_col).cast("string"))
    if not args.keep_text:
        df = df.drop(args.text_col)
    df.write.mode("overwrite" if args.overwrite else "errorifexists").parquet(args.output)
    written = spark.read.parquet(args.output)  # counted from the output, not run again
    quotes = _col(args.out_col)
    counts = (
        sf.count(sf.lit(1)),
        sf.sum(sf.when(quotes.isNotNull(), sf.size(quotes))),
        sf.count(_col("quote_error")),
    )
    documents, found, failed = written.agg(*counts).head() or (0, 0, 0)
    summary = f"{documents} documents, {found or 0} quotes, {failed} failed -> {args.output}"
    print(summary, file=sys.stderr)
    return 1 if failed else 0


def _reason(exc: Exception) -> str:
    """One line on what went wrong: the Java exception's message, or a worker's Python error."""
    text = str(exc.java_exception.getMessage()) if isinstance(exc, Py4JJavaError) else str(exc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(exc, PythonException):  # the traceback's last line names the error
        lines = [line for line in lines if not line.startswith("SQLSTATE")][-1:]
    return lines[0] if lines else type(exc).__name__


if __name__ == "__main__":
    # Run the imported module, not __main__: workers find the UDF's helpers by name.
    raise SystemExit(importlib.import_module("quoteattr.integrations.spark").main())
