"""The ``quoteattr train`` command: fit the learned layer, write its weights, report.

Reproduces the shipped weights (``quoteattr/learn/data/attribution.json.gz``)::

    quoteattr train ../shared/eval/polnear.train.jsonl \\
        --dev ../shared/eval/polnear.devc.jsonl \\
        --out quoteattr/learn/data/attribution.json.gz
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quoteattr.errors import QuoteattrError
from quoteattr.evaluation.quotes import evaluate
from quoteattr.pipeline import Extractor
from quoteattr.training.fit import C1_CHOICES, FOLDS, ITERATIONS, fit_corpus

Read = Callable[[str], list[dict[str, Any]] | None]


def add_train_command(commands: Any, read: Read) -> None:
    """Add ``quoteattr train`` to the CLI's sub-commands; ``read`` reads a JSONL file of
    records, or returns None after saying on stderr why it cannot."""
    train = commands.add_parser(
        "train",
        help="train the learned attribution layer on gold quotes (needs quoteattr[train])",
        description="Train the learned attribution layer (a CRF over the rules' drafts) on "
        "gold documents in the common JSONL format, choosing its L1 weight by "
        "cross-validation on them, and write its weights for Extractor(model=PATH).",
    )
    train.add_argument("gold", help="training documents: JSONL with text and gold quotes")
    train.add_argument(
        "--out", default="attribution.json.gz", help="weights file to write (gzipped JSON)"
    )
    train.add_argument("--dev", help="gold JSONL to report on after training (never trained on)")
    train.add_argument(
        "--c1",
        default=",".join(f"{c:g}" for c in C1_CHOICES),
        help="L1 weights to choose from, comma-separated (one: no cross-validation)",
    )
    train.add_argument("--folds", type=int, default=FOLDS, help="cross-validation folds")
    train.add_argument("--iterations", type=int, default=ITERATIONS, help="L-BFGS iterations")
    train.set_defaults(run=lambda args: run_train(args, read))


def run_train(args: argparse.Namespace, read: Read) -> int:
    """Run ``quoteattr train``: fit, write the weights, report on ``--dev``."""
    records = read(args.gold)
    dev = read(args.dev) if args.dev else []
    if records is None or dev is None:
        return 1
    try:
        choices = [float(c) for c in args.c1.split(",") if c.strip()]
    except ValueError:
        print(f"quoteattr: --c1 {args.c1!r} is not a list of numbers", file=sys.stderr)
        return 2
    meta = {"trained_on": Path(args.gold).name}
    try:
        model = fit_corpus(
            records, choices=choices, folds=args.folds, iterations=args.iterations, meta=meta
        )
    except QuoteattrError as exc:
        print(f"quoteattr: {exc}", file=sys.stderr)
        return 1
    model.save(Path(args.out))
    print(f"wrote {args.out}: {len(model.weights):,} features")
    for name, extractor_model in (("rules alone", None), ("with the model", model)):
        if dev:
            extractor = Extractor(model=extractor_model)
            predictions = {str(r["id"]): extractor(str(r.get("text", ""))) for r in dev}
            print(f"\n{Path(args.dev).name}, {name}:\n{evaluate(dev, predictions).format_table()}")
    return 0
