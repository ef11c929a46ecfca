"""Tests for quoteattr.training.command: `quoteattr train` end to end on tiny gold data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from training_documents import documents

from quoteattr import Extractor, ModelFile
from quoteattr.cli import main

pytest.importorskip("pycrfsuite")


def test_train_writes_weights_and_reports_on_dev(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`quoteattr train` fits on gold JSONL, writes weights the extractor reads, and
    prints the dev table for the rules alone and with the model."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(d) for d in documents(8)), encoding="utf-8")
    out = tmp_path / "weights.json.gz"
    argv = ["train", str(gold), "--dev", str(gold), "--out", str(out), "--c1", "0.01"]
    code = main([*argv, "--iterations", "30"])
    printed = capsysbinary.readouterr().out.decode("utf-8")
    assert code == 0
    assert "rules alone" in printed
    assert "with the model" in printed
    quotes = Extractor(model=ModelFile(out))("Ann zorbled that the budget was late.")
    assert [q.cue.text if q.cue else None for q in quotes] == ["zorbled"]


def test_train_bad_c1_is_a_usage_error(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(documents(1)[0]), encoding="utf-8")
    assert main(["train", str(gold), "--c1", "a,b"]) == 2
    assert "not a list of numbers" in capsysbinary.readouterr().err.decode("utf-8")


def test_train_unreadable_gold_fails_with_a_message(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["train", str(tmp_path / "missing.jsonl")]) == 1
    assert "missing.jsonl" in capsysbinary.readouterr().err.decode("utf-8")
