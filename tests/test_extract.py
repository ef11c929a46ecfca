"""Tests for quoteattr.extract: the pipeline, its invariants and its public API."""

from __future__ import annotations

import gc
import pickle
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import ConfigError, Extractor, InputError, Kind, Quote, TooLongError, extract

PIECES = st.one_of(
    st.text(max_size=3),  # any code point, lone surrogates and controls included
    st.sampled_from(list("“”\"'‘’«»„‹›`.!?:,;\n\r\t ")),
    st.sampled_from(
        [" said", " Peskov", " he", " told AFP", ", according to", " Mr.", " the expert"]
    ),
)
MESSY = st.lists(PIECES, max_size=60).map("".join)
"""Text built from arbitrary Unicode, quote marks, punctuation and speech-tag words."""


def _check_quotes(text: str, quotes: list[Quote]) -> None:
    previous = -1
    for quote in quotes:
        for span in quote.spans():
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert quote.start >= previous or quote.kind is not Kind.DIRECT
        previous = quote.start
        assert 0.0 <= quote.confidence <= 1.0


@settings(max_examples=300)
@given(MESSY)
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    """On any Unicode text extract returns quotes whose every span is the source slice."""
    _check_quotes(text, extract(text))


@given(MESSY)
def test_extract_is_deterministic(text: str) -> None:
    """The same text always gives the same quotes."""
    assert extract(text) == extract(text)


def test_extract_quote_is_a_frozen_attrs_class() -> None:
    """Quote is a frozen attrs class with slots; assigning to it raises."""
    assert attrs.has(Quote)
    (quote,) = extract("“Yes,” Peskov said.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.confidence = 1.0  # type: ignore[misc]
    assert not hasattr(quote, "__dict__")


def test_extract_seed_spans_are_exact(seed_gold: list[dict[str, Any]]) -> None:
    """On the seed articles every span of every quote slices the source to its text."""
    for document in seed_gold:
        quotes = extract(document["text"])
        assert quotes
        _check_quotes(document["text"], quotes)


def test_extract_polnear_spans_are_exact(polnear_dev: list[dict[str, Any]]) -> None:
    """On the PolNeAR dev texts every span of every quote slices the source to its text."""
    total = 0
    for document in polnear_dev:
        quotes = extract(document["text"])
        _check_quotes(document["text"], quotes)
        total += len(quotes)
    assert total > 1000


def test_extract_rejects_non_text_with_a_clear_error() -> None:
    """Bytes or None raise InputError (a TypeError) that says to pass str."""
    with pytest.raises(InputError, match="decode"):
        extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "“", "”", "'", '"""', "“”"])
def test_extract_empty_and_degenerate_text_gives_no_quotes(text: str) -> None:
    """Empty text, blank text and lone marks give no quotes and no error."""
    assert extract(text) == []


def test_extract_pipe_yields_one_result_per_text_in_order() -> None:
    """Extractor.pipe gives, lazily and in order, what calling it on each text gives."""
    texts = ["“One,” Peskov said.", "", "No quotes here.", "“Two,” she said."]
    extractor = Extractor()
    results = extractor.pipe(iter(texts))
    assert not isinstance(results, list)
    assert list(results) == [extractor(t) for t in texts]


def test_extract_extractor_pickles() -> None:
    """An Extractor survives pickling, so worker processes can receive it."""
    extractor = pickle.loads(pickle.dumps(Extractor()))
    assert extractor("“Yes,” Peskov said.") == extract("“Yes,” Peskov said.")


def test_extract_public_api_is_listed() -> None:
    """The package exports its public names through __all__, and each exists."""
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name)
    assert {"extract", "Extractor", "sentences", "Quote", "Span", "evaluate"} <= set(
        quoteattr.__all__
    )


def test_extract_json_text_full_of_quote_marks_gives_valid_quotes() -> None:
    """The seeds' gold JSONL read as text (quotation marks everywhere) once made a draft
    whose fragment ran past its content and extract raised SpanError; now it returns
    quotes whose fragments lie inside their content."""
    text = (Path(__file__).resolve().parent.parent / "seeds" / "seeds.gold.jsonl").read_text(
        encoding="utf-8"
    )
    quotes = extract(text)
    assert quotes
    for quote in quotes:
        assert all(quote.content.contains(f) for f in quote.fragments)
        assert all(text[f.start : f.end] == f.text for f in quote.fragments)


def test_extractor_max_length_refuses_longer_texts() -> None:
    """A text over max_length is a TooLongError saying how to lift the limit; None lifts it."""
    text = "“Yes,” Peskov said. " * 10
    with pytest.raises(TooLongError, match=r"200 characters, above .* max_length of 199"):
        Extractor(max_length=199)(text)
    assert Extractor(max_length=200)(text) == Extractor(max_length=None)(text) == extract(text)
    assert Extractor().max_length == 10_000_000


@pytest.mark.parametrize("value", [0, -5, 1.5, "10", True])
def test_extractor_max_length_must_be_a_positive_int_or_none(value: object) -> None:
    """A bad max_length is a ConfigError when the extractor is built."""
    with pytest.raises(ConfigError, match="max_length"):
        Extractor(max_length=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_pauses_the_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    """The cyclic GC is off while the stages run, and back as it was afterwards."""
    stages = sys.modules["quoteattr.extract"]
    original = stages.resolve
    seen: list[bool] = []

    def spying(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(stages, "resolve", spying)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        Extractor()("“Yes,” Peskov said.")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False]
