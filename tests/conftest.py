"""Shared fixtures: the seed articles and their gold, and the shared eval data when present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seed_gold() -> list[dict[str, Any]]:
    """The five seed documents with their hand-made gold quotes."""
    lines = (SEEDS / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def polnear_dev() -> list[dict[str, Any]]:
    """The PolNeAR development split, when ../shared/eval is beside the project."""
    path = SHARED_EVAL / "polnear.dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not here (it is third-party data, not shipped)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def polnear_devc() -> list[dict[str, Any]]:
    """PolNeAR's own dev compartment (84 documents), when ../shared/eval is beside the project."""
    path = SHARED_EVAL / "polnear.devc.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not here (it is third-party data, not shipped)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def sbd_gum() -> list[dict[str, Any]]:
    """The GUM documents with gold sentences, when ../shared/eval is beside the project."""
    path = SHARED_EVAL / "sbd_gum.dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not here (it is third-party data, not shipped)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
