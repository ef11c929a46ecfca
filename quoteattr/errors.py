"""Errors raised by quoteattr.

Text is never an error: messy input yields results (possibly flagged), not
exceptions. These are for bad calls: wrong types, broken spans, unreadable input.
Each subclass also inherits the builtin that fits, so ``except ValueError`` works.
"""

from __future__ import annotations


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class SpanError(QuoteattrError, ValueError):
    """A span's offsets do not fit its text (negative, reversed or the wrong length)."""


class InputError(QuoteattrError, TypeError):
    """A public function was given something that is not text."""


class FormatError(QuoteattrError, ValueError):
    """A JSON record does not have the fields of the common quote format."""


class TooLongError(QuoteattrError, ValueError):
    """A text is longer than the extractor's ``max_length``: most likely not one document.

    Split it, or build the extractor with a larger ``max_length`` (None: no limit).
    """


class ConfigError(QuoteattrError, ValueError):
    """An option was given a value quoteattr does not know."""


class AnnotatorUnavailableError(QuoteattrError, ImportError):
    """An annotator cannot load: its package or its models are not installed.

    The message says what to install or download.
    """


class DependencyError(QuoteattrError, ImportError):
    """A call needs an optional package that is not installed; the message names it."""
