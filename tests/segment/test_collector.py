"""Tests for quoteattr.segment.collector: the garbage collector paused, then left as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from quoteattr.segment.collector import collector_paused


@pytest.fixture
def restore_gc() -> Iterator[None]:
    """Put the collector back as it was, whatever a test did to it."""
    was = gc.isenabled()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.usefixtures("restore_gc")
@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_inside_and_restored_after(enabled: bool) -> None:
    """The collector is off inside the block and as it was before once the block ends."""
    (gc.enable if enabled else gc.disable)()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("restore_gc")
@pytest.mark.parametrize("enabled", [True, False])
def test_collector_restored_when_the_block_raises(enabled: bool) -> None:
    """An exception inside the block still leaves the collector as it found it, and propagates."""
    (gc.enable if enabled else gc.disable)()
    seen: list[bool] = []

    def fail() -> None:
        with collector_paused():
            seen.append(gc.isenabled())
            msg = "boom"
            raise RuntimeError(msg)

    with pytest.raises(RuntimeError, match="boom"):
        fail()
    assert seen == [False]
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("restore_gc")
def test_collector_pauses_nest() -> None:
    """An inner pause does not resume the collector an outer pause holds; the outer one does."""
    gc.enable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("restore_gc")
def test_collector_disabled_by_the_caller_stays_disabled() -> None:
    """A caller who turned the collector off finds it off after a pause, even a nested one."""
    gc.disable()
    with collector_paused(), collector_paused():
        pass
    assert not gc.isenabled()


@pytest.mark.usefixtures("restore_gc")
def test_collector_paused_yields_nothing_and_is_reusable() -> None:
    """The context gives None and each call makes a fresh pause."""
    gc.enable()
    for _ in range(3):
        with collector_paused() as value:
            assert value is None
            assert not gc.isenabled()
        assert gc.isenabled()
