"""Reading the word lists in ``quoteattr/lexicon/data/``, once per process."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The entries of ``data/<name>``: one per line, stripped; ``#`` lines and blanks skipped."""
    raw = resources.files("quoteattr.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/<name>`` as a set."""
    return frozenset(data_lines(name))


def phrase_set(name: str) -> frozenset[tuple[str, ...]]:
    """The entries of ``data/<name>`` as word tuples ("in a statement" -> three words)."""
    return frozenset(tuple(line.split()) for line in data_lines(name))
