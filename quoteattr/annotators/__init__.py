"""Annotators: the linguistic evidence every stage may read, in one ``Annotation``.

``builtin`` needs nothing beyond quoteattr; ``stanza`` (the one module of this
package that imports Stanza) runs Stanza's neural models, and ``stanzadoc``
reads a parsed Stanza Document into the same ``Annotation``.
"""

from __future__ import annotations

from typing import Final

from quoteattr.annotators.annotation import Annotation
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.errors import ConfigError

ANNOTATORS: Final = ("builtin", "stanza")
"""The annotators ``Extractor(annotator=...)`` accepts."""


def annotate(annotator: str, text: str) -> Annotation:
    """The annotation of ``text`` by the named annotator."""
    check_annotator(annotator)
    if annotator == "builtin":
        return builtin_annotation(text)
    from quoteattr.annotators import stanza  # noqa: PLC0415  (Stanza is optional and heavy)

    return stanza.stanza_annotator()(text)


def check_annotator(annotator: str) -> None:
    """Fail now, with what to do, if ``annotator`` is unknown or cannot load."""
    if annotator not in ANNOTATORS:
        msg = f"annotator must be one of {', '.join(map(repr, ANNOTATORS))}, got {annotator!r}"
        raise ConfigError(msg)
    if annotator == "stanza":
        from quoteattr.annotators import stanza  # noqa: PLC0415

        stanza.stanza_annotator()


__all__ = ["ANNOTATORS", "Annotation", "annotate", "check_annotator"]
