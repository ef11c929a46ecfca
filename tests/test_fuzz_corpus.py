"""The fuzzer's corpus as regression tests: every input in fuzz/corpus, replayed.

``fuzz/fuzz_extract.py`` (atheris) turns bytes into text the way libFuzzer
feeds it; each corpus file goes through that same function here, and through
``extract`` as plain UTF-8 text. A crash the fuzzer finds is copied into
fuzz/corpus and stays fixed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("atheris", reason="the fuzzer's byte-to-text conversion needs atheris")

CORPUS = Path(__file__).resolve().parents[1] / "fuzz" / "corpus"
INPUTS = sorted(p for p in CORPUS.iterdir() if p.is_file())


def _fuzzer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_extract", CORPUS.parent / "fuzz_extract.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FUZZER = _fuzzer()


def test_fuzz_corpus_is_there() -> None:
    """The seed corpus ships with the project."""
    assert len(INPUTS) >= 8


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_fuzz_corpus_input_keeps_the_invariants(path: Path) -> None:
    """The input, as the fuzzer reads it and as UTF-8 text, extracts without bending a span."""
    data = path.read_bytes()
    FUZZER.test_one_input(data)
    text = data.decode("utf-8", "replace")
    FUZZER.check(text, FUZZER.EXTRACTOR(text))
