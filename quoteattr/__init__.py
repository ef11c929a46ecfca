"""quoteattr: who said what in news text, as typed quotes at exact offsets."""

from quoteattr.errors import (
    AnnotatorUnavailableError,
    ConfigError,
    FormatError,
    InputError,
    QuoteattrError,
    SpanError,
    TooLongError,
)
from quoteattr.evaluate import Report, evaluate
from quoteattr.extract import Extractor, extract
from quoteattr.htmlview import render_html
from quoteattr.linking import link_documents
from quoteattr.model import Kind, Quote, Span, Speaker, SpeakerKind
from quoteattr.segment import paragraphs, sentences
from quoteattr.serialize import quote_from_dict, quote_to_dict

__all__ = [
    "AnnotatorUnavailableError",
    "ConfigError",
    "Extractor",
    "FormatError",
    "InputError",
    "Kind",
    "Quote",
    "QuoteattrError",
    "Report",
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
]
