"""Tests for quoteattr.learn.crf: the model's scores, Viterbi and marginals in plain Python."""

from __future__ import annotations

import gzip
import itertools
import math
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.errors import ConfigError
from quoteattr.learn import crf
from quoteattr.learn.crf import LinearChain, marginals, viterbi
from quoteattr.learn.features import window_features
from quoteattr.learn.labels import LABELS

STATE = ("O", "0", "-", "none")


def _model() -> LinearChain:
    weights = {
        "b": (1.0, 0.0, 0.0, 0.0),
        "0:w=said": (0.0, 0.0, 3.0, 0.0),
        "0:sh=Xx": (0.0, 1.5, 0.0, 0.0),
        "-1:w=said": (0.0, 0.0, 0.0, 2.0),
        "0:r=O": (0.2, 0.0, 0.0, 0.0),
    }
    transitions = (
        (0.5, 0.0, 0.0, 0.0),
        (0.0, 0.5, 1.0, 0.0),
        (0.0, 0.0, 0.0, 1.5),
        (0.0, 0.0, 0.0, 1.0),
    )
    return LinearChain(LABELS, weights, transitions)


def test_scores_sum_the_weights_of_each_tokens_features() -> None:
    model = _model()
    words = ["Ann", "said", "yes"]
    scores = model.scores(words, [STATE] * 3)
    for names, score in zip(window_features(words, [STATE] * 3), scores, strict=True):
        expected = [sum(model.weights.get(n, (0.0,) * 4)[i] for n in names) for i in range(4)]
        assert score == pytest.approx(expected)


def test_decode_finds_the_source_cue_content_pattern() -> None:
    assert _model().decode(["Ann", "said", "yes"], [STATE] * 3) == ["SRC", "CUE", "CON"]
    assert _model().decode([], []) == []


def _brute(
    scores: list[tuple[float, ...]], transitions: tuple[tuple[float, ...], ...]
) -> dict[tuple[int, ...], float]:
    size = len(transitions)
    totals = {}
    for path in itertools.product(range(size), repeat=len(scores)):
        total = sum(scores[i][label] for i, label in enumerate(path))
        total += sum(transitions[a][b] for a, b in itertools.pairwise(path))
        totals[path] = total
    return totals


_vectors = st.lists(
    st.tuples(*[st.floats(-5, 5, allow_nan=False) for _ in range(4)]), min_size=1, max_size=5
)


@settings(max_examples=60, deadline=None)
@given(scores=_vectors, seed=st.integers(0, 1000))
def test_viterbi_and_marginals_agree_with_brute_force(
    scores: list[tuple[float, ...]], seed: int
) -> None:
    transitions = tuple(
        tuple(((seed * (3 + a) + 7 * b) % 11) / 4 - 1.2 for b in range(4)) for a in range(4)
    )
    totals = _brute(scores, transitions)
    best = max(totals.values())
    assert totals[tuple(viterbi(scores, transitions))] == pytest.approx(best)
    norm = sum(math.exp(t - best) for t in totals.values())
    got = marginals(scores, transitions)
    for index in range(len(scores)):
        for label in range(4):
            expected = (
                sum(math.exp(t - best) for p, t in totals.items() if p[index] == label) / norm
            )
            assert got[index][label] == pytest.approx(expected, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(scores=_vectors)
def test_the_four_label_decoder_equals_the_general_one(scores: list[tuple[float, ...]]) -> None:
    transitions = _model().transitions
    assert crf._forward4(scores, transitions) == crf._forward(scores, transitions)


def test_three_labels_use_the_general_decoder() -> None:
    scores = [(1.0, 0.0, 0.0), (0.0, 2.0, 0.0)]
    transitions = ((0.0, 0.0, 0.0),) * 3
    assert viterbi(scores, transitions) == [0, 1]
    assert viterbi([], transitions) == []


def test_save_and_load_give_the_same_model(tmp_path: Path) -> None:
    model = LinearChain(LABELS, _model().weights, _model().transitions, {"c1": 1.0})
    path = tmp_path / "m.json.gz"
    model.save(path)
    loaded = LinearChain.load(path)
    assert loaded == model
    assert loaded.meta == {"c1": 1.0}
    model.save(tmp_path / "again.json.gz")
    assert (tmp_path / "again.json.gz").read_bytes() == path.read_bytes()  # deterministic


def test_load_refuses_a_file_of_another_format(tmp_path: Path) -> None:
    path = tmp_path / "other.json.gz"
    path.write_bytes(gzip.compress(b'{"format": "something-else"}'))
    with pytest.raises(ConfigError, match="not a quoteattr model"):
        LinearChain.load(path)


def test_a_pickled_model_leaves_its_sums_behind_and_decodes_the_same() -> None:
    model = _model()
    model.decode(["Ann", "said", "yes"], [STATE] * 3)  # fills the sums
    copy = pickle.loads(pickle.dumps(model))
    assert copy == model
    assert copy.decode(["Ann", "said", "yes"], [STATE] * 3) == ["SRC", "CUE", "CON"]


def test_three_label_marginals_agree_with_brute_force() -> None:
    """The general forward-backward (any number of labels) sums paths as the four-label one."""
    scores = [(0.5, -1.0, 2.0), (1.0, 0.0, -0.5), (0.2, 0.3, 0.1)]
    transitions = ((0.1, 0.4, -0.3), (0.0, 0.2, 0.5), (-0.4, 0.3, 0.0))
    totals = _brute(scores, transitions)
    best = max(totals.values())
    norm = sum(math.exp(t - best) for t in totals.values())
    got = marginals(scores, transitions)
    for index in range(3):
        for label in range(3):
            expected = (
                sum(math.exp(t - best) for p, t in totals.items() if p[index] == label) / norm
            )
            assert got[index][label] == pytest.approx(expected, abs=1e-9)
    assert marginals([], transitions) == []
