"""Shared corpora for the benchmark suites, and the summary printed after a timed run."""

from __future__ import annotations

from typing import Any

import corpora
import pytest
from corpora import GUM, POLNEAR, POLNEAR_DEVC
from segmenters import ACCURACY, PEERS
from summary import adversarial_table, batch_table, segment_tables


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--adversarial-cap MB``: no adversarial input larger than this at 16×, for CI."""
    parser.addoption(
        "--adversarial-cap",
        type=float,
        default=0.0,
        metavar="MB",
        help="cap the adversarial benchmarks' 16x sizes at this many MB (CI's timed step: 1; "
        "default 0, the issue's sizes, up to 10 MB)",
    )


@pytest.fixture(scope="session")
def adversarial_cap(request: pytest.FixtureRequest) -> int | None:
    """The largest 16× adversarial input in bytes, or None for the issue's sizes."""
    megabytes = float(request.config.getoption("--adversarial-cap"))
    return int(megabytes * 1_000_000) if megabytes > 0 else None


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    """The five seed articles, in file-name order."""
    return corpora.seed_texts()


@pytest.fixture(scope="session")
def polnear_texts() -> list[str]:
    """The texts of ../shared/eval/polnear.dev.jsonl; skips when it is not beside the project."""
    if not POLNEAR.is_file():
        pytest.skip(f"{POLNEAR} not found (the shared eval data sits beside the project)")
    return [str(r["text"]) for r in corpora.jsonl_records(POLNEAR)]


@pytest.fixture(scope="session")
def devc_texts() -> list[str]:
    """The texts of PolNeAR's dev compartment; skips when they are not beside the project."""
    if not POLNEAR_DEVC.is_file():
        pytest.skip(f"{POLNEAR_DEVC} not found (the shared eval data sits beside the project)")
    return [str(r["text"]) for r in corpora.jsonl_records(POLNEAR_DEVC)]


@pytest.fixture(scope="session")
def news() -> tuple[str, list[str]]:
    """The news to time on, with its name: PolNeAR dev when it is here, the seeds otherwise."""
    return corpora.news()


@pytest.fixture(scope="session")
def gum_sentences() -> list[dict[str, Any]]:
    """The GUM dev documents with gold sentences; skips when they are not beside the project."""
    if not GUM.is_file():
        pytest.skip(f"{GUM} not found (the shared eval data sits beside the project)")
    return corpora.jsonl_records(GUM)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After the timing table: the segmenter tables, then each other group's medians as
    MB/s, and as a ratio to the benchmark that marks itself ``extra_info["baseline"]``.
    """
    session = getattr(terminalreporter.config, "_benchmarksession", None)
    timed = [b for b in getattr(session, "benchmarks", []) if getattr(b, "stats", None)]
    accuracy = terminalreporter.config.stash.get(ACCURACY, {})
    tables = segment_tables(timed, accuracy, list(PEERS)) + batch_table(timed)
    for line in tables + adversarial_table(timed):
        terminalreporter.write_line(line)
    groups: dict[str, list[Any]] = {}
    for bench in timed:
        if not {"table", "engine", "adversarial"} & set(bench.extra_info):
            groups.setdefault(bench.group or "", []).append(bench)
    for group, benches in groups.items():
        base = next((b for b in benches if b.extra_info.get("baseline")), None)
        against = f", time relative to {base.name}" if base else ""
        terminalreporter.write_line(f"\n{group}: median, MB/s{against}")
        for bench in sorted(benches, key=lambda b: b.stats.median):
            median = bench.stats.median
            speed = bench.extra_info.get("bytes", 0) / median / 1e6
            ratio = f"  x{median / base.stats.median:.2f}" if base else ""
            line = f"  {bench.name:60} {median:9.4f} s {speed:7.2f} MB/s{ratio}"
            terminalreporter.write_line(line)
