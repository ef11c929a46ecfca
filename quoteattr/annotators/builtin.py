"""The built-in annotator: quoteattr's own sentences, no model and no network.

It finds only the sentences; the rules read names, speech frames and
coreference from the text as the stages run.
"""

from __future__ import annotations

from quoteattr.annotators.annotation import Annotation
from quoteattr.segment import sentences


def builtin_annotation(text: str) -> Annotation:
    """The built-in annotator's facts: quoteattr's sentences; the rules do the rest."""
    return Annotation(tuple(sentences(text)))
