"""A progress line on stderr for long runs: documents, megabytes, documents per second.

It is drawn only when asked (by default, when stderr is a terminal), redrawn at
most every ``INTERVAL`` seconds so that it costs nothing per document, and
cleared before any message, so that messages and the line never interleave.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from quoteattr.io.outputs import Outcome

INTERVAL = 0.2
"""Seconds between redraws."""


class Progress:
    """Counts documents and bytes; draws ``1,234 docs  5.6 MB  210 docs/s  0.9 MB/s``."""

    def __init__(
        self, stream: TextIO, *, enabled: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = stream
        self._enabled = enabled
        self._clock = clock
        self._start = clock()
        self._drawn_at = self._start
        self._width = 0
        self.documents = 0
        self.bytes = 0

    def advance(self, size: int) -> None:
        """One more document of ``size`` bytes is done."""
        self.documents += 1
        self.bytes += size
        if self._enabled and self._clock() - self._drawn_at >= INTERVAL:
            self._draw()

    def say(self, message: str) -> None:
        """A message on its own line; the progress line is redrawn below it."""
        self._clear()
        print(message, file=self._stream, flush=True)
        if self._enabled and self.documents:
            self._draw()

    def finish(self) -> None:
        """Draw the final counts and end the line."""
        if self._enabled:
            self._draw()
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0

    def line(self) -> str:
        """The progress line as it is now."""
        seconds = max(self._clock() - self._start, 1e-9)
        megabytes = self.bytes / 1e6
        return (
            f"{self.documents:,} docs  {megabytes:.1f} MB  "
            f"{self.documents / seconds:.1f} docs/s  {megabytes / seconds:.2f} MB/s"
        )

    def _draw(self) -> None:
        text = self.line()
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)
        self._drawn_at = self._clock()

    def _clear(self) -> None:
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._width = 0


def counted(outcomes: Iterable[Outcome], progress: Progress) -> Iterator[Outcome]:
    """The outcomes, counted on the progress line as they come; failures said on stderr."""
    for outcome in outcomes:
        if outcome.error is not None:
            progress.say(f"quoteattr: {outcome.error}")
        progress.advance(outcome.size)
        yield outcome
