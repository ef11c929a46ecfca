"""The HTML pages in a real browser: headless Chromium loads `quoteattr show`'s and
`quoteattr report`'s pages.

It checks what a reader sees (every quote highlighted, the legend's counts; the
report's chart and table, and sorting by a column; no script error) and saves
screenshots to ``build/artifacts/`` as artifacts of the run. ``.ci/run`` installs
Debian's ``chromium``; elsewhere the test is skipped when Chromium or playwright is
missing.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from quoteattr import extract
from quoteattr.cli import main
from quoteattr.io.htmlview import render_html, speaker_name

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_153731bfbc5ac2c5.txt"
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
ARTIFACTS = ROOT / "build" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = (
    "Mayor says “<script>alert(1)</script> is not a plan”\r\n"
    "“Tom & Jerry </span> will <b>not</b> run,” Ann Lee said. “Never.”\r\n"
    "Bob Stone said the vote was close, and he said it would stay close."
)
"""CRLF line ends, markup in quotes, and two speakers: what a broken page would mangle."""

READ_PAGE = """() => ({
  article: document.querySelector('.article').textContent,
  whiteSpace: getComputedStyle(document.querySelector('.article')).whiteSpace,
  scripts: document.querySelectorAll('script').length,
  quotes: [...document.querySelectorAll('span.quote')].map(e => ({
    id: e.dataset.quote, text: e.textContent,
    colour: getComputedStyle(e).backgroundColor,
    visible: e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0})),
  legend: [...document.querySelectorAll('ul.legend li')].map(e => ({
    speaker: e.dataset.speaker, count: e.dataset.count,
    colour: getComputedStyle(e.querySelector('.swatch')).backgroundColor})),
})"""
"""What a reader sees, read from the rendered DOM."""

READ_REPORT = """() => {
  const box = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const table = document.querySelector('table.speakers');
  return {
    bars: [...document.querySelectorAll('svg.chart g.bar')].map(g => ({
      speaker: g.dataset.speaker, quotes: Number(g.dataset.quotes), visible: box(g)})),
    tableVisible: box(table),
    speakers: [...table.tBodies[0].rows].map(r => r.cells[0].textContent),
    quotes: [...table.tBodies[0].rows].map(r => Number(r.cells[2].dataset.value)),
    sorted: [...table.querySelectorAll('th')].map(h => h.getAttribute('aria-sort')),
  };
}"""
"""What a reader of the report sees: the chart's bars and the table's order."""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (apt install chromium)"),
]


@contextmanager
def _opened(path: Path) -> Iterator[tuple[Any, list[str]]]:
    """The page at ``path`` open in headless Chromium, and the page or console errors
    it has raised so far."""
    sync_api = pytest.importorskip("playwright.sync_api")
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(path.as_uri())
            yield page, errors
        finally:
            browser.close()


def _load(path: Path, screenshot: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """The page as Chromium renders it, and any page or console errors."""
    with _opened(path) as (page, errors):
        seen: dict[str, Any] = page.evaluate(READ_PAGE)
        if screenshot is not None:
            page.screenshot(path=str(screenshot), full_page=True)
    return seen, errors


def _check(text: str, seen: dict[str, Any]) -> None:
    """The article reads as the source; each quote's pieces hold its fragments' text,
    visibly, in its speaker's legend colour; the legend counts each speaker's quotes."""
    quotes = extract(text)
    assert seen["article"] == text
    assert seen["whiteSpace"] == "pre-wrap"
    assert seen["scripts"] == 0
    pieces: dict[int, list[dict[str, Any]]] = {}
    for piece in seen["quotes"]:
        pieces.setdefault(int(piece["id"]), []).append(piece)
    assert sorted(pieces) == list(range(len(quotes)))
    swatches = {entry["speaker"]: entry["colour"] for entry in seen["legend"]}
    assert {e["speaker"]: int(e["count"]) for e in seen["legend"]} == Counter(
        map(speaker_name, quotes)
    )
    assert len(set(swatches.values())) == len(swatches)
    for index, quote in enumerate(quotes):
        assert "".join(p["text"] for p in pieces[index]) == "".join(f.text for f in quote.fragments)
        assert all(p["visible"] for p in pieces[index])
        assert {p["colour"] for p in pieces[index]} == {swatches[speaker_name(quote)]}


def test_browser_shows_every_quote_and_the_legend(tmp_path: Path) -> None:
    """`quoteattr show` on seed 000 in Chromium: every quote highlighted in its speaker's
    colour, the legend's counts, no errors; the screenshot is saved as an artifact."""
    page_file = tmp_path / "view.html"
    assert main(["show", str(SEED), "--out", str(page_file)]) == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    seen, errors = _load(page_file, ARTIFACTS / "view-000.png")
    assert errors == []
    _check(SEED.read_text(encoding="utf-8"), seen)
    assert (ARTIFACTS / "view-000.png").stat().st_size > 10_000


def test_browser_hostile_article_reads_back_exactly(tmp_path: Path) -> None:
    """CRLF, <script>, & and a stray </span> inside quotes: Chromium shows them as the
    source's own characters, runs nothing, and still highlights every quote."""
    quotes = extract(HOSTILE)
    assert len({speaker_name(q) for q in quotes}) >= 2
    page_file = tmp_path / "hostile.html"
    page_file.write_text(render_html(HOSTILE, quotes), encoding="utf-8")
    seen, errors = _load(page_file)
    assert errors == []
    _check(HOSTILE, seen)


def test_browser_report_shows_the_chart_and_the_table_and_sorts(tmp_path: Path) -> None:
    """`quoteattr report` on the seeds in Chromium: the chart's bars and the table are
    visible and agree; a click on a heading sorts by it (names A to Z, numbers most
    first), a second click reverses; the screenshot is saved as an artifact."""
    page_file = tmp_path / "report.html"
    assert main(["report", *SEEDS, "--out", str(page_file)]) == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with _opened(page_file) as (page, errors):
        first: dict[str, Any] = page.evaluate(READ_REPORT)
        page.screenshot(path=str(ARTIFACTS / "report-seeds.png"))
        page.click("table.speakers th:nth-child(1) button")
        by_name: dict[str, Any] = page.evaluate(READ_REPORT)
        page.click("table.speakers th:nth-child(3) button")
        by_quotes: dict[str, Any] = page.evaluate(READ_REPORT)
        page.click("table.speakers th:nth-child(3) button")
        fewest_first: dict[str, Any] = page.evaluate(READ_REPORT)
    assert errors == []
    assert first["bars"]
    assert all(bar["visible"] for bar in first["bars"])
    assert first["tableVisible"]
    assert [b["speaker"] for b in first["bars"]] == first["speakers"][: len(first["bars"])]
    assert first["quotes"] == sorted(first["quotes"], reverse=True)
    assert "Dmitry Peskov" in first["speakers"]
    assert by_name["speakers"] == sorted(first["speakers"], key=str.lower)
    assert by_name["sorted"][0] == "ascending"
    assert by_quotes["quotes"] == sorted(first["quotes"], reverse=True)
    assert by_quotes["sorted"][2] == "descending"
    assert fewest_first["quotes"] == sorted(first["quotes"])
    assert fewest_first["sorted"][2] == "ascending"
    assert (ARTIFACTS / "report-seeds.png").stat().st_size > 10_000
