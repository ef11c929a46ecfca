"""Tests for quoteattr.io.outputs: one JSON line per document, CSV rows of quotes, as they come.

``quoteattr extract --format csv`` end to end is tested in tests/test_cli_batch.py;
here the writers are given outcomes directly.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Kind, Quote, Span, extract
from quoteattr.io.outputs import (
    FORMATS,
    CsvWriter,
    JsonlWriter,
    Outcome,
    json_line,
    writer_for,
)
from quoteattr.io.serialize import QUOTE_FIELDS, quotes_to_dicts

TEXT = "“Yes,” Peskov said. “No,” he added."
QUOTES = extract(TEXT)
SURROGATE = "\ud800"


def _jsonl(*outcomes: Outcome) -> bytes:
    """What JsonlWriter writes for ``outcomes``."""
    out = io.BytesIO()
    writer = JsonlWriter(out)
    for outcome in outcomes:
        writer.write(outcome)
    writer.close()
    return out.getvalue()


def _csv(*outcomes: Outcome) -> list[list[str]]:
    """The rows CsvWriter writes for ``outcomes``, header first, read back with csv."""
    out = io.BytesIO()
    writer = CsvWriter(out)
    for outcome in outcomes:
        writer.write(outcome)
    writer.close()
    return list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))


def test_outcome_defaults_to_no_error_and_no_size() -> None:
    """An Outcome needs only an id and its quotes."""
    assert Outcome("a", []) == Outcome("a", [], None, 0)


def test_jsonl_writer_one_line_per_outcome_in_order() -> None:
    """Each outcome is one line: id and quotes, or id and error, never both."""
    outcomes = [
        Outcome("a", QUOTES),
        Outcome("b", None, "b: no such file"),
        Outcome("c", []),
    ]
    lines = _jsonl(*outcomes).split(b"\n")
    assert lines[-1] == b""
    records = [json.loads(line) for line in lines[:-1]]
    assert records == [
        {"id": "a", "quotes": quotes_to_dicts(QUOTES)},
        {"id": "b", "error": "b: no such file"},
        {"id": "c", "quotes": []},
    ]
    assert [list(r) for r in records] == [["id", "quotes"], ["id", "error"], ["id", "quotes"]]


def test_jsonl_writer_writes_utf8_not_escapes() -> None:
    """Text outside ASCII is written as UTF-8, not as \\u escapes."""
    data = _jsonl(Outcome("café “1”", QUOTES))
    assert "café “1”".encode() in data
    assert b"\\u" not in data


def test_jsonl_writer_leaves_the_stream_open() -> None:
    """close() flushes; the caller's stream stays open for more."""
    out = io.BytesIO()
    writer = JsonlWriter(out)
    writer.write(Outcome("a", []))
    writer.close()
    assert not out.closed
    out.write(b"after\n")
    assert out.getvalue() == b'{"id": "a", "quotes": []}\nafter\n'


def test_jsonl_writer_escapes_a_lone_surrogate_only_in_its_own_line() -> None:
    """A lone surrogate (from JSONL input) cannot be UTF-8: that line is written with ASCII
    escapes and reads back the same; the other lines stay UTF-8."""
    text = f"“Caf{SURROGATE} ok,” Peskov said."
    quotes = extract(text)
    data = _jsonl(Outcome("café", QUOTES), Outcome(f"id{SURROGATE}", quotes))
    first, second = data.splitlines()
    assert "café".encode() in first
    assert second.isascii()
    record = json.loads(second)
    assert record["id"] == f"id{SURROGATE}"
    assert record["quotes"] == quotes_to_dicts(quotes)
    assert record["quotes"][0]["text"] == f"Caf{SURROGATE} ok,"


@given(st.text(), st.text(max_size=30) | st.none())
def test_json_line_is_one_line_of_utf8_that_reads_back(doc_id: str, error: str | None) -> None:
    """Whatever the strings (line breaks, surrogates), json_line is one UTF-8 line of the record."""
    record = {"id": doc_id, "error": error}
    line = json_line(record)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert json.loads(line.decode("utf-8")) == record


def test_csv_writer_columns_are_id_the_quote_fields_and_error() -> None:
    """The header is written at once, even if no outcome follows."""
    assert ("id", *QUOTE_FIELDS, "error") == CsvWriter.COLUMNS
    assert _csv() == [list(CsvWriter.COLUMNS)]


def test_csv_writer_one_row_per_quote_with_its_record() -> None:
    """Each quote is a row of its record: empty for null, lists as JSON, numbers as written."""
    header, *rows = _csv(Outcome("doc", QUOTES))
    assert len(rows) == len(QUOTES) == 2
    for row, record in zip(rows, quotes_to_dicts(QUOTES), strict=True):
        cells = dict(zip(header, row, strict=True))
        assert cells["id"] == "doc"
        assert cells["error"] == ""
        for name in QUOTE_FIELDS:
            value = record[name]
            if value is None:
                assert cells[name] == ""
            elif isinstance(value, list):
                assert json.loads(cells[name]) == value
            else:
                assert cells[name] == str(value)


def test_csv_writer_one_row_for_a_document_without_quotes_or_that_failed() -> None:
    """No quotes: one row with the id and empty fields; failed: the same with its error."""
    _, empty, failed = _csv(Outcome("empty", []), Outcome("bad", None, "bad: not UTF-8"))
    blank = [""] * len(QUOTE_FIELDS)
    assert empty == ["empty", *blank, ""]
    assert failed == ["bad", *blank, "bad: not UTF-8"]


def test_csv_writer_keeps_line_breaks_inside_a_quote() -> None:
    """A quote over several lines is one CSV cell that reads back with its line breaks."""
    text = "“First line,\r\nsecond line,” Lee said."
    content = Span.of(text, 1, text.index("”"))
    quote = Quote(Kind.DIRECT, content, (content,))
    header, row = _csv(Outcome("a", [quote]))
    assert row[header.index("text")] == "First line,\r\nsecond line,"


def test_csv_writer_leaves_the_callers_stream_open() -> None:
    """close() detaches from the stream: the caller can keep writing to it."""
    out = io.BytesIO()
    writer = CsvWriter(out)
    writer.write(Outcome("a", []))
    writer.close()
    assert not out.closed
    out.write(b"more")
    assert out.getvalue().endswith(b"\r\na" + b"," * (len(QUOTE_FIELDS) + 1) + b"\r\nmore")


def test_csv_writer_writes_each_row_through_at_once() -> None:
    """Rows reach the stream as they are written, before close()."""
    out = io.BytesIO()
    writer = CsvWriter(out)
    writer.write(Outcome("now", []))
    assert out.getvalue().splitlines()[-1].startswith(b"now,")
    writer.close()


def test_csv_writer_writes_a_lone_surrogate_as_a_backslash_escape() -> None:
    """A lone surrogate cannot be UTF-8: it is written as \\ud800; the rest stays UTF-8."""
    text = f"“Caf{SURROGATE} ok,” Peskov said."
    out = io.BytesIO()
    writer = CsvWriter(out)
    writer.write(Outcome(f"é{SURROGATE}", extract(text)))
    writer.close()
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    header, row = rows
    assert row[0] == "é\\ud800"
    assert row[header.index("text")] == "Caf\\ud800 ok,"


@pytest.mark.parametrize(("name", "kind"), [("jsonl", JsonlWriter), ("csv", CsvWriter)])
def test_writer_for_each_format(name: str, kind: type) -> None:
    """Each of FORMATS has its writer."""
    assert name in FORMATS
    writer = writer_for(name, io.BytesIO())
    assert isinstance(writer, kind)
    writer.close()


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_csv_writer_any_id_reads_back(doc_id: str) -> None:
    """Any id (commas, quotes, line breaks) comes back from csv.reader as written."""
    rows = _csv(Outcome(doc_id, []), Outcome("next", None, "next: failed"))
    assert [row[0] for row in rows[1:]] == [doc_id, "next"]
    assert [row[-1] for row in rows[1:]] == ["", "next: failed"]
