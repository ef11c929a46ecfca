"""The Markdown tables printed after a timed run: the segmenters' speed, ratios, linearity and
accuracy, and the batch engines' docs/s and scaling efficiency.

Cells are medians of the benchmark rounds. A ratio above 1 means quoteattr
did the same work faster than the peer; "16×/1×" is time at 16 times the input
over time at 1× (16 is linear).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quoteattr.evaluation.sentences import SentenceReport

BASELINE = "quoteattr"

Speeds = Mapping[str, Mapping[str, tuple[float, float]]]
"""Per segmenter, per column: (median seconds, MB/s)."""


def segment_tables(
    benches: Sequence[Any], accuracy: Mapping[str, SentenceReport], peers: Sequence[str]
) -> list[str]:
    """Lines of Markdown for the benchmarks that set ``extra_info["table"] == "segment"``."""
    speed: dict[str, dict[str, tuple[float, float]]] = {}
    columns: list[tuple[tuple[int, int], str]] = []
    for bench in benches:
        info = bench.extra_info
        if info.get("table") != "segment":
            continue
        median = bench.stats.median
        speed.setdefault(info["peer"], {})[info["column"]] = (median, info["bytes"] / median / 1e6)
        key = (0 if info["column"].startswith("per") else 1, info["scale"])
        if (key, info["column"]) not in columns:
            columns.append((key, info["column"]))
    names = [n for n in peers if n in speed or n in accuracy]
    order = [column for _, column in sorted(columns)]
    lines: list[str] = []
    if speed:
        lines += _speed_table(speed, order, names)
        if BASELINE in speed:
            lines += _ratio_table(speed, order, names)
        lines += _linearity_table(speed, names)
    if accuracy:
        lines += _accuracy_table(accuracy, names)
    return lines


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _header(first: str, columns: Sequence[str]) -> list[str]:
    return [_row([first, *columns]), _row(["---"] * (len(columns) + 1))]


def _speed_table(
    speed: Mapping[str, Mapping[str, tuple[float, float]]],
    order: Sequence[str],
    names: Sequence[str],
) -> list[str]:
    lines = ["", "Sentence segmentation, MB/s (median of rounds; higher is faster)", ""]
    lines += _header("segmenter", order)
    for name in names:
        cells = speed.get(name, {})
        lines.append(_row([name, *(f"{cells[c][1]:.2f}" if c in cells else "—" for c in order)]))
    return lines


def _ratio_table(
    speed: Mapping[str, Mapping[str, tuple[float, float]]],
    order: Sequence[str],
    names: Sequence[str],
) -> list[str]:
    base = speed[BASELINE]
    lines = ["", "quoteattr's speed ÷ each peer's (above 1: quoteattr is faster)", ""]
    lines += _header("peer", order)
    for name in names:
        if name == BASELINE:
            continue
        cells = speed.get(name, {})
        ratios = (
            f"{cells[c][0] / base[c][0]:.2f}×" if c in cells and c in base else "—" for c in order
        )
        lines.append(_row([name, *ratios]))
    return lines


def _linearity_table(speed: Speeds, names: Sequence[str]) -> list[str]:
    lines = ["", "Time at 16× ÷ time at 1× (16 is linear)", ""]
    lines += _header("segmenter", ["per article", "whole text"])
    for name in names:
        cells = speed.get(name, {})
        growth = []
        for mode in ("per article", "whole text"):
            small, big = cells.get(f"{mode} ×1"), cells.get(f"{mode} ×16")
            growth.append(f"{big[0] / small[0]:.1f}" if small and big else "—")
        lines.append(_row([name, *growth]))
    return lines


def _accuracy_table(accuracy: Mapping[str, SentenceReport], names: Sequence[str]) -> list[str]:
    lines = ["", "Sentence boundaries on GUM dev (quoteattr.evaluation.sentences)", ""]
    lines += _header("segmenter", ["precision", "recall", "F1", "documents right"])
    for name in sorted(
        (n for n in names if n in accuracy), key=lambda n: -accuracy[n].boundaries.f1
    ):
        report = accuracy[name]
        b = report.boundaries
        lines.append(
            _row(
                [
                    name,
                    f"{b.precision:.4f}",
                    f"{b.recall:.4f}",
                    f"{b.f1:.4f}",
                    f"{report.documents_right}/{report.documents}",
                ]
            )
        )
    return lines


def batch_table(benches: Sequence[Any]) -> list[str]:
    """Markdown for the benchmarks that name an ``engine`` and its ``workers``: docs/s, scaling.

    Scaling efficiency is the one-worker time over ``workers`` times the time with
    that many workers: 1.0 is perfect, 0.5 means the second worker added nothing.
    """
    rows: dict[tuple[str, int], tuple[float, Any]] = {}
    for bench in benches:
        info = bench.extra_info
        if "engine" in info and "workers" in info:
            rows[(info["engine"], int(info["workers"]))] = (bench.stats.median, info)
    if not rows:
        return []
    lines = ["", "Batch throughput (medians):", ""]
    lines += _header("engine", ["workers", "docs", "median s", "docs/s", "MB/s", "efficiency"])
    for (engine, workers), (median, info) in sorted(rows.items()):
        single = rows.get((engine, 1))
        efficiency = f"{single[0] / (workers * median):.2f}" if single else "–"
        cells = [
            engine,
            str(workers),
            str(info["docs"]),
            f"{median:.3f}",
            f"{info['docs'] / median:.1f}",
            f"{info['bytes'] / median / 1e6:.2f}",
            efficiency,
        ]
        lines.append(_row(cells))
    return lines


def adversarial_table(benches: Sequence[Any]) -> list[str]:
    """Markdown for the adversarial benchmarks: each input's 1× and 16× medians and growth."""
    times: dict[str, dict[int, tuple[float, int]]] = {}
    for bench in benches:
        info = bench.extra_info
        if "adversarial" in info:
            times.setdefault(info["adversarial"], {})[info["scale"]] = (
                bench.stats.median,
                info["bytes"],
            )
    if not times:
        return []
    lines = ["", "Adversarial inputs, extract (medians; 16 is linear):", ""]
    lines += _header("input", ["1× MB", "1× s", "16× MB", "16× s", "16×/1×"])
    for name, scales in times.items():
        one, sixteen = scales.get(1), scales.get(16)
        growth = f"{sixteen[0] / one[0]:.1f}" if one and sixteen else "–"
        cells = [name]
        for cell in (one, sixteen):
            cells += [f"{cell[1] / 1e6:.2f}", f"{cell[0]:.3f}"] if cell else ["–", "–"]
        lines.append(_row([*cells, growth]))
    return lines
