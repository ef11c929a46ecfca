"""Write docs/cli.md, the command-line reference, from the parser's own --help.

Run ``python docs/gen_cli.py`` after changing the command line;
``tests/test_docs.py`` fails while docs/cli.md differs from what this writes.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from quoteattr.cli import _parser

WIDTH = "88"
"""Columns argparse wraps at, fixed so the page does not depend on the terminal."""

HEADER = """# Command-line reference

This page is generated from `quoteattr --help` by `docs/gen_cli.py`; a test keeps
it in step with the command line.
"""


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser of each subcommand, by name, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def render() -> str:
    """The whole page: the top-level help, then each subcommand's."""
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        parser = _parser()
        parts = [HEADER, "```text", parser.format_help().rstrip(), "```"]
        for name, sub in subcommands(parser).items():
            help_text = sub.format_help().rstrip()
            parts += ["", f"## quoteattr {name}", "", "```text", help_text, "```"]
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("cli.md").write_text(render(), encoding="utf-8")
