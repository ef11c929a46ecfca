"""A linear-chain CRF's weights and its Viterbi decoding, in plain Python.

python-crfsuite trains the model (``train``); this module only reads the weights
it exported and decodes with them, so inference needs no compiled code. A
token's score for each label is the sum of the weights of its features
(``features.window_features``); since a word feature depends on one word and
one offset, and a state feature on one state, the model sums the weights of
each (offset, word) and (offset, state) once and keeps the sums, so most tokens
cost a few look-ups and additions.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from attrs import define, field

from quoteattr.errors import ConfigError
from quoteattr.learn.features import (
    AFTER,
    BEFORE,
    NO_STATE,
    STATE_WINDOW,
    WORD_WINDOW,
    State,
    features_of,
    state_features,
)

FORMAT: Final = "quoteattr-crf/1"
"""The format name a weights file carries, checked on loading."""

MAX_CACHED: Final = 500_000
"""Cached sums per offset before the cache starts again (a bound on memory)."""

Vector = tuple[float, ...]


@define
class LinearChain:
    """A linear-chain CRF: per-label weights of feature strings, and label transitions.

    ``transitions[a][b]`` is the weight of label ``b`` following label ``a``.
    """

    labels: tuple[str, ...]
    weights: Mapping[str, Vector]
    transitions: tuple[Vector, ...]
    meta: Mapping[str, Any] = field(factory=dict)
    _word_sums: dict[str, tuple[Vector, ...]] = field(init=False, repr=False, eq=False)
    _state_sums: dict[tuple[State, ...], Vector] = field(init=False, repr=False, eq=False)
    _zero: Vector = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        self._zero = (0.0,) * len(self.labels)
        self._word_sums = {}
        self._state_sums = {}

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the weights, not the sums (a worker process makes its own)."""
        return {
            "labels": self.labels,
            "weights": self.weights,
            "transitions": self.transitions,
            "meta": self.meta,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    @classmethod
    def load(cls, path: Path) -> LinearChain:
        """The model in a weights file written by :meth:`save`."""
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("format") != FORMAT:
            msg = (
                f"{path} is not a quoteattr model (format {data.get('format')!r}, want {FORMAT!r})"
            )
            raise ConfigError(msg)
        return cls(
            tuple(data["labels"]),
            {name: tuple(vector) for name, vector in data["weights"].items()},
            tuple(tuple(row) for row in data["transitions"]),
            data.get("meta", {}),
        )

    def save(self, path: Path) -> None:
        """Write the weights as gzipped JSON (deterministic: sorted, fixed precision)."""
        data = {
            "format": FORMAT,
            "labels": list(self.labels),
            "transitions": [[round(w, 6) for w in row] for row in self.transitions],
            "weights": {
                name: [round(w, 6) for w in self.weights[name]] for name in sorted(self.weights)
            },
            "meta": dict(self.meta),
        }
        raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
        path.write_bytes(gzip.compress(raw, mtime=0))

    def scores(self, words: Sequence[str], states: Sequence[State]) -> list[Vector]:
        """Each token's score for each label: the summed weights of its features."""
        count = len(words)
        if not count:
            return []
        sums = self._word_sums
        # each word's sums at every offset of the window, the edges' beyond the sequence
        reach = max(abs(offset) for offset, _ in WORD_WINDOW)
        before = sums.get(BEFORE) or self._word_sum(BEFORE)
        after = sums.get(AFTER) or self._word_sum(AFTER)
        padded = [before] * reach
        padded += [sums.get(word) or self._word_sum(word) for word in words]
        padded += [after] * reach
        # the state features of a token read three states: their sums are kept per triple
        window = zip(
            *(_padded(states, offset, NO_STATE, NO_STATE) for offset, _ in STATE_WINDOW),
            strict=True,
        )
        state_sums = self._state_sums
        state_column = [state_sums.get(triple) or self._state_sum(triple) for triple in window]
        if len(self.labels) == _FOUR and tuple(o for o, _ in WORD_WINDOW) == _OFFSETS:
            return _sum4(padded, state_column)
        columns = [
            [padded[index + reach + offset][place] for index in range(count)]
            for place, (offset, _) in enumerate(WORD_WINDOW)
        ]
        columns.append(state_column)
        return [
            tuple(map(sum, zip(*vectors, strict=True))) for vectors in zip(*columns, strict=True)
        ]

    def _word_sum(self, word: str) -> tuple[Vector, ...]:
        """The sums of a word's features at each offset of ``WORD_WINDOW``, kept."""
        features = features_of(word)
        vectors = tuple(
            self._sum([f"{offset}:{key}={features[key]}" for key in keys if key in features])
            for offset, keys in WORD_WINDOW
        )
        if len(self._word_sums) >= MAX_CACHED:
            self._word_sums.clear()
        self._word_sums[word] = vectors
        return vectors

    def _state_sum(self, states: tuple[State, ...]) -> Vector:
        """The sums of the state features of a token with these three states, and the bias."""
        names = ["b"] + [
            f"{offset}:{key}={state_features(state)[key]}"
            for (offset, keys), state in zip(STATE_WINDOW, states, strict=True)
            for key in keys
        ]
        vector = self._sum(names)
        if len(self._state_sums) >= MAX_CACHED:
            self._state_sums.clear()
        self._state_sums[states] = vector
        return vector

    def _sum(self, names: Sequence[str]) -> Vector:
        total = self._zero
        for name in names:
            vector = self.weights.get(name)
            if vector is not None:
                total = _add(total, vector)
        return total

    def decode(self, words: Sequence[str], states: Sequence[State]) -> list[str]:
        """The most likely labels of a sequence (Viterbi)."""
        if not words:
            return []
        return [self.labels[i] for i in viterbi(self.scores(words, states), self.transitions)]


def _add(one: Vector, other: Vector) -> Vector:
    return tuple([a + b for a, b in zip(one, other, strict=True)])


_OFFSETS: Final = (-2, -1, 0, 1, 2)
"""The word window of the shipped features, which ``_sum4`` adds up unrolled."""


def _sum4(padded: Sequence[Sequence[Vector]], states: Sequence[Vector]) -> list[Vector]:
    """Each token's four label scores: its five words' sums (at offsets -2 to 2 of
    ``padded``, the words with two edge words each side) and its states' sums."""
    out: list[Vector] = []
    append = out.append
    shifted = zip(padded, padded[1:], padded[2:], padded[3:], padded[4:], states, strict=False)
    for w0, w1, w2, w3, w4, f in shifted:
        a, b, c, d, e = w0[0], w1[1], w2[2], w3[3], w4[4]
        append(
            (
                a[0] + b[0] + c[0] + d[0] + e[0] + f[0],
                a[1] + b[1] + c[1] + d[1] + e[1] + f[1],
                a[2] + b[2] + c[2] + d[2] + e[2] + f[2],
                a[3] + b[3] + c[3] + d[3] + e[3] + f[3],
            )
        )
    return out


def _padded(items: Sequence[Any], offset: int, before: Any, after: Any) -> list[Any]:
    """``items`` shifted by ``offset``: element ``i`` is ``items[i + offset]``, or the
    padding beyond either edge."""
    count = len(items)
    if offset < 0:
        return [before] * min(-offset, count) + list(items[: max(0, count + offset)])
    return list(items[offset:]) + [after] * min(offset, count)


def viterbi(scores: Sequence[Vector], transitions: Sequence[Vector]) -> list[int]:
    """The label indices with the highest total of ``scores`` and ``transitions``."""
    if not scores:
        return []
    if len(transitions) == _FOUR:
        back = _forward4(scores, transitions)
    else:
        back = _forward(scores, transitions)
    last = back.pop()[0]
    path = [last]
    for came in reversed(back):
        last = came[last]
        path.append(last)
    path.reverse()
    return path


_FOUR: Final = 4
"""The shipped model's number of labels, which has a decoder of its own."""


def _forward(scores: Sequence[Vector], transitions: Sequence[Vector]) -> list[tuple[int, ...]]:
    """Viterbi's forward pass for any number of labels: for each token after the first,
    each label's best previous label; last, the best final label alone."""
    size = len(transitions)
    into = [tuple(transitions[prior][label] for prior in range(size)) for label in range(size)]
    best: Sequence[float] = scores[0]
    back: list[tuple[int, ...]] = []
    for vector in scores[1:]:
        came: list[int] = []
        step: list[float] = []
        for label, column in enumerate(into):
            totals = [b + t for b, t in zip(best, column, strict=True)]
            top = max(totals)
            came.append(totals.index(top))
            step.append(top + vector[label])
        back.append(tuple(came))
        best = step
    back.append((list(best).index(max(best)),))
    return back


def _forward4(scores: Sequence[Vector], transitions: Sequence[Vector]) -> list[tuple[int, ...]]:
    """``_forward`` unrolled for four labels, ``_best4`` written out for each: the same
    result, several times as fast."""
    (t00, t01, t02, t03), (t10, t11, t12, t13), (t20, t21, t22, t23), (t30, t31, t32, t33) = (
        transitions
    )
    b0, b1, b2, b3 = scores[0]
    back: list[tuple[int, ...]] = []
    append = back.append
    for e0, e1, e2, e3 in scores[1:]:
        x0, x1, x2, x3 = b0 + t00, b1 + t10, b2 + t20, b3 + t30
        n0, c0 = (x0, 0) if x0 >= x1 else (x1, 1)
        if x2 > n0:
            n0, c0 = x2, 2
        if x3 > n0:
            n0, c0 = x3, 3
        x0, x1, x2, x3 = b0 + t01, b1 + t11, b2 + t21, b3 + t31
        n1, c1 = (x0, 0) if x0 >= x1 else (x1, 1)
        if x2 > n1:
            n1, c1 = x2, 2
        if x3 > n1:
            n1, c1 = x3, 3
        x0, x1, x2, x3 = b0 + t02, b1 + t12, b2 + t22, b3 + t32
        n2, c2 = (x0, 0) if x0 >= x1 else (x1, 1)
        if x2 > n2:
            n2, c2 = x2, 2
        if x3 > n2:
            n2, c2 = x3, 3
        x0, x1, x2, x3 = b0 + t03, b1 + t13, b2 + t23, b3 + t33
        n3, c3 = (x0, 0) if x0 >= x1 else (x1, 1)
        if x2 > n3:
            n3, c3 = x2, 2
        if x3 > n3:
            n3, c3 = x3, 3
        append((c0, c1, c2, c3))
        b0, b1, b2, b3 = n0 + e0, n1 + e1, n2 + e2, n3 + e3
    append((_best4(b0, b1, b2, b3)[1],))
    return back


def _best4(x0: float, x1: float, x2: float, x3: float) -> tuple[float, int]:
    """The largest of four totals and its index (the first on a tie)."""
    top, index = (x0, 0) if x0 >= x1 else (x1, 1)
    if x2 > top:
        top, index = x2, 2
    if x3 > top:
        top, index = x3, 3
    return top, index


def marginals(scores: Sequence[Vector], transitions: Sequence[Vector]) -> list[Vector]:
    """Each token's probability of each label (forward-backward, scaled at every step)."""
    if not scores:
        return []
    if len(transitions) == _FOUR:
        return _marginals4(scores, transitions)
    size = len(transitions)
    labels = range(size)
    edge = [[math.exp(w) for w in row] for row in transitions]
    emit = [[math.exp(s - top) for s in vector] for vector in scores for top in (max(vector),)]
    forward: list[list[float]] = []
    alpha = emit[0]
    for index in range(len(emit)):
        if index:
            alpha = [emit[index][j] * sum(alpha[i] * edge[i][j] for i in labels) for j in labels]
        total = sum(alpha)
        alpha = [a / total for a in alpha]
        forward.append(alpha)
    out: list[Vector] = [()] * len(emit)
    beta = [1.0] * size
    for index in range(len(emit) - 1, -1, -1):
        if index < len(emit) - 1:
            after = [emit[index + 1][j] * beta[j] for j in labels]
            beta = [sum(edge[i][j] * after[j] for j in labels) for i in labels]
            total = sum(beta)
            beta = [b / total for b in beta]
        product = [f * b for f, b in zip(forward[index], beta, strict=True)]
        total = sum(product)
        out[index] = tuple(p / total for p in product)
    return out


def _marginals4(scores: Sequence[Vector], transitions: Sequence[Vector]) -> list[Vector]:
    """``marginals`` unrolled for four labels."""
    exp = math.exp
    (e00, e01, e02, e03), (e10, e11, e12, e13), (e20, e21, e22, e23), (e30, e31, e32, e33) = (
        [exp(w) for w in row] for row in transitions
    )
    emit = []
    for s0, s1, s2, s3 in scores:
        top = max(s0, s1, s2, s3)
        emit.append((exp(s0 - top), exp(s1 - top), exp(s2 - top), exp(s3 - top)))
    forward = []
    a0, a1, a2, a3 = emit[0]
    total = a0 + a1 + a2 + a3
    a0, a1, a2, a3 = a0 / total, a1 / total, a2 / total, a3 / total
    forward.append((a0, a1, a2, a3))
    for m0, m1, m2, m3 in emit[1:]:
        b0 = m0 * (a0 * e00 + a1 * e10 + a2 * e20 + a3 * e30)
        b1 = m1 * (a0 * e01 + a1 * e11 + a2 * e21 + a3 * e31)
        b2 = m2 * (a0 * e02 + a1 * e12 + a2 * e22 + a3 * e32)
        b3 = m3 * (a0 * e03 + a1 * e13 + a2 * e23 + a3 * e33)
        total = b0 + b1 + b2 + b3
        a0, a1, a2, a3 = b0 / total, b1 / total, b2 / total, b3 / total
        forward.append((a0, a1, a2, a3))
    out: list[Vector] = [()] * len(emit)
    r0 = r1 = r2 = r3 = 1.0
    for index in range(len(emit) - 1, -1, -1):
        if index < len(emit) - 1:
            m0, m1, m2, m3 = emit[index + 1]
            n0, n1, n2, n3 = m0 * r0, m1 * r1, m2 * r2, m3 * r3
            r0 = e00 * n0 + e01 * n1 + e02 * n2 + e03 * n3
            r1 = e10 * n0 + e11 * n1 + e12 * n2 + e13 * n3
            r2 = e20 * n0 + e21 * n1 + e22 * n2 + e23 * n3
            r3 = e30 * n0 + e31 * n1 + e32 * n2 + e33 * n3
            total = r0 + r1 + r2 + r3
            r0, r1, r2, r3 = r0 / total, r1 / total, r2 / total, r3 / total
        f0, f1, f2, f3 = forward[index]
        p0, p1, p2, p3 = f0 * r0, f1 * r1, f2 * r2, f3 * r3
        total = p0 + p1 + p2 + p3
        out[index] = (p0 / total, p1 / total, p2 / total, p3 / total)
    return out
