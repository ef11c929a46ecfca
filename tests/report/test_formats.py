"""Tests for quoteattr.report.formats: the report as CSV, JSON and HTML."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quoteattr import Kind, Quote, Span, Speaker, SpeakerKind
from quoteattr.errors import ConfigError
from quoteattr.report.formats import REPORT_FORMATS, render, report_csv, report_json
from quoteattr.report.table import SourceReport, SourceTally, columns


def report() -> SourceReport:
    text = 'He said "a, b" and\nmore'
    content = Span.of(text, 0, len(text))
    quote = Quote(
        Kind.DIRECT,
        content,
        (content,),
        speaker=Speaker('Ann "Nan" Lee, Jr.', SpeakerKind.PERSON, ()),
        confidence=0.8,
    )
    tally = SourceTally(group_by="meta.publisher")
    tally.add("doc,1", [quote], "nyt")
    return tally.report()


def test_csv_has_the_issue_columns_and_quotes_its_cells() -> None:
    text = report_csv(report())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == columns(("nyt",))
    assert columns()[:7] == [
        "speaker",
        "kind",
        "quotes",
        "direct",
        "indirect",
        "mixed",
        "documents",
    ]
    assert rows[0]["speaker"] == 'Ann "Nan" Lee, Jr.'
    assert rows[0]["example"] == 'He said "a, b" and more'
    assert rows[0]["example_document"] == "doc,1"
    assert rows[0]["group:nyt"] == "1"


def test_json_holds_totals_groups_and_the_same_rows() -> None:
    data = json.loads(report_json(report()))
    assert data["totals"]["quotes"] == 1
    assert data["totals"]["sources"]["person"] == 1
    assert (data["group_by"], data["groups"]) == ("meta.publisher", ["nyt"])
    assert data["rows"] == report().records()


def test_render_dispatches_by_name_and_refuses_others() -> None:
    assert render(report(), "html", title="T & U").startswith("<!DOCTYPE html>")
    assert "<title>T &amp; U</title>" in render(report(), "html", title="T & U")
    assert render(report(), "csv") == report_csv(report())
    assert set(REPORT_FORMATS) == {"html", "csv", "json"}
    with pytest.raises(ConfigError, match="one of html, csv, json"):
        render(report(), "xlsx")


def test_csv_cells_a_spreadsheet_would_run_are_made_inert() -> None:
    text = "=HYPERLINK(1)"
    content = Span.of(text, 0, len(text))
    quote = Quote(Kind.DIRECT, content, (content,), speaker=Speaker("=1+1", SpeakerKind.PERSON, ()))
    tally = SourceTally()
    tally.add("@doc", [quote])
    (row,) = csv.DictReader(io.StringIO(report_csv(tally.report())))
    assert (row["speaker"], row["example"], row["example_document"]) == (
        "'=1+1",
        "'=HYPERLINK(1)",
        "'@doc",
    )
    assert json.loads(report_json(tally.report()))["rows"][0]["speaker"] == "=1+1"
