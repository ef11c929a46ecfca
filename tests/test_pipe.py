"""Tests for Extractor.pipe: batches, worker processes, order, contexts and errors."""

from __future__ import annotations

import itertools
import pickle
import threading
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import crashing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr import ConfigError, Extractor, InputError, Span, extract
from quoteattr.parallel import ordered_map

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SHORT = [
    "“One,” Peskov said.",
    "",
    "No quotes here.",
    "“Two,” she said. He added that it was over.",
    "“Unclosed, the mayor said.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The seed articles between short and degenerate texts: uneven work for the workers."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [t for pair in itertools.zip_longest(seeds, SHORT, fillvalue="") for t in pair]


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_pipe_in_two_processes_gives_the_serial_results_in_order(
    texts: list[str], batch_size: int
) -> None:
    """Two workers give, in input order, exactly what one call per text gives."""
    extractor = Extractor(topics=True)
    serial = [extractor(t) for t in texts]
    assert list(extractor.pipe(texts, n_process=2, batch_size=batch_size)) == serial
    assert list(extractor.pipe(texts, batch_size=batch_size)) == serial


def test_pipe_keeps_the_extractors_configuration_in_the_workers(texts: list[str]) -> None:
    """Each worker runs the caller's extractor: reported=False finds no reported speech."""
    quotations = Extractor(reported=False)
    results = list(quotations.pipe(texts, n_process=2))
    assert results == [quotations(t) for t in texts]
    assert results != [extract(t) for t in texts]


def test_pipe_as_tuples_returns_each_context_with_its_quotes(texts: list[str]) -> None:
    """Contexts stay in the caller's process, so even unpicklable ones come back as given."""
    contexts = [{"n": n, "callback": lambda n=n: n} for n in range(len(texts))]
    with pytest.raises((pickle.PicklingError, AttributeError)):
        pickle.dumps(contexts[0])
    for n_process in (1, 2):
        pairs = Extractor().pipe(
            zip(texts, contexts, strict=True), as_tuples=True, n_process=n_process
        )
        results = list(pairs)
        assert [context for _, context in results] == contexts, n_process
        assert [quotes for quotes, _ in results] == [extract(t) for t in texts]


def test_pipe_reads_its_input_lazily_and_stops_when_closed() -> None:
    """An endless generator is read a few batches ahead; closing the pipe stops the workers."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield f"“Number {n},” Smith said."

    results = Extractor().pipe(endless(), n_process=2, batch_size=4)
    first = list(itertools.islice(results, 10))
    assert [q[0].text for q in first] == [f"Number {n}," for n in range(10)]
    assert pulled <= 10 + 4 * 4 * 2 + 4  # what was taken, plus the batches in flight
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_raises_at_the_text_that_fails_after_the_results_before_it(n_process: int) -> None:
    """A non-str raises InputError in the caller, after every earlier text's quotes."""
    texts: list[object] = ["“A,” Smith said.", "“B,” Jones said.", b"bytes", "“C,” Lee said."]
    results = Extractor().pipe(texts, n_process=n_process, batch_size=4)  # type: ignore[arg-type]
    assert [q[0].speaker.name for q in itertools.islice(results, 2)] == ["Smith", "Jones"]  # type: ignore[union-attr]
    with pytest.raises(InputError, match="decode bytes first"):
        next(results)


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_input_that_fails_midway_still_gives_what_came_before(n_process: int) -> None:
    """An exception from the caller's iterable comes after the results of every text before it,
    as in a serial loop, whether it is the iterable's own or a bad item (not a str, not a pair).
    """

    def texts() -> Iterator[str]:
        for n in range(21):
            yield f"“Number {n},” Smith said."
        raise LookupError("the feed broke")

    results = Extractor().pipe(texts(), n_process=n_process, batch_size=4)
    assert len(list(itertools.islice(results, 21))) == 21
    with pytest.raises(LookupError, match="the feed broke"):
        next(results)
    unpicklable: list[object] = ["“A,” Smith said."] * 13 + [threading.Lock(), "“B,” Lee said."]
    results = Extractor().pipe(unpicklable, n_process=n_process)  # type: ignore[arg-type]
    assert len(list(itertools.islice(results, 13))) == 13
    with pytest.raises(InputError, match="got lock"):
        next(results)
    pairs: list[object] = [("“A,” Smith said.", n) for n in range(10)] + ["no context"]
    tuples = Extractor().pipe(pairs, as_tuples=True, n_process=n_process)  # type: ignore[call-overload]
    assert [context for _, context in itertools.islice(tuples, 10)] == list(range(10))
    with pytest.raises(InputError, match=r"\(text, context\) pairs"):
        next(tuples)


def test_pipe_as_tuples_says_what_it_takes() -> None:
    """A bare string where a (text, context) pair belongs is an InputError naming the form."""
    with pytest.raises(InputError, match=r"\(text, context\) pairs"):
        list(Extractor().pipe(["just text"], as_tuples=True))  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"n_process": 0}, "at least 1"),
        ({"n_process": -2}, "at least 1"),
        ({"n_process": 1.5}, "must be an int"),
        ({"n_process": True}, "must be an int"),
        ({"batch_size": 0}, "positive int"),
        ({"batch_size": "8"}, "positive int"),
    ],
)
def test_pipe_rejects_bad_options_when_called(options: dict[str, object], message: str) -> None:
    """Bad options fail at the call, before any text is read, with a ConfigError."""
    with pytest.raises(ConfigError, match=message):
        Extractor().pipe(["text"], **options)  # type: ignore[call-overload]


def test_pipe_with_one_process_per_core() -> None:
    """n_process=-1 starts one worker per core and still gives the serial results."""
    texts = ["“Yes,” Peskov said.", "He said that it was late."] * 3
    assert list(Extractor().pipe(texts, n_process=-1)) == [extract(t) for t in texts]


def test_span_pickles_as_its_slice() -> None:
    """A Span survives pickling unchanged (the form pipe's workers send results in)."""
    span = Span.of("the whole “text”", 10, 16)
    back = pickle.loads(pickle.dumps(span))
    assert back == span
    assert (back.start, back.end, back.text) == (10, 16, "“text”")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from([*SHORT, "“", "”", "\r\n", " said ", "Lee"])).map("".join),
        max_size=12,
    )
)
def test_pipe_in_processes_equals_serial_for_any_texts(texts: list[str]) -> None:
    """Whatever the texts, two workers in batches of two give the serial results."""
    extractor = Extractor()
    assert list(extractor.pipe(texts, n_process=2, batch_size=2)) == [extractor(t) for t in texts]


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
