"""The command line's input: documents from files, directories and JSON Lines, read lazily.

Each document is read only when the caller asks for the next one, so a JSONL
file of any length, or a directory of any size, streams through in constant
memory. A document that cannot be read is a ``Document`` with an ``error``
instead of a ``text``, in its place, so that every input gives exactly one
output record.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from attrs import frozen

STDIN = "-"
"""The file name that means standard input."""


@frozen
class Document:
    """One input document, or the reason it could not be read; ``size`` is its bytes read."""

    id: str
    text: str | None
    error: str | None = None
    size: int = 0


def read_documents(
    names: Sequence[str], *, jsonl: bool, stdin: BinaryIO | None = None
) -> Iterator[Document]:
    """The documents of the named files and directories, in order, read one at a time.

    A directory gives its ``*.txt`` files (``*.jsonl`` with ``jsonl``), recursively
    and in sorted path order; a text file found in one has its path below the
    directory, without the extension, as its id.
    """
    for name in names:
        if name == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, jsonl=jsonl)
        elif Path(name).is_dir():
            yield from _read_directory(Path(name), jsonl=jsonl)
        elif jsonl:
            yield from _read_jsonl_file(name)
        else:
            yield read_text(name)


def read_text(name: str, doc_id: str | None = None) -> Document:
    """A file's text (``-``: stdin's), decoded as UTF-8 with line endings kept, or why not."""
    if name == STDIN:
        return _decoded("stdin", "stdin", sys.stdin.buffer.read())
    doc_id = doc_id if doc_id is not None else Path(name).stem
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        return Document(doc_id, None, _unreadable(name, exc))
    return _decoded(doc_id, name, data)


def _read_stdin(stream: BinaryIO, *, jsonl: bool) -> Iterator[Document]:
    if jsonl:
        yield from jsonl_documents("stdin", stream)
    else:
        yield _decoded("stdin", "stdin", stream.read())


def _read_directory(root: Path, *, jsonl: bool) -> Iterator[Document]:
    suffix = ".jsonl" if jsonl else ".txt"
    found = False
    for path in _walk(root, suffix):
        found = True
        if jsonl:
            yield from _read_jsonl_file(str(path))
        else:
            yield read_text(str(path), path.relative_to(root).with_suffix("").as_posix())
    if not found:
        yield Document(root.name, None, f"{root}: a directory with no *{suffix} file in it")


def _walk(root: Path, suffix: str) -> Iterator[Path]:
    """The files under ``root`` ending in ``suffix``, in sorted path order, a folder at a time."""
    entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir():
            yield from _walk(Path(entry.path), suffix)
        elif entry.name.endswith(suffix) and entry.is_file():
            yield Path(entry.path)


def _read_jsonl_file(name: str) -> Iterator[Document]:
    try:
        stream = Path(name).open("rb")  # noqa: SIM115 - closed below, after the last line
    except OSError as exc:
        yield Document(Path(name).stem, None, _unreadable(name, exc))
        return
    with stream:
        yield from jsonl_documents(name, stream)


def jsonl_documents(name: str, lines: Iterable[bytes]) -> Iterator[Document]:
    """The documents of JSON Lines ``{"id", "text", ...}``: one per non-blank line, in order.

    Lines end at ``\\n`` only (JSON may hold U+2028 raw); a byte-order mark
    before the first line is skipped.
    """
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Document(where, None, f"{where}: {_not_utf8(raw, exc)}", len(raw))
            continue
        yield _record_document(where, line, len(raw))


def _record_document(where: str, line: str, size: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Document(where, None, f"{where}: not JSON ({exc.msg})", size)
    if not isinstance(record, dict):
        return Document(where, None, f'{where}: not a JSON object with "id" and "text"', size)
    doc_id = str(record.get("id", where))
    text = record.get("text")
    if not isinstance(text, str):
        return Document(doc_id, None, f'{where}: no "text" string in this record', size)
    return Document(doc_id, text, None, size)


def _decoded(doc_id: str, name: str, data: bytes) -> Document:
    try:
        return Document(doc_id, data.decode("utf-8"), None, len(data))
    except UnicodeDecodeError as exc:
        return Document(doc_id, None, f"{name}: {_not_utf8(data, exc)}", len(data))


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    byte = data[exc.start]
    return (
        f"not UTF-8 (byte 0x{byte:02x} at offset {exc.start}); "
        "convert it to UTF-8 first, e.g. with iconv"
    )


def _unreadable(name: str, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory"
    return f"{name}: cannot be read ({exc.strerror or exc})"
