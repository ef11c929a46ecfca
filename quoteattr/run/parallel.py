"""An ordered map over worker processes that holds only a few batches at a time.

``Extractor.pipe`` and ``quoteattr extract --jobs`` share it. The input is cut
into batches; at most ``WINDOW`` batches per worker are in flight, so an input of
any length is read only as fast as results are taken, and memory stays flat.
Results come back in input order, whatever order the workers finish in. When
a worker dies (killed, out of memory, a crash in native code), a caller that
passes ``lost`` loses only the item that killed it: the unfinished batches go to
a fresh pool, and the dead worker's batch is redone one item at a time.

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
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

from quoteattr.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

BATCH_SIZE = 8
"""Items a worker takes at a time: small, so no worker idles long at the end of a run."""

WINDOW = 4
"""Batches in flight per worker: enough to keep each busy while results are taken."""

MAX_DEATHS_IN_A_ROW = 3
"""Items in a row whose fresh pool died: then the pool cannot start, and that is raised."""


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
    lost: Callable[[T], R] | None = None,
) -> Iterator[R]:
    """``work`` over batches of ``items`` in ``processes`` workers, results in input order.

    ``state`` (an extractor) is sent once to each worker, where ``work`` gets
    it from ``worker_state``. Results are yielded as soon as they are done and
    in order. An exception raised by ``work`` is raised here at its batch's
    place; one raised by ``items`` is raised after the results of every item
    read before it, as a serial loop would. If a worker dies, ``lost(item)``
    stands in for the result of the one item that killed it (without ``lost``,
    ``BrokenProcessPool`` is raised). Closing the iterator early cancels the
    batches not yet started and stops the workers.
    """
    pool = _Pool(processes, _context(preload=work.__module__), state)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    iterator = iter(items)
    try:
        while True:
            batch, failure = _read_batch(iterator, batch_size)
            if batch:
                pending.append((batch, pool.submit(work, batch)))
            if failure is not None or len(batch) < batch_size:
                break
            while pending and (len(pending) >= WINDOW * processes or pending[0][1].done()):
                yield from _next_results(work, pending, pool, lost)
        while pending:
            yield from _next_results(work, pending, pool, lost)
        if failure is not None:
            raise failure
    finally:
        pool.shutdown()


def _next_results(
    work: Callable[[list[T]], list[R]],
    pending: deque[tuple[list[T], Future[list[R]]]],
    pool: _Pool,
    lost: Callable[[T], R] | None,
) -> list[R]:
    """The first pending batch's results; after a worker's death, what can be saved."""
    batch, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        pool.broken = True
        if lost is None:
            raise
    # Every batch in flight died with the pool: the rest go to a fresh one, and this
    # one is redone an item at a time, so that only an item that kills again is lost.
    waiting = [later for later, _ in pending]
    pending.clear()
    pool.restart()
    results: list[R] = []
    deaths = 0
    for item in batch:
        try:
            results.extend(pool.submit(work, [item]).result())
            deaths = 0
        except BrokenProcessPool:
            deaths += 1
            if deaths >= MAX_DEATHS_IN_A_ROW:
                msg = f"{deaths} fresh worker pools in a row died at once: they cannot start"
                raise BrokenProcessPool(msg) from None
            results.append(lost(item))
            pool.restart()
    pending.extend((later, pool.submit(work, later)) for later in waiting)
    return results


class _Pool:
    """A process pool that can be replaced by a fresh one after a worker dies."""

    def __init__(self, processes: int, context: BaseContext, state: object) -> None:
        self._processes = processes
        self._context = context
        self._state = state
        self._executor = self._start()
        self.broken = False
        """Whether a worker of the current executor died: it is then not waited for."""

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._processes,
            mp_context=self._context,
            initializer=_set_state,
            initargs=(self._state,),
        )

    def submit(self, work: Callable[[list[T]], list[R]], batch: list[T]) -> Future[list[R]]:
        """The batch's future; if the pool broke already, one that holds that failure, so
        that the death is handled where results are taken, like any other."""
        try:
            return self._executor.submit(work, batch)
        except BrokenProcessPool as exc:
            failed: Future[list[R]] = Future()
            failed.set_exception(exc)
            return failed

    def restart(self) -> None:
        self._discard()
        self._executor = self._start()
        self.broken = False

    def shutdown(self) -> None:
        if self.broken:
            self._discard()
        else:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def _discard(self) -> None:
        """Stop a broken executor without waiting on it, and kill its workers.

        Waiting can deadlock (a worker that died while its call queue was being
        written). Killing matters too: a worker started by a ``submit`` while the
        executor's manager thread was terminating the others escapes that terminate
        (CPython 3.11), waits on its call queue for ever, and the manager thread, which
        joins it, then keeps the interpreter from exiting. The list of workers is taken
        before ``shutdown``, which drops it; only this thread submits, so it is whole.
        """
        workers = tuple(self._executor._processes.values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.kill()


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
