"""The pipeline: text in, typed quotes out, through stages declared in one place.

``STAGES`` lists every stage in the order it runs; an ``Extractor`` holds its
own tuple of them (``Extractor().stage_names``), and runs them over one
``Document`` per text: the document starts with the text, its annotation,
paragraphs, sentences and tokens, and each stage reads some of its fields and
adds to others, as its docstring says. ``extract`` is the one-call form. The
text is only read: every stage passes offsets into it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, Literal, TypeVar, overload

from attrs import Factory, evolve, field, frozen, validators

from quoteattr.annotators import annotate, check_annotator
from quoteattr.annotators.annotation import Annotation
from quoteattr.detect.direct import QuotationDrafts
from quoteattr.detect.labels import SpeakerLabels
from quoteattr.detect.nouncues import NounCues
from quoteattr.detect.parserframes import ParserFrames
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.detect.reported import ReportedSpeech
from quoteattr.document import Document, Stage
from quoteattr.errors import ConfigError, InputError, SpanError, TooLongError
from quoteattr.learn.crf import LinearChain
from quoteattr.learn.stage import AttributionModel
from quoteattr.learn.weights import ModelFile
from quoteattr.model import Quote
from quoteattr.resolve.sieve import Speakers
from quoteattr.run.parallel import (
    BATCH_SIZE,
    batch_count,
    ordered_map,
    process_count,
    worker_state,
)
from quoteattr.segment.collector import collector_paused

Context = TypeVar("Context")

MAX_LENGTH = 10_000_000
"""The default ``max_length``: ten million characters, a hundred times a long article."""

STAGES: Final[tuple[Stage, ...]] = (
    QuotationMarks(),
    QuotationDrafts(),
    SpeakerLabels(),
    ReportedSpeech(),
    NounCues(),
    ParserFrames(),
    Speakers(),
)
"""Every stage, in the order it runs: pair quotation marks, read the quotations, then
speaker labels, reported speech, possessive noun cues and a parser's frames around
them, and resolve the speakers."""

REPORTED_SPEECH: Final = frozenset({"labels", "reported", "noun-cues", "parser-frames"})
"""The stages ``Extractor(reported=False)`` leaves out: all but the quotation marks'."""

Model = ModelFile | LinearChain
"""What ``Extractor(model=…)`` takes besides None: a weights file, or a model in memory."""


def default_stages(
    *, reported: bool = True, topics: bool = False, model: Model | None = None
) -> tuple[Stage, ...]:
    """The stages of ``STAGES`` that the options ask for, in order; with a ``model`` (and
    reported speech), the learned stage runs after the rules, before the speakers."""
    chosen = [s for s in STAGES if reported or s.name not in REPORTED_SPEECH]
    if topics:
        chosen = [ReportedSpeech(topics=True) if s.name == "reported" else s for s in chosen]
    if model is not None and reported:
        chosen.insert(len(chosen) - 1, AttributionModel(model, topics=topics))
    return tuple(chosen)


def _options_stages(extractor: Extractor) -> tuple[Stage, ...]:
    return default_stages(
        reported=extractor.reported, topics=extractor.topics, model=extractor.model
    )


def _check_model(value: object) -> Model | None:
    if value is None or isinstance(value, ModelFile | LinearChain):
        return value
    if isinstance(value, str) and value:
        return ModelFile(value)
    msg = (
        f"model must be None (the rules alone), a ModelFile, a LinearChain or a path to "
        f"weights written by `quoteattr train`, got {value!r}"
    )
    raise ConfigError(msg)


def _stage_tuple(stages: Iterable[Stage]) -> tuple[Stage, ...]:
    return tuple(stages)


def _stage_names(stages: Sequence[Stage]) -> str:
    return repr(tuple(stage.name for stage in stages))


@frozen
class Extractor:
    """A reusable, picklable quote extractor.

    It holds no per-document state, so one instance serves any number of texts,
    one after another or from several threads. ``reported=False`` keeps only
    the quotations (direct and mixed quotes found from quotation marks), as
    quote annotators that read marks alone do. ``topics=True`` also reports
    what a source talked about or pointed to ("talked about the economy",
    "referring to the mayor"), as PARC-style corpora such as PolNeAR annotate;
    the default follows the seed conventions, which leave topics out.

    ``max_length`` (characters; None for no limit) refuses longer texts with
    ``TooLongError``: an archive concatenated by mistake would otherwise take
    minutes and memory in proportion before anyone noticed.

    ``annotator="stanza"`` adds the evidence of Stanza's neural models (named
    entities, the dependency parse, coreference chains) to the rules; it needs
    ``quoteattr[stanza]`` and Stanza's English models, and says how to get them
    when they are missing. The default, ``"builtin"``, needs no model.

    ``model`` is the learned attribution layer (the stage ``model``, see
    ``quoteattr.learn``): by default the weights shipped with quoteattr, trained on
    PolNeAR's train compartment and read once per process on first use; a path
    or ``ModelFile`` names weights of your own (``quoteattr train``), and None
    leaves the rules alone.

    ``stages`` are the steps run over each text. ``reported``, ``topics`` and
    ``model`` choose the default stages (those of ``STAGES`` they ask for, and
    the model's); stages given here, or made by ``without`` and ``replacing``
    (which switch a stage off or replace it by name), run as given, whatever the
    options say.
    ``stage_names`` lists them. Each stage must read only what the document
    holds or an earlier stage adds, which is checked here, not on the first text.
    """

    reported: bool = field(default=True, validator=validators.instance_of(bool))
    topics: bool = field(default=False, validator=validators.instance_of(bool))
    annotator: str = field(default="builtin", validator=validators.instance_of(str))
    max_length: int | None = field(default=MAX_LENGTH)
    model: Model | None = field(default=ModelFile(), converter=_check_model)
    stages: tuple[Stage, ...] = field(
        default=Factory(_options_stages, takes_self=True), converter=_stage_tuple, repr=_stage_names
    )

    @max_length.validator
    def _check_max_length(self, attribute: object, value: object) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            msg = f"max_length must be an int or None, got {type(value).__name__}"
            raise ConfigError(msg)
        if isinstance(value, int) and value < 1:
            msg = f"max_length must be at least 1 (None: no limit), got {value}"
            raise ConfigError(msg)

    @stages.validator
    def _check_stages(self, attribute: object, value: tuple[Stage, ...]) -> None:
        _check_stages(value)

    def __attrs_post_init__(self) -> None:
        check_annotator(self.annotator)  # a missing model fails here, not on the first text

    @property
    def stage_names(self) -> tuple[str, ...]:
        """The names of the stages, in the order they run."""
        return tuple(stage.name for stage in self.stages)

    def without(self, *names: str) -> Extractor:
        """This extractor with the named stages switched off."""
        self._check_names(names)
        return evolve(self, stages=[s for s in self.stages if s.name not in names])

    def replacing(self, name: str, stage: Stage) -> Extractor:
        """This extractor with the stage called ``name`` replaced by ``stage``."""
        self._check_names((name,))
        return evolve(self, stages=[stage if s.name == name else s for s in self.stages])

    def _check_names(self, names: Sequence[str]) -> None:
        unknown = [name for name in names if name not in self.stage_names]
        if unknown:
            msg = (
                f"no stage called {', '.join(map(repr, unknown))} in this extractor; "
                f"its stages are {', '.join(self.stage_names)}"
            )
            raise ConfigError(msg)

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
        doc = Document.of(text, annotation)
        for stage in self.stages:
            stage(doc)
        return doc.quotes

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


def _check_stages(stages: Sequence[Stage]) -> None:
    """Raise ConfigError unless each stage reads only what is made before it runs."""
    made = set(Document.STARTS_WITH)
    seen: set[str] = set()
    for stage in stages:
        name = getattr(stage, "name", None)
        reads, adds = getattr(stage, "reads", None), getattr(stage, "adds", None)
        if not (isinstance(name, str) and callable(stage) and _names(reads) and _names(adds)):
            msg = (
                "a stage needs a name (str), reads and adds (tuples of Document field names) "
                f"and a __call__(doc), got {stage!r:.80}"
            )
            raise ConfigError(msg)
        if name in seen:
            msg = f"two stages are called {name!r}; give each stage its own name"
            raise ConfigError(msg)
        seen.add(name)
        missing = [field for field in stage.reads if field not in made]
        unknown = [field for field in (*stage.reads, *stage.adds) if field not in Document.FIELDS]
        if unknown:
            msg = (
                f"stage {name!r} names {', '.join(map(repr, unknown))}, which a Document does "
                f"not have; its fields are {', '.join(Document.FIELDS)}"
            )
            raise ConfigError(msg)
        if missing:
            msg = (
                f"stage {name!r} reads {', '.join(missing)}, which no stage before it adds; "
                "put the stage that adds it back, or switch this one off too"
            )
            raise ConfigError(msg)
        made.update(stage.adds)
    if "quotes" not in made:
        msg = "no stage adds quotes; keep a stage that does (the 'speakers' stage)"
        raise ConfigError(msg)


def _names(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(item, str) for item in value)


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
