"""Tests for quoteattr.evaluation.quotes: matching, thresholds, filters, accuracies, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.errors import FormatError
from quoteattr.evaluation.quotes import Report, evaluate
from quoteattr.model import Kind, Quote, Span, Speaker, SpeakerKind

SEEDS_GOLD = Path(__file__).resolve().parents[2] / "seeds" / "seeds.gold.jsonl"

TEXT = (
    "Peskov said “the talks went well.” "
    "The Kremlin said that Russia would help. "
    "Officials warned of delays, the agency reported."
)


def _quote(
    text: str,
    content: str,
    kind: str = "direct",
    speaker: str | None = None,
    entity: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A record for the first occurrence of ``content`` (and ``speaker``) in ``text``."""
    start = text.index(content)
    mention = (None, None) if speaker is None else (text.index(speaker), len(speaker))
    return {
        "start": start,
        "end": start + len(content),
        "text": content,
        "type": kind,
        "fragments": [[start, start + len(content)]],
        "cue": None,
        "cue_start": None,
        "cue_end": None,
        "speaker": speaker,
        "speaker_start": mention[0],
        "speaker_end": None if mention[0] is None else mention[0] + mention[1],
        "speaker_entity": entity,
        **extra,
    }


def _gold(*quotes: dict[str, Any], text: str = TEXT, doc_id: str = "d1") -> list[dict[str, Any]]:
    """One gold document holding ``quotes``."""
    return [{"id": doc_id, "text": text, "quotes": list(quotes)}]


def _gold_quotes() -> list[dict[str, Any]]:
    """Three gold quotes of TEXT: direct, indirect, and indirect with an implicit mention."""
    return [
        _quote(TEXT, "the talks went well.", "direct", "Peskov", "Dmitry Peskov"),
        _quote(TEXT, "Russia would help", "indirect", "The Kremlin", "Kremlin"),
        _quote(TEXT, "of delays", "indirect", None, None),
    ]


def _all_scores(report: Report) -> list[float]:
    """Every P/R/F1 figure and accuracy of a report."""
    out = []
    for s in (report.exact, report.overlap_80, report.overlap_30):
        out += [s.precision, s.recall, s.f1]
    return out + [a.value for a in (report.kind, report.speaker_mention)]


def test_evaluate_perfect_prediction_scores_one() -> None:
    """Predicting the gold itself gives P, R, F1 and accuracies of 1.0."""
    quotes = _gold_quotes()
    report = evaluate(_gold(*quotes), {"d1": quotes})
    assert _all_scores(report) == [1.0] * 11
    assert report.speaker_entity.value == 1.0
    assert (report.documents, report.gold, report.predicted) == (1, 3, 3)


@pytest.mark.parametrize(
    ("text", "gold_span", "predicted_span"),
    [
        ("He said “Hello.” and left.", "Hello", "“Hello.”"),
        ("He said that the plan works.", "the plan works", "that the plan works."),
        ("She said: 'Yes' – then no.", "Yes", " 'Yes' –"),
        ("They said «Non», finally.", "«Non»", "Non»,"),
    ],
)
def test_evaluate_trimming_makes_conventions_match_exactly(
    text: str, gold_span: str, predicted_span: str
) -> None:
    """Quote marks, a leading "that", white space and final punctuation do not count."""
    gold = _quote(text, gold_span)
    pred = _quote(text, predicted_span)
    report = evaluate(_gold(gold, text=text), {"d1": [pred]})
    assert report.exact.tp == 1
    assert report.exact.fp == report.exact.fn == 0


def test_evaluate_half_overlap_counts_at_03_not_08() -> None:
    """A prediction covering half the gold matches at 0.3 but not at 0.8 or exactly."""
    text = "He said abcdefghij klmnopqrst today."
    gold = _quote(text, "abcdefghij klmnopqrst")
    pred = _quote(text, "abcdefghij")
    report = evaluate(_gold(gold, text=text), {"d1": [pred]})
    assert (report.overlap_30.tp, report.overlap_30.fp, report.overlap_30.fn) == (1, 0, 0)
    assert (report.overlap_80.tp, report.overlap_80.fp, report.overlap_80.fn) == (0, 1, 1)
    assert report.exact.tp == 0


def test_evaluate_matching_is_one_to_one() -> None:
    """Two predictions over one gold quote give one tp and one fp."""
    text = "He said abcdefghij klmnopqrst today."
    gold = _quote(text, "abcdefghij klmnopqrst")
    preds = [_quote(text, "abcdefghij klmnop"), _quote(text, "abcdefghij klmnopqrst")]
    report = evaluate(_gold(gold, text=text), {"d1": preds})
    assert (report.overlap_30.tp, report.overlap_30.fp, report.overlap_30.fn) == (1, 1, 0)
    assert report.exact.tp == 1  # the best pair is the one kept


def test_evaluate_kind_filter_restricts_both_sides() -> None:
    """kinds={"direct"} drops indirect quotes from gold and predictions alike."""
    quotes = _gold_quotes()
    extra = _quote(TEXT, "the agency reported", "indirect")
    report = evaluate(_gold(*quotes), {"d1": [*quotes, extra]}, kinds={"direct"})
    assert (report.gold, report.predicted) == (1, 1)
    assert report.overlap_30.f1 == 1.0
    assert evaluate(_gold(*quotes), {"d1": quotes}, kinds={Kind.INDIRECT.value}).gold == 2
    assert evaluate(_gold(*quotes), {"d1": quotes}, kinds="direct").gold == 1


def test_evaluate_borderline_dropped_with_its_prediction() -> None:
    """include_borderline=False removes a borderline gold quote and the prediction that found it."""
    quotes = _gold_quotes()
    quotes[2]["borderline"] = True
    preds = [dict(q) for q in quotes]
    loose = evaluate(_gold(*quotes), {"d1": preds})
    strict = evaluate(_gold(*quotes), {"d1": preds}, include_borderline=False)
    assert (loose.gold, loose.predicted, loose.borderline_dropped) == (3, 3, 0)
    assert (strict.gold, strict.predicted, strict.borderline_dropped) == (2, 2, 1)
    assert strict.overlap_30.fp == 0
    assert strict.overlap_30.f1 == 1.0


def test_evaluate_accuracies_report_numerator_and_denominator() -> None:
    """Kind, mention and entity accuracy are judged on 0.3 pairs, entity only where gold has one."""
    gold = _gold_quotes()
    preds = [
        # right kind; mention "Peskov said" overlaps "Peskov"; entity differs
        _quote(TEXT, "the talks went well", "direct", "Peskov said", "Vladimir Putin"),
        # wrong kind; mention overlaps; entity equal up to case, spacing and "the"
        _quote(TEXT, "Russia would help", "mixed", "Kremlin", "the  KREMLIN"),
        # right kind; gold mention is implicit but a mention was predicted
        _quote(TEXT, "of delays", "indirect", "Officials", "officials"),
    ]
    report = evaluate(_gold(*gold), {"d1": preds})
    assert (report.kind.correct, report.kind.total) == (2, 3)
    assert (report.speaker_mention.correct, report.speaker_mention.total) == (2, 3)
    assert (report.speaker_entity.correct, report.speaker_entity.total) == (1, 2)
    assert "0.667 (2/3)" in report.format_table()
    assert report.to_dict()["speaker_entity_accuracy"] == {
        "accuracy": 0.5,
        "correct": 1,
        "total": 2,
    }


def test_evaluate_missing_document_is_all_false_negatives() -> None:
    """A gold document absent from the predictions counts as predicting nothing."""
    report = evaluate(_gold(*_gold_quotes()), {})
    assert (report.overlap_30.tp, report.overlap_30.fp, report.overlap_30.fn) == (0, 0, 3)
    assert report.overlap_30.precision == 0.0
    table = report.format_table()
    assert "n/a" in table
    assert "(0/0)" in table


def test_evaluate_unknown_prediction_ids_are_reported() -> None:
    """Predictions for documents that are not in gold are ignored and listed."""
    quotes = _gold_quotes()
    report = evaluate(_gold(*quotes), {"d1": quotes, "zz": quotes, "aa": []})
    assert report.unknown_ids == ("aa", "zz")
    assert report.predicted == 3
    assert report.to_dict()["counts"]["unknown_ids"] == ["aa", "zz"]


@pytest.mark.parametrize("side", ["gold", "predicted"])
@pytest.mark.parametrize(
    "change",
    [
        {"end": len(TEXT) + 5},
        {"start": -1},
        {"speaker_start": 3, "speaker_end": 1},
        {"fragments": [[0, 10_000]]},
        {"text": "not what the offsets cover"},
    ],
)
def test_evaluate_bad_offsets_raise_format_error(side: str, change: dict[str, Any]) -> None:
    """An offset that does not fit the text names the document and the record's index."""
    quotes = _gold_quotes()
    bad = [*quotes[:1], {**quotes[1], **change}]
    gold, preds = (bad, quotes) if side == "gold" else (quotes, bad)
    with pytest.raises(FormatError, match=rf"'d1', {side} quote 1\b"):
        evaluate(_gold(*gold), {"d1": preds})


def test_evaluate_accepts_quote_objects() -> None:
    """Quote objects are scored like their records."""
    start = TEXT.index("the talks")
    content = Span.of(TEXT, start, start + len("the talks went well."))
    mention = Span.of(TEXT, 0, 6)
    speaker = Speaker("Dmitry Peskov", SpeakerKind.PERSON, (mention,))
    quote = Quote(Kind.DIRECT, content, (content,), mention=mention, speaker=speaker)
    report = evaluate(_gold(_gold_quotes()[0]), {"d1": [quote]})
    assert report.exact.f1 == 1.0
    assert report.kind.value == report.speaker_mention.value == report.speaker_entity.value == 1.0


def test_evaluate_confidence_means_split_right_from_wrong_attributions() -> None:
    """Right means the entity matches where gold names one, else the mention overlaps."""
    gold = _gold_quotes()
    preds = [
        _quote(TEXT, "the talks went well", "direct", "Peskov", "Dmitry Peskov", confidence=0.9),
        _quote(TEXT, "Russia would help", "indirect", "Kremlin", "Putin", confidence=0.4),
        _quote(TEXT, "of delays", "indirect", None, None, confidence=0.5),
    ]
    report = evaluate(_gold(*gold), {"d1": preds})
    calibration = report.confidence
    assert (calibration.right, calibration.wrong) == (2, 1)
    assert calibration.mean_right == pytest.approx(0.7)
    assert calibration.mean_wrong == pytest.approx(0.4)
    assert "0.700 / 0.400 (2/1)" in report.format_table()
    no_confidence = evaluate(_gold(*gold), {"d1": gold}).confidence
    assert (no_confidence.right, no_confidence.wrong) == (0, 0)


def test_evaluate_report_is_json_ready_with_stable_keys() -> None:
    """to_dict round-trips through JSON and keeps its key order."""
    quotes = _gold_quotes()
    data = evaluate(_gold(*quotes), {"d1": quotes}).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == [
        "counts",
        "exact",
        "overlap_0.8",
        "overlap_0.3",
        "kind_accuracy",
        "speaker_mention_accuracy",
        "speaker_entity_accuracy",
        "confidence",
    ]
    assert list(data["exact"]) == ["precision", "recall", "f1", "tp", "fp", "fn"]


@given(
    gold_spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6),
    pred_spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6),
)
def test_evaluate_counts_are_consistent(
    gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int]]
) -> None:
    """tp + fn is the gold count, tp + fp the predicted one; stricter thresholds match less."""
    text = "a “b” c, that d e f. g h i j k – l m n o!"

    def records(spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
        return [{"start": min(a, b), "end": max(a, b), "type": "direct"} for a, b in spans]

    report = evaluate(_gold(*records(gold_spans), text=text), {"d1": records(pred_spans)})
    for s in (report.exact, report.overlap_80, report.overlap_30):
        assert s.tp + s.fn == len(gold_spans)
        assert s.tp + s.fp == len(pred_spans)
    assert report.exact.tp <= report.overlap_80.tp <= report.overlap_30.tp


def test_evaluate_seeds_gold_against_itself_is_perfect() -> None:
    """The seed gold scored against itself is perfect at every threshold and accuracy."""
    with SEEDS_GOLD.open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    report = evaluate(gold, {doc["id"]: doc["quotes"] for doc in gold})
    assert report.documents == 5
    assert report.gold == report.predicted == 78
    assert _all_scores(report) == [1.0] * 11
    assert report.speaker_entity.value == 1.0
    assert report.speaker_entity.total == 78
    strict = evaluate(gold, {doc["id"]: doc["quotes"] for doc in gold}, include_borderline=False)
    assert (strict.gold, strict.borderline_dropped, strict.overlap_30.f1) == (74, 4, 1.0)
