"""quoteattr inside a Stanza pipeline: the ``quote`` processor and an offline pipeline.

This is the one integration module that imports Stanza (``pip install
"quoteattr[stanza]"``). Importing it registers with Stanza:

* the tokenize variant ``"quoteattr"`` (from ``quoteattr.annotators.stanza``):
  quoteattr's segmenter and tokens, with exact ``start_char``/``end_char``
  offsets, no model needed;
* the processor ``"quote"``: quote attribution on the Document (``doc.quotes``,
  ``sentence.quotes`` and, where one speaker holds the sentence's quotes,
  ``sentence.speaker``). On a Document that Stanza's parser, entity recogniser
  or coreference also annotated, the quotes use that evidence too.

Without downloaded models a pipeline needs a resources file and
``download_method=None``; :func:`pipeline` passes the small one shipped beside
this module as ``stanza_resources.json``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources
from typing import Any, ClassVar, Final

from quoteattr.errors import InputError

try:
    import stanza
    from stanza.models.common.doc import Document, Sentence
    from stanza.models.coref.coref_chain import CorefChain, CorefMention
    from stanza.pipeline.processor import Processor, register_processor
    from stanza.utils.conll import CoNLL
except ImportError:  # pragma: no cover - the tests run with the extra installed
    # The annotator's module raises the error that says what to install.
    import quoteattr.annotators.stanza  # noqa: F401

    raise

from quoteattr.annotators.stanza import QuoteattrTokenizer
from quoteattr.annotators.stanzadoc import annotation_of
from quoteattr.model import Quote
from quoteattr.pipeline import Extractor

__all__ = [
    "RESOURCES",
    "QuoteProcessor",
    "QuoteattrTokenizer",
    "pipeline",
    "read_conllu",
]

RESOURCES: Final = str(resources.files("quoteattr.integrations").joinpath("stanza_resources.json"))
"""A minimal Stanza resources file: enough for a pipeline of ``tokenize`` and ``quote``."""


def _set_quotes(unit: Document | Sentence, value: list[Quote]) -> None:
    unit._quotes = value


for _unit in (Document, Sentence):  # None until the quote processor has run
    if not hasattr(_unit, "quotes"):
        _unit.add_property("quotes", default=None, setter=_set_quotes)


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
                "CoNLL.conll2doc(..., reconstruct_text=True) or "
                "quoteattr.integrations.stanza.read_conllu"
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
