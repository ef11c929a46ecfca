"""Tests for quoteattr.evaluation.sentences: boundary scores against gold sentences."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main
from quoteattr.errors import FormatError
from quoteattr.evaluation.sentences import boundaries, quoteattr_bounds, score_sentences

TEXT = "Mr. Smith left. He said “Why?” twice.\nHeadline here\nLast one."
GOLD: dict[str, Any] = {
    "id": "doc",
    "text": TEXT,
    "sentences": ["Mr. Smith left.", "He said “Why?” twice.", "Headline here", "Last one."],
}


def _splitter(*cuts: int) -> Any:
    """A segmenter that cuts the text at the given offsets."""

    def segment(text: str) -> list[tuple[int, int]]:
        edges = [0, *cuts, len(text)]
        return list(itertools.pairwise(edges))

    return segment


def test_sentence_eval_boundaries_trim_spans_and_skip_blank_ones() -> None:
    """Trailing white space is trimmed, blank spans ignored, and an end with no text after
    it is no boundary, in whatever order the spans come."""
    text = "One. Two.  \n Three.  "
    assert boundaries(text, [(0, 5), (5, 12), (12, 13), (13, 21)]) == {4, 9}
    assert boundaries(text, [(13, 19), (0, 4), (5, 9)]) == {4, 9}
    assert boundaries(text, []) == set()


@pytest.mark.parametrize("span", [(-1, 3), (3, 2), (0, 99)])
def test_sentence_eval_boundaries_reject_spans_outside_the_text(span: tuple[int, int]) -> None:
    """A segmenter's offsets outside the text are a FormatError, not an IndexError."""
    with pytest.raises(FormatError, match="outside a text of 4 characters"):
        boundaries("One.", [span])


def test_sentence_eval_quoteattr_is_right_on_a_small_gold() -> None:
    """quoteattr's own segmenter gets every boundary of a small gold document."""
    report = score_sentences([GOLD])
    assert report.boundaries.to_dict() == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0,
    }  # fmt: skip
    assert (report.documents_right, report.documents, report.sentences) == (1, 1, 4)
    assert quoteattr_bounds(TEXT)[0] == (0, 15)


def test_sentence_eval_counts_missed_and_extra_boundaries() -> None:
    """A segmenter that never splits misses every boundary; one extra cut is a false positive."""
    never = score_sentences([GOLD], lambda text: [(0, len(text))])
    assert (never.boundaries.tp, never.boundaries.fp, never.boundaries.fn) == (0, 0, 3)
    assert never.documents_right == 0
    extra = score_sentences([GOLD], _splitter(3, 16, 38, 52))
    assert (extra.boundaries.tp, extra.boundaries.fp, extra.boundaries.fn) == (3, 1, 0)
    assert extra.boundaries.precision == pytest.approx(0.75)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a", "text": "One."}, '"sentences"'),
        ({"id": "b", "sentences": ["One."]}, '"text"'),
        ({"id": "c", "text": "One. Two.", "sentences": ["Two.", "One."]}, "sentence 2"),
        ({"id": "d", "text": "One.", "sentences": [""]}, "sentence 1 is empty"),
        ({"id": "e", "text": "One.", "sentences": ["Two."]}, "not in the text at all"),
        ({"id": "f", "text": "One.", "sentences": []}, "no gold sentences"),
    ],
)
def test_sentence_eval_bad_gold_names_the_document(record: dict[str, Any], message: str) -> None:
    """A record without text or sentences, or with sentences out of order, is a FormatError."""
    with pytest.raises(FormatError, match=message) as caught:
        score_sentences([record])
    assert f"document {record['id']}" in str(caught.value)


def test_sentence_eval_cli_prints_the_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quoteattr eval-sentences` prints P/R/F1 and documents right, or JSON with --json."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval-sentences", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "F1 1.0000" in out
    assert "documents right  1/1" in out
    assert main(["eval-sentences", "--json", str(gold)]) == 0
    assert json.loads(capsys.readouterr().out)["boundaries"]["f1"] == 1.0


def test_sentence_eval_cli_bad_gold_exits_1_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A gold record whose sentences are not in its text is reported, naming the file."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "One.", "sentences": ["Two."]}\n', encoding="utf-8")
    assert main(["eval-sentences", str(gold)]) == 1
    assert "gold.jsonl: document x: gold sentence 1" in capsys.readouterr().err
    assert main(["eval-sentences", str(tmp_path / "missing.jsonl")]) == 1
