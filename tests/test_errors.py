"""Errors: one base class, and each error also the builtin that fits."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr import errors


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (errors.SpanError, ValueError),
        (errors.InputError, TypeError),
        (errors.FormatError, ValueError),
        (errors.TooLongError, ValueError),
        (errors.ConfigError, ValueError),
        (errors.AnnotatorUnavailableError, ImportError),
        (errors.DependencyError, ImportError),
    ],
)
def test_errors_each_is_a_quoteattr_error_and_its_builtin(
    error: type[Exception], builtin: type[Exception]
) -> None:
    """Both ``except QuoteattrError`` and ``except`` the builtin that fits catch it."""
    assert issubclass(error, errors.QuoteattrError)
    assert issubclass(error, builtin)
    assert getattr(quoteattr, error.__name__) is error


def test_errors_bad_calls_raise_them_with_what_to_do() -> None:
    """A wrong type and an unknown option raise quoteattr's errors, saying what to pass."""
    with pytest.raises(errors.InputError, match="decode"):
        quoteattr.extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigError, match="annotator must be one of"):
        quoteattr.Extractor(annotator="neural")
