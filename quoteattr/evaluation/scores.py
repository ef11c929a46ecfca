"""The figures a scorer reports: precision and recall, accuracies, confidence, the report."""

from __future__ import annotations

from typing import Any

from attrs import frozen


def _ratio(denominator: int, numerator: int) -> float:
    return numerator / denominator if denominator else 0.0


@frozen
class Scores:
    """Quote detection counts at one threshold; the ratios derive from them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0.0 when nothing was predicted."""
        return _ratio(self.tp + self.fp, self.tp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0.0 when there is no gold."""
        return _ratio(self.tp + self.fn, self.tp)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, as 2tp / (2tp + fp + fn)."""
        return _ratio(2 * self.tp + self.fp + self.fn, 2 * self.tp)

    def to_dict(self) -> dict[str, float | int]:
        """Ratios first, then the counts they come from."""
        ratios = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return ratios | {"tp": self.tp, "fp": self.fp, "fn": self.fn}


@frozen
class Accuracy:
    """A share of matched pairs, kept with its counts so that n is always visible."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        """correct / total; 0.0 when there was nothing to judge."""
        return _ratio(self.total, self.correct)

    def to_dict(self) -> dict[str, float | int]:
        """The share, then its numerator and denominator."""
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@frozen
class Calibration:
    """Mean confidence of right and of wrong attributions: confidence should tell them apart.

    An attribution is right when its speaker entity matches the gold's, or, where
    the gold names no entity (PolNeAR), when its speaker mention does.
    """

    right_sum: float = 0.0
    right: int = 0
    wrong_sum: float = 0.0
    wrong: int = 0

    @property
    def mean_right(self) -> float:
        """Mean confidence of right attributions; 0.0 when there were none."""
        return self.right_sum / self.right if self.right else 0.0

    @property
    def mean_wrong(self) -> float:
        """Mean confidence of wrong attributions; 0.0 when there were none."""
        return self.wrong_sum / self.wrong if self.wrong else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Both means with the counts they average over."""
        return {
            "mean_right": self.mean_right,
            "right": self.right,
            "mean_wrong": self.mean_wrong,
            "wrong": self.wrong,
        }


@frozen
class Report:
    """Everything ``evaluate`` measured, for ``to_dict`` (JSON) or ``format_table`` (terminal)."""

    exact: Scores
    overlap_80: Scores
    overlap_30: Scores
    kind: Accuracy
    speaker_mention: Accuracy
    speaker_entity: Accuracy
    documents: int
    gold: int
    predicted: int
    borderline_dropped: int = 0
    unknown_ids: tuple[str, ...] = ()
    confidence: Calibration = Calibration()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with a fixed key order, so reports diff cleanly."""
        return {
            "counts": {
                "documents": self.documents,
                "gold": self.gold,
                "predicted": self.predicted,
                "borderline_dropped": self.borderline_dropped,
                "unknown_ids": list(self.unknown_ids),
            },
            "exact": self.exact.to_dict(),
            "overlap_0.8": self.overlap_80.to_dict(),
            "overlap_0.3": self.overlap_30.to_dict(),
            "kind_accuracy": self.kind.to_dict(),
            "speaker_mention_accuracy": self.speaker_mention.to_dict(),
            "speaker_entity_accuracy": self.speaker_entity.to_dict(),
            "confidence": self.confidence.to_dict(),
        }

    def format_table(self) -> str:
        """A plain-text table for a terminal; undefined ratios read ``n/a``."""
        lines = [f"{'match':<8}" + "".join(f"{h:>7}" for h in ("P", "R", "F1", "tp", "fp", "fn"))]
        rows = [("exact", self.exact), ("t=0.8", self.overlap_80), ("t=0.3", self.overlap_30)]
        for name, s in rows:
            cells = (
                _show(s.tp + s.fp, s.precision),
                _show(s.tp + s.fn, s.recall),
                _show(2 * s.tp + s.fp + s.fn, s.f1),
                s.tp,
                s.fp,
                s.fn,
            )
            lines.append(f"{name:<8}" + "".join(f"{c:>7}" for c in cells))
        lines.append("")
        for name, a in (
            ("kind", self.kind),
            ("speaker-mention", self.speaker_mention),
            ("speaker-entity", self.speaker_entity),
        ):
            lines.append(
                f"{name + ' accuracy':<26}{_show(a.total, a.value)} ({a.correct}/{a.total})"
            )
        c = self.confidence
        lines.append(
            f"{'confidence, right/wrong':<26}{_show(c.right, c.mean_right)} / "
            f"{_show(c.wrong, c.mean_wrong)} ({c.right}/{c.wrong})"
        )
        counts = f"documents {self.documents}, gold quotes {self.gold}"
        lines += ["", f"{counts}, predicted quotes {self.predicted}"]
        if self.borderline_dropped:
            lines.append(f"{self.borderline_dropped} borderline gold quotes dropped")
        if self.unknown_ids:
            lines.append(f"prediction ids not in gold: {', '.join(self.unknown_ids)}")
        return "\n".join(lines)


def _show(denominator: int, value: float) -> str:
    return f"{value:.3f}" if denominator else "n/a"
