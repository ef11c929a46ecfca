"""Tests for quoteattr.run.progress: the progress line, drawn on a fake clock into a StringIO.

``quoteattr extract --progress`` end to end is tested in tests/test_cli_batch.py.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.io.outputs import Outcome
from quoteattr.run.progress import INTERVAL, Progress, counted


class Clock:
    """A clock that stands still until moved."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    """A fake clock at 100 s."""
    return Clock()


def test_progress_disabled_never_draws_but_still_counts(clock: Clock) -> None:
    """Disabled, advance and finish write nothing, say writes only the message; counts go on."""
    stream = io.StringIO()
    progress = Progress(stream, enabled=False, clock=clock)
    for _ in range(3):
        clock.now += 10 * INTERVAL
        progress.advance(500)
    progress.finish()
    assert stream.getvalue() == ""
    progress.say("quoteattr: a.txt: no such file")
    assert stream.getvalue() == "quoteattr: a.txt: no such file\n"
    assert (progress.documents, progress.bytes) == (3, 1500)


def test_progress_draws_at_most_every_interval(clock: Clock) -> None:
    """A redraw waits until INTERVAL seconds have passed since the last one."""
    stream = io.StringIO()
    clock.now = 0.0
    progress = Progress(stream, enabled=True, clock=clock)
    clock.now = INTERVAL / 2
    progress.advance(1)
    assert stream.getvalue() == ""
    clock.now = INTERVAL
    progress.advance(1)
    assert stream.getvalue().count("\r") == 1
    clock.now = INTERVAL * 1.9  # since the last draw, not since the start
    progress.advance(1)
    assert stream.getvalue().count("\r") == 1
    clock.now = INTERVAL * 2
    progress.advance(1)
    assert stream.getvalue().count("\r") == 2
    assert stream.getvalue().rsplit("\r", 1)[1].startswith("4 docs  ")


def test_progress_line_counts_documents_megabytes_and_rates(clock: Clock) -> None:
    """The line: documents with thousands separators, MB, and both rates since the start."""
    progress = Progress(io.StringIO(), enabled=True, clock=clock)
    for _ in range(1234):
        progress.advance(2_500)
    clock.now += 4.0
    assert progress.line() == "1,234 docs  3.1 MB  308.5 docs/s  0.77 MB/s"


def test_progress_line_at_the_first_instant_does_not_divide_by_zero(clock: Clock) -> None:
    """With no time passed the rates are finite."""
    progress = Progress(io.StringIO(), enabled=True, clock=clock)
    assert progress.line() == "0 docs  0.0 MB  0.0 docs/s  0.00 MB/s"
    progress.advance(1)
    assert "inf" not in progress.line()


def test_progress_a_shorter_line_covers_the_longer_one_before_it(clock: Clock) -> None:
    """Each redraw is padded to the width of the line it overwrites."""
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, clock=clock)
    clock.now += 1.0
    progress.advance(10_000_000)  # a high rate: a long line
    long = stream.getvalue().rsplit("\r", 1)[1]
    clock.now += 1000.0
    progress.advance(0)  # the rates fall: a shorter line
    short = stream.getvalue().rsplit("\r", 1)[1]
    assert len(progress.line()) < len(long)
    assert len(short) == len(long)
    assert short.rstrip() == progress.line()


def test_progress_say_clears_the_line_then_redraws_it_below(clock: Clock) -> None:
    """A message wipes the drawn line, takes a line of its own, and the counts come back below."""
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, clock=clock)
    clock.now += 1.0
    progress.advance(1_000)
    drawn = stream.getvalue()
    width = len(drawn) - 1
    progress.say("quoteattr: b.txt: not UTF-8")
    assert stream.getvalue() == (
        drawn + "\r" + " " * width + "\r" + "quoteattr: b.txt: not UTF-8\n" + "\r" + progress.line()
    )


def test_progress_say_before_any_document_draws_no_line(clock: Clock) -> None:
    """Enabled but with nothing counted yet, a message is just the message."""
    stream = io.StringIO()
    Progress(stream, enabled=True, clock=clock).say("quoteattr: starting")
    assert stream.getvalue() == "quoteattr: starting\n"


def test_progress_finish_draws_the_final_counts_and_ends_the_line(clock: Clock) -> None:
    """finish draws now, whatever the interval, ends the line, and a later message clears
    nothing."""
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, clock=clock)
    progress.advance(2_000_000)
    clock.now += 2.0
    progress.finish()
    assert stream.getvalue() == "\r1 docs  2.0 MB  0.5 docs/s  1.00 MB/s\n"
    progress.say("done")
    assert stream.getvalue().endswith("MB/s\ndone\n\r1 docs  2.0 MB  0.5 docs/s  1.00 MB/s")


@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 10**7)), max_size=30))
def test_progress_counts_whatever_the_timing(steps: list[tuple[float, int]]) -> None:
    """Documents and bytes are the sums of what was advanced; the stream never gets a newline
    before finish, and one after."""
    clock = Clock()
    stream = io.StringIO()
    progress = Progress(stream, enabled=True, clock=clock)
    for seconds, size in steps:
        clock.now += seconds
        progress.advance(size)
    assert (progress.documents, progress.bytes) == (len(steps), sum(s for _, s in steps))
    assert "\n" not in stream.getvalue()
    progress.finish()
    last = stream.getvalue().rsplit("\r", 1)[-1]  # padded to cover a longer line before it
    assert last.endswith("\n")
    assert last.rstrip("\n").rstrip(" ") == progress.line()
    assert stream.getvalue().count("\n") == 1


def test_counted_says_each_failure_and_counts_every_outcome() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=False)
    outcomes = [Outcome("a", [], None, 10), Outcome("b", None, "b: no such file", 0)]
    assert list(counted(outcomes, progress)) == outcomes
    assert (progress.documents, progress.bytes) == (2, 10)
    assert stream.getvalue() == "quoteattr: b: no such file\n"
