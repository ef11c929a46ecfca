"""The docs site: the tutorial and how-tos run, and the CLI reference matches the CLI."""

from __future__ import annotations

import argparse
import doctest
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from quoteattr.cli import _parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli", DOCS / "gen_cli.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUNNABLE = sorted(
    p.name
    for p in DOCS.glob("*.md")
    if ">>> " in p.read_text(encoding="utf-8") and p.name != "stanza.md"
)
"""Every page with examples; stanza.md runs in tests/test_readme.py, which needs Stanza."""


def test_docs_the_tutorial_and_how_tos_have_examples() -> None:
    """The pages whose examples must run are found (a rename would otherwise skip them)."""
    assert {"index.md", "tutorial.md", "evaluate.md", "batch.md", "segmentation.md"} <= set(
        RUNNABLE
    )


@pytest.mark.parametrize("page", RUNNABLE)
def test_docs_page_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every >>> line of the page runs from the project folder and prints what it shows."""
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(DOCS / page), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_docs_cli_reference_is_generated_from_the_parser() -> None:
    """docs/cli.md is what docs/gen_cli.py writes now (run it after changing the CLI)."""
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == _generator().render()


def test_docs_cli_reference_names_every_command_and_option() -> None:
    """Every subcommand and every option string of the CLI appears in docs/cli.md."""
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = _parser()
    commands = _generator().subcommands(parser)
    assert set(commands) >= {"extract", "eval", "eval-sentences", "show"}
    for name, sub in commands.items():
        assert f"## quoteattr {name}" in page
        for action in sub._actions:
            for option in action.option_strings:
                assert option in page, f"{name} {option}"
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            assert all(option in page for option in action.option_strings)
