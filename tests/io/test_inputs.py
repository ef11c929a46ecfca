"""Tests for quoteattr.io.inputs: documents from files, directories and JSON Lines, or why not.

The command line over these (recursion order, link loops, laziness, stdin with
several jobs) is tested in tests/test_cli_batch.py; here the functions are
called directly.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.io.inputs import (
    BINARY_NUL_SHARE,
    InputDocument,
    Limits,
    is_jsonl_name,
    jsonl_documents,
    read_documents,
    read_text,
    unreadable,
)

PESKOV = "“Yes,” Peskov said."


def _write(path: Path, data: str | bytes) -> str:
    """Write ``data`` (text as UTF-8, line endings untouched) and return the path's name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_read_documents_gives_one_document_per_file_in_the_order_named(tmp_path: Path) -> None:
    """Files give their text under their stem, in the order named, line endings kept."""
    second = _write(tmp_path / "b.txt", "Two.\r\nLines.\r")
    first = _write(tmp_path / "a.story.txt", PESKOV)
    documents = list(read_documents([second, first], jsonl=False))
    assert documents == [
        InputDocument("b", "Two.\r\nLines.\r", None, len(b"Two.\r\nLines.\r")),
        InputDocument("a.story", PESKOV, None, len(PESKOV.encode("utf-8"))),
    ]


def test_read_documents_a_missing_file_keeps_its_place(tmp_path: Path) -> None:
    """A file that is not there is an error document in its place; the others are read."""
    good = _write(tmp_path / "good.txt", PESKOV)
    missing = str(tmp_path / "missing.txt")
    documents = list(read_documents([missing, good, missing], jsonl=False))
    assert [(d.id, d.text) for d in documents] == [
        ("missing", None),
        ("good", PESKOV),
        ("missing", None),
    ]
    assert documents[0].error == f"{missing}: no such file"
    assert documents[0].size == 0


def test_read_documents_of_a_directory_gives_its_txt_files_only(tmp_path: Path) -> None:
    """A directory gives its *.txt files, ids below it without the extension, others skipped."""
    folder = tmp_path / "news"
    _write(folder / "2.txt", "Second.")
    _write(folder / "1.txt", "First.")
    _write(folder / "notes.md", "Not a document.")
    _write(folder / "data.jsonl", json.dumps({"id": "x", "text": "JSON."}))
    _write(folder / "sub" / "3.txt", "Third.")
    documents = list(read_documents([str(folder)], jsonl=False))
    assert [(d.id, d.text) for d in documents] == [
        ("1", "First."),
        ("2", "Second."),
        ("sub/3", "Third."),
    ]


def test_read_documents_mixes_files_and_directories_in_the_order_named(tmp_path: Path) -> None:
    """Each name gives its documents where it stands in the list."""
    folder = tmp_path / "dir"
    _write(folder / "x.txt", "X.")
    before = _write(tmp_path / "before.txt", "Before.")
    after = _write(tmp_path / "after.txt", "After.")
    documents = read_documents([before, str(folder), after], jsonl=False)
    assert [d.id for d in documents] == ["before", "x", "after"]


def test_read_documents_a_directory_without_documents_is_one_error(tmp_path: Path) -> None:
    """An empty directory (or one with no *.txt) gives one error document named after it."""
    folder = tmp_path / "empty"
    _write(folder / "readme.md", "nothing to read")
    (document,) = read_documents([str(folder)], jsonl=False)
    assert (document.id, document.text) == ("empty", None)
    assert document.error == f"{folder}: a directory with no *.txt file in it"
    (as_jsonl,) = read_documents([str(folder)], jsonl=True)
    assert as_jsonl.error == f"{folder}: a directory with no *.jsonl file in it"


def test_read_documents_of_the_current_directory_is_named_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given as ".", a directory is still named by its own name."""
    folder = tmp_path / "archive"
    folder.mkdir()
    monkeypatch.chdir(folder)
    (document,) = read_documents(["."], jsonl=False)
    assert document.id == "archive"
    _write(folder / "a.txt", "A.")
    assert [d.id for d in read_documents(["."], jsonl=False)] == ["a"]


def test_read_documents_jsonl_file_gives_one_document_per_record(tmp_path: Path) -> None:
    """Each non-blank line is a document: its id as a string, or the line's place without one."""
    lines = [
        json.dumps({"id": 7, "text": PESKOV}),
        "",
        json.dumps({"text": "No id."}),
        "{broken",
        json.dumps({"id": "last", "text": "", "quotes": []}),
    ]
    source = _write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    documents = list(read_documents([source], jsonl=True))
    assert [(d.id, d.text) for d in documents] == [
        ("7", PESKOV),
        (f"{source}:3", "No id."),
        (f"{source}:4", None),
        ("last", ""),
    ]
    assert documents[2].error is not None
    assert documents[2].error.startswith(f"{source}:4: not JSON (")
    assert [d.size for d in documents] == [len(line.encode("utf-8")) + 1 for line in lines if line]


def test_read_documents_jsonl_keeps_a_records_other_fields(tmp_path: Path) -> None:
    """A record's fields but its text ride along (for --group-by); a text file has none."""
    record = {"id": "a", "text": PESKOV, "meta": {"publisher": "nyt"}, "source": "x"}
    source = _write(tmp_path / "in.jsonl", json.dumps(record) + "\n")
    text_file = _write(tmp_path / "a.txt", PESKOV)
    jsonl_document, text_document = read_documents([source, text_file], jsonl=False)
    assert jsonl_document.fields == {"id": "a", "meta": {"publisher": "nyt"}, "source": "x"}
    assert text_document.fields is None
    assert jsonl_document == InputDocument("a", PESKOV, None, jsonl_document.size)


def test_read_documents_jsonl_keeps_a_failed_records_id(tmp_path: Path) -> None:
    """A record with an id but no text string fails under its own id, naming its line."""
    source = _write(tmp_path / "in.jsonl", json.dumps({"id": "a1", "text": ["not", "text"]}))
    (document,) = read_documents([source], jsonl=True)
    assert document == InputDocument(
        "a1", None, f'{source}:1: no "text" string in this record', document.size
    )


def test_read_documents_jsonl_skips_a_byte_order_mark(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark before the first record is not part of it."""
    record = json.dumps({"id": "bom", "text": PESKOV}, ensure_ascii=False).encode("utf-8")
    source = _write(tmp_path / "bom.jsonl", b"\xef\xbb\xbf" + record + b"\n")
    (document,) = read_documents([source], jsonl=True)
    assert (document.id, document.text, document.error) == ("bom", PESKOV, None)


def test_read_documents_a_missing_jsonl_file_is_one_error(tmp_path: Path) -> None:
    """A JSONL file that is not there gives one error document under its stem."""
    missing = str(tmp_path / "gone.jsonl")
    assert list(read_documents([missing], jsonl=True)) == [
        InputDocument("gone", None, f"{missing}: no such file")
    ]


def test_read_documents_jsonl_lines_are_not_split_at_unicode_line_breaks(
    tmp_path: Path,
) -> None:
    """Only \\n ends a record: a raw U+2028 or U+0085 inside a JSON string stays in the text."""
    text = "One\u2028two\u0085three\rfour."
    record = json.dumps({"id": "raw", "text": text}, ensure_ascii=False)
    source = _write(tmp_path / "raw.jsonl", record + "\n")
    (document,) = read_documents([source], jsonl=True)
    assert document.text == text


def test_read_documents_jsonl_directory_reads_each_file_in_order(tmp_path: Path) -> None:
    """With jsonl, a directory gives the records of its *.jsonl files, file after file."""
    folder = tmp_path / "batches"
    _write(folder / "b.jsonl", json.dumps({"id": "b1", "text": "B."}) + "\n")
    _write(folder / "a.jsonl", "\n".join(json.dumps({"id": f"a{n}", "text": "A."}) for n in (1, 2)))
    _write(folder / "skip.txt", "Not JSONL.")
    assert [d.id for d in read_documents([str(folder)], jsonl=True)] == ["a1", "a2", "b1"]


def test_undecodable_file_fails_when_strict_and_is_read_when_replacing(tmp_path: Path) -> None:
    """A byte that is not UTF-8 fails the document by default, naming the byte and its offset;
    with errors="replace" it reads as U+FFFD and the rest of the text is kept."""
    source = _write(tmp_path / "cp1252.txt", "Café, he said.".encode("cp1252"))
    (strict,) = read_documents([source], jsonl=False)
    assert (strict.id, strict.text, strict.size) == ("cp1252", None, 14)
    assert strict.error is not None
    assert strict.error.startswith(f"{source}: not UTF-8 (byte 0xe9 at offset 3); ")
    assert "--encoding-errors replace" in strict.error
    (replaced,) = read_documents([source], jsonl=False, limits=Limits(errors="replace"))
    assert replaced == InputDocument("cp1252", "Caf\ufffd, he said.", None, 14)


def test_undecodable_jsonl_line_fails_alone_unless_replacing(tmp_path: Path) -> None:
    """In JSON Lines a bad byte fails only its line when strict, and is U+FFFD when replacing."""
    lines = [b'{"id": "bad", "text": "caf\xe9"}', b'{"id": "good", "text": "ok"}']
    source = _write(tmp_path / "in.jsonl", b"\n".join(lines))
    strict = list(read_documents([source], jsonl=True))
    assert [(d.id, d.text) for d in strict] == [(f"{source}:1", None), ("good", "ok")]
    assert f"{source}:1: not UTF-8 (byte 0xe9 at offset 26)" in str(strict[0].error)
    replaced = list(read_documents([source], jsonl=True, limits=Limits(errors="replace")))
    assert [(d.id, d.text) for d in replaced] == [("bad", "caf\ufffd"), ("good", "ok")]


def test_binary_file_is_an_error_naming_the_first_nul(tmp_path: Path) -> None:
    """A file with NUL bytes all through it is refused as binary, the first NUL's offset given."""
    source = _write(tmp_path / "image.txt", b"GIF89a\x01\x00\x01\x00\x00\x00\x00")
    (document,) = read_documents([source], jsonl=False)
    assert (document.id, document.text, document.size) == ("image", None, 13)
    assert document.error is not None
    assert document.error.startswith(
        f"{source}: a binary file, not text (NUL bytes, the first at offset 7)"
    )
    assert "convert it to UTF-8 first" in document.error


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"\x00", False),
        (b"\x00\x00", True),
        (b"a" * (2 * BINARY_NUL_SHARE - 2) + b"\x00\x00", False),
        (b"a" * (2 * BINARY_NUL_SHARE - 3) + b"\x00\x00\x00", True),
    ],
    ids=["one-nul", "two-nuls-alone", "one-in-a-hundred", "over-one-in-a-hundred"],
)
def test_binary_means_more_than_one_nul_and_more_than_one_in_a_hundred(
    tmp_path: Path, data: bytes, *, binary: bool
) -> None:
    """One NUL, or no more than one byte in BINARY_NUL_SHARE, is text; more is binary."""
    (document,) = read_documents([_write(tmp_path / "x.txt", data)], jsonl=False)
    assert (document.text is None) is binary
    assert document.text in (None, data.decode("utf-8"))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_file_says_to_convert_it(tmp_path: Path, encoding: str) -> None:
    """A UTF-16 file (a byte-order mark) is refused with the advice to convert it."""
    source = _write(tmp_path / "wide.txt", "\ufeffHello.".encode(encoding))
    (document,) = read_documents([source], jsonl=False)
    assert document.error == (
        f"{source}: UTF-16 text (a byte-order mark); convert it to UTF-8, e.g. with iconv"
    )


def test_max_bytes_is_the_largest_document_read(tmp_path: Path) -> None:
    """A file of max_bytes is read; one byte more fails, and only max_bytes + 1 were read."""
    limits = Limits(max_bytes=10)
    exact = _write(tmp_path / "exact.txt", "0123456789")
    over = _write(tmp_path / "over.txt", "0123456789" * 1000)
    documents = list(read_documents([exact, over], jsonl=False, limits=limits))
    assert documents[0] == InputDocument("exact", "0123456789", None, 10)
    assert (documents[1].id, documents[1].text, documents[1].size) == ("over", None, 11)
    assert documents[1].error == (
        f"{over}: larger than the limit of 10 bytes; "
        "pass a larger --max-size (0: no limit) if it really is one document"
    )
    unlimited = list(read_documents([over], jsonl=False, limits=Limits(max_bytes=None)))
    assert unlimited[0].size == 10_000


def test_max_bytes_fails_a_long_jsonl_line_and_reads_the_next(tmp_path: Path) -> None:
    """A JSONL line over max_bytes fails under its line number; the lines after it are read."""
    long = json.dumps({"id": "long", "text": "word " * 5000})
    short = json.dumps({"id": "short", "text": PESKOV}, ensure_ascii=False)
    source = _write(tmp_path / "in.jsonl", f"{long}\n{short}\n")
    limits = Limits(max_bytes=100)
    documents = list(read_documents([source], jsonl=True, limits=limits))
    assert [(d.id, d.text) for d in documents] == [(f"{source}:1", None), ("short", PESKOV)]
    assert str(documents[0].error).startswith(f"{source}:1: larger than the limit of 100 bytes")
    assert documents[0].size == 101  # cut at the limit, not read whole


def test_read_text_names_what_cannot_be_read(tmp_path: Path) -> None:
    """read_text on a missing file or a directory says which, under the id given."""
    missing = str(tmp_path / "nope.txt")
    assert read_text(missing) == InputDocument("nope", None, f"{missing}: no such file")
    assert read_text(str(tmp_path), "folder").error == f"{tmp_path}: is a directory"


def test_unreadable_says_why_in_a_few_words() -> None:
    """Missing, a directory, or any other OSError with its reason."""
    assert unreadable("a.txt", FileNotFoundError(2, "No such file")) == "a.txt: no such file"
    assert unreadable("d", IsADirectoryError(21, "Is a directory")) == "d: is a directory"
    denied = PermissionError(13, "Permission denied")
    assert unreadable("s.txt", denied) == "s.txt: cannot be read (Permission denied)"


def test_read_documents_from_stdin_as_text_and_as_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input is "-": one document "stdin", or its JSON Lines named stdin:N."""
    text = "Line one.\r\nLine two."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert list(read_documents(["-"], jsonl=False)) == [
        InputDocument("stdin", text, None, len(text))
    ]
    lines = b'{"id": "a", "text": "A."}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    documents = list(read_documents(["-"], jsonl=True))
    assert [(d.id, d.text) for d in documents] == [("a", "A."), ("stdin:2", None)]


LINES = st.lists(
    st.one_of(
        st.builds(
            lambda i, t: json.dumps({"id": i, "text": t}).encode(),
            st.integers(0, 99),
            st.text(max_size=20),
        ),
        st.sampled_from([b"[1, 2]", b"{oops", b'{"id": 1}', b"\xff\xfe", b'"text"', b"null"]),
        st.sampled_from([b"", b"  ", b"\t\r"]),
    ),
    max_size=12,
)


@given(LINES)
def test_jsonl_documents_one_per_non_blank_line_in_order(lines: list[bytes]) -> None:
    """Whatever the lines hold, each non-blank one gives exactly one document, in order."""
    documents = list(jsonl_documents("in", [line + b"\n" for line in lines]))
    non_blank = [n for n, line in enumerate(lines, start=1) if line.strip()]
    assert len(documents) == len(non_blank)
    for number, line, document in zip(
        non_blank, [lines[n - 1] for n in non_blank], documents, strict=True
    ):
        assert (document.text is None) != (document.error is None)
        assert document.size == len(line) + 1
        if document.error is not None:
            assert document.error.startswith(f"in:{number}: ")
        else:
            assert document.text == json.loads(line)["text"]


def test_read_documents_reads_a_jsonl_name_as_json_lines(tmp_path: Path) -> None:
    """A file named *.jsonl is JSON Lines even without ``jsonl``; a .txt file stays text."""
    records = tmp_path / "batch.JSONL"
    records.write_text('{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n')
    plain = tmp_path / "note.txt"
    plain.write_text('{"id": "a"}')
    found = list(read_documents([str(records), str(plain)], jsonl=False))
    expected = [("a", "One."), ("b", "Two."), ("note", '{"id": "a"}')]
    assert [(d.id, d.text) for d in found] == expected
    assert is_jsonl_name("x.jsonl")
    assert not is_jsonl_name("x.json")
