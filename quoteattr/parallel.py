"""An ordered map over worker processes that holds only a few batches at a time.

``Extractor.pipe`` and ``quoteattr extract --jobs`` share it. The input is cut
into batches; at most ``WINDOW`` batches per worker are in flight, so an input of
any length is read only as fast as results are taken, and memory stays flat.
Results come back in input order, whatever order the workers finish in.

Workers start with ``forkserver`` where the platform has it (a fresh process,
safe when the caller has threads, such as Spark's or PyTorch's) and ``spawn``
elsewhere; both need the work and set-up functions to be importable and their
arguments picklable. The fork server is asked to preload the work's module
(beside ``__main__``, its default), so that a worker starts in about 10 ms
instead of importing quoteattr for 150 ms; this replaces any preload list set
before the fork server first starts, and has no effect once it runs.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TypeVar

from quoteattr.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

WINDOW = 4
"""Batches in flight per worker: enough to keep each busy while results are taken."""


def process_count(n_process: object) -> int:
    """Check an ``n_process``/``--jobs`` value; -1 means one process per core."""
    if isinstance(n_process, bool) or not isinstance(n_process, int):
        msg = f"n_process must be an int, got {type(n_process).__name__}"
        raise ConfigError(msg)
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        msg = f"n_process must be at least 1, or -1 for one process per core; got {n_process}"
        raise ConfigError(msg)
    return n_process


def batch_count(batch_size: object) -> int:
    """Check a ``batch_size`` value."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        msg = f"batch_size must be a positive int, got {batch_size!r}"
        raise ConfigError(msg)
    return batch_size


def ordered_map(
    work: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    processes: int,
    batch_size: int,
    state: object,
) -> Iterator[R]:
    """``work`` over batches of ``items`` in ``processes`` workers, results in input order.

    ``state`` (an extractor) is sent once to each worker, where ``work`` gets
    it from ``worker_state``. Results are yielded as soon as they are done and
    in order. An exception raised by ``work`` is raised here at its batch's
    place; one raised by ``items`` is raised after the results of every item
    read before it, as a serial loop would. Closing the iterator early cancels
    the batches not yet started and stops the workers.
    """
    pool = ProcessPoolExecutor(
        max_workers=processes,
        mp_context=_context(preload=work.__module__),
        initializer=_set_state,
        initargs=(state,),
    )
    pending: deque[Future[list[R]]] = deque()
    iterator = iter(items)
    try:
        while True:
            batch, failure = _read_batch(iterator, batch_size)
            if batch:
                pending.append(pool.submit(work, batch))
            if failure is not None or len(batch) < batch_size:
                break
            while pending and (len(pending) >= WINDOW * processes or pending[0].done()):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        if failure is not None:
            raise failure
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_batch(iterator: Iterator[T], size: int) -> tuple[list[T], Exception | None]:
    """Up to ``size`` items, and the exception that stopped the input early, if one did."""
    batch: list[T] = []
    try:
        for item in iterator:
            batch.append(item)
            if len(batch) == size:
                break
    except Exception as exc:  # raised by the caller's iterable: re-raised after the results
        return batch, exc
    return batch, None


_STATE: list[object] = []
"""In a worker process: the ``state`` its pool was started with (set once, at start)."""


def _set_state(state: object) -> None:
    # Ctrl-C reaches the whole process group: the caller handles it, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STATE[:] = [state]


def worker_state(kind: type[S]) -> S:
    """The state of this worker process, checked to be a ``kind``."""
    if not _STATE or not isinstance(_STATE[0], kind):
        msg = f"worker_state({kind.__name__}) called outside an ordered_map worker"
        raise RuntimeError(msg)
    return _STATE[0]


def _context(preload: str) -> BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", preload])
    return context
