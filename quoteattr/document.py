"""The internal document: what every stage reads, and what it adds to.

An ``Extractor`` makes one ``Document`` per text and passes it through its
stages in order (see ``pipeline``). The document starts with the text, the
annotator's evidence, the paragraphs, the sentences and the word tokens, each
made once; the stages add the quoted passages, the drafts (attributions before
their speakers are known) and, last, the quotes. Every value is an offset into
the one text, which no stage changes.

The records stages hand each other live here too: ``Passage`` (a span between
quotation marks) and ``Draft`` (an attribution whose speaker is not resolved
yet), so that a stage needs the document, not another stage, to read them.
"""

from __future__ import annotations

import bisect
from collections.abc import Container
from typing import ClassVar, Final, Protocol

from attrs import define, field, frozen

from quoteattr.annotators.annotation import Annotation
from quoteattr.grammar.mentions import Mention
from quoteattr.model import Kind, Quote, Span
from quoteattr.segment import paragraphs
from quoteattr.segment.cuts import bounded
from quoteattr.segment.tokens import tokens

UNCLOSED: Final = "unclosed"
"""Flag of a quote whose opening mark never closed (capped at its paragraph's end)."""


@frozen
class Passage:
    """A passage between quotation marks.

    ``fragments`` are the spans strictly inside the marks, one per paragraph, and
    ``content`` the outer span from the first to the last; ``opening`` is the
    offset of the first opening mark and ``closing`` that of the final closing
    mark, or None when the passage was capped unclosed at a paragraph's end.
    """

    content: Span
    fragments: tuple[Span, ...]
    opening: int
    closing: int | None
    closing_end: int | None

    @property
    def closed(self) -> bool:
        """Whether the passage ends in a closing mark."""
        return self.closing is not None

    @property
    def after(self) -> int:
        """The offset just after the passage, including its closing mark if any."""
        return self.closing_end if self.closing_end is not None else self.content.end


@frozen
class Draft:
    """An attribution before its speaker is resolved.

    ``how`` says where the mention came from: ``tag-after``, ``tag-before``,
    ``cue-before`` (the cue governing a partial quote or a reported clause),
    ``according-to``, ``label`` (``NAME: words``), ``noun-cue``, ``parse``,
    ``heading`` or ``none``.
    """

    kind: Kind
    content: Span
    fragments: tuple[Span, ...]
    cue: Span | None
    mention: Mention | None
    how: str
    flags: tuple[str, ...]


@define
class Document:
    """One text on its way through the stages.

    Made by :meth:`of`; ``tokens`` are made on first use and kept, and
    :meth:`tokens_between` slices them for any range, so no stage tokenizes
    a sentence again.
    """

    STARTS_WITH: ClassVar[tuple[str, ...]] = (
        "text",
        "annotation",
        "paragraphs",
        "sentences",
        "tokens",
        "drafts",
    )
    """What a document holds before any stage runs (``drafts`` start empty, and every
    detection stage adds to them); stages add the rest."""

    FIELDS: ClassVar[tuple[str, ...]] = (*STARTS_WITH, "passages", "quotes")
    """Every field a stage may read or add."""

    text: str
    annotation: Annotation
    paragraphs: list[Span]
    sentences: list[Span]
    """The annotator's sentences, an overlong one cut into pieces (``segment.cuts``)."""
    passages: list[Passage] = field(factory=list)
    """The passages between quotation marks, in text order."""
    drafts: list[Draft] = field(factory=list)
    """The attributions found so far, speakers not yet resolved."""
    quotes: list[Quote] = field(factory=list)
    """The finished quotes, in text order."""
    _tokens: list[Span] | None = field(default=None, init=False, repr=False)
    _token_starts: list[int] = field(factory=list, init=False, repr=False)
    _token_ends: list[int] = field(factory=list, init=False, repr=False)
    _sentence_starts: list[int] | None = field(default=None, init=False, repr=False)
    _paragraph_starts: list[int] | None = field(default=None, init=False, repr=False)

    @classmethod
    def of(cls, text: str, annotation: Annotation) -> Document:
        """The document of ``text`` before any stage: paragraphs and sentences found."""
        return cls(text, annotation, paragraphs(text), bounded(text, annotation.sentences))

    @property
    def tokens(self) -> list[Span]:
        """The word tokens of the whole text, in order, made once."""
        if self._tokens is None:
            self._tokens = tokens(self.text)
            self._token_starts = [t.start for t in self._tokens]
            self._token_ends = [t.end for t in self._tokens]
        return self._tokens

    def tokens_between(self, start: int, end: int) -> list[Span]:
        """The tokens of ``text[start:end]``, as ``segment.tokens.tokens`` gives them.

        They are a slice of ``tokens``, made in C and sharing the spans; where an
        edge falls inside a word, only that word is tokenized again, from the edge:
        a token's end does not depend on where the scan for it began, so the rest
        of the range is the same as if it were tokenized alone.
        """
        toks = self.tokens
        starts, ends = self._token_starts, self._token_ends
        first = bisect.bisect_left(starts, start)
        # a token is a character at least: the end's index is at most (end - start)
        # further, and a search kept near ``first`` stays in memory already read
        last = bisect.bisect_left(starts, end, first, min(len(starts), first + max(0, end - start)))
        head: list[Span] = []
        if first and ends[first - 1] > start:  # the range starts inside a token
            head = tokens(self.text, start, min(ends[first - 1], end))
            if ends[first - 1] >= end:
                return head
        if last > first and ends[last - 1] > end:  # the range ends inside a token
            return head + toks[first : last - 1] + tokens(self.text, starts[last - 1], end)
        return head + toks[first:last] if head else toks[first:last]

    def cuts_token(self, offset: int) -> bool:
        """Whether ``offset`` falls strictly inside a token: ``tokens_between`` ranges
        that meet there do not add up to the range across it."""
        self.tokens  # noqa: B018 (made on first use)
        index = bisect.bisect_left(self._token_starts, offset)
        return index > 0 and self._token_ends[index - 1] > offset

    def tokens_until(self, start: int, end: int, stops: Container[str]) -> list[Span]:
        """``tokens_between(start, end)`` up to its first token whose text is in
        ``stops``: read only that far, however long the range."""
        toks = self.tokens
        first = bisect.bisect_left(self._token_starts, start)
        if first and self._token_ends[first - 1] > start:  # the range starts inside a word
            return _up_to_stop(self.tokens_between(start, end), stops)
        index = first
        while index < len(toks) and toks[index].end <= end:
            if toks[index].text in stops:
                return toks[first:index]  # both edges between tokens
            index += 1
        if index == len(toks) or toks[index].start >= end:
            return toks[first:index]
        # the range ends inside this word: its part in the range is a token of its own
        cut = tokens(self.text, toks[index].start, end)
        return toks[first:index] + _up_to_stop(cut, stops)

    def sentence_at(self, offset: int) -> Span | None:
        """The last sentence that starts at or before ``offset``."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[index] if index >= 0 else None

    def paragraph_number(self, offset: int) -> int:
        """The index of the last paragraph that starts at or before ``offset`` (-1: none):
        two offsets are in one paragraph, or in adjacent ones, by their numbers."""
        if self._paragraph_starts is None:
            self._paragraph_starts = [p.start for p in self.paragraphs]
        return bisect.bisect_right(self._paragraph_starts, offset) - 1


class Stage(Protocol):
    """One step of the pipeline: it reads some of a document's fields and adds to others.

    ``name`` is how the pipeline and the caller refer to it (``Extractor.without``,
    ``Extractor.replacing``); ``reads`` and ``adds`` name ``Document`` fields, so the
    pipeline can check that what a stage reads is made before it runs.
    """

    @property
    def name(self) -> str: ...

    @property
    def reads(self) -> tuple[str, ...]: ...

    @property
    def adds(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Document) -> None: ...


def _up_to_stop(spans: list[Span], stops: Container[str]) -> list[Span]:
    """``spans`` up to the first whose text is in ``stops``."""
    for index, span in enumerate(spans):
        if span.text in stops:
            return spans[:index]
    return spans
