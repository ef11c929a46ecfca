"""The ``quoteattr report`` command: who is quoted across many documents, as a page or a table.

It extracts the documents as ``quoteattr extract`` does (same options, same
cross-document names), or reads an earlier ``extract`` output with
``--from-extract``, and counts the quotes into the speaker table as they come:
the table is held, the quotes are not. A document that cannot be read gets an
error line on stderr, the report is still written, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

from quoteattr.errors import ConfigError, FormatError
from quoteattr.io.inputs import STDIN, InputDocument, Limits, json_lines, read_documents, unreadable
from quoteattr.io.outputs import Outcome
from quoteattr.model import Quote
from quoteattr.report.collection import NO_GROUP, GroupBy
from quoteattr.report.formats import REPORT_FORMATS, render
from quoteattr.report.table import SourceReport, SourceTally, said_of
from quoteattr.run.batch import Extract, extract_documents, linked
from quoteattr.run.progress import Progress, counted


@frozen
class Batch:
    """What the shared extraction options ask for: the extractor, how to read, progress."""

    extractor: Extract
    limits: Limits
    progress: Progress
    jobs: int = 1
    link: bool = True


Counted = tuple[str, Sequence[Quote | Mapping[str, Any]] | None, str | None, str | None]
"""A document as the tally takes it: id, quotes (or quote records), error, group."""


def add_report_command(
    commands: Any,
    *,
    add_batch_options: Callable[[argparse.ArgumentParser], None],
    batch: Callable[[argparse.Namespace], Batch],
) -> None:
    """Add ``quoteattr report`` to the CLI's sub-commands, with the extraction options
    ``add_batch_options`` adds, and ``batch`` to read them back."""
    report = commands.add_parser(
        "report",
        help="who is quoted: a page or table of speakers over many documents",
        description=(
            "Extract the quotes of many documents (as extract does, speakers linked across "
            "them) and report who is quoted: totals by sort of source, a chart of the most "
            "quoted speakers by kind of quote, and a table of every speaker, as a "
            "self-contained HTML page, CSV or JSON."
        ),
    )
    report.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="documents, as for extract; with --from-extract, only read for --group-by",
    )
    report.add_argument(
        "--from-extract",
        metavar="EXTRACT.jsonl",
        help="count the quotes of this output of quoteattr extract instead of extracting "
        "('-': stdin); the extraction options (--jobs, --no-model, --no-link, ...) then do "
        "nothing; with FILEs (the ones extract read, in order), their metadata groups",
    )
    report.add_argument("--out", metavar="PATH", help="where to write (default or '-': stdout)")
    report.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        help="html (default, or as --out's extension says), csv or json",
    )
    report.add_argument(
        "--group-by",
        type=_group_by,
        metavar="FIELD",
        help="a field of the JSON Lines records, dotted (meta.publisher), to count each "
        "speaker's quotes per group; FIELD:month or FIELD:year groups an ISO date by period",
    )
    report.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="X",
        help="leave out quotes whose confidence is below X (0 to 1; default 0)",
    )
    report.add_argument("--title", default="Who is quoted", help="the page's title")
    add_batch_options(report)
    report.set_defaults(run=lambda args: run_report(args, batch(args)))


def run_report(args: argparse.Namespace, batch: Batch) -> int:
    """Count, write the report, and return the exit code (1 if a document failed)."""
    problem = _usage_problem(args)
    if problem:
        print(f"quoteattr report: {problem}", file=sys.stderr)
        return 2
    documents = read_documents(args.files, jsonl=args.jsonl, limits=batch.limits)
    tally = SourceTally(min_confidence=args.min_confidence, group_by=_name(args.group_by))
    try:
        if args.from_extract:
            inputs = documents if args.files else None
            items = _said(_from_extract(args.from_extract, inputs, args.group_by), batch.progress)
        else:
            items = _extracted(documents, args.group_by, batch)
        for doc_id, quotes, _, group in items:
            if quotes is None:
                tally.add_failure()
            else:
                tally.add(doc_id, quotes, group)
    except ConfigError as exc:
        batch.progress.say(f"quoteattr report: {exc}")
        return 2
    except BrokenProcessPool:
        batch.progress.say(
            f"quoteattr: a worker process died after {batch.progress.documents} documents "
            "(killed, or out of memory?); the run stopped there and no report was written"
        )
        return 1
    finally:
        batch.progress.finish()
    report = tally.report()
    if args.group_by and report.groups == (NO_GROUP,):
        print(
            f"quoteattr report: no document has the field {args.group_by} (every one is in "
            f"the group {NO_GROUP}); --group-by reads the fields of JSON Lines records",
            file=sys.stderr,
        )
    return _write(args, report) or (1 if report.totals.failed else 0)


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the command's arguments, found before any work is done."""
    if not args.files and not args.from_extract:
        return "give input FILEs, or --from-extract FILE"
    if args.from_extract and args.group_by and not args.files:
        return (
            "--group-by with --from-extract needs the FILEs extract read (in the same "
            "order) for their metadata"
        )
    if args.from_extract == STDIN and STDIN in args.files:
        return "standard input (-) can be either the FILEs or --from-extract, not both"
    if args.out and args.out != STDIN:
        folder = Path(args.out).resolve().parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            return f"{args.out}: cannot write there (no such folder, or not writable)"
    return None


def _extracted(
    documents: Iterable[InputDocument], group_by: GroupBy | None, batch: Batch
) -> Iterator[Counted]:
    """Each document extracted (linked across the collection unless asked not to)."""
    pending: deque[str | None] = deque()

    def without_fields() -> Iterator[InputDocument]:
        for document in documents:  # the group is read here: workers need only the text
            pending.append(group_by.of(document.fields) if group_by else None)
            yield evolve(document, fields=None)

    outcomes: Iterator[Outcome] = (
        evolve(outcome, group=pending.popleft())
        for outcome in extract_documents(batch.extractor, without_fields(), jobs=batch.jobs)
    )
    outcomes = counted(outcomes, batch.progress)  # says each failure as it comes
    if batch.link:
        outcomes = linked(outcomes)
    for outcome in outcomes:
        yield outcome.id, outcome.quotes, outcome.error, outcome.group


def _said(items: Iterable[Counted], progress: Progress) -> Iterator[Counted]:
    """The items, counted on the progress line; each failure said on stderr."""
    for item in items:
        if item[2] is not None:
            progress.say(f"quoteattr: {item[2]}")
        progress.advance(0)
        yield item


def _from_extract(
    name: str, documents: Iterator[InputDocument] | None, group_by: GroupBy | None
) -> Iterator[Counted]:
    """The documents of an ``extract`` output, each with the group of its input document."""
    try:
        stream = sys.stdin.buffer if name == STDIN else Path(name).open("rb")  # noqa: SIM115
    except OSError as exc:
        raise ConfigError(unreadable(name, exc)) from None
    with stream:
        for line in json_lines(name, stream):
            group = _input_group(documents, line.value, line.where, group_by)
            yield _record(line.where, line.value, line.error, group)
    left = next(documents, None) if documents is not None else None
    if left is not None:
        msg = (
            f"{name} ends before the FILEs do (the next input is {left.id!r}): it is not "
            "the whole output of extract on these files (was extract stopped?)"
        )
        raise ConfigError(msg)


def _input_group(
    documents: Iterator[InputDocument] | None, value: Any, where: str, group_by: GroupBy | None
) -> str | None:
    """The group of the input document that this ``extract`` line was made from."""
    if documents is None:
        return None
    document = next(documents, None)
    doc_id = value.get("id") if isinstance(value, dict) else None
    if document is None or (doc_id is not None and str(doc_id) != document.id):
        found = "no more input documents" if document is None else f"input {document.id!r}"
        msg = (
            f"{where} is document {doc_id!r}, but the FILEs give {found}: give the files "
            "extract read, in the same order"
        )
        raise ConfigError(msg)
    return group_by.of(document.fields) if group_by else None


def _record(where: str, value: Any, error: str | None, group: str | None) -> Counted:
    """One ``extract`` line as the tally takes it; a malformed one is that document's error."""
    if error is not None:
        return where, None, error, group
    if not isinstance(value, dict) or "id" not in value:
        return where, None, f'{where}: not an extract record with an "id"', group
    doc_id = str(value["id"])
    if "error" in value and "quotes" not in value:
        return doc_id, None, str(value["error"]), group
    quotes = value.get("quotes")
    try:
        if not isinstance(quotes, list):
            raise FormatError('no "quotes" list')
        for quote in quotes:
            said_of(quote)
    except (FormatError, TypeError, ValueError) as exc:
        return doc_id, None, f"{where}: not quote records of extract ({exc})", group
    return doc_id, quotes, None, group


def _write(args: argparse.Namespace, report: SourceReport) -> int:
    """Write the report where asked; 1 (after saying why) if it cannot be written."""
    to_stdout = not args.out or args.out == STDIN
    suffix = "" if to_stdout else Path(args.out).suffix.lower().lstrip(".")
    format_name = args.format or (suffix if suffix in REPORT_FORMATS else "html")
    text = render(report, format_name, title=args.title)
    if to_stdout:
        sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
        sys.stdout.flush()
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        print(f"quoteattr: {args.out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    return 0


def _group_by(value: str) -> GroupBy:
    try:
        return GroupBy.parse(value)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0.0 <= number <= 1.0:
        msg = f"{value!r} is not a confidence between 0 and 1"
        raise argparse.ArgumentTypeError(msg)
    return number


def _name(group_by: GroupBy | None) -> str | None:
    return str(group_by) if group_by is not None else None
