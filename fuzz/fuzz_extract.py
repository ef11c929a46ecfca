"""Fuzz ``quoteattr.extract`` with atheris (libFuzzer): no text may raise or bend an offset.

Each input's bytes become a str (lone surrogates included), which goes through
``Extractor(topics=True)``; every span of every quote must slice the text,
and the records must survive JSON. A crash is written to ``build/fuzz/``;
copy it into ``fuzz/corpus/`` so that ``tests/test_fuzz_corpus.py`` keeps it
as a regression test. CI runs it briefly:

    python fuzz/fuzz_extract.py -seed=1 -runs=30000 -max_total_time=90 \\
        -artifact_prefix=build/fuzz/ fuzz/corpus
"""

from __future__ import annotations

import json
import sys

import atheris
import attrs

with atheris.instrument_imports():
    from quoteattr import Extractor, Quote, quote_to_dict

EXTRACTOR = Extractor(topics=True)


def check(text: str, quotes: list[Quote]) -> None:
    """The invariants every result keeps, whatever the text."""
    for quote in quotes:
        attrs.validate(quote)  # built unchecked by the pipeline: the validators must agree
        spans = [quote.content, *quote.fragments]
        spans += [s for s in (quote.cue, quote.mention) if s is not None]
        spans += list(quote.speaker.mentions) if quote.speaker is not None else []
        for span in spans:
            if not 0 <= span.start <= span.end <= len(text):
                raise AssertionError(f"span {span} outside a text of {len(text)}")
            if text[span.start : span.end] != span.text:
                raise AssertionError(f"span {span} does not slice the text")
        json.loads(json.dumps(quote_to_dict(quote), ensure_ascii=True))


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
    check(text, EXTRACTOR(text))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
