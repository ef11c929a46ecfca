"""Stanza, both ways: quoteattr inside a Stanza pipeline, and Stanza's models inside quoteattr.

This is the one module that imports Stanza (``pip install "quoteattr[stanza]"``).
Importing it registers two things with Stanza:

* the tokenize variant ``"quoteattr"``: quoteattr's segmenter and tokens, with
  exact ``start_char``/``end_char`` offsets, no model needed;
* the processor ``"quote"``: quote attribution on the Document (``doc.quotes``,
  ``sentence.quotes`` and, where one speaker holds the sentence's quotes,
  ``sentence.speaker``). On a Document that Stanza's parser, entity recogniser
  or coreference also annotated, the quotes use that evidence too.

Without downloaded models a pipeline needs a resources file and
``download_method=None``; :func:`pipeline` passes the small one shipped as
``quoteattr/data/stanza_resources.json``. :func:`stanza_annotator` runs
Stanza's neural models for ``Extractor(annotator="stanza")``, and says which
``stanza.download(...)`` to run when they are missing.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any, ClassVar, Final

from quoteattr.errors import AnnotatorUnavailableError, InputError

try:
    import stanza
    from stanza.models.common.doc import Document, Sentence
    from stanza.models.coref.coref_chain import CorefChain, CorefMention
    from stanza.pipeline.processor import (
        Processor,
        ProcessorVariant,
        register_processor,
        register_processor_variant,
    )
    from stanza.utils.conll import CoNLL
except ImportError:  # pragma: no cover - the tests run with the extra installed
    msg = (
        "Stanza is not installed. Install quoteattr's Stanza extra: "
        'pip install "quoteattr[stanza]" -c constraints.txt  (constraints.txt pins the CPU torch)'
    )
    raise AnnotatorUnavailableError(msg) from None

from quoteattr.annotation import Annotation
from quoteattr.extract import Extractor
from quoteattr.model import Quote
from quoteattr.segment import sentences
from quoteattr.stanzadoc import annotation_of
from quoteattr.tokens import token_bounds

__all__ = [
    "MODEL_PROCESSORS",
    "RESOURCES",
    "QuoteProcessor",
    "QuoteattrTokenizer",
    "StanzaAnnotator",
    "model_dir",
    "pipeline",
    "read_conllu",
    "stanza_annotator",
]

RESOURCES: Final = str(resources.files("quoteattr").joinpath("data", "stanza_resources.json"))
"""A minimal Stanza resources file: enough for a pipeline of ``tokenize`` and ``quote``."""

MODEL_PROCESSORS: Final = ("pos", "lemma", "depparse", "ner", "coref")
"""The Stanza models the Stanza annotator runs after quoteattr's tokenizer."""


def _set_quotes(unit: Document | Sentence, value: list[Quote]) -> None:
    unit._quotes = value


for _unit in (Document, Sentence):  # None until the quote processor has run
    if not hasattr(_unit, "quotes"):
        _unit.add_property("quotes", default=None, setter=_set_quotes)


@register_processor_variant("tokenize", "quoteattr")
class QuoteattrTokenizer(ProcessorVariant):  # type: ignore[misc]
    """Stanza's tokenize step done by quoteattr's segmenter: offsets exact, text untouched."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.no_ssplit = bool(config.get("no_ssplit", False))

    def process(self, document: Document | str) -> Document:
        text = document.text if isinstance(document, Document) else document
        if not isinstance(text, str):
            msg = f"the quoteattr tokenizer takes text, got {type(text).__name__}"
            raise InputError(msg)
        rows = [
            [
                {"text": text[start:end], "start_char": start, "end_char": end}
                for start, end in token_bounds(text, s.start, s.end)
            ]
            for s in sentences(text)
        ]
        if self.no_ssplit:
            rows = [[token for row in rows for token in row]] if rows else []
        return Document(rows, text)


@register_processor("quote")
class QuoteProcessor(Processor):  # type: ignore[misc]
    """Adds quoteattr's quotes to a tokenized Document.

    Options, passed to the pipeline as ``quote_reported`` and ``quote_topics``,
    are those of ``quoteattr.Extractor``.
    """

    PROVIDES_DEFAULT: ClassVar[set[str]] = {"quote"}
    REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize"}

    def __init__(self, config: Mapping[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        self._extractor = Extractor(
            reported=bool(config.get("reported", True)), topics=bool(config.get("topics", False))
        )

    def process(self, doc: Document) -> Document:
        if not isinstance(doc.text, str):
            msg = (
                "the quote processor needs the Document's text; read CoNLL-U with "
                "CoNLL.conll2doc(..., reconstruct_text=True) or quoteattr.stanza_bridge.read_conllu"
            )
            raise InputError(msg)
        found = self._extractor.annotated(doc.text, annotation_of(doc))
        doc.quotes = found
        for sentence in doc.sentences:
            _attach(sentence, found)
        return doc


def _attach(sentence: Sentence, found: list[Quote]) -> None:
    """Give a sentence the quotes that touch it, and their speaker when there is one.

    Stanza's ``sentence.speaker`` is the person speaking the sentence (CoNLL's
    ``# speaker``), which is what a quote's speaker is; it is set only when
    every quote in the sentence has the same speaker.
    """
    located = [t for t in sentence.tokens if t.start_char is not None and t.end_char is not None]
    if not located:
        sentence.quotes = []
        return
    start, end = located[0].start_char, located[-1].end_char
    sentence.quotes = [q for q in found if q.start < end and start < q.end]
    names = {q.speaker.name for q in sentence.quotes if q.speaker is not None}
    if len(names) == 1 and sentence.speaker is None:  # a dialogue speaker given as input stays
        sentence.speaker = names.pop()


def pipeline(processors: str | Mapping[str, str] = "tokenize,quote", **kwargs: Any) -> Any:
    """A Stanza pipeline with quoteattr's tokenizer and quote processor, fully offline.

    ``processors`` names the steps; ``"tokenize"`` uses the quoteattr variant and
    ``"quote"`` quoteattr's processor unless a mapping says otherwise. Other
    keyword arguments go to ``stanza.Pipeline``.
    """
    if isinstance(processors, str):
        steps = {name.strip(): "default" for name in processors.split(",") if name.strip()}
        if "tokenize" in steps:
            steps["tokenize"] = "quoteattr"
    else:
        steps = dict(processors)
    offline = not set(steps) - {"tokenize", "quote"}
    # package=None: only the steps asked for, not every model of Stanza's default package
    settings: dict[str, Any] = {"download_method": None, "logging_level": "WARN", "package": None}
    if offline:
        settings["resources_filepath"] = RESOURCES
    settings.update(kwargs)
    return stanza.Pipeline("en", processors=steps, **settings)


class StanzaAnnotator:
    """Stanza's neural models (after quoteattr's tokenizer) as a quoteattr annotator."""

    def __init__(self, directory: str) -> None:
        self.directory = directory
        steps = {"tokenize": "quoteattr", **dict.fromkeys(MODEL_PROCESSORS, "default")}
        try:
            self._pipeline = stanza.Pipeline(
                "en",
                dir=directory,
                processors=steps,
                package=None,  # only these models, not all of the default package
                download_method=None,
                logging_level="ERROR",
            )
        except (OSError, KeyError, ValueError, ImportError) as exc:
            # Stanza's own trace says nothing a user can act on; the message carries
            # its exception's type and text.
            raise AnnotatorUnavailableError(_missing_models(directory, exc)) from None

    def __call__(self, text: str) -> Annotation:
        return annotation_of(self._pipeline(text))


def model_dir() -> str:
    """Where Stanza keeps its models: ``$STANZA_RESOURCES_DIR`` or Stanza's default."""
    return os.environ.get("STANZA_RESOURCES_DIR") or str(stanza.resources.common.DEFAULT_MODEL_DIR)


def stanza_annotator(directory: str | None = None) -> StanzaAnnotator:
    """The Stanza annotator for the models in ``directory`` (default :func:`model_dir`)."""
    return _loaded(directory or model_dir())


@functools.lru_cache(maxsize=4)
def _loaded(directory: str) -> StanzaAnnotator:
    """One annotator per model directory and process: loading takes seconds."""
    return StanzaAnnotator(directory)


def _missing_models(directory: str, exc: BaseException) -> str:
    """What to do when Stanza's models cannot be loaded."""
    wanted = ",".join(MODEL_PROCESSORS)
    if isinstance(exc, ImportError):
        return (
            f"Stanza's coreference model needs {exc.name or 'a package'} ({exc}). "
            "Install it (pip install transformers peft) or use Extractor() with the "
            "built-in annotator."
        )
    return (
        f"Extractor(annotator='stanza') needs Stanza's English models ({wanted}) in "
        f"{directory}, and they are not there ({type(exc).__name__}: {exc}). Download them "
        f"once, on a machine with network access:\n"
        f"    import stanza; stanza.download('en', processors='{wanted}')\n"
        f"or set STANZA_RESOURCES_DIR to where they are, or use Extractor() "
        f"(the built-in annotator needs no model)."
    )


_COREF_ENTRY = re.compile(r"(unit|start|middle|end)-(?:repr-)?id(\d+)")


def read_conllu(conllu: str) -> Document:
    """A Stanza Document from CoNLL-U text, with its text, offsets and coreference.

    ``CoNLL.conll2doc`` rebuilds text and offsets, but leaves the ``coref_chains``
    that Stanza writes in the MISC column as strings; this restores them as
    ``doc.coref``, so a Document written by ``"{:C}".format(doc)`` reads back whole.
    """
    if not conllu.strip():
        msg = "read_conllu got no CoNLL-U (an empty string)"
        raise InputError(msg)
    doc = CoNLL.conll2doc(input_str=conllu, reconstruct_text=True)
    mentions: dict[int, list[CorefMention]] = {}
    representative: dict[int, CorefMention] = {}
    for number, sentence in enumerate(doc.sentences):
        open_at: dict[int, int] = {}
        for index, word in enumerate(sentence.words):
            marks = word.coref_chains if isinstance(word.coref_chains, str) else ""
            for entry in filter(None, marks.split(",")):
                found = _COREF_ENTRY.fullmatch(entry)
                if found is None:
                    msg = f"unreadable coref_chains entry {entry!r} in sentence {number + 1}"
                    raise InputError(msg)
                where, chain = found.group(1), int(found.group(2))
                if where in {"unit", "start"}:
                    open_at[chain] = index
                if where in {"unit", "end"} and chain in open_at:
                    mention = CorefMention(number, open_at.pop(chain), index + 1)
                    mentions.setdefault(chain, []).append(mention)
                    if "-repr-" in entry:
                        representative[chain] = mention
    chains = []
    for position, chain in enumerate(sorted(mentions)):
        found_mentions = mentions[chain]
        best = representative.get(chain, found_mentions[0])
        words = doc.sentences[best.sentence].words[best.start_word : best.end_word]
        label = " ".join(w.text for w in words)
        chains.append(CorefChain(position, found_mentions, label, found_mentions.index(best)))
    doc.coref = chains
    return doc
