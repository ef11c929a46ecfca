"""The HTML view in a real browser: headless Chromium loads `quoteattr show`'s page.

It checks what a reader sees (every quote highlighted, the legend's counts, no
script error) and saves a screenshot to ``build/artifacts/`` as an artifact of
the run. ``.ci/run`` installs Debian's ``chromium``; elsewhere the test is
skipped when Chromium or playwright is missing.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from quoteattr import extract
from quoteattr.cli import main
from quoteattr.htmlview import speaker_name

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_153731bfbc5ac2c5.txt"
ARTIFACTS = ROOT / "build" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (apt install chromium)"),
]


def test_browser_shows_every_quote_and_the_legend(tmp_path: Path) -> None:
    """The seed page in Chromium: one highlighted element per quote fragment, each quote
    present, the legend's counts right, no page errors; a screenshot is saved."""
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path / "view.html"
    assert main(["show", str(SEED), "--out", str(page_file)]) == 0
    quotes = extract(SEED.read_text(encoding="utf-8"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(page_file.as_uri())
            highlighted = page.eval_on_selector_all(
                "span.quote",
                "els => els.map(e => [e.dataset.quote, getComputedStyle(e).backgroundColor])",
            )
            legend = page.eval_on_selector_all(
                "ul.legend li", "els => els.map(e => [e.dataset.speaker, e.dataset.count])"
            )
            page.screenshot(path=str(ARTIFACTS / "view-000.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert sorted({int(i) for i, _ in highlighted}) == list(range(len(quotes)))
    assert len(highlighted) >= sum(len(q.fragments) for q in quotes)
    assert all(colour not in ("", "rgba(0, 0, 0, 0)") for _, colour in highlighted)
    assert {name: int(count) for name, count in legend} == Counter(map(speaker_name, quotes))
    assert (ARTIFACTS / "view-000.png").stat().st_size > 10_000
