"""Tests for quoteattr.io.htmlview and `quoteattr show`: the HTML page of who said what."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Kind, Quote, Span, Speaker, SpeakerKind, extract, quote_to_dict
from quoteattr.cli import main
from quoteattr.errors import InputError
from quoteattr.io.htmlview import PALETTE, UNKNOWN, html_page, render_html, speaker_name

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_153731bfbc5ac2c5.txt"


class Page(HTMLParser):
    """What a reader of the page sees: the article's text, each highlighted quote's text,
    the legend's counts, and every tag used."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, str | None]] = []
        self.in_article = 0
        self.article: list[str] = []
        self.quotes: dict[int, list[str]] = {}
        self.titles: dict[int, str] = {}
        self.legend: dict[str, int] = {}
        self.tags: set[str] = set()
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        found = dict(attrs)
        if tag == "div" and found.get("class") == "article":
            self.in_article += 1
        if tag == "li" and "data-speaker" in found:
            self.legend[str(found["data-speaker"])] = int(str(found["data-count"]))
        if tag == "span":
            self.stack.append(found)
            if found.get("class") == "quote":
                self.titles[int(str(found["data-quote"]))] = str(found["title"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self.stack.pop()
        if tag == "div" and self.in_article:
            self.in_article -= 1

    def handle_data(self, data: str) -> None:
        if not self.in_article:
            return
        self.article.append(data)
        for attrs in self.stack:
            if attrs.get("class") == "quote":
                self.quotes.setdefault(int(str(attrs["data-quote"])), []).append(data)


def test_htmlview_seed_page_highlights_every_quote_and_counts_speakers() -> None:
    """Every quote of a seed article is a highlighted element holding its fragments' text;
    the legend counts each speaker's quotes; the article text comes back exactly."""
    text = SEED.read_text(encoding="utf-8")
    quotes = extract(text)
    page = Page(render_html(text, quotes, title=SEED.stem))
    assert "".join(page.article) == text
    assert sorted(page.quotes) == list(range(len(quotes)))
    for index, quote in enumerate(quotes):
        assert "".join(page.quotes[index]) == "".join(f.text for f in quote.fragments)
        assert f"confidence {quote.confidence:.2f}" in page.titles[index]
    assert page.legend == Counter(speaker_name(q) for q in quotes)
    assert page.legend["Putin"] >= 1
    assert "script" not in page.tags


def test_htmlview_script_inside_a_quote_is_shown_as_text() -> None:
    """An article with <script> inside a quote renders it escaped, as visible text."""
    text = "“<script>alert(1)</script> is not a plan,” the mayor said. “Nor is <b>this</b>.”"
    quotes = extract(text)
    assert quotes, "the test needs a quote around the script"
    html = render_html(text, quotes, title="<script>alert(2)</script>")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    page = Page(html)
    assert "script" not in page.tags
    assert "b" not in page.tags
    assert "".join(page.article) == text
    assert "<script>alert(1)</script>" in "".join(page.quotes[0])


def test_htmlview_page_is_self_contained() -> None:
    """The page fetches nothing and runs nothing: no script, link, img or URL."""
    text = SEED.read_text(encoding="utf-8")
    html = render_html(text, extract(text))
    assert html.startswith("<!DOCTYPE html>")
    for needle in ("<script", "<link", "<img", "http://", "https://", "url("):
        assert needle not in html


def test_htmlview_quotes_without_a_named_speaker_share_the_unknown_entry() -> None:
    """A quote with no mention or entity is listed under the unknown speaker."""
    text = "“We will never surrender.”"
    quotes = extract(text)
    assert [speaker_name(q) for q in quotes] == [UNKNOWN]
    assert Page(render_html(text, quotes)).legend == {UNKNOWN: 1}


def test_htmlview_rejects_bad_calls() -> None:
    """A non-str text, a record instead of a Quote, or quotes (or their cues and mentions)
    from another text, is an InputError that says what to pass."""
    text = SEED.read_text(encoding="utf-8")
    quotes = extract(text)
    with pytest.raises(InputError, match="takes the article text as str"):
        render_html(text.encode(), quotes)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="pass its own text"):
        render_html(text[:50], quotes)
    with pytest.raises(InputError, match="quote_from_dict"):
        render_html(text, [quote_to_dict(quotes[0])])  # type: ignore[list-item]
    short = "“Yes,” he said."
    content = Span.of(short, 1, 5)
    stray = Quote(Kind.DIRECT, content, (content,), cue=Span(40, 44, "said"))
    with pytest.raises(InputError, match="pass its own text"):
        render_html(short, [stray])


def _quote(text: str, start: int, end: int, speaker: str, *, cue: Span | None = None) -> Quote:
    content = Span.of(text, start, end)
    who = Speaker(speaker, SpeakerKind.PERSON, (content,))
    return Quote(
        Kind.INDIRECT, content, (content,), cue=cue, speaker=who, confidence=0.5, sieve="name"
    )


def test_htmlview_overlapping_quotes_are_outlined_and_name_both_speakers() -> None:
    """Where two quotes share words, both stay highlighted and the shared words are
    outlined, with both speakers in their title."""
    text = "Ann said Bob said the vote was close."
    outer = _quote(text, 9, 36, "Ann")
    inner = _quote(text, 18, 36, "Bob")
    page = render_html(text, [outer, inner])
    parsed = Page(page)
    assert "".join(parsed.article) == text
    assert "".join(parsed.quotes[0]) == text[9:36]
    assert "".join(parsed.quotes[1]) == text[18:36]
    assert 'class="overlap" title="Ann · indirect' in page
    assert "| Bob · indirect" in page


def test_htmlview_takes_any_iterable_and_skips_empty_highlights() -> None:
    """A generator of quotes renders like a list; an empty cue highlights nothing."""
    text = "Ann said the vote was close."
    quote = _quote(text, 9, 27, "Ann", cue=Span.of(text, 4, 4))
    assert render_html(text, (q for q in [quote])) == render_html(text, [quote])
    assert 'class="cue"' not in render_html(text, [quote])


def test_htmlview_every_speaker_gets_its_own_colour() -> None:
    """Past the palette's twelve colours, speakers still get distinct colours."""
    text = " ".join(f"P{i} said x." for i in range(30))
    quotes = []
    for i in range(30):
        at = text.index(f"P{i} said x.") + len(f"P{i} said ")
        quotes.append(_quote(text, at, at + 1, f"P{i}"))
    page = render_html(text, quotes)
    colours = []
    for i in range(30):
        swatch = page.split(f'data-speaker="P{i}"', 1)[1]
        colours.append(swatch.split("background:", 1)[1].split('"', 1)[0])
    assert len(set(colours)) == 30
    assert colours[:12] == list(PALETTE)


def test_htmlview_page_without_quotes_says_so() -> None:
    """No quotes: the article still shows, with a message instead of a legend."""
    page = render_html("Nothing was said.\r\nAt all.", [])
    assert "No quotes found." in page
    assert "".join(Page(page).article) == "Nothing was said.\r\nAt all."


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("“”\"'‘’ <>&.,Ab\n\r said he Kim")))
def test_htmlview_any_text_comes_back_exactly(text: str) -> None:
    """On any text, the page's article is the text, character for character."""
    page = Page(render_html(text, extract(text)))
    assert "".join(page.article) == text


def test_htmlview_cli_show_writes_the_page(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`quoteattr show FILE --out view.html` writes the page; without --out it goes to stdout."""
    out = tmp_path / "view.html"
    assert main(["show", str(SEED), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert f"<title>{SEED.stem}</title>" in page
    assert main(["show", str(SEED)]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == page


def test_htmlview_cli_show_reports_bad_input_and_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing input or an unwritable --out path exits 1 with a message naming it."""
    assert main(["show", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: no such file" in capsys.readouterr().err
    bad = tmp_path / "no" / "such" / "dir" / "view.html"
    assert main(["show", str(SEED), "--out", str(bad)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_html_page_escapes_its_title_and_inlines_style_and_script() -> None:
    page = html_page("<A & B>", "p { color: red; }", ["<p>body</p>"], script="var x = 1;")
    assert "<title>&lt;A &amp; B&gt;</title>" in page
    assert "<h1>&lt;A &amp; B&gt;</h1>" in page
    assert "<style>p { color: red; }</style>" in page
    assert page.index("<p>body</p>") < page.index("<script>var x = 1;</script>")
    assert "<script>" not in html_page("t", "", [])
