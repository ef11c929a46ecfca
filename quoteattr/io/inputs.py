"""The command line's input: documents from files, directories and JSON Lines, read lazily.

Each document is read only when the caller asks for the next one, so a JSONL
file of any length, or a directory of any size, streams through in constant
memory. A document that cannot be read is an ``InputDocument`` with an ``error``
instead of a ``text``, in its place, so that every input gives exactly one
output record.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from attrs import field, frozen

STDIN = "-"
"""The file name that means standard input."""


@frozen
class InputDocument:
    """One input document, or the reason it could not be read; ``size`` is its bytes read.

    ``fields`` are a JSON Lines record's other fields (all but ``text``), for
    callers that group documents by their metadata; a text file has none.
    """

    id: str
    text: str | None
    error: str | None = None
    size: int = 0
    fields: dict[str, Any] | None = field(default=None, eq=False, repr=False)


ENCODING_ERRORS = ("strict", "replace")
"""What to do with bytes that are not UTF-8: fail the document, or read each as U+FFFD."""

BINARY_SNIFF = 8192
"""Bytes at the start of a document looked at for NUL bytes, the mark of a binary file."""

BINARY_NUL_SHARE = 100
"""A document whose first bytes hold more than one NUL, and more than one in this many, is
binary (or UTF-16); a stray NUL in text is read as text."""


@frozen
class Limits:
    """How documents are read: ``errors`` is one of ``ENCODING_ERRORS``; a document over
    ``max_bytes`` (None: no limit) fails without being decoded."""

    errors: str = "strict"
    max_bytes: int | None = None


def read_documents(
    names: Sequence[str], *, jsonl: bool, limits: Limits | None = None
) -> Iterator[InputDocument]:
    """The documents of the named files and directories, in order, read one at a time.

    A file named ``*.jsonl`` is read as JSON Lines whatever ``jsonl`` says (read
    as text, its records would give quotes such as ``"id"``); with ``jsonl``
    every file is. A directory gives its ``*.txt`` files (``*.jsonl`` with
    ``jsonl``), depth first with each folder's entries in name order; a text file
    found in one has its path below the directory, without the extension, as its id.
    Symbolic links to folders are not followed, so a link loop cannot trap the
    walk; a folder that cannot be listed gives an error document.
    """
    limits = limits or Limits()
    for name in names:
        if name == STDIN and jsonl:
            yield from jsonl_documents("stdin", _lines_at_most(sys.stdin.buffer, limits), limits)
        elif name != STDIN and Path(name).is_dir():
            yield from _read_directory(Path(name), jsonl=jsonl, limits=limits)
        elif jsonl or is_jsonl_name(name):
            yield from _read_jsonl_file(name, limits)
        else:
            yield read_text(name, limits=limits)


def is_jsonl_name(name: str) -> bool:
    """Whether a file's name says it holds JSON Lines (``.jsonl``, in any case)."""
    return name.lower().endswith(".jsonl")


def read_text(
    name: str, doc_id: str | None = None, *, limits: Limits | None = None
) -> InputDocument:
    """A file's text (``-``: stdin's), decoded as UTF-8 with line endings kept, or why not.

    At most ``limits.max_bytes`` + 1 bytes are read, from a file, a pipe or stdin
    alike, so an oversized document is refused without being held in memory.
    """
    limits = limits or Limits()
    if name == STDIN:
        return _decoded("stdin", "stdin", _read_at_most(sys.stdin.buffer, limits), limits)
    doc_id = doc_id if doc_id is not None else Path(name).stem
    try:
        with Path(name).open("rb") as stream:
            data = _read_at_most(stream, limits)
    except OSError as exc:
        return InputDocument(doc_id, None, unreadable(name, exc))
    return _decoded(doc_id, name, data, limits)


def _read_at_most(stream: BinaryIO, limits: Limits) -> bytes:
    return stream.read() if limits.max_bytes is None else stream.read(limits.max_bytes + 1)


def _lines_at_most(stream: BinaryIO, limits: Limits) -> Iterator[bytes]:
    """The stream's lines; one longer than the limit is cut to limit + 1 bytes (which
    marks it too large) and the rest of it skipped, a block at a time."""
    if limits.max_bytes is None:
        yield from stream
        return
    cap = limits.max_bytes + 1
    while line := stream.readline(cap):
        if len(line) == cap and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 16)) and not rest.endswith(b"\n"):
                pass
        yield line


def _read_directory(root: Path, *, jsonl: bool, limits: Limits) -> Iterator[InputDocument]:
    suffix = ".jsonl" if jsonl else ".txt"
    found = False
    for path, error in _walk(root, suffix):
        found = True
        if error is not None:  # a folder: named by its path below the root
            folder = path.relative_to(root).as_posix()
            yield InputDocument(_folder_id(root) if folder == "." else folder, None, error)
        elif jsonl:
            yield from _read_jsonl_file(str(path), limits)
        else:
            doc_id = path.relative_to(root).with_suffix("").as_posix()
            yield read_text(str(path), doc_id, limits=limits)
    if not found:
        error = f"{root}: a directory with no *{suffix} file in it"
        yield InputDocument(_folder_id(root), None, error)


def _folder_id(root: Path) -> str:
    """A directory's own name, even when it was given as ``.``."""
    return root.resolve().name or str(root)


def _walk(folder: Path, suffix: str) -> Iterator[tuple[Path, str | None]]:
    """Each file under ``folder`` ending in ``suffix``, or a folder that cannot be listed
    with the reason; depth first, each folder's entries in name order.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield folder, f"{folder}: cannot be listed ({exc.strerror or exc})"
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), suffix)
        elif entry.name.endswith(suffix) and entry.is_file():
            yield Path(entry.path), None


def _read_jsonl_file(name: str, limits: Limits) -> Iterator[InputDocument]:
    try:
        stream = Path(name).open("rb")  # noqa: SIM115 - closed below, after the last line
    except OSError as exc:
        yield InputDocument(Path(name).stem, None, unreadable(name, exc))
        return
    with stream:
        yield from jsonl_documents(name, _lines_at_most(stream, limits), limits)


def jsonl_documents(
    name: str, lines: Iterable[bytes], limits: Limits | None = None
) -> Iterator[InputDocument]:
    """The documents of JSON Lines ``{"id", "text", ...}``: one per non-blank line, in order."""
    for line in json_lines(name, lines, limits):
        where = line.where
        if line.error is not None:
            yield InputDocument(where, None, line.error, line.size)
        elif not isinstance(line.value, dict):
            msg = f'{where}: not a JSON object with "id" and "text"'
            yield InputDocument(where, None, msg, line.size)
        elif not isinstance(text := line.value.get("text"), str):
            doc_id = str(line.value.get("id", where))
            yield InputDocument(
                doc_id, None, f'{where}: no "text" string in this record', line.size
            )
        else:
            fields = {key: value for key, value in line.value.items() if key != "text"}
            doc_id = str(line.value.get("id", where))
            yield InputDocument(doc_id, text, None, line.size, fields)


@frozen
class JsonLine:
    """One non-blank line of a JSON Lines file: its parsed value, or why it has none."""

    where: str
    value: Any
    error: str | None
    size: int


def json_lines(
    name: str, lines: Iterable[bytes], limits: Limits | None = None
) -> Iterator[JsonLine]:
    """The non-blank lines of JSON Lines, parsed one at a time and named ``name:number``.

    Lines end at ``\n`` only (JSON may hold U+2028 raw, and ``extract`` writes
    it so); a byte-order mark before the first line is skipped.
    """
    limits = limits or Limits()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        if limits.max_bytes is not None and len(raw) > limits.max_bytes:
            yield JsonLine(where, None, _too_large(where, limits.max_bytes), len(raw))
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8", limits.errors)
        except UnicodeDecodeError as exc:
            yield JsonLine(where, None, f"{where}: {_not_utf8(raw, exc)}", len(raw))
            continue
        try:
            yield JsonLine(where, json.loads(line), None, len(raw))
        except json.JSONDecodeError as exc:
            yield JsonLine(where, None, f"{where}: not JSON ({exc.msg})", len(raw))


def _decoded(doc_id: str, name: str, data: bytes, limits: Limits) -> InputDocument:
    if limits.max_bytes is not None and len(data) > limits.max_bytes:
        return InputDocument(doc_id, None, _too_large(name, limits.max_bytes), len(data))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        msg = f"{name}: UTF-16 text (a byte-order mark); convert it to UTF-8, e.g. with iconv"
        return InputDocument(doc_id, None, msg, len(data))
    head = data[:BINARY_SNIFF]
    if head.count(b"\0") > max(1, len(head) // BINARY_NUL_SHARE):
        nul = head.index(b"\0")
        msg = (
            f"{name}: a binary file, not text (NUL bytes, the first at offset {nul}); "
            "if it is UTF-16 text, convert it to UTF-8 first, e.g. with iconv"
        )
        return InputDocument(doc_id, None, msg, len(data))
    try:
        return InputDocument(doc_id, data.decode("utf-8", limits.errors), None, len(data))
    except UnicodeDecodeError as exc:
        return InputDocument(doc_id, None, f"{name}: {_not_utf8(data, exc)}", len(data))


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    byte = data[exc.start]
    return (
        f"not UTF-8 (byte 0x{byte:02x} at offset {exc.start}); convert it to UTF-8 first, "
        "e.g. with iconv, or pass --encoding-errors replace to read such bytes as U+FFFD"
    )


def _too_large(name: str, limit: int) -> str:
    return (
        f"{name}: larger than the limit of {limit:,} bytes; "
        "pass a larger --max-size (0: no limit) if it really is one document"
    )


def unreadable(name: str, exc: OSError) -> str:
    """Why the file ``name`` could not be opened, in a few words."""
    if isinstance(exc, FileNotFoundError):
        return f"{name}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory"
    return f"{name}: cannot be read ({exc.strerror or exc})"
