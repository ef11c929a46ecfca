"""Timed benchmarks for CI: run a bounded set, print the tables, check the ratios.

    python benchmarks/ci.py                      # one timed run; check it against the record
    python benchmarks/ci.py --record --runs 5    # five runs; record their ratios on purpose
    python benchmarks/ci.py --check RUN.json     # check a run already made, without timing
    python benchmarks/ci.py --readme             # rewrite README's section from the record

A run times ``SELECTION`` (about four minutes on a 2-core machine) in a fresh
pytest process and writes pytest-benchmark's JSON, the Markdown tables and the
ratios to ``build/benchmarks/``. The check compares each ratio of ``record.RATIOS``
with ``benchmarks/baseline.json``. When one moved past its tolerance, one more run
is timed (``--confirm``); a ratio that moved in every run fails the check (exit 1)
with a message naming it, both values, and the command that records on purpose.
``--check`` applies the same rule to the runs it is given.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from record import (
    BASELINE,
    README,
    ROOT,
    Verdict,
    bench_objects,
    compare,
    load,
    new_record,
    ratios_of,
    verdict_table,
)
from summary import adversarial_table, batch_table, segment_tables

OUT = ROOT / "build" / "benchmarks"
CONFIRM_RUNS = 1
"""When a ratio moves, one more timed run: a slow spell of a shared machine rarely lasts
through two runs, and a real change moves the ratio in both."""

ADVERSARIAL_CAP_MB = 1
"""CI's adversarial inputs are at most 1 MB at 16× (the issue's go up to 10 MB)."""

SEGMENT_PEERS = ("quoteattr", "blingfire", "pysbd")

_SEGMENT = "benchmarks/test_bench_segment.py::test_bench_segment_{mode}[{peer}-{scale}]"
SELECTION = (
    *(
        _SEGMENT.format(mode=mode, peer=peer, scale=scale)
        for mode in ("per_article", "whole_text")
        for peer in ("quoteattr", "blingfire")
        for scale in (1, 16)
    ),
    _SEGMENT.format(mode="per_article", peer="pysbd", scale=1),
    "benchmarks/test_bench_extract.py::test_bench_extract_devc_with_the_model",
    "benchmarks/test_bench_extract.py::test_bench_extract_devc_rules_alone",
    "benchmarks/test_bench_extract.py::test_bench_sentences_devc",
    "benchmarks/test_bench_batch.py::test_bench_pipe[1]",
    "benchmarks/test_bench_batch.py::test_bench_pipe[2]",
    "benchmarks/test_bench_report.py",
    "benchmarks/test_bench_adversarial.py",
)
"""What CI times: the segmenter and two peers at 1× and 16×, extract on PolNeAR devc with
and without the learned layer and against the segmenter alone, the report against
extract, pipe in 1 and 2 processes, and the adversarial inputs at 1× and 16×."""

START = "<!-- --8<-- [start:ci-benchmarks] -->"
END = "<!-- --8<-- [end:ci-benchmarks] -->"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="timed runs (default 1)")
    parser.add_argument(
        "--confirm",
        type=int,
        default=CONFIRM_RUNS,
        metavar="N",
        help=f"when a ratio moved, time up to N more runs; it fails only if it moved in "
        f"every run (default {CONFIRM_RUNS})",
    )
    parser.add_argument("--record", action="store_true", help="record the runs' ratios")
    parser.add_argument("--check", nargs="+", metavar="RUN.json", help="runs already made")
    parser.add_argument("--readme", action="store_true", help="rewrite README's section")
    parser.add_argument("--out", type=Path, default=OUT, help="where runs are written")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help=argparse.SUPPRESS)
    parser.add_argument("--readme-file", type=Path, default=README, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    record = load(args.baseline)
    if args.readme:
        write_readme(record, args.readme_file)
        return 0
    if args.check:
        runs = [json.loads(Path(p).read_text(encoding="utf-8")) for p in args.check]
    else:
        found = [_run(number, args.out) for number in range(1, args.runs + 1)]
        if any(run is None for run in found):
            return 1
        runs = [run for run in found if run is not None]
    if args.record:
        tables = _show(runs[-1], compare(record, ratios_of(runs[-1])), args.out)
        fresh = new_record(runs, tables, record)
        args.baseline.write_text(json.dumps(fresh, indent=2, ensure_ascii=False) + "\n")
        write_readme(fresh, args.readme_file)
        print(f"\nrecorded {len(fresh['ratios'])} ratios in {args.baseline}; README updated")
        return 0
    moved = _moved(record, runs, args.out)
    while moved and not args.check and len(runs) < args.runs + args.confirm:
        names = ", ".join(sorted(moved))
        print(f"\nmoved past tolerance: {names}; timing run {len(runs) + 1} to confirm")
        again = _run(len(runs) + 1, args.out)
        if again is None:
            return 1
        runs.append(again)
        moved = _moved(record, runs, args.out)
    for verdict in moved.values():
        print(f"\nbenchmark check failed: {verdict.message()}", file=sys.stderr)
    if len(runs) > 1 and moved:
        print(
            f"(each moved in all {len(runs)} runs; the values are the last run's)", file=sys.stderr
        )
    if not record:
        print(f"\nno record at {args.baseline} yet: nothing was checked", file=sys.stderr)
    return 1 if moved else 0


def _moved(
    record: Mapping[str, Any], runs: Sequence[Mapping[str, Any]], out: Path
) -> dict[str, Verdict]:
    """The ratios that moved past their tolerance in every run, with the last run's
    verdicts; the last run's tables and verdicts are printed and written to ``out``."""
    per_run = [compare(record, ratios_of(run)) for run in runs]
    _show(runs[-1], per_run[-1], out)
    failing = [{v.key for v in verdicts if v.failed} for verdicts in per_run]
    keys = set.intersection(*failing) if failing else set()
    return {v.key: v for v in per_run[-1] if v.key in keys}


def _show(run: Mapping[str, Any], verdicts: Sequence[Verdict], out: Path) -> list[str]:
    """Print one run's tables and its ratios against the record; write them to ``out``;
    return the tables."""
    tables = run_tables(run)
    report = [*tables, "", "Ratios against the record (benchmarks/baseline.json):", ""]
    report += verdict_table(verdicts)
    print("\n".join(report))
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    (out / "ratios.json").write_text(json.dumps(ratios_of(run), indent=2) + "\n")
    return tables


def _run(number: int, out: Path) -> dict[str, Any] | None:
    """One timed run in a fresh pytest process; None (after saying why) if it failed."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"run-{number}.json"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "--benchmark-enable",
        f"--benchmark-json={path}",
        f"--adversarial-cap={ADVERSARIAL_CAP_MB}",
        *SELECTION,
    ]
    print(f"benchmark run {number}: {' '.join(command[1:8])} …", flush=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    (out / f"run-{number}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        print(done.stdout[-4000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
        print(f"benchmark run {number} failed (exit {done.returncode})", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def run_tables(run: Mapping[str, Any]) -> list[str]:
    """The Markdown tables of one run: segmenters, batch, adversarial, and other medians."""
    benches = bench_objects(run)
    lines = segment_tables(benches, {}, list(SEGMENT_PEERS))
    lines += batch_table(benches) + adversarial_table(benches)
    lines += ["", "Other benchmarks (median seconds, MB/s):", ""]
    lines += ["| benchmark | group | median s | MB/s |", "| --- | --- | --- | --- |"]
    for bench in benches:
        info = bench.extra_info
        if {"table", "engine", "adversarial"} & set(info):
            continue
        speed = info.get("bytes", 0) / bench.stats.median / 1e6
        lines.append(f"| {bench.name} | {bench.group} | {bench.stats.median:.4f} | {speed:.2f} |")
    return lines


def readme_section(record: Mapping[str, Any]) -> str:
    """README's generated section: the recorded ratios with their tolerance, the tables."""
    if not record:
        return "No benchmark record yet: run `python benchmarks/ci.py --record --runs 5`."
    ratios = record["ratios"]
    runs = max(len(entry["runs"]) for entry in ratios.values())
    lines = [
        "CI (`.ci/run`) times a bounded set of benchmarks with `python benchmarks/ci.py`",
        "and fails if a ratio below moves past its tolerance in two runs in a row (the",
        "second run is timed only when a ratio moved in the first). The figures are the record",
        f"in `benchmarks/baseline.json`: {runs} runs on {record['recorded'][:10]}, on",
        f"{record['machine']}, at commit {record['commit'] or 'unknown'}, recorded with",
        f"`{record['command']}`. Tolerance: {record['tolerance_rule']}.",
        "",
        "| ratio | of the rounds' | recorded (median of runs) | runs | tolerance |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entry in ratios.values():
        low, high = min(entry["runs"]), max(entry["runs"])
        lines.append(
            f"| {entry['label']} | {entry['statistic']} | {entry['value']:.3f} "
            f"| {low:.3f} to {high:.3f} | ±{entry['tolerance']:.0%} |"
        )
    lines += ["", "The last recorded run's tables (medians):", *record["tables"]]
    return "\n".join(lines)


def write_readme(record: Mapping[str, Any], path: Path = README) -> None:
    """Replace the text between README's ci-benchmarks markers with ``readme_section``."""
    text = path.read_text(encoding="utf-8")
    head, found, rest = text.partition(START)
    _, found_end, tail = rest.partition(END)
    if not (found and found_end):
        msg = f"{path} has no {START} … {END} block to fill"
        raise SystemExit(msg)
    path.write_text(f"{head}{START}\n{readme_section(record)}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
