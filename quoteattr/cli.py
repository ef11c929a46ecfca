"""The ``quoteattr`` command line: extract quotes from files, and score them against gold.

``quoteattr extract FILE|DIR...`` writes one JSON line per document to stdout,
``{"id": ..., "quotes": [...]}``, with the quote fields of the common format
(or CSV rows with ``--format csv``), in ``--jobs`` processes, streaming.
A document that cannot be read or extracted yields ``{"id": ..., "error": ...}``
instead and a message on stderr; the others are still processed and the exit
code is 1.
``quoteattr eval GOLD.jsonl`` prints precision, recall and F1 at exact, 0.8 and
0.3 overlap, and kind, speaker-mention and speaker-entity accuracy.
``quoteattr eval-sentences GOLD.jsonl`` scores the sentence segmenter's
boundaries against gold sentences. ``quoteattr show FILE --out view.html``
writes the article as a page with its quotes highlighted by speaker.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from importlib import metadata
from pathlib import Path
from typing import Any

from quoteattr.errors import ConfigError, QuoteattrError
from quoteattr.evaluation.quotes import evaluate
from quoteattr.evaluation.sentences import score_sentences
from quoteattr.io.htmlview import render_html
from quoteattr.io.inputs import (
    ENCODING_ERRORS,
    STDIN,
    JsonLine,
    Limits,
    json_lines,
    read_documents,
    read_text,
    unreadable,
)
from quoteattr.io.outputs import FORMATS, writer_for
from quoteattr.learn.weights import ModelFile
from quoteattr.pipeline import Extractor
from quoteattr.report.command import Batch, add_report_command
from quoteattr.resolve.linking import link_documents
from quoteattr.run.batch import extract_documents, linked
from quoteattr.run.parallel import process_count
from quoteattr.run.progress import Progress, counted
from quoteattr.training.command import add_train_command

DEFAULT_MAX_MB = 10.0
"""extract's default --max-size: a hundred times a long article."""

INTERRUPTED = 130
"""The exit code after Ctrl-C, as shells report a SIGINT."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some input failed, 2 usage,
    130 interrupted)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except BrokenPipeError:  # `quoteattr extract … | head` is not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return INTERRUPTED
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
            "Extract quotes from text files (UTF-8; '-' is stdin) or the *.txt files under "
            "directories; a file named *.jsonl is read as JSON Lines, as with --jsonl. Each "
            'document gives one JSON line {"id": FILE NAME WITHOUT EXTENSION, "quotes": '
            '[...]}, or {"id", "error"} if it could not be read or extracted (the exit code '
            "is then 1). Offsets are code-point indices into the decoded text, line endings "
            "kept as they are."
        ),
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files, *.jsonl files, directories (their *.txt files, depth first), "
        "or - for stdin",
    )
    extract.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl: one line per document (default); csv: one row per quote, with the id",
    )
    _add_batch_options(extract)
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
    _add_model_option(score, when="(when extracting, without --pred)")
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
    _add_model_option(show)
    show.set_defaults(run=_run_show)
    add_train_command(commands, _read_records)
    add_report_command(commands, add_batch_options=_add_batch_options, batch=_batch)
    return parser


def _add_batch_options(parser: argparse.ArgumentParser) -> None:
    """The options of reading and extracting many documents (extract, report)."""
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read every file as JSON Lines {"id", "text", ...} (directories: their *.jsonl '
        "files; files named *.jsonl are read so without it); each non-blank input line "
        "is one document, and blank lines are skipped",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; -1: one per core); the output is the same",
    )
    parser.add_argument(
        "--encoding-errors",
        choices=ENCODING_ERRORS,
        default="strict",
        help="bytes that are not UTF-8: strict fails that document with an error record "
        "naming the byte (default); replace reads each as U+FFFD",
    )
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        default=DEFAULT_MAX_MB,
        metavar="MB",
        help=f"fail a document larger than this many megabytes (default {DEFAULT_MAX_MB:g}; "
        "0: no limit)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show documents, MB and docs/s on stderr (default: when stderr is a terminal)",
    )
    _add_topics_option(parser)
    _add_model_option(parser)
    _add_link_option(parser)


def _batch(args: argparse.Namespace) -> Batch:
    """The extractor, reading limits and progress line the batch options ask for."""
    # The size limit is checked on the bytes, before decoding, so the extractor has none.
    show = sys.stderr.isatty() if args.progress is None else args.progress
    max_bytes = max(1, int(args.max_size * 1_000_000)) if args.max_size else None
    return Batch(
        extractor=_extractor(args, max_length=None),
        limits=Limits(errors=args.encoding_errors, max_bytes=max_bytes),
        progress=Progress(sys.stderr, enabled=show),
        jobs=args.jobs,
        link=not args.no_link,
    )


def _add_topics_option(parser: argparse.ArgumentParser, when: str = "") -> None:
    help_text = (
        'also report topics ("talked about X", "referring to Y"), as PARC-style corpora '
        "such as PolNeAR annotate; the default follows the seed conventions"
    )
    parser.add_argument("--topics", action="store_true", help=f"{help_text} {when}".strip())


def _add_model_option(parser: argparse.ArgumentParser, when: str = "") -> None:
    help_text = (
        "the rules alone: leave out the learned attribution layer (the weights shipped "
        "with quoteattr, trained on PolNeAR's train compartment), which adds attributions "
        "the rules miss"
    )
    parser.add_argument("--no-model", action="store_true", help=f"{help_text} {when}".strip())


def _extractor(args: argparse.Namespace, **options: Any) -> Extractor:
    """The extractor the command's options ask for."""
    model = None if args.no_model else ModelFile()
    return Extractor(topics=args.topics, model=model, **options)


def _add_link_option(parser: argparse.ArgumentParser, when: str = "") -> None:
    help_text = (
        "resolve each document on its own: do not give one-word speakers the full name "
        "the other input documents use for them; extract's output then streams, document by "
        "document, instead of waiting in a temporary file for the last one"
    )
    parser.add_argument("--no-link", action="store_true", help=f"{help_text} {when}".strip())


def _version() -> str:
    try:
        return metadata.version("quoteattr")
    except metadata.PackageNotFoundError:
        return "unknown"


def _jobs(value: str) -> int:
    try:
        return process_count(int(value))
    except (ValueError, ConfigError):
        msg = f"{value!r} is not a number of processes (1, 2, ..., or -1 for one per core)"
        raise argparse.ArgumentTypeError(msg) from None


def _megabytes(value: str) -> float:
    try:
        size = float(value)
    except ValueError:
        size = -1.0
    if not (math.isfinite(size) and size >= 0):
        msg = f"{value!r} is not a size in megabytes (a number, 0 for no limit)"
        raise argparse.ArgumentTypeError(msg)
    return size


def _run_extract(args: argparse.Namespace) -> int:
    batch = _batch(args)
    progress = batch.progress
    documents = read_documents(args.files, jsonl=args.jsonl, limits=batch.limits)
    outcomes = counted(extract_documents(batch.extractor, documents, jobs=batch.jobs), progress)
    if batch.link:
        outcomes = linked(outcomes)
    writer = writer_for(args.format, sys.stdout.buffer)
    failed = 0
    try:
        for outcome in outcomes:
            writer.write(outcome)
            failed += outcome.error is not None
    except BrokenProcessPool:
        progress.say(
            f"quoteattr: a worker process died after {progress.documents} documents "
            "(killed, or out of memory?); the run stopped there"
        )
        return 1
    finally:
        writer.close()
        progress.finish()
    return 1 if failed else 0


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
        extractor = _extractor(args)
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
    doc = read_text(args.file)
    if doc.text is None:
        print(f"quoteattr: {doc.error}", file=sys.stderr)
        return 1
    page = render_html(doc.text, _extractor(args)(doc.text), title=doc.id)
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
    try:
        stream = sys.stdin.buffer if name == STDIN else Path(name).open("rb")  # noqa: SIM115
    except OSError as exc:
        print(f"quoteattr: {unreadable(name, exc)}", file=sys.stderr)
        return None
    with stream:
        return [_record(line) for line in json_lines(name, stream)]


def _record(line: JsonLine) -> dict[str, Any]:
    if line.error is not None:
        raise SystemExit(f"quoteattr: {line.error}")
    if not isinstance(line.value, dict) or "id" not in line.value:
        raise SystemExit(f'quoteattr: {line.where}: not a JSON object with an "id"')
    return line.value


if __name__ == "__main__":
    raise SystemExit(main())
