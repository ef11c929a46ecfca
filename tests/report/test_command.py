"""Tests for `quoteattr report`: who is quoted across documents, end to end."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from quoteattr.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))

Capture = pytest.CaptureFixture[bytes]


def run(capture: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capture.readouterr()
    return code, out.out.decode("utf-8"), out.err.decode("utf-8")


def rows(text: str) -> dict[str, dict[str, str]]:
    return {row["speaker"]: row for row in csv.DictReader(io.StringIO(text))}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``quoteattr extract seeds/*.txt``'s output, written once."""
    path = tmp_path_factory.mktemp("extract") / "seeds.jsonl"
    with pytest.MonkeyPatch.context() as patch, path.open("wb") as out:
        patch.setattr("sys.stdout", io.TextIOWrapper(out, encoding="utf-8"))
        assert main(["extract", *SEEDS]) == 0
        import sys  # noqa: PLC0415 - the patched stream

        sys.stdout.flush()
    return path


def speaker_counts(extract_output: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in extract_output.read_text(encoding="utf-8").splitlines():
        for quote in json.loads(line)["quotes"]:
            if quote["speaker_entity"] is not None:
                counts[quote["speaker_entity"]] += 1
    return counts


def publisher_file(tmp_path: Path) -> Path:
    """The seeds as JSON Lines, with a made-up outlet and date in their metadata."""
    path = tmp_path / "seeds.jsonl"
    lines = []
    for number, name in enumerate(SEEDS):
        meta = {
            "publisher": "A" if number % 2 else "B",
            "publication_date": f"2023-0{number + 1}-14",
        }
        record = {
            "id": Path(name).stem,
            "text": Path(name).read_text(encoding="utf-8"),
            "meta": meta,
        }
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_report_counts_equal_extracts_and_peskov_has_a_row(
    capsysbinary: Capture, extracted: Path
) -> None:
    code, out, _ = run(capsysbinary, "report", *SEEDS, "--format", "csv")
    assert code == 0
    table = rows(out)
    assert {name: int(row["quotes"]) for name, row in table.items()} == speaker_counts(extracted)
    peskov = table["Dmitry Peskov"]
    assert int(peskov["direct"]) + int(peskov["indirect"]) + int(peskov["mixed"]) == int(
        peskov["quotes"]
    )


def test_report_writes_the_page_and_guesses_the_format_from_out(
    capsysbinary: Capture, tmp_path: Path
) -> None:
    page, data = tmp_path / "r.html", tmp_path / "r.json"
    assert run(capsysbinary, "report", *SEEDS, "--out", str(page))[0] == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Dmitry Peskov" in page.read_text(encoding="utf-8")
    assert run(capsysbinary, "report", *SEEDS, "--out", str(data))[0] == 0
    assert json.loads(data.read_text(encoding="utf-8"))["totals"]["documents"] == len(SEEDS)


def test_from_extract_gives_the_same_table(capsysbinary: Capture, extracted: Path) -> None:
    _, direct, _ = run(capsysbinary, "report", *SEEDS, "--format", "csv")
    code, again, _ = run(
        capsysbinary, "report", "--from-extract", str(extracted), "--format", "csv"
    )
    assert code == 0
    assert again == direct


def test_group_by_publisher_and_month(capsysbinary: Capture, tmp_path: Path) -> None:
    inputs = publisher_file(tmp_path)
    code, out, _ = run(
        capsysbinary, "report", str(inputs), "--group-by", "meta.publisher", "--format", "csv"
    )
    assert code == 0
    table = rows(out)
    first = next(iter(table.values()))
    assert {"group:A", "group:B"} <= set(first)
    for row in table.values():
        assert int(row["group:A"]) + int(row["group:B"]) == int(row["quotes"])
    _, months, _ = run(
        capsysbinary,
        "report",
        str(inputs),
        "--group-by",
        "meta.publication_date:month",
        "--format",
        "json",
    )
    assert json.loads(months)["groups"] == [f"2023-0{n}" for n in range(1, len(SEEDS) + 1)]


def test_group_by_with_from_extract_reads_the_inputs_metadata(
    capsysbinary: Capture, tmp_path: Path, extracted: Path
) -> None:
    inputs = publisher_file(tmp_path)
    argv = ["report", str(inputs), "--group-by", "meta.publisher", "--format", "csv"]
    _, direct, _ = run(capsysbinary, *argv)
    code, again, _ = run(capsysbinary, *argv, "--from-extract", str(extracted))
    assert code == 0
    assert again == direct
    code, _, err = run(
        capsysbinary, "report", "--from-extract", str(extracted), "--group-by", "meta.publisher"
    )
    assert code == 2
    assert "needs the FILEs extract read" in err
    reordered = tmp_path / "reordered.jsonl"
    reordered.write_text(
        "".join(reversed(inputs.read_text(encoding="utf-8").splitlines(True))), encoding="utf-8"
    )
    code, _, err = run(
        capsysbinary, *argv[:1], str(reordered), *argv[2:], "--from-extract", str(extracted)
    )
    assert code == 2
    assert "give the files extract read, in the same order" in err


def test_bad_documents_get_an_error_line_and_the_report_is_still_written(
    capsysbinary: Capture, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"id": "ok", "text": "“It works,” Ann Lee said."}\n{not json\n', encoding="utf-8"
    )
    out = tmp_path / "r.csv"
    code, _, err = run(
        capsysbinary, "report", str(broken), str(tmp_path / "missing.txt"), "--out", str(out)
    )
    assert code == 1
    assert "broken.jsonl:2: not JSON" in err
    assert "missing.txt: no such file" in err
    assert rows(out.read_text(encoding="utf-8"))["Ann Lee"]["quotes"] == "1"


def test_bad_extract_records_are_errors_of_their_documents(
    capsysbinary: Capture, tmp_path: Path
) -> None:
    extract_output = tmp_path / "e.jsonl"
    extract_output.write_text(
        '{"id": "a", "quotes": [{"type": "direct", "speaker_entity": "Ann Lee", "text": "x"}]}\n'
        '{"id": "b", "error": "b: no such file"}\n'
        '{"id": "c", "quotes": [{"type": "shouted"}]}\n'
        '{"id": "d", "quotes": 3}\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsysbinary, "report", "--from-extract", str(extract_output), "--format", "json"
    )
    assert code == 1
    data = json.loads(out)
    assert (data["totals"]["documents"], data["totals"]["failed"]) == (1, 4)
    assert "b: no such file" in err
    assert "e.jsonl:3: not quote records of extract" in err
    assert 'e.jsonl:5: not an extract record with an "id"' in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report"], "give input FILEs, or --from-extract FILE"),
        (["report", "x.txt", "--min-confidence", "2"], "not a confidence between 0 and 1"),
        (["report", "x.txt", "--group-by", "meta..x"], "not a field path"),
        (["report", "-", "--from-extract", "-"], "either the FILEs or --from-extract"),
        (["report", "x.txt", "--out", "/no/such/folder/r.html"], "cannot write there"),
        (["report", "x.txt", "--format", "xlsx"], "invalid choice"),
        (["report", "--from-extract", "missing.jsonl"], "missing.jsonl: no such file"),
    ],
)
def test_bad_calls_are_usage_errors(capsysbinary: Capture, argv: list[str], message: str) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    assert code == 2
    assert message in capsysbinary.readouterr().err.decode("utf-8")


def test_min_confidence_and_two_jobs(capsysbinary: Capture) -> None:
    _, one, _ = run(capsysbinary, "report", *SEEDS, "--format", "json")
    _, two, _ = run(capsysbinary, "report", *SEEDS, "--format", "json", "--jobs", "2")
    assert one == two
    _, high, _ = run(capsysbinary, "report", *SEEDS, "--format", "json", "--min-confidence", "0.9")
    assert json.loads(high)["totals"]["quotes"] < json.loads(one)["totals"]["quotes"]
    assert json.loads(high)["totals"]["left_out"] > 0


def test_out_dash_is_stdout(capsysbinary: Capture) -> None:
    code, out, _ = run(capsysbinary, "report", SEEDS[0], "--out", "-")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")


def test_a_truncated_extract_output_is_refused(
    capsysbinary: Capture, tmp_path: Path, extracted: Path
) -> None:
    inputs = publisher_file(tmp_path)
    short = tmp_path / "short.jsonl"
    short.write_text("".join(extracted.read_text(encoding="utf-8").splitlines(True)[:2]))
    argv = ["report", str(inputs), "--from-extract", str(short), "--group-by", "meta.publisher"]
    code, _, err = run(capsysbinary, *argv)
    assert code == 2
    assert "ends before the FILEs do" in err


def test_a_group_by_field_no_document_has_is_warned_about(capsysbinary: Capture) -> None:
    code, out, err = run(
        capsysbinary, "report", *SEEDS, "--group-by", "meta.publsher", "--format", "csv"
    )
    assert code == 0
    assert "no document has the field meta.publsher" in err
    assert "group:(none)" in out.splitlines()[0]


def test_a_dead_worker_is_one_clear_message(
    capsysbinary: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def died(*args: object, **kwargs: object) -> Iterator[object]:
        raise BrokenProcessPool("a child process terminated abruptly")
        yield  # a generator, as extract_documents is

    monkeypatch.setattr("quoteattr.report.command.extract_documents", died)
    code, _, err = run(capsysbinary, "report", "--jobs", "2", *SEEDS)
    assert code == 1
    assert "a worker process died" in err
    assert "Traceback" not in err
