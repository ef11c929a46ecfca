"""The pipeline: text in, typed quotes out.

``Extractor`` holds the configuration and runs the stages in order (segment,
pair quotation marks, attribute them, then speaker labels, reported speech and
possessive noun cues around them, and resolve speakers); ``extract`` is the
one-call form. The text is only read: every stage passes offsets into it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Literal, TypeVar, overload

from attrs import field, frozen, validators

from quoteattr.annotation import Annotation, annotate, check_annotator
from quoteattr.attribution import attribute
from quoteattr.chunks import bounded
from quoteattr.coref import resolve
from quoteattr.errors import ConfigError, InputError, SpanError, TooLongError
from quoteattr.framedrafts import with_frames
from quoteattr.labels import with_labels
from quoteattr.marks import find_passages
from quoteattr.model import Quote
from quoteattr.nouncues import find_noun_cues
from quoteattr.parallel import batch_count, ordered_map, process_count, worker_state
from quoteattr.reported import find_reported
from quoteattr.segment import collector_paused, paragraphs

Context = TypeVar("Context")

MAX_LENGTH = 10_000_000
"""The default ``max_length``: ten million characters, a hundred times a long article."""

BATCH_SIZE = 8
"""Texts a worker takes at a time: small, so no worker idles long at the end of a run."""


@frozen
class Extractor:
    """A reusable, picklable quote extractor.

    It holds no per-document state, so one instance serves any number of texts,
    one after another or from several threads. ``reported=False`` keeps only
    the quotations (direct and mixed quotes found from quotation marks), as
    quote annotators that read marks alone do. ``topics=True`` also reports
    what a source talked about or pointed to ("talked about the economy",
    "referring to Clinton"), as PARC-style corpora such as PolNeAR annotate;
    the default follows the seed conventions, which leave topics out.

    ``max_length`` (characters; None for no limit) refuses longer texts with
    ``TooLongError``: an archive concatenated by mistake would otherwise take
    minutes and memory in proportion before anyone noticed.

    ``annotator="stanza"`` adds the evidence of Stanza's neural models (named
    entities, the dependency parse, coreference chains) to the rules; it needs
    ``quoteattr[stanza]`` and Stanza's English models, and says how to get them
    when they are missing. The default, ``"builtin"``, needs no model.
    """

    reported: bool = field(default=True, validator=validators.instance_of(bool))
    topics: bool = field(default=False, validator=validators.instance_of(bool))
    annotator: str = field(default="builtin", validator=validators.instance_of(str))
    max_length: int | None = field(default=MAX_LENGTH)

    @max_length.validator
    def _check_max_length(self, attribute: object, value: object) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            msg = f"max_length must be an int or None, got {type(value).__name__}"
            raise ConfigError(msg)
        if isinstance(value, int) and value < 1:
            msg = f"max_length must be at least 1 (None: no limit), got {value}"
            raise ConfigError(msg)

    def __attrs_post_init__(self) -> None:
        check_annotator(self.annotator)  # a missing model fails here, not on the first text

    def __call__(self, text: str) -> list[Quote]:
        """The quotes of one text, in text order."""
        self._check(text)
        with collector_paused():
            return self._run(text, annotate(self.annotator, text))

    def annotated(self, text: str, annotation: Annotation) -> list[Quote]:
        """The quotes of a text whose annotation the caller has (a parsed Stanza Document)."""
        self._check(text)
        _check_annotation(text, annotation)
        with collector_paused():
            return self._run(text, annotation)

    def _check(self, text: object) -> None:
        length = len(_check_text(text))
        if self.max_length is not None and length > self.max_length:
            msg = (
                f"the text has {length:,} characters, above this extractor's max_length "
                f"of {self.max_length:,}; split it, or raise the limit: "
                "Extractor(max_length=...), None for none"
            )
            raise TooLongError(msg)

    def _run(self, text: str, annotation: Annotation) -> list[Quote]:
        blocks = paragraphs(text)
        passages = find_passages(text, blocks)
        spans = bounded(text, annotation.sentences)
        drafts = attribute(text, passages, spans)
        if self.reported:
            drafts = with_labels(text, blocks, drafts)
            drafts = drafts + find_reported(text, spans, drafts, topics=self.topics)
            drafts = drafts + find_noun_cues(text, spans, drafts)
            drafts = with_frames(text, annotation.frames, drafts)
        # Text order, as promised: passages can start before the one found before them.
        drafts = sorted(drafts, key=lambda d: (d.content.start, d.content.end))
        return resolve(text, drafts, spans, annotation)

    @overload
    def pipe(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = ...,
        n_process: int = ...,
        as_tuples: Literal[False] = ...,
    ) -> Iterator[list[Quote]]: ...

    @overload
    def pipe(
        self,
        texts: Iterable[tuple[str, Context]],
        *,
        batch_size: int = ...,
        n_process: int = ...,
        as_tuples: Literal[True],
    ) -> Iterator[tuple[list[Quote], Context]]: ...

    def pipe(
        self,
        texts: Iterable[str] | Iterable[tuple[str, Context]],
        *,
        batch_size: int = BATCH_SIZE,
        n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[list[Quote]] | Iterator[tuple[list[Quote], Context]]:
        """The quotes of each text, lazily and in input order: one list per text.

        With ``n_process`` > 1 (or -1, one per core), ``batch_size`` texts at a
        time go to worker processes, each of which builds its own copy of this
        extractor once; the results are the serial ones, in the same order, and
        an exception is raised at the text that caused it. Only a few batches
        per worker are read ahead, so a generator of any length is fine. With
        ``as_tuples=True``, ``texts`` holds ``(text, context)`` pairs and each
        result comes back as ``(quotes, context)``; contexts never leave this
        process, so they need not be picklable.
        """
        processes = process_count(n_process)
        size = batch_count(batch_size)
        if as_tuples:
            return self._pipe_pairs(texts, size, processes)  # type: ignore[arg-type]
        return self._pipe_texts(texts, size, processes)  # type: ignore[arg-type]

    def _pipe_texts(self, texts: Iterable[str], size: int, processes: int) -> Iterator[list[Quote]]:
        if processes == 1:
            yield from map(self, texts)
            return
        outcomes = ordered_map(
            _extract_batch,
            map(_checked, texts),  # a non-str fails here, at its place, before pickling
            processes=processes,
            batch_size=size,
            state=self,
        )
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                raise outcome
            yield outcome

    def _pipe_pairs(
        self, pairs: Iterable[tuple[str, Context]], size: int, processes: int
    ) -> Iterator[tuple[list[Quote], Context]]:
        contexts: deque[Context] = deque()

        def texts() -> Iterator[str]:
            for pair in pairs:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    msg = f"pipe(as_tuples=True) takes (text, context) pairs, got {pair!r:.60}"
                    raise InputError(msg)
                contexts.append(pair[1])
                yield pair[0]

        for quotes in self._pipe_texts(texts(), size, processes):
            yield quotes, contexts.popleft()


def _extract_batch(texts: list[str]) -> list[list[Quote] | Exception]:
    """A worker's results for a batch: each text's quotes, or the exception it raised."""
    extractor = worker_state(Extractor)
    outcomes: list[list[Quote] | Exception] = []
    for text in texts:
        try:
            outcomes.append(extractor(text))
        except Exception as exc:  # raised again in the caller, at this text
            outcomes.append(exc)
    return outcomes


def _checked(text: str) -> str:
    _check_text(text)
    return text


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"Extractor takes str, got {type(text).__name__}; decode bytes first"
        raise InputError(msg)
    return text


def _check_annotation(text: str, annotation: Annotation) -> None:
    """An annotation of another text would silently find nothing; say so instead."""
    for span in annotation.sentences:
        if text[span.start : span.end] != span.text:
            msg = (
                f"the annotation's sentence at {span.start}:{span.end} ({span.text[:30]!r}) "
                "is not in this text; annotate the same string you extract from"
            )
            raise SpanError(msg)


_DEFAULT = Extractor()


def extract(text: str) -> list[Quote]:
    """The quotes of ``text`` with the default extractor."""
    return _DEFAULT(text)
