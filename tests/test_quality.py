"""Quality floors on the seed gold and on PolNeAR: a change that lowers them fails here.

The floors sit just under what the pipeline measured when they were set
(``quoteattr eval seeds/seeds.gold.jsonl``, and the same on the PolNeAR files);
raise them as attribution improves.
"""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr import Extractor, Report, evaluate, extract, link_documents
from quoteattr.evaluation.sentences import score_sentences


@pytest.fixture(scope="module")
def predictions(seed_gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Quotes extracted from each seed text and linked across them, as ``quoteattr eval`` does."""
    linked = link_documents(extract(doc["text"]) for doc in seed_gold)
    return {doc["id"]: quotes for doc, quotes in zip(seed_gold, linked, strict=True)}


@pytest.fixture(scope="module")
def rule_predictions(seed_gold: list[dict[str, Any]]) -> dict[str, Any]:
    """The same with the rules alone (``Extractor(model=None)``, ``--no-model``)."""
    rules = Extractor(model=None)
    linked = link_documents(rules(doc["text"]) for doc in seed_gold)
    return {doc["id"]: quotes for doc, quotes in zip(seed_gold, linked, strict=True)}


def test_quality_direct_quotes_on_seeds(
    seed_gold: list[dict[str, Any]], predictions: dict[str, Any]
) -> None:
    """Direct quotes (gold and predictions restricted to direct) keep F1 >= 0.95 at 0.3 overlap."""
    report = evaluate(seed_gold, predictions, kinds={"direct"})
    assert report.overlap_30.f1 >= 0.95
    assert report.exact.f1 >= 0.95
    assert report.speaker_mention.value >= 0.95
    assert report.speaker_entity.value >= 0.95


def test_quality_all_quotes_on_seeds_rules_alone(
    seed_gold: list[dict[str, Any]], rule_predictions: dict[str, Any]
) -> None:
    """All kinds, reported speech included (issue 3 asks F1 >= 0.90 / 0.80, kind >= 0.90)."""
    report = evaluate(seed_gold, rule_predictions)
    assert report.overlap_30.precision >= 0.96
    assert report.overlap_30.f1 >= 0.98
    assert report.overlap_80.f1 >= 0.89
    assert report.kind.value >= 0.95
    assert report.speaker_mention.value >= 0.97
    assert report.speaker_entity.value >= 0.95


# Measured with `quoteattr eval seeds/seeds.gold.jsonl` on 2026-12-06 (the learned layer on):
# t=0.3 P 0.929 R 1.000 F1 0.963, t=0.8 F1 0.877, kind 1.000, mention 1.000, entity 0.974.
def test_quality_all_quotes_on_seeds(
    seed_gold: list[dict[str, Any]], predictions: dict[str, Any]
) -> None:
    """The default extractor, learned layer included (issue 22 asks F1@0.3 >= 0.95, kind
    >= 0.90): the layer adds some of what PolNeAR counts and the seeds leave out."""
    report = evaluate(seed_gold, predictions)
    assert report.overlap_30.precision >= 0.92
    assert report.overlap_30.f1 >= 0.95
    assert report.overlap_80.f1 >= 0.87
    assert report.kind.value >= 0.95
    assert report.speaker_mention.value >= 0.97
    assert report.speaker_entity.value >= 0.95
    assert report.confidence.mean_right > report.confidence.mean_wrong


@pytest.mark.eval
def test_quality_all_quotes_on_polnear(polnear_dev: list[dict[str, Any]]) -> None:
    """PolNeAR dev, which annotates every attribution: floors under the measured figures.
    The rules alone: this split mixes PolNeAR's compartments, training articles included."""
    report = _polnear_report(polnear_dev, Extractor(model=None))
    assert report.overlap_30.precision >= 0.81
    assert report.overlap_30.recall >= 0.59
    assert report.overlap_30.f1 >= 0.68
    assert report.kind.value >= 0.85
    assert report.speaker_mention.value >= 0.85
    assert report.confidence.mean_right > report.confidence.mean_wrong


@pytest.mark.eval
def test_quality_topics_add_recall_on_polnear(polnear_dev: list[dict[str, Any]]) -> None:
    """PolNeAR counts topics ("talked about X"): ``topics=True`` reads them and gains F1."""
    report = _polnear_report(polnear_dev, Extractor(topics=True, model=None))
    assert report.overlap_30.precision >= 0.81
    assert report.overlap_30.recall >= 0.60
    assert report.overlap_30.f1 >= 0.69
    assert report.speaker_mention.value >= 0.85


# Measured on PolNeAR's own dev compartment with `quoteattr eval ../shared/eval/polnear.devc.jsonl`
# on 2026-12-06, the learned layer on: t=0.3 P 0.829 R 0.661 F1 0.735, t=0.8 F1 0.564, exact
# F1 0.523, kind 0.887, speaker-mention 0.849; with --no-model: t=0.3 P 0.834 R 0.628 F1 0.716,
# t=0.8 F1 0.555, exact F1 0.516, kind 0.882, speaker-mention 0.852.
@pytest.mark.eval
def test_quality_all_quotes_on_polnear_devc(polnear_devc: list[dict[str, Any]]) -> None:
    """PolNeAR's dev compartment (its eleventh month, never trained on): floors under the
    measured figures, and the learned layer's gain over the rules alone."""
    report = _polnear_report(polnear_devc, Extractor())
    assert report.overlap_30.precision >= 0.82
    assert report.overlap_30.recall >= 0.65
    assert report.overlap_30.f1 >= 0.73
    assert report.overlap_80.f1 >= 0.55
    assert report.exact.f1 >= 0.51
    assert report.kind.value >= 0.87
    assert report.speaker_mention.value >= 0.84
    assert report.confidence.mean_right > report.confidence.mean_wrong
    rules = _polnear_report(polnear_devc, Extractor(model=None))
    assert rules.overlap_30.f1 >= 0.71
    assert report.overlap_30.f1 >= rules.overlap_30.f1 + 0.015


# Measured with `quoteattr eval --topics ../shared/eval/polnear.devc.jsonl` and with
# quoteattr.evaluate as below on 2026-12-05: t=0.3 P 0.830 R 0.627 F1 0.714, speaker-mention 0.842.
@pytest.mark.eval
def test_quality_topics_add_recall_on_polnear_devc(polnear_devc: list[dict[str, Any]]) -> None:
    """On the dev compartment too, ``topics=True`` reads topics and gains recall."""
    report = _polnear_report(polnear_devc, Extractor(topics=True))
    assert report.overlap_30.precision >= 0.82
    assert report.overlap_30.recall >= 0.66
    assert report.overlap_30.f1 >= 0.70
    assert report.speaker_mention.value >= 0.83


def _polnear_report(polnear_dev: list[dict[str, Any]], extractor: Extractor) -> Report:
    return evaluate(polnear_dev, {doc["id"]: extractor(doc["text"]) for doc in polnear_dev})


@pytest.mark.eval
def test_quality_sentence_boundaries_on_gum(sbd_gum: list[dict[str, Any]]) -> None:
    """Boundary F1 >= 0.98 on the GUM dev split (issue 6; `quoteattr eval-sentences`)."""
    report = score_sentences(sbd_gum)
    assert report.documents == len(sbd_gum)
    assert report.boundaries.f1 >= 0.98
    assert report.boundaries.precision >= 0.99
