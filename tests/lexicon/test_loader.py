"""Tests for quoteattr.lexicon.loader: reading the data files, comments and blanks skipped."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import pytest

from quoteattr.lexicon import loader
from quoteattr.lexicon.loader import data_lines, phrase_set, word_set

DATA = "\n".join(
    [
        "# A comment line, then a blank one.",
        "",
        "in a statement",
        "   ",
        "  padded entry\t",
        "# another comment",
        "in  an\tinterview",
        "c#",
        "in a statement",
        "editor’s note",
        "",
    ]
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory standing in for the package's, holding ``sample.txt``."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sample.txt").write_text(DATA, encoding="utf-8")

    def files(package: str) -> Path:
        assert package == "quoteattr.lexicon"
        return tmp_path

    monkeypatch.setattr(loader, "resources", SimpleNamespace(files=files))
    return tmp_path / "data"


@pytest.mark.usefixtures("data_dir")
def test_loader_data_lines_skips_comments_and_blanks() -> None:
    """Lines starting with # and blank lines are skipped; entries are stripped, in file order."""
    assert data_lines("sample.txt") == [
        "in a statement",
        "padded entry",
        "in  an\tinterview",
        "c#",
        "in a statement",
        "editor’s note",
    ]


@pytest.mark.usefixtures("data_dir")
def test_loader_word_set_is_a_frozenset_of_entries() -> None:
    """word_set gives the entries as a frozenset, duplicates once, inner spaces kept."""
    found = word_set("sample.txt")
    assert isinstance(found, frozenset)
    assert found == {
        "in a statement",
        "padded entry",
        "in  an\tinterview",
        "c#",
        "editor’s note",
    }


@pytest.mark.usefixtures("data_dir")
def test_loader_phrase_set_splits_phrases_into_words() -> None:
    """phrase_set splits each entry at any white space into a tuple of words."""
    found = phrase_set("sample.txt")
    assert isinstance(found, frozenset)
    assert found == {
        ("in", "a", "statement"),
        ("padded", "entry"),
        ("in", "an", "interview"),
        ("c#",),
        ("editor’s", "note"),
    }


def test_loader_missing_file_raises() -> None:
    """A data file that does not exist is an error, not an empty list."""
    with pytest.raises(FileNotFoundError):
        data_lines("no_such_file.txt")


def test_loader_reads_the_shipped_files_as_utf8() -> None:
    """The package's own files load: typographic apostrophes survive, comments do not."""
    assert "editor’s note" in word_set("not_speakers.txt")
    assert ("in", "a", "statement") in phrase_set("channels.txt")
    assert data_lines("pronouns.tsv")[0] == "he\tperson"


def test_loader_no_shipped_file_has_a_comment_or_blank_entry() -> None:
    """No entry of any shipped data file is blank, padded or a comment."""
    names = [
        entry.name
        for entry in resources.files("quoteattr.lexicon").joinpath("data").iterdir()
        if entry.name.endswith((".txt", ".tsv"))
    ]
    assert len(names) >= 15
    for name in names:
        for line in data_lines(name):
            assert line
            assert line == line.strip()
            assert not line.startswith("#")
