"""Tests for quoteattr.evaluation.scores: precision, recall, F1, accuracies and the report.

How ``evaluate`` fills a Report is tested in tests/evaluation/test_quotes.py;
here the figures are built by hand.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.evaluation.scores import Accuracy, Calibration, Report, Scores

COUNTS = st.integers(0, 1000)


def _report(**changes: object) -> Report:
    """A report with every figure defined, changed by ``changes``."""
    fields: dict[str, object] = {
        "exact": Scores(6, 2, 4),
        "overlap_80": Scores(8, 0, 2),
        "overlap_30": Scores(9, 1, 1),
        "kind": Accuracy(7, 9),
        "speaker_mention": Accuracy(6, 8),
        "speaker_entity": Accuracy(3, 4),
        "documents": 2,
        "gold": 10,
        "predicted": 10,
    }
    return Report(**(fields | changes))  # type: ignore[arg-type]


def test_scores_precision_recall_f1() -> None:
    """P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn)."""
    scores = Scores(tp=6, fp=2, fn=4)
    assert scores.precision == 0.75
    assert scores.recall == 0.6
    assert scores.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((0, 0, 0), (0.0, 0.0, 0.0)),
        ((0, 0, 5), (0.0, 0.0, 0.0)),
        ((0, 5, 0), (0.0, 0.0, 0.0)),
        ((3, 0, 0), (1.0, 1.0, 1.0)),
    ],
    ids=["nothing", "no-predictions", "no-gold", "all-right"],
)
def test_scores_zero_denominators_give_zero(
    counts: tuple[int, int, int], expected: tuple[float, float, float]
) -> None:
    """A ratio with nothing to divide by is 0.0, never an error."""
    scores = Scores(*counts)
    assert (scores.precision, scores.recall, scores.f1) == expected


@given(COUNTS, COUNTS, COUNTS)
def test_scores_f1_is_the_harmonic_mean_and_between_p_and_r(tp: int, fp: int, fn: int) -> None:
    """F1 is the harmonic mean of P and R whenever both are positive, and lies between them."""
    scores = Scores(tp, fp, fn)
    p, r, f1 = scores.precision, scores.recall, scores.f1
    assert 0.0 <= f1 <= 1.0
    assert min(p, r) - 1e-12 <= f1 <= max(p, r) + 1e-12
    if p and r:
        assert f1 == pytest.approx(2 * p * r / (p + r))


def test_scores_to_dict_gives_ratios_then_counts() -> None:
    """Scores.to_dict: precision, recall, f1, then tp, fp, fn."""
    assert Scores(1, 1, 2).to_dict() == {
        "precision": 0.5,
        "recall": 1 / 3,
        "f1": 0.4,
        "tp": 1,
        "fp": 1,
        "fn": 2,
    }


def test_accuracy_value_and_zero_total() -> None:
    """Accuracy is correct/total, 0.0 when nothing was judged; to_dict keeps n visible."""
    assert Accuracy(3, 4).value == 0.75
    assert Accuracy(0, 0).value == 0.0
    assert Accuracy(3, 4).to_dict() == {"accuracy": 0.75, "correct": 3, "total": 4}


def test_calibration_means_and_empty_sides() -> None:
    """Mean confidence of right and wrong attributions, 0.0 for a side with none."""
    calibration = Calibration(right_sum=1.5, right=2, wrong_sum=0.0, wrong=0)
    assert (calibration.mean_right, calibration.mean_wrong) == (0.75, 0.0)
    assert Calibration().to_dict() == {"mean_right": 0.0, "right": 0, "mean_wrong": 0.0, "wrong": 0}


def test_report_to_dict_holds_every_figure() -> None:
    """to_dict has the counts, each threshold's scores, the accuracies and the calibration."""
    report = _report(
        borderline_dropped=1,
        unknown_ids=("x", "y"),
        confidence=Calibration(1.8, 2, 0.5, 1),
    )
    data = report.to_dict()
    assert data["counts"] == {
        "documents": 2,
        "gold": 10,
        "predicted": 10,
        "borderline_dropped": 1,
        "unknown_ids": ["x", "y"],
    }
    assert data["exact"] == Scores(6, 2, 4).to_dict()
    assert data["overlap_0.8"] == Scores(8, 0, 2).to_dict()
    assert data["overlap_0.3"] == Scores(9, 1, 1).to_dict()
    assert data["kind_accuracy"] == {"accuracy": 7 / 9, "correct": 7, "total": 9}
    assert data["speaker_mention_accuracy"]["accuracy"] == 0.75
    assert data["speaker_entity_accuracy"]["accuracy"] == 0.75
    assert data["confidence"] == {"mean_right": 0.9, "right": 2, "mean_wrong": 0.5, "wrong": 1}
    assert json.loads(json.dumps(data)) == data


def test_report_format_table_rows_and_columns() -> None:
    """The table: a header, a row per threshold to three decimals, accuracies with n, counts."""
    lines = _report().format_table().splitlines()
    assert lines[0].split() == ["match", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[1].split() == ["exact", "0.750", "0.600", "0.667", "6", "2", "4"]
    assert lines[2].split() == ["t=0.8", "1.000", "0.800", "0.889", "8", "0", "2"]
    assert lines[3].split() == ["t=0.3", "0.900", "0.900", "0.900", "9", "1", "1"]
    assert lines[4] == ""
    assert lines[5] == f"{'kind accuracy':<26}0.778 (7/9)"
    assert lines[6] == f"{'speaker-mention accuracy':<26}0.750 (6/8)"
    assert lines[7] == f"{'speaker-entity accuracy':<26}0.750 (3/4)"
    assert lines[8] == f"{'confidence, right/wrong':<26}n/a / n/a (0/0)"
    assert lines[9:] == ["", "documents 2, gold quotes 10, predicted quotes 10"]


def test_report_format_table_says_n_a_only_where_a_ratio_is_undefined() -> None:
    """No predictions: precision is n/a while recall and F1 are 0.000; no gold: the reverse."""
    nothing_predicted = _report(exact=Scores(0, 0, 5)).format_table().splitlines()[1]
    assert nothing_predicted.split() == ["exact", "n/a", "0.000", "0.000", "0", "0", "5"]
    no_gold = _report(exact=Scores(0, 5, 0)).format_table().splitlines()[1]
    assert no_gold.split() == ["exact", "0.000", "n/a", "0.000", "0", "5", "0"]
    empty = _report(exact=Scores(0, 0, 0), kind=Accuracy(0, 0)).format_table().splitlines()
    assert empty[1].split() == ["exact", "n/a", "n/a", "n/a", "0", "0", "0"]
    assert empty[5].endswith("n/a (0/0)")


def test_report_format_table_lists_dropped_and_unknown_only_when_there_are_some() -> None:
    """Borderline quotes dropped and unknown prediction ids get a line each, only when present."""
    table = _report(borderline_dropped=3, unknown_ids=("b", "a")).format_table()
    assert table.splitlines()[-2:] == [
        "3 borderline gold quotes dropped",
        "prediction ids not in gold: b, a",
    ]
    plain = _report().format_table()
    assert "borderline" not in plain
    assert "not in gold" not in plain


def test_report_format_table_shows_confidence_means_with_their_counts() -> None:
    """The calibration line: mean right / mean wrong (right/wrong), n/a for an empty side."""
    table = _report(confidence=Calibration(2.7, 3, 0.0, 0)).format_table()
    assert f"{'confidence, right/wrong':<26}0.900 / n/a (3/0)" in table.splitlines()
