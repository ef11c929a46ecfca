"""The Python examples of the README and the docs run and print what they show."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _doctest(path: Path) -> None:
    result = doctest.testfile(str(path), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_readme_python_example_output_is_real() -> None:
    """Every >>> line of README.md runs and prints the output written under it."""
    _doctest(ROOT / "README.md")


def test_stanza_how_to_examples_are_real() -> None:
    """Every >>> line of docs/stanza.md runs, with no Stanza model."""
    pytest.importorskip("stanza")
    _doctest(ROOT / "docs" / "stanza.md")
