"""Tests for quoteattr.learn.weights: which weights an extractor uses, loaded once."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from quoteattr.errors import ConfigError
from quoteattr.learn.crf import LinearChain
from quoteattr.learn.labels import LABELS
from quoteattr.learn.weights import SHIPPED, ModelFile


def test_the_shipped_weights_load_once_per_process() -> None:
    shipped = ModelFile()
    assert shipped.location == SHIPPED
    model = shipped.load()
    assert model.labels == LABELS
    assert ModelFile().load() is model  # read once, then shared
    assert SHIPPED.stat().st_size <= 10_000_000


def test_the_shipped_weights_say_what_they_were_trained_on() -> None:
    meta = ModelFile().load().meta
    assert meta["trained_on"] == "polnear.train.jsonl"
    assert meta["documents"] > 0


def test_a_model_file_pickles_as_its_name(tmp_path: Path) -> None:
    path = tmp_path / "mine.json.gz"
    LinearChain(LABELS, {"b": (1.0, 0.0, 0.0, 0.0)}, ((0.0,) * 4,) * 4).save(path)
    named = ModelFile(str(path))
    assert named.path == path
    assert len(pickle.dumps(named)) < 500
    assert pickle.loads(pickle.dumps(named)).load().weights == {"b": (1.0, 0.0, 0.0, 0.0)}


def test_a_missing_file_says_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="model=None for the rules alone"):
        ModelFile(tmp_path / "none.json.gz").load()
