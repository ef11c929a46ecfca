"""The report's bar chart: the most-quoted speakers, each bar split by quote kind, as SVG.

The SVG is written inline in the page, with no script and no font or style
fetched, so it shows in any browser and in a mail client. Every segment has a
``<title>`` (its speaker, kind and count, shown on hover) and every bar its
total at its end, so the numbers are readable without hovering.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from attrs import frozen

from quoteattr.report.table import KINDS

KIND_COLOURS = {"direct": "#3b6fb6", "indirect": "#e08a2c", "mixed": "#4e9a5b"}
"""One colour per quote kind, distinct for the common kinds of colour blindness."""

BAR_HEIGHT = 18
ROW_GAP = 6
LABEL_WIDTH = 230
"""Pixels: a bar's thickness, the space between bars, and the speakers' name column."""

LABEL_CHARS = 26
"""A longer speaker name is cut to this many characters, with "…", beside its bar."""


@frozen
class Bar:
    """One speaker's bar: their name and their quotes by ``KINDS``."""

    label: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


def bar_chart(bars: Sequence[Bar], *, title: str, width: int = 720) -> str:
    """An ``<svg>`` of horizontal bars, longest first as given, scaled to the longest."""
    top = 28
    height = top + len(bars) * (BAR_HEIGHT + ROW_GAP) + 4
    scale = (width - LABEL_WIDTH - 48) / max([b.total for b in bars] + [1])
    parts = [
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="{html.escape(title)}">',
        f"<title>{html.escape(title)}</title>",
        _legend(),
    ]
    for index, bar in enumerate(bars):
        y = top + index * (BAR_HEIGHT + ROW_GAP)
        parts.append(_bar(bar, y, scale))
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    items, x = [], LABEL_WIDTH
    for kind in KINDS:
        items.append(
            f'<rect x="{x}" y="4" width="12" height="12" fill="{KIND_COLOURS[kind]}"/>'
            f'<text x="{x + 16}" y="14" class="legend">{kind}</text>'
        )
        x += 90
    return "".join(items)


def _bar(bar: Bar, y: int, scale: float) -> str:
    name = bar.label if len(bar.label) <= LABEL_CHARS else bar.label[: LABEL_CHARS - 1] + "…"
    middle = y + BAR_HEIGHT / 2 + 4
    parts = [
        f'<g class="bar" data-speaker="{html.escape(bar.label)}" data-quotes="{bar.total}">',
        f'<text x="{LABEL_WIDTH - 8}" y="{middle:g}" text-anchor="end">'
        f"<title>{html.escape(bar.label)}</title>{html.escape(name)}</text>",
    ]
    x = float(LABEL_WIDTH)
    for kind, count in zip(KINDS, bar.counts, strict=True):
        if not count:
            continue
        length = count * scale
        parts.append(
            f'<rect class="{kind}" x="{x:.1f}" y="{y}" width="{length:.1f}" '
            f'height="{BAR_HEIGHT}" fill="{KIND_COLOURS[kind]}">'
            f"<title>{html.escape(bar.label)}: {count} {kind}</title></rect>"
        )
        x += length
    parts.append(f'<text x="{x + 6:.1f}" y="{middle:g}" class="total">{bar.total}</text></g>')
    return "".join(parts)
