"""Tests for quoteattr extract over many documents: directories, --jobs, JSONL, CSV, progress."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Extractor, extract, link_documents, quote_to_dict
from quoteattr.cli import main
from quoteattr.io.inputs import InputDocument, jsonl_documents, read_documents
from quoteattr.io.outputs import Outcome
from quoteattr.io.serialize import QUOTE_FIELDS
from quoteattr.run.batch import extract_documents, linked
from quoteattr.run.progress import Progress

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _main(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A JSONL file of the seeds, then short, surname-only and broken lines."""
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in SEED_FILES]
    lines += [
        json.dumps({"id": 7, "text": "“We are ready,” Peskov said."}),
        "not json",
        json.dumps({"id": "no-text"}),
        "",
        json.dumps({"id": "raw", "text": "He said\u2028that it was over."}, ensure_ascii=False),
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("link", [[], ["--no-link"]])
def test_extract_jobs_2_writes_the_same_bytes_as_jobs_1(
    articles: Path, capsysbinary: pytest.CaptureFixture[bytes], link: list[str]
) -> None:
    """Two worker processes give byte for byte the serial output, one line per input line."""
    one = _main(capsysbinary, "extract", "--jsonl", str(articles), *link)
    two = _main(capsysbinary, "extract", "--jsonl", "--jobs", "2", str(articles), *link)
    assert one[:2] == two[:2]
    assert one[0] == 1  # the broken lines fail, and say so
    ids = [json.loads(line)["id"] for line in one[1].splitlines()]
    assert ids == [p.stem for p in SEED_FILES] + ["7", f"{articles}:7", "no-text", "raw"]
    assert f"{articles}:7: not JSON" in two[2]


def test_extract_reads_directories_recursively_in_path_order(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A directory gives its *.txt files, depth first in sorted order, ids relative to it."""
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    files = {
        "z.txt": "“Last,” Lee said.",
        "a/one.txt": "“First,” Smith said.",
        "b/deep/two.notes.txt": "“Deep,” Jones said.",
        "b/skip.md": "“Not read,” Kim said.",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, _ = _main(capsysbinary, "extract", str(tmp_path), "--jobs", "2")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"] for r in records] == ["a/one", "b/deep/two.notes", "z"]
    assert [r["quotes"][0]["speaker"] for r in records] == ["Smith", "Jones", "Lee"]


def test_extract_jsonl_directory_reads_its_jsonl_files(
    tmp_path: Path, articles: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """With --jsonl a directory gives the records of its *.jsonl files."""
    code, out, _ = _main(capsysbinary, "extract", "--jsonl", "--no-link", str(articles.parent))
    direct = _main(capsysbinary, "extract", "--jsonl", "--no-link", str(articles))
    assert (code, out) == direct[:2]


def test_jsonl_lines_are_read_one_at_a_time() -> None:
    """A JSONL stream is decoded line by line: the first document comes before line 2 is read."""

    line = b'\xef\xbb\xbf{"id": "first", "text": "Hello."}\n'

    def lines() -> Iterator[bytes]:
        yield line
        raise AssertionError("read ahead")

    first = next(jsonl_documents("stream", lines()))
    assert first == InputDocument("first", "Hello.", None, len(line))


def test_jsonl_bad_lines_each_give_their_own_error() -> None:
    """Bad UTF-8, bad JSON, a non-object and a missing text each fail alone, naming the line."""
    lines = [b'{"id": 1, "text": "caf\xe9"}\n', b"[1]\n", b"\n", b'{"text": 5}\n']
    lines.append(b'{"text": "ok"}')
    documents = list(jsonl_documents("in.jsonl", lines))
    assert [d.id for d in documents] == ["in.jsonl:1", "in.jsonl:2", "in.jsonl:4", "in.jsonl:5"]
    assert "not UTF-8 (byte 0xe9" in str(documents[0].error)
    assert "not a JSON object" in str(documents[1].error)
    assert 'no "text" string' in str(documents[2].error)
    assert documents[3].text == "ok"


def test_extract_csv_has_a_row_per_quote_and_one_per_empty_or_failed_document(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """CSV rows: the id, the quote fields (lists as JSON) and the error; no document is lost."""
    text = "“One,” Smith said.\r\n“Two, too,” he said."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "b.txt").write_text("No quotes here.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff")
    code, out, _ = _main(capsysbinary, "extract", "--format", "csv", str(tmp_path))
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
    assert code == 1
    assert list(rows[0]) == ["id", *QUOTE_FIELDS, "error"]
    assert [(r["id"], r["text"], r["speaker_entity"]) for r in rows] == [
        ("a", "One,", "Smith"),
        ("a", "Two, too,", "Smith"),
        ("b", "", ""),
        ("c", "", ""),
    ]
    start = text.index("Two")
    assert json.loads(rows[1]["fragments"]) == [[start, start + len("Two, too,")]]
    assert "not UTF-8" in rows[3]["error"]
    assert rows[0]["error"] == rows[2]["error"] == ""


def test_extract_progress_is_quiet_off_a_terminal_and_counts_when_asked(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """stderr stays empty when it is not a terminal; --progress draws the counts there."""
    files = list(map(str, SEED_FILES))
    assert _main(capsysbinary, "extract", *files)[2] == ""
    _, _, err = _main(capsysbinary, "extract", "--progress", *files)
    assert err.endswith("\n")
    assert "5 docs" in err.split("\r")[-1]
    assert " MB " in err
    assert "docs/s" in err


def test_progress_line_is_cleared_for_messages_and_redrawn() -> None:
    """A message never shares a line with the counts; redraws wait for the interval."""
    now = [0.0]
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, clock=lambda: now[0])
    progress.advance(1_000_000)
    assert stream.getvalue() == ""  # too soon to draw
    now[0] = 2.0
    progress.advance(1_000_000)
    assert stream.getvalue() == "\r2 docs  2.0 MB  1.0 docs/s  1.00 MB/s"
    progress.say("quoteattr: x.txt: no such file")
    progress.finish()
    drawn = stream.getvalue().split("\r")
    assert drawn[-4].strip() == ""  # the counts are wiped before the message
    assert drawn[-3] == "quoteattr: x.txt: no such file\n"
    assert stream.getvalue().endswith("MB/s\n")
    quiet = io.StringIO()
    Progress(quiet, enabled=False).finish()
    assert quiet.getvalue() == ""


def test_extract_failure_inside_the_extractor_is_that_documents_error_record(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception while extracting one document gives its error line; the rest go on."""
    real = Extractor.__call__

    def fragile(self: Extractor, text: str) -> list[Any]:
        if "BOOM" in text:
            raise RuntimeError("the stage broke")
        return real(self, text)

    monkeypatch.setattr(Extractor, "__call__", fragile)
    (tmp_path / "1.txt").write_text("BOOM “no,” he said.", encoding="utf-8")
    (tmp_path / "2.txt").write_text("“Yes,” Smith said.", encoding="utf-8")
    code, out, err = _main(capsysbinary, "extract", str(tmp_path))
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 1
    assert first == {"id": "1", "error": "1: extraction failed (RuntimeError: the stage broke)"}
    assert second["quotes"][0]["speaker"] == "Smith"
    assert "the stage broke" in err


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        *(("--jobs", jobs, "not a number of processes") for jobs in ("0", "-2", "two", "1.5")),
        *(("--max-size", size, "not a size in megabytes") for size in ("-1", "ten", "nan", "inf")),
    ],
)
def test_extract_bad_option_value_is_a_usage_error(
    capsysbinary: pytest.CaptureFixture[bytes], option: str, value: str, message: str
) -> None:
    """--jobs takes 1, 2, … or -1, and --max-size megabytes (0 for none); anything else
    exits 2 saying so."""
    with pytest.raises(SystemExit) as exited:
        main(["extract", option, value, str(SEED_FILES[0])])
    assert exited.value.code == 2
    assert message in capsysbinary.readouterr().err.decode()


def test_extract_interrupted_exits_130(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C ends the run with the shell's code for SIGINT and one line, no traceback."""

    def interrupted(*args: object, **kwargs: object) -> Iterator[Outcome]:
        raise KeyboardInterrupt

    monkeypatch.setattr("quoteattr.cli.extract_documents", interrupted)
    code, _, err = _main(capsysbinary, "extract", str(SEED_FILES[0]))
    assert (code, err) == (130, "quoteattr: interrupted\n")


def test_extract_worker_death_is_one_clear_message(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed from outside ends the run with exit 1 and a sentence, not a traceback."""

    def died(*args: object, **kwargs: object) -> Iterator[Outcome]:
        yield from ()  # a generator: the pool breaks while the outcomes are read
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr("quoteattr.cli.extract_documents", died)
    code, _, err = _main(capsysbinary, "extract", "--jobs", "2", str(SEED_FILES[0]))
    assert code == 1
    assert err == (
        "quoteattr: a worker process died after 0 documents (killed, or out of memory?); "
        "the run stopped there\n"
    )


def test_extract_interrupted_ends_the_progress_line_first(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Ctrl-C the counts keep their own line; "interrupted" starts a new one."""

    def interrupted_after_one(*args: object, **kwargs: object) -> Iterator[Outcome]:
        yield Outcome("a", [], None, 10)
        raise KeyboardInterrupt

    monkeypatch.setattr("quoteattr.cli.extract_documents", interrupted_after_one)
    code, _, err = _main(capsysbinary, "extract", "--progress", "--no-link", str(SEED_FILES[0]))
    assert code == 130
    assert err.endswith("MB/s\nquoteattr: interrupted\n")


def test_extract_directory_walk_survives_link_loops_and_unlistable_folders(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A symlink to a parent is not followed; a folder that cannot be listed is an error line."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("“Yes,” Smith said.", encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to("..")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = _main(capsysbinary, "extract", str(tmp_path))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["id"] for r in records] == ["a/x", "locked"]
    assert records[1]["error"] == f"{tmp_path / 'locked'}: cannot be listed (Permission denied)"
    assert "cannot be listed" in err


def test_eval_reads_what_extract_writes_even_with_raw_line_separators(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Gold with a BOM and a raw U+2028 in an id: extract and eval read it line by line alike."""
    gold = tmp_path / "gold.jsonl"
    record = {"id": "wire\u2028001", "text": "“Yes,” Peskov said.", "quotes": []}
    gold.write_bytes(b"\xef\xbb\xbf" + json.dumps(record, ensure_ascii=False).encode() + b"\n")
    code, out, _ = _main(capsysbinary, "extract", "--jsonl", str(gold))
    assert code == 0
    assert json.loads(out)["id"] == "wire\u2028001"
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(out)
    code, out, err = _main(capsysbinary, "eval", str(gold), "--pred", str(pred), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)


def test_extract_streams_jsonl_from_stdin_with_two_jobs() -> None:
    """`… | quoteattr extract --jsonl - --jobs 2` reads stdin line by line."""
    records = ({"id": n, "text": f"“Number {n},” Lee said.\n"} for n in range(9))
    lines = "".join(json.dumps(record) + "\n" for record in records)
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr.cli", "extract", "--jsonl", "--jobs", "2", "-"],
        input=lines.encode(),
        capture_output=True,
        check=True,
    )
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(n) for n in range(9)]
    assert all(r["quotes"][0]["speaker"] == "Lee" for r in records)


def test_read_documents_of_a_directory_is_lazy(tmp_path: Path) -> None:
    """Directory files are read as they are reached: a later file can change before then."""
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    (tmp_path / "b.txt").write_text("before", encoding="utf-8")
    documents = read_documents([str(tmp_path)], jsonl=False)
    assert next(documents).text == "first"
    (tmp_path / "b.txt").write_text("after", encoding="utf-8")
    assert next(documents).text == "after"


TEXTS = [
    "“We are ready,” Peskov said.",
    "“No,” Dmitry Peskov said.",
    "“Maybe,” Clinton said.",
    "“Yes,” Hillary Clinton said.",
    "“Later,” Bill Clinton said.",
    "“Fine,” Kim Jong Un said. “Sure,” Kim said.",
    "No quotes.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TEXTS), max_size=9))
def test_linked_outcomes_equal_link_documents(texts: list[str]) -> None:
    """Spilling to disk changes nothing: linked() gives what link_documents gives."""
    documents = [InputDocument(str(n), text) for n, text in enumerate(texts)]
    outcomes = list(extract_documents(Extractor(), documents))
    assert [o.quotes for o in linked(outcomes)] == link_documents(extract(t) for t in texts)


def test_linked_passes_failed_documents_through() -> None:
    """A failed document keeps its place and error; linking skips it."""
    documents = [
        InputDocument("a", "“Hi,” Dmitry Peskov said."),
        InputDocument("b", None, "b: bad"),
    ]
    documents.append(InputDocument("c", "“Bye,” Peskov said."))
    out = list(linked(extract_documents(Extractor(), itertools.chain(documents))))
    assert [(o.id, o.error) for o in out] == [("a", None), ("b", "b: bad"), ("c", None)]
    assert [quote_to_dict(q)["speaker_entity"] for q in out[2].quotes or []] == ["Dmitry Peskov"]


def test_extract_mixed_directory_gives_one_line_per_document_and_exit_1(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Good, empty, binary, non-UTF-8 and oversized files, and a broken JSONL: every input
    document gets exactly one line, each failure names its input, the good ones are read."""
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("“Yes,” Peskov said.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("“Café,” he said.".encode("cp1252"))
    (folder / "sub" / "big.txt").write_text("word " * 300_000, encoding="utf-8")
    (folder / "sub" / "utf16.txt").write_bytes("“Hi,” Lee said.".encode("utf-16"))
    code, out, err = _main(capsysbinary, "extract", str(folder), "--max-size", "1", "--jobs", "2")
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert code == 1
    assert list(records) == ["binary", "empty", "good", "latin1", "sub/big", "sub/utf16"]
    assert records["good"]["quotes"][0]["speaker"] == "Peskov"
    assert records["empty"] == {"id": "empty", "quotes": []}
    assert (
        "a binary file, not text (NUL bytes, the first at offset 8)" in records["binary"]["error"]
    )
    assert "not UTF-8 (byte 0x93 at offset 0)" in records["latin1"]["error"]
    assert "larger than the limit of 1,000,000 bytes" in records["sub/big"]["error"]
    assert "UTF-16 text (a byte-order mark)" in records["sub/utf16"]["error"]
    for name in ("binary.txt", "latin1.txt", "big.txt", "utf16.txt"):
        assert name in err
    broken = tmp_path / "broken"
    broken.mkdir()
    lines = [b'{"id": "a", "text": "\xe2\x80\x9cOk,\xe2\x80\x9d Kim said."}', b"{not json"]
    lines += [b'{"id": "c"}', b'"just a string"', b'{"id": "e", "text": "caf\xe9"}', b"", b"[]"]
    (broken / "one.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (broken / "two.jsonl").write_bytes(b'{"id": "z", "text": ""}')
    code, out, _ = _main(capsysbinary, "extract", "--jsonl", str(broken))
    records = list(map(json.loads, out.splitlines()))
    one = broken / "one.jsonl"
    assert code == 1
    assert [r["id"] for r in records] == [
        "a",
        f"{one}:2",
        "c",
        f"{one}:4",
        f"{one}:5",
        f"{one}:7",
        "z",
    ]
    assert [("quotes" in r) for r in records] == [True, False, False, False, False, False, True]


def test_extract_encoding_errors_replace_reads_bad_bytes_as_replacement_characters(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """--encoding-errors replace reads the document; offsets count the U+FFFD it put in."""
    source = tmp_path / "cp1252.txt"
    source.write_bytes('"Café," Lee said.'.encode("cp1252"))
    code, out, _ = _main(capsysbinary, "extract", "--encoding-errors", "replace", str(source))
    (quote,) = json.loads(out)["quotes"]
    assert code == 0
    assert quote["text"] == "Caf\ufffd,"
    assert quote["speaker"] == "Lee"


def test_extract_reads_a_stray_nul_as_text(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """One NUL in a text is a character, not the mark of a binary file."""
    (tmp_path / "a.txt").write_bytes("“Yes,” Smith said.\x00 The end.".encode())
    code, out, _ = _main(capsysbinary, "extract", str(tmp_path / "a.txt"))
    assert code == 0
    assert json.loads(out)["quotes"][0]["speaker"] == "Smith"


def test_extract_max_size_bounds_what_is_read_from_lines_and_pipes(
    tmp_path: Path,
) -> None:
    """A JSONL line or a stdin document over --max-size fails without being read whole;
    the lines after an oversized one are read as usual."""
    big = json.dumps({"id": "big", "text": "word " * 400_000})
    lines = "\n".join([big, json.dumps({"id": "next", "text": "“Hi,” Lee said."})]) + "\n"
    command = [sys.executable, "-m", "quoteattr.cli", "extract", "--max-size", "1"]
    done = subprocess.run(
        [*command, "--jsonl", "-"], input=lines.encode(), capture_output=True, check=False
    )
    first, second = map(json.loads, done.stdout.splitlines())
    assert done.returncode == 1
    assert first == {"id": "stdin:1", "error": first["error"]}
    assert "larger than the limit of 1,000,000 bytes" in first["error"]
    assert second["quotes"][0]["speaker"] == "Lee"
    done = subprocess.run(
        [*command, "-"], input=b"word " * 400_000, capture_output=True, check=False
    )
    assert done.returncode == 1
    assert "stdin: larger than the limit" in json.loads(done.stdout)["error"]
