"""Tests for quoteattr.report.page: the self-contained HTML page of a source report."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quoteattr import Kind, Quote, Span, Speaker, SpeakerKind
from quoteattr.report.page import MAX_PANELS, TOP_SPEAKERS, render_report
from quoteattr.report.table import SourceReport, SourceTally

HOSTILE = '<img src=x onerror="alert(1)"> & </td></table>'


class Page(HTMLParser):
    """What the page holds: tags with their attributes, table rows, panels, text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in wanted.items())
        ]


def quote(speaker: str | None, text: str = "It is so.", kind: Kind = Kind.DIRECT) -> Quote:
    content = Span.of(text, 0, len(text))
    who = Speaker(speaker, SpeakerKind.PERSON, ()) if speaker else None
    return Quote(kind, content, (content,), speaker=who, confidence=0.9)


def report(speakers: int = 3, groups: int = 0) -> SourceReport:
    tally = SourceTally(group_by="meta.publisher" if groups else None)
    for number in range(speakers):
        group = f"outlet {number % groups}" if groups else None
        tally.add(f"d{number}", [quote(f"Speaker {number}")] * (number + 1), group)
    tally.add("none", [quote(None)], "outlet 0" if groups else None)
    return tally.report()


def test_page_is_self_contained() -> None:
    page = render_report(report(groups=2))
    parsed = Page(page)
    assert not [a for t, a in parsed.tags if "src" in a or ("href" in a and t != "a")]
    assert not re.search(r"@import|url\(|https?://(?!www\.w3\.org/2000/svg)", page)
    assert len(parsed.all("script")) == 1  # the inline sorting script, nothing loaded


def test_every_speaker_has_a_row_and_the_chart_the_top_ones() -> None:
    parsed = Page(render_report(report(speakers=TOP_SPEAKERS + 5)))
    rows = [a["data-speaker"] for a in parsed.all("tr") if a.get("data-speaker")]
    assert len(rows) == TOP_SPEAKERS + 5
    assert rows[0] == f"Speaker {TOP_SPEAKERS + 4}"  # most quoted first
    bars = parsed.all("g", **{"class": "bar"})
    assert [b["data-speaker"] for b in bars] == rows[:TOP_SPEAKERS]
    sources = {a["data-source"] for a in parsed.all("tr") if a.get("data-source")}
    assert sources == {"person", "organization", "unnamed", "other", "none"}


def test_table_is_sortable_by_every_column_and_starts_by_quotes() -> None:
    parsed = Page(render_report(report(groups=2)))
    heads = parsed.all("th")
    assert [h.get("aria-sort") for h in heads].count("descending") == 1
    assert heads[2].get("aria-sort") == "descending"
    assert {h["data-type"] for h in heads} == {"text", "number"}
    assert len(parsed.all("button")) == len(heads)
    assert len(heads) == 2 + 5 + 2 + 1  # speaker, kind, counts, two groups, example


def test_groups_get_small_multiples_of_their_largest_groups() -> None:
    parsed = Page(render_report(report(speakers=MAX_PANELS + 6, groups=MAX_PANELS + 3)))
    panels = [a["data-group"] for a in parsed.all("section", **{"class": "panel"})]
    assert len(panels) == MAX_PANELS
    assert "the 24 largest of 27 groups" in "".join(parsed.text)
    assert len(parsed.all("svg")) == 1 + MAX_PANELS


def test_names_and_quotes_are_escaped() -> None:
    tally = SourceTally()
    tally.add(HOSTILE, [quote(HOSTILE, HOSTILE)])
    page = render_report(tally.report(), title=HOSTILE)
    parsed = Page(page)
    assert parsed.all("img") == []
    assert HOSTILE in "".join(parsed.text)
    assert len(parsed.all("table")) == 2


def test_an_empty_report_says_so() -> None:
    page = render_report(SourceTally().report())
    assert "No quote has a speaker." in page
    assert "<b>0</b> documents" in page


def test_failed_documents_are_counted_apart() -> None:
    tally = SourceTally()
    tally.add("a", [quote("Ann Lee")])
    tally.add_failure()
    page = render_report(tally.report())
    assert "<b>1</b> documents (1 more could not be read or extracted)" in page
