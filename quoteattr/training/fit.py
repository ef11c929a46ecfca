"""Fitting the CRF with python-crfsuite, choosing its L1 weight by cross-validation.

``train`` fits one model and exports its weights as a ``learn.crf.LinearChain``
(the features crfsuite kept, per label, and the label transitions), which
decodes exactly as crfsuite's own tagger does. ``cross_validate`` scores each
candidate L1 weight (``c1``) on held-out folds of the training documents by
F1 at overlap 0.3 of the whole extractor, so the choice never sees the
development set; ``fit_corpus`` does both and trains the final model on every
training document.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from attrs import frozen

from quoteattr.errors import AnnotatorUnavailableError, ConfigError
from quoteattr.evaluation.quotes import evaluate
from quoteattr.learn.crf import LinearChain
from quoteattr.learn.labels import LABELS
from quoteattr.pipeline import Extractor
from quoteattr.training.corpus import Labelled, Record, sequences

C1_CHOICES: Final = (0.5, 1.0)
"""L1 weights tried by default: a sparse model generalises better here (1.0 beat 0.1 by
1.5 to 3.4 F1 in the first study, at a fifth of the size)."""

C2: Final = 0.001
"""A small L2 weight alongside, so correlated features share weight."""

ITERATIONS: Final = 300
"""L-BFGS iterations; 1000 gained 0.004 F1@0.3 on PolNeAR's dev compartment at five times the
training time."""

FOLDS: Final = 3
"""Cross-validation folds over the training documents."""

Say = Callable[[str], None]


@frozen
class Choice:
    """One candidate setting and its mean cross-validated F1 at overlap 0.3."""

    c1: float
    f1: float


def crfsuite() -> Any:
    """python-crfsuite, or an error that says how to install it."""
    try:
        import pycrfsuite  # type: ignore[import-untyped]  # noqa: PLC0415 (the train extra)
    except ImportError:
        msg = 'training needs python-crfsuite: pip install "quoteattr[train]"'
        raise AnnotatorUnavailableError(msg) from None
    return pycrfsuite


def train(
    data: Iterable[Labelled],
    *,
    c1: float,
    c2: float = C2,
    iterations: int = ITERATIONS,
    meta: Mapping[str, Any] | None = None,
) -> LinearChain:
    """A model trained on labelled sequences, with its weights in plain Python."""
    pycrfsuite = crfsuite()
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for item in data:
        trainer.append([list(names) for names in item.features], list(item.labels))
        count += 1
    if not count:
        msg = "no training sequences: the training documents have no text"
        raise ConfigError(msg)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    with tempfile.TemporaryDirectory(prefix="quoteattr-train-") as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    settings = {"c1": c1, "c2": c2, "iterations": iterations, "sequences": count}
    return export(info.state_features, info.transitions, {**settings, **(meta or {})})


def export(
    state_features: Mapping[tuple[str, str], float],
    transitions: Mapping[tuple[str, str], float],
    meta: Mapping[str, Any],
) -> LinearChain:
    """A ``LinearChain`` of crfsuite's weights: (feature, label) and (label, label)."""
    index = {label: number for number, label in enumerate(LABELS)}
    weights: dict[str, list[float]] = {}
    for (name, label), weight in state_features.items():
        weights.setdefault(name, [0.0] * len(LABELS))[index[label]] = weight
    matrix = [[0.0] * len(LABELS) for _ in LABELS]
    for (before, after), weight in transitions.items():
        matrix[index[before]][index[after]] = weight
    return LinearChain(
        LABELS,
        {name: tuple(vector) for name, vector in weights.items()},
        tuple(tuple(row) for row in matrix),
        dict(meta),
    )


def f1_at_03(model: LinearChain | None, records: Sequence[Record]) -> float:
    """F1 at overlap 0.3 of the extractor with ``model`` (None: the rules) on gold records."""
    extractor = Extractor(model=model)
    predictions = {str(r["id"]): extractor(str(r.get("text", ""))) for r in records}
    return evaluate(records, predictions).overlap_30.f1


def cross_validate(
    records: Sequence[Record],
    choices: Sequence[float] = C1_CHOICES,
    *,
    folds: int = FOLDS,
    iterations: int = ITERATIONS,
    say: Say = print,
) -> list[Choice]:
    """Each ``c1`` with its mean F1@0.3 over ``folds`` held-out folds of ``records``."""
    if folds < 2 or len(records) < folds:
        msg = f"cross-validation needs at least 2 folds and a document per fold, got {folds}"
        raise ConfigError(msg)
    labelled = list(sequences(records))
    out: list[Choice] = []
    for c1 in choices:
        scores = []
        for fold in range(folds):
            held = {str(r["id"]) for n, r in enumerate(records) if n % folds == fold}
            started = time.perf_counter()
            model = train(
                (s for s in labelled if s.document not in held), c1=c1, iterations=iterations
            )
            score = f1_at_03(model, [r for r in records if str(r["id"]) in held])
            scores.append(score)
            elapsed = time.perf_counter() - started
            say(f"c1={c1:g} fold {fold + 1}/{folds}: F1@0.3 {score:.3f} ({elapsed:.0f} s)")
        out.append(Choice(c1, sum(scores) / len(scores)))
    return out


def fit_corpus(
    records: Sequence[Record],
    *,
    choices: Sequence[float] = C1_CHOICES,
    folds: int = FOLDS,
    iterations: int = ITERATIONS,
    meta: Mapping[str, Any] | None = None,
    say: Say = print,
) -> LinearChain:
    """The model for ``records``: ``c1`` chosen by cross-validation when there is a
    choice, then trained on every document."""
    c1 = choices[0]
    table: list[dict[str, float]] = []
    if len(choices) > 1:
        ranked = cross_validate(records, choices, folds=folds, iterations=iterations, say=say)
        table = [{"c1": choice.c1, "f1_at_0.3": round(choice.f1, 4)} for choice in ranked]
        c1 = max(ranked, key=lambda choice: choice.f1).c1
        say(f"chosen c1={c1:g} by {folds}-fold cross-validation on the training documents")
    started = time.perf_counter()
    settings = {"documents": len(records), "cross_validation": table, **(meta or {})}
    model = train(sequences(records), c1=c1, iterations=iterations, meta=settings)
    say(f"trained on {len(records)} documents in {time.perf_counter() - started:.0f} s")
    return model
