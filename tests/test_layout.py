"""The package's shape: small modules, and a test module beside each one."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quoteattr"
TESTS = ROOT / "tests"

MAX_MODULE_LINES = 400
"""A module longer than this does more than one job: split it."""

UNTESTED: dict[str, str] = {}
"""Modules whose tests are not in ``tests/<package>/test_<module>.py``, and where they are."""

MODULES = sorted(
    p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"
)


@pytest.mark.parametrize("module", MODULES)
def test_layout_no_module_is_over_400_lines(module: str) -> None:
    """Every module of the package has at most 400 lines."""
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{module} has {lines} lines"


@pytest.mark.parametrize("module", MODULES)
def test_layout_each_module_has_its_test_module(module: str) -> None:
    """tests/ mirrors the package: quoteattr/a/b.py is tested in tests/a/test_b.py."""
    path = Path(module)
    expected = TESTS / path.parent / f"test_{path.stem}.py"
    assert expected.exists() or module in UNTESTED, f"no {expected.relative_to(ROOT)}"
