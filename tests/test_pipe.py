"""Tests for run.parallel.ordered_map, the pool under Extractor.pipe: a worker that dies.

Extractor.pipe itself is tested in test_pipeline.py, beside the rest of quoteattr.pipeline,
and the rest of ordered_map in tests/run/test_parallel.py, where these belong too: they
stay here only until that file takes them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool

import crashing
import pytest

from quoteattr.run.parallel import ordered_map


def test_a_worker_that_dies_loses_only_the_item_that_killed_it() -> None:
    """After a worker's death the other items of its batch, and the batches in flight, are
    redone in a fresh pool; only the item that kills again stands as lost, in its place."""
    items = [f"item{n}" for n in range(40)]
    items[5] = items[23] = "die"
    done = ordered_map(
        crashing.work, items, processes=2, batch_size=4, state=None, lost=lambda item: "LOST"
    )
    assert list(done) == ["LOST" if item == "die" else item.upper() for item in items]


def test_a_worker_that_dies_without_lost_breaks_the_map() -> None:
    """With no ``lost``, the pool's death is the caller's to handle."""
    with pytest.raises(BrokenProcessPool):
        list(ordered_map(crashing.work, ["a", "die"], processes=2, batch_size=1, state=None))


def test_a_worker_that_dies_while_the_input_is_slow_loses_only_its_item() -> None:
    """A pool that broke while the next item was being read fails at submit; that too is
    recovered where results are taken."""

    def slowly() -> Iterator[str]:
        yield "die"
        time.sleep(1.0)  # the worker is dead before the next submit
        yield from ["b", "c"]

    done = ordered_map(
        crashing.work, slowly(), processes=1, batch_size=1, state=None, lost=lambda item: "LOST"
    )
    assert list(done) == ["LOST", "B", "C"]


def test_a_pool_that_cannot_start_is_raised_not_taken_for_crashes() -> None:
    """When fresh pools die at once item after item, the pool is broken, not the items."""
    done = ordered_map(
        crashing.work,
        ["a", "b", "c", "d"],
        processes=1,
        batch_size=4,
        state=crashing.Unstartable(),
        lost=lambda item: "LOST",
    )
    with pytest.raises(BrokenProcessPool, match="cannot start"):
        list(done)


@pytest.mark.parametrize("lost", [None, lambda item: "LOST"], ids=["raised", "recovered"])
def test_no_worker_of_a_broken_pool_outlives_the_map(lost: object) -> None:
    """A worker left alive after its pool broke would be joined at interpreter exit, for
    ever: every worker the map started is gone once it returns."""
    before = set(multiprocessing.active_children())
    items = ["a", "die", *[f"item{n}" for n in range(12)], "die", "b"]
    with contextlib.suppress(BrokenProcessPool):
        list(ordered_map(crashing.work, items, processes=2, batch_size=1, state=None, lost=lost))  # type: ignore[arg-type]
    started = [child for child in multiprocessing.active_children() if child not in before]
    for child in started:
        child.join(timeout=10)
    assert [child for child in started if child.is_alive()] == []
