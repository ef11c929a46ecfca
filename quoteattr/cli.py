"""The ``quoteattr`` command line: extract quotes from files, and score them against gold.

``quoteattr extract FILE...`` writes one JSON line per document to stdout,
``{"id": ..., "quotes": [...]}``, with the quote fields of the common format.
A document that cannot be read yields ``{"id": ..., "error": ...}`` instead and a
message on stderr; the others are still processed and the exit code is 1.
``quoteattr eval GOLD.jsonl`` prints precision, recall and F1 at exact, 0.8 and
0.3 overlap, and kind, speaker-mention and speaker-entity accuracy.
``quoteattr eval-sentences GOLD.jsonl`` scores the sentence segmenter's
boundaries against gold sentences. ``quoteattr show FILE --out view.html``
writes the article as a page with its quotes highlighted by speaker.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO

from attrs import frozen

from quoteattr.errors import QuoteattrError
from quoteattr.evaluate import evaluate
from quoteattr.extract import Extractor
from quoteattr.htmlview import render_html
from quoteattr.linking import link_documents
from quoteattr.model import Quote
from quoteattr.sentence_eval import score_sentences
from quoteattr.serialize import quotes_to_dicts

STDIN = "-"
"""The file name that means standard input."""


@frozen
class Document:
    """One input document, or the reason it could not be read."""

    id: str
    text: str | None
    error: str | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some input failed, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except BrokenPipeError:  # `quoteattr extract … | head` is not an error
        sys.stderr.close()
        return 0
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Who said what in news text: quotes, their kind and their speakers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="extract quotes: one JSON line per document on stdout",
        description=(
            "Extract quotes from text files (UTF-8; '-' is stdin). Each document gives one "
            'JSON line {"id": FILE NAME WITHOUT EXTENSION, "quotes": [...]}, or '
            '{"id", "error"} if it could not be read. Offsets are code-point indices into '
            "the decoded text, line endings kept as they are."
        ),
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    extract.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON lines {"id", "text", ...}; write one output line per input line',
    )
    _add_topics_option(extract)
    _add_link_option(extract)
    extract.set_defaults(run=_run_extract)

    score = commands.add_parser(
        "eval",
        help="score quotes against gold annotation",
        description=(
            "Score quotes against a gold JSONL file in the common quote format. Without "
            "--pred, quotes are extracted from the gold texts."
        ),
    )
    score.add_argument("gold", metavar="GOLD.jsonl", help="gold documents with their quotes")
    score.add_argument(
        "--pred", metavar="PRED.jsonl", help="predictions, as written by quoteattr extract"
    )
    score.add_argument("--json", action="store_true", help="print the report as JSON")
    score.add_argument(
        "--kind",
        action="append",
        choices=["direct", "indirect", "mixed"],
        help="score only quotes of this kind, in gold and predictions (repeatable)",
    )
    score.add_argument("--strict", action="store_true", help="drop gold quotes marked borderline")
    _add_topics_option(score, when="(when extracting, without --pred)")
    _add_link_option(score, when="(when extracting, without --pred)")
    score.set_defaults(run=_run_eval)

    sentence_score = commands.add_parser(
        "eval-sentences",
        help="score sentence boundaries against gold sentences",
        description=(
            'Score quoteattr\'s sentence boundaries against a gold JSONL file of {"id", '
            '"text", "sentences"} records: boundary precision, recall and F1, and the '
            "documents whose every boundary is right."
        ),
    )
    sentence_score.add_argument(
        "gold", metavar="GOLD.jsonl", help="gold documents with their sentences"
    )
    sentence_score.add_argument("--json", action="store_true", help="print the report as JSON")
    sentence_score.set_defaults(run=_run_eval_sentences)

    show = commands.add_parser(
        "show",
        help="write an HTML page of an article with its quotes highlighted",
        description=(
            "Extract the quotes of one article and write a self-contained HTML page: the "
            "article with each quote coloured by speaker, cues and speaker mentions "
            "marked, a legend of speakers with their quote counts, and the confidence "
            "on hover."
        ),
    )
    show.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    show.add_argument("--out", metavar="HTML", help="where to write the page (default: stdout)")
    _add_topics_option(show)
    show.set_defaults(run=_run_show)
    return parser


def _add_topics_option(parser: argparse.ArgumentParser, when: str = "") -> None:
    help_text = (
        'also report topics ("talked about X", "referring to Y"), as PARC-style corpora '
        "such as PolNeAR annotate; the default follows the seed conventions"
    )
    parser.add_argument("--topics", action="store_true", help=f"{help_text} {when}".strip())


def _add_link_option(parser: argparse.ArgumentParser, when: str = "") -> None:
    help_text = (
        "resolve each document on its own: do not give one-word speakers the full name "
        "the other input documents use for them; output then streams, document by document"
    )
    parser.add_argument("--no-link", action="store_true", help=f"{help_text} {when}".strip())


def _version() -> str:
    try:
        return metadata.version("quoteattr")
    except metadata.PackageNotFoundError:
        return "unknown"


def _run_extract(args: argparse.Namespace) -> int:
    extractor = Extractor(topics=args.topics)
    failed = 0
    out = sys.stdout.buffer
    held: list[tuple[Document, list[Quote]]] = []
    for document in _documents(args.files, jsonl=args.jsonl):
        if document.text is None:
            failed += 1
            print(f"quoteattr: {document.error}", file=sys.stderr)
        quotes = [] if document.text is None else extractor(document.text)
        if args.no_link:
            _write_document(out, document, quotes)
        else:
            held.append((document, quotes))
    linked = link_documents(quotes for document, quotes in held if document.text is not None)
    readable = iter(linked)
    for document, _ in held:
        _write_document(out, document, [] if document.text is None else next(readable))
    out.flush()
    return 1 if failed else 0


def _write_document(out: BinaryIO, document: Document, quotes: list[Quote]) -> None:
    if document.text is None:
        _write(out, {"id": document.id, "error": document.error})
    else:
        _write(out, {"id": document.id, "quotes": quotes_to_dicts(quotes)})


def _write(out: BinaryIO, record: dict[str, Any]) -> None:
    """One JSON line, UTF-8; text that UTF-8 cannot carry (lone surrogates) is escaped."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        data = line.encode("utf-8")
    except UnicodeEncodeError:
        data = json.dumps(record, ensure_ascii=True).encode("ascii")
    out.write(data + b"\n")


def _documents(names: Sequence[str], *, jsonl: bool) -> Iterator[Document]:
    for name in names:
        read = _read_text(name)
        if read.text is None or not jsonl:
            yield read
            continue
        yield from _jsonl_documents(name, read.text)


def _read_text(name: str) -> Document:
    """A file's text, decoded as UTF-8 with line endings kept, or the reason it failed."""
    doc_id = "stdin" if name == STDIN else Path(name).stem
    try:
        data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    except IsADirectoryError:
        return Document(doc_id, None, f"{name}: is a directory; pass the files in it")
    except FileNotFoundError:
        return Document(doc_id, None, f"{name}: no such file")
    except OSError as exc:
        return Document(doc_id, None, f"{name}: cannot be read ({exc.strerror or exc})")
    try:
        return Document(doc_id, data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        msg = (
            f"{name}: not UTF-8 (byte 0x{byte:02x} at offset {exc.start}); "
            "convert it to UTF-8 first, e.g. with iconv"
        )
        return Document(doc_id, None, msg)


def _jsonl_documents(name: str, content: str) -> Iterator[Document]:
    """The documents of a JSONL file: one per non-blank line, in order."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(where, None, f"{where}: not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Document(where, None, f'{where}: not a JSON object with "id" and "text"')
            continue
        doc_id = str(record.get("id", where))
        text = record.get("text")
        if not isinstance(text, str):
            yield Document(doc_id, None, f'{where}: no "text" string in this record')
            continue
        yield Document(doc_id, text)


def _run_eval(args: argparse.Namespace) -> int:
    gold = _read_records(args.gold)
    if gold is None:
        return 1
    if args.pred:
        records = _read_records(args.pred)
        if records is None:
            return 1
        predictions = {str(r["id"]): r.get("quotes") or [] for r in records}
    else:
        extractor = Extractor(topics=args.topics)
        extracted = [extractor(str(d.get("text", ""))) for d in gold]
        if not args.no_link:
            extracted = link_documents(extracted)
        predictions = {str(d["id"]): quotes for d, quotes in zip(gold, extracted, strict=True)}
    try:
        report = evaluate(gold, predictions, kinds=args.kind, include_borderline=not args.strict)
    except QuoteattrError as exc:
        print(f"quoteattr: {args.gold}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.format_table())
    return 0


def _run_eval_sentences(args: argparse.Namespace) -> int:
    gold = _read_records(args.gold)
    if gold is None:
        return 1
    try:
        report = score_sentences(gold)
    except QuoteattrError as exc:
        print(f"quoteattr: {args.gold}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format_table())
    return 0


def _run_show(args: argparse.Namespace) -> int:
    doc = _read_text(args.file)
    if doc.text is None:
        print(f"quoteattr: {doc.error}", file=sys.stderr)
        return 1
    page = render_html(doc.text, Extractor(topics=args.topics)(doc.text), title=doc.id)
    if not args.out:
        sys.stdout.buffer.write(page.encode("utf-8"))
        return 0
    try:
        Path(args.out).write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"quoteattr: {args.out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    return 0


def _read_records(name: str) -> list[dict[str, Any]] | None:
    """The JSON records of a JSONL file, or None after saying on stderr why it cannot be read."""
    read = _read_text(name)
    if read.text is None:
        print(f"quoteattr: {read.error}", file=sys.stderr)
        return None
    return [_record(name, n, line) for n, line in _lines(read.text)]


def _lines(content: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            yield number, line


def _record(name: str, number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        msg = f"{name}:{number}: not JSON ({exc.msg})"
        raise SystemExit(f"quoteattr: {msg}") from None
    if not isinstance(record, dict) or "id" not in record:
        raise SystemExit(f'quoteattr: {name}:{number}: not a JSON object with an "id"')
    return record


if __name__ == "__main__":
    raise SystemExit(main())
