"""The source report as one self-contained HTML page: totals, a chart, every speaker.

Nothing is loaded from outside the page: the style and the small sorting script
are inline and the chart is inline SVG. Without JavaScript the page reads the
same, the table already sorted by quotes; with it, a click on a column heading
sorts by that column. Every name and quote is escaped.
"""

from __future__ import annotations

import html

from quoteattr.io.htmlview import html_page
from quoteattr.report.chart import Bar, bar_chart
from quoteattr.report.table import KINDS, SourceReport, SourceRow

TOP_SPEAKERS = 15
"""Speakers in the main chart."""

PANEL_SPEAKERS = 8
MAX_PANELS = 24
"""Speakers in each group's small chart, and the most groups (the largest) drawn."""

SOURCE_LABELS = {
    "person": "a named person",
    "organization": "an organisation",
    "unnamed": "an unnamed source",
    "other": "another source (a group, a document, a description)",
    "none": "no speaker found",
}
"""How the totals name each source class."""

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 72em; margin: 2em auto;
  padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
.totals { border-collapse: collapse; } .totals caption { text-align: left; font-weight: bold; }
.totals td { padding: 0.1em 0.8em 0.1em 0; }
.totals td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg text { font: 12px system-ui, sans-serif; fill: #222; }
.panels { display: flex; flex-wrap: wrap; gap: 1em 2em; }
.panel h3 { font-size: 1em; margin: 0.5em 0 0; }
table.speakers { border-collapse: collapse; font-size: 0.92em; width: 100%; }
table.speakers th, table.speakers td { border-top: 1px solid #ddd; padding: 0.25em 0.5em;
  text-align: left; vertical-align: top; }
table.speakers th { white-space: nowrap; }
table.speakers td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.speakers th button { font: inherit; font-weight: bold; background: none; border: 0;
  padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.doc { color: #666; font-size: 0.9em; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; } td.example { min-width: 24em; }
"""

_SORT = """
document.querySelectorAll('table.speakers th button').forEach(function (button) {
  button.addEventListener('click', function () {
    var th = button.parentElement, table = th.closest('table'), body = table.tBodies[0];
    var column = Array.prototype.indexOf.call(th.parentElement.children, th);
    var numeric = th.dataset.type === 'number';
    var descending = th.getAttribute('aria-sort') ? th.getAttribute('aria-sort') === 'ascending'
                                                  : numeric;
    var key = function (row) {
      var cell = row.children[column];
      return numeric ? Number(cell.dataset.value) : cell.textContent.toLowerCase();
    };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  });
});
"""


def render_report(report: SourceReport, *, title: str = "Who is quoted") -> str:
    """The page of ``report`` as one HTML string."""
    body = [_totals(report), _charts(report), "<h2>Every speaker</h2>", _table(report)]
    return html_page(title, _STYLE, body, script=_SORT)


def _totals(report: SourceReport) -> str:
    totals = report.totals
    failed = f" ({totals.failed:,} more could not be read or extracted)" if totals.failed else ""
    left = (
        f"; {totals.left_out:,} below confidence {report.min_confidence:g} left out"
        if totals.left_out
        else ""
    )
    lines = [
        f'<p class="summary"><b>{totals.documents:,}</b> documents{failed}; '
        f"<b>{totals.quotes:,}</b> quotes counted{left}; "
        f"<b>{len(report.rows):,}</b> speakers.</p>",
        '<table class="totals"><caption>Quotes whose source is</caption>',
    ]
    for source_class, count in totals.sources:
        lines.append(
            f'<tr data-source="{source_class}"><td>{SOURCE_LABELS[source_class]}</td>'
            f'<td class="n">{count:,}</td><td class="n">{totals.share(source_class):.1%}</td></tr>'
        )
    lines.append("</table>")
    return "\n".join(lines)


def _charts(report: SourceReport) -> str:
    if not report.rows:
        return '<p class="none">No quote has a speaker.</p>'
    top = [Bar(row.speaker, row.kinds()) for row in report.rows[:TOP_SPEAKERS]]
    title = f"The {len(top)} most-quoted speakers, by kind of quote"
    parts = [f"<h2>{html.escape(title)}</h2>", f"<figure>{bar_chart(top, title=title)}</figure>"]
    if report.groups:
        parts.append(_panels(report))
    return "\n".join(parts)


def _panels(report: SourceReport) -> str:
    """Small multiples: each group's most-quoted speakers, the largest groups first."""
    sizes = report.group_quotes
    order = sorted(range(len(report.groups)), key=lambda i: (-sizes[i], report.groups[i]))
    shown = order[:MAX_PANELS]
    heading = f"By {html.escape(report.group_by or 'group')}"
    more = f" (the {len(shown)} largest of {len(order)} groups)" if len(order) > len(shown) else ""
    parts = [f"<h2>{heading}{more}</h2>", '<div class="panels">']
    for index in shown:
        group = report.groups[index]
        ranked = sorted(report.rows, key=lambda r: (-r.groups[index], r.speaker))
        bars = [
            Bar(row.speaker, row.group_kinds[index])
            for row in ranked[:PANEL_SPEAKERS]
            if row.groups[index]
        ]
        label = f"{group}: {sizes[index]:,} quotes"
        parts.append(
            f'<section class="panel" data-group="{html.escape(group)}">'
            f"<h3>{html.escape(label)}</h3>{bar_chart(bars, title=label, width=460)}</section>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def _table(report: SourceReport) -> str:
    numbers = ["quotes", *KINDS, "documents", *report.groups]
    heads = [("speaker", "text"), ("kind", "text")] + [(name, "number") for name in numbers]
    heads.append(("example", "text"))
    cells = "".join(
        f'<th data-type="{kind}"{_sorted_by(name, index)}><button type="button">'
        f"{html.escape(name)}</button></th>"
        for index, (name, kind) in enumerate(heads)
    )
    rows = "\n".join(_row(row) for row in report.rows)
    return (
        f'<div class="scroll"><table class="speakers"><thead><tr>{cells}</tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody></table></div>"
    )


def _sorted_by(name: str, index: int) -> str:
    """The table starts sorted by quotes, most first."""
    return ' aria-sort="descending"' if name == "quotes" and index == 2 else ""


def _row(row: SourceRow) -> str:
    numbers = (row.quotes, *row.kinds(), row.documents, *row.groups)
    cells = [
        f"<td>{html.escape(row.speaker)}</td>",
        f"<td>{html.escape(row.kind)}</td>",
        *(f'<td class="n" data-value="{n}">{n:,}</td>' for n in numbers),
        f'<td class="example">“{html.escape(row.example)}” '
        f'<span class="doc">({html.escape(row.example_document)})</span></td>',
    ]
    return f'<tr data-speaker="{html.escape(row.speaker)}">{"".join(cells)}</tr>'
