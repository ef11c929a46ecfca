"""The command line's output: one JSON line per document, or CSV rows of quotes.

A writer takes each document's ``Outcome`` as it comes and writes it at once,
so output streams. JSON Lines gives exactly one line per document:
``{"id", "quotes"}`` or ``{"id", "error"}``. CSV gives one row per quote with
the document's id first; a document without quotes still gets one row (empty
quote fields), and a failed one a row with its ``error``, so none goes missing.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, BinaryIO, Protocol

from attrs import frozen

from quoteattr.io.serialize import QUOTE_FIELDS, quotes_to_dicts
from quoteattr.model import Quote


@frozen
class Outcome:
    """What became of one document: its quotes, or why it has none (``error``).

    ``group`` is the value of the document's metadata field that a source report
    is grouped by (``quoteattr report --group-by``); writers do not write it.
    """

    id: str
    quotes: list[Quote] | None
    error: str | None = None
    size: int = 0
    group: str | None = None


FORMATS = ("jsonl", "csv")
"""The output formats ``quoteattr extract --format`` writes."""


class Writer(Protocol):
    """Writes outcomes to a byte stream as they come."""

    def write(self, outcome: Outcome) -> None: ...

    def close(self) -> None: ...


def writer_for(name: str, out: BinaryIO) -> Writer:
    """The writer of format ``name`` (one of ``FORMATS``) onto ``out``."""
    if name == "csv":
        return CsvWriter(out)
    return JsonlWriter(out)


class JsonlWriter:
    """One JSON line per document, UTF-8, with the quote records of ``quote_to_dict``."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out

    def write(self, outcome: Outcome) -> None:
        record: dict[str, Any] = {"id": outcome.id}
        if outcome.quotes is None:
            record["error"] = outcome.error
        else:
            record["quotes"] = quotes_to_dicts(outcome.quotes)
        self._out.write(json_line(record))

    def close(self) -> None:
        self._out.flush()


def json_line(record: dict[str, Any]) -> bytes:
    """One JSON line, UTF-8; text that UTF-8 cannot carry (lone surrogates) is escaped."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        return line.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True).encode("ascii") + b"\n"


class CsvWriter:
    """Rows of ``id``, the quote fields and ``error``; list fields are written as JSON."""

    COLUMNS = ("id", *QUOTE_FIELDS, "error")

    def __init__(self, out: BinaryIO) -> None:
        # A lone surrogate (possible in JSONL input) cannot be UTF-8: written as \udxxx.
        self._text = io.TextIOWrapper(
            out, encoding="utf-8", errors="backslashreplace", newline="", write_through=True
        )
        self._rows = csv.writer(self._text)
        self._rows.writerow(self.COLUMNS)

    def write(self, outcome: Outcome) -> None:
        if not outcome.quotes:
            self._rows.writerow([outcome.id] + [""] * len(QUOTE_FIELDS) + [outcome.error or ""])
            return
        for record in quotes_to_dicts(outcome.quotes):
            cells = [_cell(record[key]) for key in QUOTE_FIELDS]
            self._rows.writerow([outcome.id, *cells, ""])

    def close(self) -> None:
        self._text.flush()
        self._text.detach()  # the caller's stream stays open


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value
