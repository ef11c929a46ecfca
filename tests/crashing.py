"""Work for ``run.parallel.ordered_map`` that kills its worker process on the item "die".

A stand-in for a crash in native code or an out-of-memory kill; it lives in a
module of its own so that worker processes can import it.
"""

from __future__ import annotations

import os


def work(batch: list[str]) -> list[str]:
    """Each item upper-cased; "die" ends the process at once, as a segfault would."""
    results = []
    for item in batch:
        if item == "die":
            os._exit(1)
        results.append(item.upper())
    return results


class Unstartable:
    """Worker state whose unpickling ends the worker: a pool that can never start."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return os._exit, (3,)
