"""Tests for quoteattr.report.chart: the inline SVG bar chart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from quoteattr.report.chart import KIND_COLOURS, LABEL_CHARS, Bar, bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_bars_are_split_by_kind_and_scaled_to_the_longest() -> None:
    svg = bar_chart([Bar("Ann Lee", (4, 2, 0)), Bar("Bo Li", (0, 1, 2))], title="Top")
    root = ET.fromstring(svg)
    bars = root.findall(f"{SVG}g")
    assert [b.get("data-speaker") for b in bars] == ["Ann Lee", "Bo Li"]
    assert [b.get("data-quotes") for b in bars] == ["6", "3"]
    widths = {
        (b.get("data-speaker"), r.get("class")): float(r.get("width", "0"))
        for b in bars
        for r in b.findall(f"{SVG}rect")
    }
    assert set(widths) == {
        ("Ann Lee", "direct"),
        ("Ann Lee", "indirect"),
        ("Bo Li", "indirect"),
        ("Bo Li", "mixed"),
    }
    assert abs(widths["Ann Lee", "direct"] - 2 * widths["Ann Lee", "indirect"]) < 0.2
    assert abs(widths["Bo Li", "mixed"] - 2 * widths["Bo Li", "indirect"]) < 0.2
    fills = {r.get("fill") for r in root.iter(f"{SVG}rect")}
    assert fills == set(KIND_COLOURS.values())


def test_names_are_escaped_and_long_ones_cut() -> None:
    name = "<script>alert(1)</script> & a very long name indeed, longer than the column"
    svg = bar_chart([Bar(name, (1, 0, 0))], title="A & B")
    root = ET.fromstring(svg)  # well-formed: everything escaped
    assert "<script>" not in svg
    label = next(t for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "end")
    assert label.find(f"{SVG}title").text == name  # type: ignore[union-attr]
    shown = "".join(label.itertext())[len(name) :]
    assert len(shown) == LABEL_CHARS
    assert shown.endswith("…")


def test_empty_chart_is_still_an_svg() -> None:
    svg = bar_chart([], title="none")
    assert ET.fromstring(svg).tag == f"{SVG}svg"
    assert re.search(r'height="\d+"', svg)
