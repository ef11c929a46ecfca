"""The benchmark record and CI's check: ratios from pytest-benchmark JSON, tolerances,
the failure message, and README's generated section (no timing here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import ci
import pytest
from record import (
    BASELINE,
    MIN_TOLERANCE,
    RATIOS,
    UPDATE_COMMAND,
    compare,
    load,
    new_record,
    ratios_of,
    tolerance,
)

SEGMENTER = "test_bench_segment_per_article[quoteattr-1]"


def fake_run(slower: float = 1.0) -> dict[str, Any]:
    """A run with every benchmark the ratios need; ``slower`` scales quoteattr's segmenter."""
    benches: dict[str, dict[str, Any]] = {}
    for ratio in RATIOS:
        for name in (ratio.numerator, ratio.denominator, *ratio.pool):
            if name and not (ratio.pool and name == ratio.numerator):
                benches[name] = {
                    "name": name,
                    "group": "g",
                    "extra_info": {"growth": 16.0} if ratio.extra else {},
                    "stats": {"median": 1.0, "min": 1.0},
                }
    benches[SEGMENTER]["stats"] = {"median": 0.5 * slower, "min": 0.5 * slower}
    return {
        "benchmarks": list(benches.values()),
        "datetime": "2026-12-06T22:00:00.000000",
        "machine_info": {"cpu": {"brand_raw": "Test CPU", "count": 2}, "python_version": "3.11"},
        "commit_info": {"id": "0123456789abcdef"},
    }


def test_every_ratio_is_read_from_a_run() -> None:
    ratios = ratios_of(fake_run())
    assert set(ratios) == {ratio.key for ratio in RATIOS}
    assert ratios["segment_vs_blingfire"] == 2.0  # blingfire 1.0 s, quoteattr 0.5 s
    assert ratios["pipe_efficiency"] == 0.5
    assert ratios["adversarial_growth"] == 16.0


def test_a_ratio_whose_benchmarks_did_not_run_is_left_out() -> None:
    run = fake_run()
    run["benchmarks"] = [b for b in run["benchmarks"] if b["name"] != SEGMENTER]
    assert "segment_vs_blingfire" not in ratios_of(run)


@pytest.mark.parametrize(
    ("values", "allowed"),
    [([1.0, 1.02, 0.98], MIN_TOLERANCE), ([1.0, 1.1, 0.9], 0.3), ([2.0, 2.0], MIN_TOLERANCE)],
)
def test_tolerance_is_three_times_the_spread_and_at_least_the_floor(
    values: list[float], allowed: float
) -> None:
    assert tolerance(values) == pytest.approx(allowed)


def test_record_keeps_the_median_and_the_spread_of_its_runs() -> None:
    runs = [fake_run(), fake_run(1.1), fake_run(0.9)]
    record = new_record(runs, ["| table |"], None)
    entry = record["ratios"]["segment_vs_blingfire"]
    assert entry["value"] == 2.0
    assert sorted(entry["runs"]) == [1.8182, 2.0, 2.2222]
    assert entry["tolerance"] == 0.35  # three times 11% (2.2222 against 2.0), rounded up
    assert record["machine"] == "Test CPU, 2 cores, Python 3.11"
    assert record["command"] == UPDATE_COMMAND


def test_a_slower_segmenter_fails_with_a_message_naming_it() -> None:
    record = new_record([fake_run()], [], None)
    verdicts = {v.key: v for v in compare(record, ratios_of(fake_run(slower=2.0)))}
    moved = verdicts["segment_vs_blingfire"]
    assert moved.failed
    message = moved.message()
    assert "'segment_vs_blingfire'" in message
    assert "from 2.000 (recorded) to 1.000 (-50%)" in message
    assert UPDATE_COMMAND in message
    assert not verdicts["model_cost"].failed


def test_ci_check_exits_1_on_a_moved_ratio_and_0_on_a_steady_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline, readme = tmp_path / "baseline.json", tmp_path / "README.md"
    baseline.write_text(json.dumps(new_record([fake_run()], [], None)))
    readme.write_text(f"# x\n{ci.START}\n{ci.END}\n")
    steady, slowed = tmp_path / "steady.json", tmp_path / "slowed.json"
    steady.write_text(json.dumps(fake_run()))
    slowed.write_text(json.dumps(fake_run(slower=1.5)))
    common = ["--baseline", str(baseline), "--readme-file", str(readme), "--out", str(tmp_path)]
    assert ci.main(["--check", str(steady), *common]) == 0
    capsys.readouterr()
    assert ci.main(["--check", str(slowed), *common]) == 1
    err = capsys.readouterr().err
    assert "benchmark check failed: benchmark ratio 'segment_vs_blingfire'" in err
    # pysbd's ratio and the per-article growth use the same benchmark, so they move too
    assert (tmp_path / "summary.md").read_text().count("**moved**") == 3


def test_a_ratio_fails_only_if_it_moved_in_every_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One slow spell is confirmed by a second timed run; a real change moves in both."""
    baseline, readme = tmp_path / "baseline.json", tmp_path / "README.md"
    baseline.write_text(json.dumps(new_record([fake_run()], [], None)))
    readme.write_text(f"{ci.START}\n{ci.END}\n")
    common = ["--baseline", str(baseline), "--readme-file", str(readme), "--out", str(tmp_path)]
    timed: list[dict[str, Any]] = [fake_run(slower=1.6), fake_run()]
    monkeypatch.setattr(ci, "_run", lambda number, out: timed[number - 1])
    assert ci.main(common) == 0
    assert "timing run 2 to confirm" in capsys.readouterr().out
    timed[:] = [fake_run(slower=1.6), fake_run(slower=1.6)]
    assert ci.main(common) == 1
    assert "each moved in all 2 runs" in capsys.readouterr().err
    steady, slowed = tmp_path / "steady.json", tmp_path / "slowed.json"
    steady.write_text(json.dumps(fake_run()))
    slowed.write_text(json.dumps(fake_run(slower=1.6)))
    assert ci.main(["--check", str(slowed), str(steady), *common]) == 0
    assert ci.main(["--check", str(slowed), str(slowed), *common]) == 1


def test_ci_record_writes_the_record_and_readme(tmp_path: Path) -> None:
    baseline, readme = tmp_path / "baseline.json", tmp_path / "README.md"
    readme.write_text(f"# x\n{ci.START}\nold\n{ci.END}\nafter\n")
    runs = []
    for number, slower in enumerate((1.0, 1.05, 0.95)):
        path = tmp_path / f"run-{number}.json"
        path.write_text(json.dumps(fake_run(slower)))
        runs.append(str(path))
    argv = ["--check", *runs, "--record", "--baseline", str(baseline)]
    assert ci.main([*argv, "--readme-file", str(readme), "--out", str(tmp_path)]) == 0
    record = load(baseline)
    assert len(record["ratios"]["segment_vs_blingfire"]["runs"]) == 3
    text = readme.read_text()
    assert "old" not in text
    assert text.endswith(f"{ci.END}\nafter\n")
    assert ci.readme_section(record) in text


def test_readme_section_is_the_checked_in_record() -> None:
    """README's CI section is generated from benchmarks/baseline.json: re-run
    `python benchmarks/ci.py --readme` after editing the record by hand."""
    readme = (BASELINE.parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split(ci.START, 1)[1].split(ci.END, 1)[0]
    assert block.strip() == ci.readme_section(load()).strip()
