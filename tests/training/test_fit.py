"""Tests for quoteattr.training.fit: a tiny model trained in seconds, and what it learns."""

from __future__ import annotations

import pytest
from training_documents import documents

from quoteattr import Extractor
from quoteattr.errors import ConfigError
from quoteattr.learn.crf import LinearChain
from quoteattr.learn.labels import LABELS
from quoteattr.training.corpus import sequences
from quoteattr.training.fit import cross_validate, export, f1_at_03, fit_corpus, train

pytest.importorskip("pycrfsuite")


def test_a_model_trained_on_a_few_documents_finds_the_new_verb() -> None:
    model = train(sequences(documents()), c1=0.01, iterations=50, meta={"note": "tiny"})
    assert model.labels == LABELS
    assert model.meta["note"] == "tiny"
    assert model.meta["c1"] == 0.01
    text = "Zoe zorbled that the budget was late. It rained."
    assert Extractor(model=None)(text) == []
    (quote,) = Extractor(model=model)(text)
    assert quote.content.text == "that the budget was late"
    assert quote.cue is not None
    assert quote.cue.text == "zorbled"
    assert quote.speaker is not None
    assert quote.speaker.name == "Zoe"


def test_training_on_nothing_is_an_error() -> None:
    with pytest.raises(ConfigError, match="no training sequences"):
        train([], c1=0.1, iterations=5)


def test_export_places_each_weight_under_its_label() -> None:
    model = export({("0:w=x", "CUE"): 2.0, ("b", "O"): 1.0}, {("SRC", "CUE"): 0.5}, {})
    assert isinstance(model, LinearChain)
    assert model.weights["0:w=x"] == (0.0, 0.0, 2.0, 0.0)
    assert model.transitions[1][2] == 0.5


def test_cross_validation_scores_each_choice_and_fit_corpus_keeps_the_best() -> None:
    records = documents(9)
    said: list[str] = []
    choices = cross_validate(records, (0.01, 50.0), folds=3, iterations=30, say=said.append)
    assert [c.c1 for c in choices] == [0.01, 50.0]
    assert choices[0].f1 > choices[1].f1  # an L1 weight of 50 keeps no feature
    assert len(said) == 6
    model = fit_corpus(records, choices=(0.01, 50.0), folds=3, iterations=30, say=said.append)
    assert model.meta["c1"] == 0.01
    assert model.meta["documents"] == 9
    assert f1_at_03(model, records) == 1.0
    with pytest.raises(ConfigError, match="at least 2 folds"):
        cross_validate(records, (0.1,), folds=1)
