"""Stanza's neural models as a quoteattr annotator, after quoteattr's own tokenizer.

This is the one module of the annotators that imports Stanza (``pip install
"quoteattr[stanza]"``). Importing it registers the tokenize variant
``"quoteattr"`` with Stanza: quoteattr's segmenter and tokens, with exact
``start_char``/``end_char`` offsets, no model needed. :func:`stanza_annotator`
runs Stanza's neural models (POS, lemmas, dependency parse, entities,
coreference) after it for ``Extractor(annotator="stanza")``, and says which
``stanza.download(...)`` to run when they are missing. quoteattr inside a
Stanza pipeline (the ``quote`` processor) is ``quoteattr.integrations.stanza``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Any, Final

from quoteattr.errors import AnnotatorUnavailableError, InputError

try:
    import stanza
    from stanza.models.common.doc import Document
    from stanza.pipeline.processor import ProcessorVariant, register_processor_variant
except ImportError:  # pragma: no cover - the tests run with the extra installed
    msg = (
        "Stanza is not installed. Install quoteattr's Stanza extra: "
        'pip install "quoteattr[stanza]" -c constraints.txt  (constraints.txt pins the CPU torch)'
    )
    raise AnnotatorUnavailableError(msg) from None

from quoteattr.annotators.annotation import Annotation
from quoteattr.annotators.stanzadoc import annotation_of
from quoteattr.segment import sentences
from quoteattr.segment.tokens import token_bounds

__all__ = [
    "MODEL_PROCESSORS",
    "QuoteattrTokenizer",
    "StanzaAnnotator",
    "model_dir",
    "stanza_annotator",
]

MODEL_PROCESSORS: Final = ("pos", "lemma", "depparse", "ner", "coref")
"""The Stanza models the Stanza annotator runs after quoteattr's tokenizer."""


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
