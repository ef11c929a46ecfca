"""Tests for quoteattr.run.parallel: an ordered map over worker processes, and its options.

``Extractor.pipe`` over it (laziness, closing early, failing input, worker deaths)
is tested in tests/test_pipe.py. The work here is ``crashing.work`` (items
upper-cased), which worker processes can import by name.
"""

from __future__ import annotations

import itertools
import os

import crashing
import pytest

from quoteattr.errors import ConfigError
from quoteattr.run.parallel import (
    BATCH_SIZE,
    batch_count,
    ordered_map,
    process_count,
    worker_state,
)

ITEMS = [f"item{n}" for n in range(23)]


@pytest.mark.parametrize("batch_size", [1, 4, 50])
def test_ordered_map_keeps_input_order_with_two_processes(batch_size: int) -> None:
    """Two workers give each item's result in input order, whatever the batch size."""
    done = ordered_map(crashing.work, ITEMS, processes=2, batch_size=batch_size, state=None)
    assert list(done) == [item.upper() for item in ITEMS]


def test_ordered_map_of_nothing_is_nothing() -> None:
    """An empty input gives no results."""
    assert list(ordered_map(crashing.work, [], processes=2, batch_size=4, state=None)) == []


def test_ordered_map_reads_any_iterable_once() -> None:
    """A generator is read through once, its results in its order."""
    items = (f"g{n}" for n in range(9))
    done = ordered_map(crashing.work, items, processes=2, batch_size=2, state=None)
    assert list(done) == [f"G{n}" for n in range(9)]


def test_ordered_map_raises_an_exception_of_the_work_at_its_item() -> None:
    """An exception raised by the work comes after the results before it, where it was raised."""
    items: list[object] = ["a", "b", "c", 4, "e", "f"]
    done = ordered_map(crashing.work, items, processes=2, batch_size=1, state=None)
    assert list(itertools.islice(done, 3)) == ["A", "B", "C"]
    with pytest.raises(AttributeError, match="'int' object has no attribute 'upper'"):
        next(done)


def test_ordered_map_raises_at_the_batch_that_holds_the_failing_item() -> None:
    """With batches, the failing item's batch raises: the batches before it are all given."""
    items: list[object] = [*"abcdefg", None, *"ijk"]
    done = ordered_map(crashing.work, items, processes=2, batch_size=3, state=None)
    assert list(itertools.islice(done, 6)) == list("ABCDEF")
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'upper'"):
        next(done)


def test_worker_state_outside_a_worker_is_an_error() -> None:
    """worker_state says so when called where no ordered_map started the process."""
    with pytest.raises(RuntimeError, match=r"worker_state\(str\) called outside"):
        worker_state(str)


@pytest.mark.parametrize("value", [1, 2, 64])
def test_process_count_takes_a_positive_int(value: int) -> None:
    """A positive int is the number of processes."""
    assert process_count(value) == value


def test_process_count_minus_one_is_one_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """-1 is the number of cores, or 1 when it cannot be told."""
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert process_count(-1) == 6
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert process_count(-1) == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "n_process must be at least 1, or -1 for one process per core; got 0"),
        (-2, "n_process must be at least 1, or -1 for one process per core; got -2"),
        (2.0, "n_process must be an int, got float"),
        ("2", "n_process must be an int, got str"),
        (None, "n_process must be an int, got NoneType"),
        (True, "n_process must be an int, got bool"),
    ],
)
def test_process_count_errors_say_what_it_takes(value: object, message: str) -> None:
    """Anything but a positive int or -1 is a ConfigError (a ValueError) saying what it takes."""
    with pytest.raises(ConfigError) as caught:
        process_count(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [1, BATCH_SIZE, 10_000])
def test_batch_count_takes_a_positive_int(value: int) -> None:
    """A positive int is the batch size."""
    assert batch_count(value) == value


@pytest.mark.parametrize("value", [0, -1, 2.5, "8", None, True, False])
def test_batch_count_errors_name_the_value(value: object) -> None:
    """Anything but a positive int is a ConfigError naming the value given."""
    with pytest.raises(ConfigError, match=r"^batch_size must be a positive int, got ") as caught:
        batch_count(value)
    assert str(caught.value).endswith(repr(value))
