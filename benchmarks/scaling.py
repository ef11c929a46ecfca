"""Scaling efficiency of ``Extractor.pipe`` from 1 to N processes, robust to a drifting machine.

pytest-benchmark times all rounds of one benchmark, then all of the next, so
a machine whose speed drifts (a shared VM) can favour either side. This script
alternates the two, one pair at a time, in a fresh process, and reports the
medians and their efficiency, t1 / (N * tN):

    python benchmarks/scaling.py --rounds 9

It reads the PolNeAR dev texts from ../shared/eval (the seeds without it).
"""

from __future__ import annotations

import argparse
import statistics
import time

from corpora import news

from quoteattr import Extractor


def _seconds(extractor: Extractor, texts: list[str], processes: int) -> float:
    start = time.perf_counter()
    for _ in extractor.pipe(texts, n_process=processes):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="pairs of runs (default 9)")
    parser.add_argument("--processes", type=int, default=2, help="N (default 2)")
    args = parser.parse_args()
    name, texts = news()
    extractor = Extractor()
    _seconds(extractor, texts[:4], args.processes)  # the fork server starts once per process
    one, many = [], []
    for _ in range(args.rounds):
        one.append(_seconds(extractor, texts, 1))
        many.append(_seconds(extractor, texts, args.processes))
    t1, tn = statistics.median(one), statistics.median(many)
    print(f"{name}, {len(texts)} texts, {args.rounds} alternating pairs, medians:")
    print(f"  1 process: {t1:.3f} s  {len(texts) / t1:.1f} docs/s")
    print(f"  {args.processes} processes: {tn:.3f} s  {len(texts) / tn:.1f} docs/s")
    print(f"  scaling efficiency: {t1 / (args.processes * tn):.2f}")


if __name__ == "__main__":
    main()
