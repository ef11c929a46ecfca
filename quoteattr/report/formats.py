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

REPORT_FORMATS = ("html", "csv", "json")
"""The formats ``quoteattr report --format`` writes."""


def report_csv(report: SourceReport) -> str:
    """One header row, then one row per speaker, most quoted first."""
    out = io.StringIO(newline="")
    rows = csv.DictWriter(out, fieldnames=columns(report.groups), lineterminator="\n")
    rows.writeheader()
    rows.writerows(report.records())
    return out.getvalue()


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
