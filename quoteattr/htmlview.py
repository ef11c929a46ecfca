"""An HTML page of who said what: the article with its quotes highlighted by speaker.

The page is self-contained (inline CSS, no script, nothing fetched) so it can be
mailed or opened offline. The article keeps its own line breaks
(``white-space: pre-wrap``; a carriage return is written ``&#13;`` so that
parsing keeps it) and is cut only at the offsets where a highlight starts or
ends, so every character of the source appears once, in order, and removing
the tags and unescaping gives the text back exactly.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Sequence

from quoteattr.errors import InputError
from quoteattr.model import Quote

PALETTE = (
    "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
    "#a0c4ff", "#ffadad", "#d0f4de", "#e4c1f9", "#fcf6bd", "#b8e0d2",
)  # fmt: skip
"""Pale background colours, one per speaker in order of first appearance; reused past 12."""

UNKNOWN = "(unknown speaker)"
"""The legend entry for quotes whose speaker quoteattr could not name."""

_STYLE = """
body { font: 16px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; color: #222; }
h1 { font-size: 1.3em; }
.article { white-space: pre-wrap; }
.quote { border-radius: 3px; padding: 0 1px; }
.cue { font-weight: bold; text-decoration: underline dotted; }
.mention { border-bottom: 2px solid #444; }
.legend { list-style: none; padding: 0; margin: 1em 0 2em; }
.legend li { display: inline-block; margin: 0 1em 0.3em 0; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle;
  border: 1px solid #888; margin-right: 0.3em; }
"""


def render_html(text: str, quotes: Sequence[Quote], *, title: str = "quoteattr") -> str:
    """The page for ``text`` and the quotes extracted from it, as one HTML string.

    Each quote's fragments are ``<span class="quote">`` elements coloured by
    speaker, with the speaker, kind and confidence in their ``title`` (shown on
    hover); cues and speaker mentions are marked too, and a legend counts each
    speaker's quotes. Raises InputError if a quote does not belong to ``text``.
    """
    if not isinstance(text, str):
        msg = f"render_html() takes the article text as str, got {type(text).__name__}"
        raise InputError(msg)
    for quote in quotes:
        if quote.end > len(text) or text[quote.start : quote.end] != quote.text:
            msg = "render_html() got a quote whose offsets do not fit this text; pass its own text"
            raise InputError(msg)
    speakers = _speakers(quotes)
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(speakers)}
    body = _article(text, quotes, colours)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title>",
            f"<style>{_STYLE}</style></head><body>",
            f"<h1>{html.escape(title)}</h1>",
            _legend(speakers, colours),
            f'<div class="article">{body}</div>',
            "</body></html>",
        ]
    )


def speaker_name(quote: Quote) -> str:
    """The legend name of a quote's speaker: the entity, else the mention, else unknown."""
    if quote.speaker is not None:
        return quote.speaker.name
    if quote.mention is not None:
        return quote.mention.text
    return UNKNOWN


def _speakers(quotes: Sequence[Quote]) -> Counter[str]:
    """Quote counts per speaker, in order of first appearance."""
    return Counter(speaker_name(q) for q in sorted(quotes, key=lambda q: q.start))


def _legend(speakers: Counter[str], colours: dict[str, str]) -> str:
    items = [
        f'<li data-speaker="{html.escape(name)}" data-count="{count}">'
        f'<span class="swatch" style="background:{colours[name]}"></span>'
        f"{html.escape(name)} ({count})</li>"
        for name, count in speakers.most_common()
    ]
    return f'<ul class="legend">{"".join(items)}</ul>'


def _escape_text(text: str) -> str:
    """``text`` safe inside an element; a carriage return becomes ``&#13;`` so that a
    browser, which folds CR LF into LF when it parses, still holds the source's CR."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _article(text: str, quotes: Sequence[Quote], colours: dict[str, str]) -> str:
    """The text cut at every highlight edge, each piece wrapped in the highlights over it."""
    marks: list[tuple[int, int, str]] = []
    for index, quote in enumerate(quotes):
        name = speaker_name(quote)
        hover = html.escape(
            f"{name} · {quote.kind.value} · confidence {quote.confidence:.2f} ({quote.sieve})"
        )
        style = f"background:{colours[name]}"
        attrs = f'class="quote" data-quote="{index}" style="{style}" title="{hover}"'
        marks += [(f.start, f.end, attrs) for f in quote.fragments]
        if quote.cue is not None:
            marks.append((quote.cue.start, quote.cue.end, f'class="cue" data-quote="{index}"'))
        if quote.mention is not None:
            span = quote.mention
            marks.append((span.start, span.end, f'class="mention" data-quote="{index}"'))
    edges = sorted({0, len(text)} | {e for s, t, _ in marks for e in (s, t)})
    starting: dict[int, list[tuple[int, int, str]]] = {}
    for mark in marks:
        starting.setdefault(mark[0], []).append(mark)
    active: list[tuple[int, int, str]] = []
    out: list[str] = []
    for left, right in itertools.pairwise(edges):
        active = [m for m in active if m[1] > left] + starting.get(left, [])
        piece = _escape_text(text[left:right])
        for _, _, attrs in reversed(active):
            piece = f"<span {attrs}>{piece}</span>"
        out.append(piece)
    return "".join(out)
