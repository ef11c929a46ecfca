"""The source report written as HTML, CSV or JSON: the same table in each.

CSV has one row per speaker with the columns of ``table.columns``. JSON holds
the rows as the same records, with the totals and the grouping beside them.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from quoteattr.errors import ConfigError
from quoteattr.report.page import render_report
from quoteattr.report.table import SourceReport, columns

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula in a CSV cell."""

REPORT_FORMATS = ("html", "csv", "json")
"""The formats ``quoteattr report --format`` writes."""


def report_csv(report: SourceReport) -> str:
    """One header row, then one row per speaker, most quoted first.

    A text cell that a spreadsheet would run as a formula (it starts with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return) is written after a ``'``, as
    OWASP advises for CSV meant for spreadsheets; JSON keeps the text as it is.
    """
    out = io.StringIO(newline="")
    fields = columns(report.groups)
    rows = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    rows.writerow({name: _inert(name) for name in fields})
    rows.writerows({k: _inert(v) for k, v in record.items()} for record in report.records())
    return out.getvalue()


def _inert(value: Any) -> Any:
    """A text cell that no spreadsheet reads as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def report_json(report: SourceReport) -> str:
    """The totals, the grouping and the rows, as one indented JSON document."""
    totals = report.totals
    document: dict[str, Any] = {
        "totals": {
            "documents": totals.documents,
            "failed": totals.failed,
            "quotes": totals.quotes,
            "left_out": totals.left_out,
            "sources": dict(totals.sources),
        },
        "group_quotes": dict(zip(report.groups, report.group_quotes, strict=True)),
        "group_by": report.group_by,
        "groups": list(report.groups),
        "min_confidence": report.min_confidence,
        "rows": report.records(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render(report: SourceReport, format_name: str, *, title: str = "Who is quoted") -> str:
    """The report in ``format_name``, one of ``REPORT_FORMATS`` (``title``: the page's)."""
    if format_name == "html":
        return render_report(report, title=title)
    if format_name == "csv":
        return report_csv(report)
    if format_name == "json":
        return report_json(report)
    msg = f"unknown report format {format_name!r}; one of {', '.join(REPORT_FORMATS)}"
    raise ConfigError(msg)
