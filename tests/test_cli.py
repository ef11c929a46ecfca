"""Tests for quoteattr.cli: the extract and eval commands and their error handling."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, list[Any], str]:
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    lines = [json.loads(line) for line in captured.out.decode("utf-8").splitlines()]
    return code, lines, captured.err.decode("utf-8")


def test_cli_extract_gives_one_line_per_file_with_its_id(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """extract writes {"id", "quotes"} per file, the id being the file name without extension."""
    code, lines, err = _run(capsysbinary, "extract", *map(str, SEED_FILES))
    assert code == 0
    assert err == ""
    assert [line["id"] for line in lines] == [p.stem for p in SEED_FILES]
    first = lines[0]["quotes"][0]
    assert list(first)[:12] == [
        "start", "end", "text", "type", "fragments", "cue", "cue_start", "cue_end",
        "speaker", "speaker_start", "speaker_end", "speaker_entity",
    ]  # fmt: skip
    assert {"confidence", "sieve"} <= set(first)


def test_cli_extract_offsets_slice_the_file_text(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """Offsets in the output slice the file's UTF-8 text to the quote's text."""
    _, (line,), _ = _run(capsysbinary, "extract", str(SEED_FILES[0]))
    text = SEED_FILES[0].read_text(encoding="utf-8")
    for quote in line["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker_start"] is not None:
            assert text[quote["speaker_start"] : quote["speaker_end"]] == quote["speaker"]


def test_cli_extract_bad_files_are_reported_and_the_rest_processed(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Missing, non-UTF-8 and empty-directory inputs get a message naming them; good files run."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("“Caf\xe9,” he said.".encode("latin-1", errors="replace"))
    good = tmp_path / "good.txt"
    good.write_text("“Yes,” Peskov said.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty"
    empty.mkdir()
    code, lines, err = _run(capsysbinary, "extract", str(bad), str(good), str(missing), str(empty))
    assert code == 1
    assert [line["id"] for line in lines] == ["latin1", "good", "missing", "empty"]
    assert "error" in lines[0]
    assert "not UTF-8" in lines[0]["error"]
    assert lines[1]["quotes"][0]["speaker"] == "Peskov"
    assert "no such file" in lines[2]["error"]
    assert "no *.txt file" in lines[3]["error"]
    for name in (str(bad), str(missing), str(empty)):
        assert name in err


def test_cli_extract_jsonl_keeps_ids_and_one_line_per_input_line(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """--jsonl gives one output line per input line, with the input's id or an error record."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "a", "text": "“Hi,” he said.", "extra": 1}\n'
        "not json\n"
        '{"id": "c"}\n'
        '{"id": "d", "text": ""}\n',
        encoding="utf-8",
    )
    code, lines, err = _run(capsysbinary, "extract", "--jsonl", str(source))
    assert code == 1
    assert [line["id"] for line in lines] == ["a", f"{source}:2", "c", "d"]
    assert lines[0]["quotes"][0]["text"] == "Hi,"
    assert "not JSON" in lines[1]["error"]
    assert "text" in lines[2]["error"]
    assert lines[3]["quotes"] == []
    assert f"{source}:2" in err


@pytest.mark.parametrize("name", ["in.jsonl", "IN.JSONL"])
def test_cli_extract_reads_a_jsonl_file_by_its_name(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], name: str
) -> None:
    """A *.jsonl file is JSON Lines without --jsonl: its records, not its braces, are read;
    a blank line gives no record."""
    source = tmp_path / name
    source.write_text(
        '{"id": "a", "text": "“Hi,” he said."}\n\n   \n{"id": "b", "text": "No quote."}\n',
        encoding="utf-8",
    )
    code, lines, _ = _run(capsysbinary, "extract", str(source))
    assert code == 0
    assert [line["id"] for line in lines] == ["a", "b"]
    assert [q["text"] for q in lines[0]["quotes"]] == ["Hi,"]


def test_cli_extract_help_says_which_lines_give_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The help promises a record per non-blank JSONL line, and says *.jsonl is read so."""
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "each non-blank input line is one document, and blank lines are skipped" in text
    assert "Each document gives one JSON line" in text
    assert "a file named *.jsonl is read as JSON Lines" in text


def test_cli_extract_reads_stdin() -> None:
    """'-' reads the document from standard input, through the installed entry point."""
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr.cli", "extract", "-"],
        input="“Yes,” Peskov said.".encode(),
        capture_output=True,
        check=True,
    )
    (line,) = [json.loads(x) for x in done.stdout.decode("utf-8").splitlines()]
    assert line["id"] == "stdin"
    assert line["quotes"][0]["speaker"] == "Peskov"


def test_cli_extract_topics_option_reads_topic_cues(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """--topics turns on the PARC-style topic cues; without it the same file gives none."""
    article = tmp_path / "a.txt"
    article.write_text("The senator talked about the economy.", encoding="utf-8")
    _, plain, _ = _run(capsysbinary, "extract", str(article))
    code, topics, _ = _run(capsysbinary, "extract", "--topics", str(article))
    assert code == 0
    assert plain[0]["quotes"] == []
    assert [q["text"] for q in topics[0]["quotes"]] == ["the economy"]


def test_cli_eval_prints_the_quality_table(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """eval on the seeds gold prints P/R/F1 rows and the three accuracies."""
    code = main(["eval", str(SEEDS / "seeds.gold.jsonl")])
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert code == 0
    for label in ("exact", "t=0.8", "t=0.3", "kind accuracy", "speaker-entity accuracy"):
        assert label in out


def test_cli_eval_scores_a_prediction_file_as_json(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """eval --pred --json scores extract's own output; --kind restricts both sides."""
    _, lines, _ = _run(capsysbinary, "extract", *map(str, SEED_FILES))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code = main(
        ["eval", str(SEEDS / "seeds.gold.jsonl"), "--pred", str(pred), "--json", "--kind", "direct"]
    )
    report = json.loads(capsysbinary.readouterr().out)
    assert code == 0
    assert report["overlap_0.3"]["f1"] >= 0.9


def test_cli_eval_unreadable_gold_is_a_clear_error(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A missing gold file exits 1 with a message naming it."""
    missing = tmp_path / "gold.jsonl"
    code = main(["eval", str(missing)])
    assert code == 1
    assert str(missing) in capsysbinary.readouterr().err.decode()


def test_cli_usage_errors_exit_2(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """No command, or an unknown option, is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as raised:
        main([])
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        main(["extract", "--nope", "x"])
    assert raised.value.code == 2


def test_cli_extract_links_speakers_across_files_unless_told_not_to(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A surname in one file takes the full name another file gives; --no-link streams alone."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("“We are ready,” Peskov said.", encoding="utf-8")
    second.write_text("Kremlin spokesman Dmitry Peskov said “soon”.", encoding="utf-8")
    code, linked, _ = _run(
        capsysbinary, "extract", str(first), str(tmp_path / "gone.txt"), str(second)
    )
    assert code == 1
    assert [line["id"] for line in linked] == ["a", "gone", "b"]
    assert linked[0]["quotes"][0]["speaker_entity"] == "Dmitry Peskov"
    _, alone, _ = _run(capsysbinary, "extract", "--no-link", str(first), str(second))
    assert alone[0]["quotes"][0]["speaker_entity"] == "Peskov"


def test_cli_no_model_is_the_rules_alone(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """--no-model leaves out the learned layer: no quote carries the model's flag."""
    code, lines, _ = _run(capsysbinary, "extract", "--no-model", *map(str, SEED_FILES))
    assert code == 0
    assert all("model" not in q["flags"] for line in lines for q in line["quotes"])
