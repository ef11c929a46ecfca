"""An HTML page of who said what: the article with its quotes highlighted by speaker.

The page is self-contained (inline CSS, no script, nothing fetched) so it can be
mailed or opened offline. The article keeps its own line breaks
(``white-space: pre-wrap``; a carriage return is written ``&#13;`` so that
parsing keeps it) and is cut only at the offsets where a highlight starts or
ends, so every character of the source appears once, in order, and removing
the tags and unescaping gives the text back exactly. (Browsers drop U+0000, the
one character that does not survive a browser's parse.) A table under the
article repeats each quote's speaker, kind, confidence and rule, for readers
who cannot hover.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

from quoteattr.errors import InputError
from quoteattr.model import Quote, Span

PALETTE = (
    "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
    "#a0c4ff", "#ffadad", "#d0f4de", "#e4c1f9", "#fcf6bd", "#b8e0d2",
)  # fmt: skip
"""Pale background colours for the first twelve speakers, in order of first appearance."""

UNKNOWN = "(speaker not resolved)"
"""The legend entry for quotes whose speaker quoteattr could not name."""

_STYLE = """
body { font: 16px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; color: #222; }
h1 { font-size: 1.3em; }
.article { white-space: pre-wrap; }
.quote { border-radius: 3px; padding: 0 1px; }
.overlap { outline: 2px dashed #555; }
.cue { font-weight: bold; text-decoration: underline dotted; }
.mention { border-bottom: 2px solid #444; }
.legend { list-style: none; padding: 0; margin: 1em 0 2em; }
.legend li { display: inline-block; margin: 0 1em 0.3em 0; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle;
  border: 1px solid #888; margin-right: 0.3em; }
table.quotes { border-collapse: collapse; margin-top: 2em; font-size: 0.9em; }
table.quotes th, table.quotes td { border-top: 1px solid #ccc; padding: 0.2em 0.5em;
  text-align: left; vertical-align: top; }
"""

Mark = tuple[int, int, str]
"""A highlight: start and end offsets, and the attributes of its ``<span>``."""


def render_html(text: str, quotes: Iterable[Quote], *, title: str = "quoteattr") -> str:
    """The page for ``text`` and the quotes extracted from it, as one HTML string.

    Each quote's fragments are ``<span class="quote">`` elements coloured by
    speaker, with the speaker, kind and confidence in their ``title`` (shown on
    hover); where quotes overlap, the shared words are outlined and their title
    names every quote. Cues and speaker mentions are marked, a legend counts each
    speaker's quotes, and a table lists the quotes. Raises InputError if ``text``
    is not a str, or a quote is not a Quote or does not belong to ``text``.
    """
    if not isinstance(text, str):
        msg = f"render_html() takes the article text as str, got {type(text).__name__}"
        raise InputError(msg)
    quotes = list(quotes)
    for quote in quotes:
        _check_quote(text, quote)
    speakers = Counter(speaker_name(q) for q in sorted(quotes, key=lambda q: q.start))
    colours = {name: _colour(i) for i, name in enumerate(speakers)}
    body = _article(text, quotes, colours)
    return html_page(
        title,
        _STYLE,
        [
            _legend(speakers, colours) if quotes else '<p class="none">No quotes found.</p>',
            f'<div class="article">{body}</div>',
            _table(quotes) if quotes else "",
        ],
    )


def html_page(title: str, style: str, body: Sequence[str], script: str = "") -> str:
    """A self-contained page: ``style`` and ``script`` inline, ``title`` escaped as its
    title and first heading, then the ``body`` parts (already HTML), one per line."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(title)}</title>",
            f"<style>{style}</style></head><body>",
            f"<h1>{html.escape(title)}</h1>",
            *body,
            f"<script>{script}</script>" if script else "",
            "</body></html>",
        ]
    )


def speaker_name(quote: Quote) -> str:
    """The legend name of a quote's speaker: its entity's name, else :data:`UNKNOWN`."""
    return quote.speaker.name if quote.speaker is not None else UNKNOWN


def _check_quote(text: str, quote: object) -> None:
    """Raise InputError unless ``quote`` is a Quote whose every span is a slice of ``text``."""
    if not isinstance(quote, Quote):
        msg = (
            f"render_html() takes Quote objects, got {type(quote).__name__}; "
            "rebuild records with quoteattr.quote_from_dict(record, text)"
        )
        raise InputError(msg)
    spans: list[Span | None] = [quote.content, *quote.fragments, quote.cue, quote.mention]
    for span in spans:
        if span is not None and (span.end > len(text) or text[span.start : span.end] != span.text):
            msg = "render_html() got a quote whose offsets do not fit this text; pass its own text"
            raise InputError(msg)


def _colour(index: int) -> str:
    """The palette's colour, then pale hues spread by the golden angle, never repeating."""
    if index < len(PALETTE):
        return PALETTE[index]
    return f"hsl({(index * 137.508) % 360:.1f}, 85%, 82%)"


def _who(quote: Quote) -> str:
    """The speaker, with the words that named it here: ``Ann Smith (“she”)``."""
    said = f" (“{quote.mention.text}”)" if quote.mention is not None else ""
    return f"{speaker_name(quote)}{said}"


def _hover(quote: Quote) -> str:
    """What the title of a quote says: speaker, mention, kind, confidence and rule."""
    return f"{_who(quote)} · {quote.kind.value} · confidence {quote.confidence:.2f} ({quote.sieve})"


def _legend(speakers: Counter[str], colours: dict[str, str]) -> str:
    items = [
        f'<li data-speaker="{html.escape(name)}" data-count="{count}">'
        f'<span class="swatch" style="background:{colours[name]}"></span>'
        f"{html.escape(name)} ({count})</li>"
        for name, count in speakers.most_common()
    ]
    return f'<ul class="legend">{"".join(items)}</ul>'


def _table(quotes: Sequence[Quote]) -> str:
    """Every quote as a row, in text order, for readers who cannot hover."""
    head = "".join(f"<th>{h}</th>" for h in ("#", "speaker", "kind", "confidence", "rule", "quote"))
    rows = []
    for index, quote in sorted(enumerate(quotes), key=lambda pair: pair[1].start):
        flags = f" [{', '.join(quote.flags)}]" if quote.flags else ""
        cells = (
            str(index),
            html.escape(_who(quote)),
            quote.kind.value,
            f"{quote.confidence:.2f}",
            html.escape(quote.sieve + flags),
            _escape_text(" … ".join(f.text for f in quote.fragments)),
        )
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="quotes"><tr>{head}</tr>{"".join(rows)}</table>'


def _escape_text(text: str) -> str:
    """``text`` safe inside an element; a carriage return becomes ``&#13;`` so that a
    browser, which folds CR LF into LF when it parses, still holds the source's CR."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _marks(quotes: Sequence[Quote], colours: dict[str, str]) -> list[tuple[Mark, int | None]]:
    """Every non-empty highlight, with the index of the quote it belongs to if it is content."""
    marks: list[tuple[Mark, int | None]] = []
    for index, quote in enumerate(quotes):
        hover = html.escape(_hover(quote))
        style = f"background:{colours[speaker_name(quote)]}"
        attrs = f'class="quote" data-quote="{index}" style="{style}" title="{hover}"'
        marks += [((f.start, f.end, attrs), index) for f in quote.fragments]
        if quote.cue is not None:
            cue = quote.cue
            marks.append(((cue.start, cue.end, f'class="cue" data-quote="{index}"'), None))
        if quote.mention is not None:
            span = quote.mention
            marks.append(((span.start, span.end, f'class="mention" data-quote="{index}"'), None))
    return [(mark, owner) for mark, owner in marks if mark[0] < mark[1]]


def _article(text: str, quotes: Sequence[Quote], colours: dict[str, str]) -> str:
    """The text cut at every highlight edge, each piece wrapped in the highlights over it."""
    marks = _marks(quotes, colours)
    edges = sorted({0, len(text)} | {e for (s, t, _), _ in marks for e in (s, t)})
    starting: dict[int, list[tuple[Mark, int | None]]] = {}
    for mark in marks:
        starting.setdefault(mark[0][0], []).append(mark)
    active: list[tuple[Mark, int | None]] = []
    out: list[str] = []
    for left, right in itertools.pairwise(edges):
        active = [m for m in active if m[0][1] > left] + starting.get(left, [])
        piece = _escape_text(text[left:right])
        owners = sorted({owner for _, owner in active if owner is not None})
        if len(owners) > 1:
            both = html.escape(" | ".join(_hover(quotes[i]) for i in owners))
            piece = f'<span class="overlap" title="{both}">{piece}</span>'
        for (_, _, attrs), _ in reversed(active):
            piece = f"<span {attrs}>{piece}</span>"
        out.append(piece)
    return "".join(out)
