"""Shared corpora for the benchmark suites: the seed articles and the PolNeAR dev texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    """The five seed articles, in file-name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def polnear_texts() -> list[str]:
    """The texts of ../shared/eval/polnear.dev.jsonl; skips when it is not beside the project."""
    if not POLNEAR.is_file():
        pytest.skip(f"{POLNEAR} not found (the shared eval data sits beside the project)")
    with POLNEAR.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]
