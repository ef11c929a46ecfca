"""The pipeline: text in, typed quotes out.

``Extractor`` holds the configuration and runs the stages in order (segment,
pair quotation marks, attribute them, then speaker labels, reported speech and
possessive noun cues around them, and resolve speakers); ``extract`` is the
one-call form. The text is only read: every stage passes offsets into it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from attrs import field, frozen, validators

from quoteattr.annotation import Annotation, annotate, check_annotator
from quoteattr.attribution import attribute
from quoteattr.coref import resolve
from quoteattr.errors import InputError, SpanError
from quoteattr.framedrafts import with_frames
from quoteattr.labels import with_labels
from quoteattr.marks import find_passages
from quoteattr.model import Quote
from quoteattr.nouncues import find_noun_cues
from quoteattr.reported import find_reported
from quoteattr.segment import paragraphs


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

    ``annotator="stanza"`` adds the evidence of Stanza's neural models (named
    entities, the dependency parse, coreference chains) to the rules; it needs
    ``quoteattr[stanza]`` and Stanza's English models, and says how to get them
    when they are missing. The default, ``"builtin"``, needs no model.
    """

    reported: bool = field(default=True, validator=validators.instance_of(bool))
    topics: bool = field(default=False, validator=validators.instance_of(bool))
    annotator: str = field(default="builtin", validator=validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        check_annotator(self.annotator)  # a missing model fails here, not on the first text

    def __call__(self, text: str) -> list[Quote]:
        """The quotes of one text, in text order."""
        _check_text(text)
        return self._run(text, annotate(self.annotator, text))

    def annotated(self, text: str, annotation: Annotation) -> list[Quote]:
        """The quotes of a text whose annotation the caller has (a parsed Stanza Document)."""
        _check_text(text)
        _check_annotation(text, annotation)
        return self._run(text, annotation)

    def _run(self, text: str, annotation: Annotation) -> list[Quote]:
        blocks = paragraphs(text)
        passages = find_passages(text, blocks)
        spans = annotation.sentences
        drafts = attribute(text, passages, spans)
        if self.reported:
            drafts = with_labels(text, blocks, drafts)
            drafts = drafts + find_reported(text, spans, drafts, topics=self.topics)
            drafts = drafts + find_noun_cues(text, spans, drafts)
            drafts = with_frames(text, annotation.frames, drafts)
            drafts = sorted(drafts, key=lambda d: (d.content.start, d.content.end))
        return resolve(text, drafts, spans, annotation)

    def pipe(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        """The quotes of each text, lazily and in order: one list per text."""
        for text in texts:
            yield self(text)


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        msg = f"Extractor takes str, got {type(text).__name__}; decode bytes first"
        raise InputError(msg)


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
