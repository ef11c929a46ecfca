"""quoteattr: who said what in news text, as typed quotes at exact offsets."""

from quoteattr.errors import (
    AnnotatorUnavailableError,
    ConfigError,
    DependencyError,
    FormatError,
    InputError,
    QuoteattrError,
    SpanError,
    TooLongError,
)
from quoteattr.evaluation.quotes import evaluate
from quoteattr.evaluation.scores import Report
from quoteattr.io.htmlview import render_html
from quoteattr.io.serialize import quote_from_dict, quote_to_dict
from quoteattr.learn.weights import ModelFile
from quoteattr.model import Kind, Quote, Span, Speaker, SpeakerKind
from quoteattr.pipeline import Extractor, extract
from quoteattr.report.collection import source_table
from quoteattr.report.table import SourceReport, SourceRow
from quoteattr.resolve.linking import link_documents
from quoteattr.segment import paragraphs, sentences

__all__ = [
    "AnnotatorUnavailableError",
    "ConfigError",
    "DependencyError",
    "Extractor",
    "FormatError",
    "InputError",
    "Kind",
    "ModelFile",
    "Quote",
    "QuoteattrError",
    "Report",
    "SourceReport",
    "SourceRow",
    "Span",
    "SpanError",
    "Speaker",
    "SpeakerKind",
    "TooLongError",
    "evaluate",
    "extract",
    "link_documents",
    "paragraphs",
    "quote_from_dict",
    "quote_to_dict",
    "render_html",
    "sentences",
    "source_table",
]
