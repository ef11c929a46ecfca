"""The texts the benchmarks time on, read from the project and ../shared/eval.

The pytest fixtures (``conftest.py``) and the stand-alone scripts
(``scaling.py``, ``memory.py``) read them through these functions.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
POLNEAR = SHARED_EVAL / "polnear.dev.jsonl"
POLNEAR_DEVC = SHARED_EVAL / "polnear.devc.jsonl"
"""PolNeAR's own dev compartment: the learned layer never trained on it."""
GUM = SHARED_EVAL / "sbd_gum.dev.jsonl"


def seed_texts() -> list[str]:
    """The five seed articles, in file-name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def jsonl_records(path: Path) -> list[dict[str, object]]:
    """The records of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def news() -> tuple[str, list[str]]:
    """The news to time on, with its name: PolNeAR dev when it is here, the seeds otherwise."""
    if POLNEAR.is_file():
        return "polnear-dev", [str(r["text"]) for r in jsonl_records(POLNEAR)]
    return "seeds", seed_texts()
