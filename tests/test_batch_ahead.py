"""The items of an iterator made ahead by a thread: order, errors, early stops (giamngheo.batch._ahead)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

pytest.importorskip("pyarrow")

import giamngheo as gn
from giamngheo._numbers import current_limits
from giamngheo.batch._ahead import ahead


@given(st.lists(st.integers()), st.integers(min_value=1, max_value=4))
@example([], 1)
@example([1, 2, 3], 1)
def test_the_items_come_in_order(items: list[int], depth: int) -> None:
    assert list(ahead(items, depth=depth)) == items


def test_an_error_is_raised_where_the_item_was_expected() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("the third")

    got: list[int] = []

    def consume() -> None:
        got.extend(ahead(items()))

    with pytest.raises(ValueError, match="the third"):
        consume()
    assert got == [1, 2]


def test_a_keyboard_interrupt_in_the_thread_reaches_the_consumer() -> None:
    def items() -> Iterator[int]:
        yield 1
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(ahead(items()))


def test_at_most_depth_items_are_made_ahead() -> None:
    made: list[int] = []

    def items() -> Iterator[int]:
        for k in range(100):
            made.append(k)
            yield k

    it = ahead(items(), depth=2)
    assert next(it) == 0
    time.sleep(0.3)  # the thread runs on until the queue is full
    # one given out, two in the queue, one made and waiting to be put
    assert len(made) <= 4
    it.close()


def test_a_consumer_that_stops_early_stops_the_thread_and_closes_the_source() -> None:
    closed = threading.Event()

    def items() -> Iterator[int]:
        try:
            k = 0
            while True:
                yield k
                k += 1
        finally:
            closed.set()

    before = threading.active_count()
    it = ahead(items())
    assert [next(it) for _ in range(3)] == [0, 1, 2]
    it.close()  # what a break or an error in the consumer does
    assert closed.wait(5)
    assert threading.active_count() == before


def test_an_error_in_the_consumer_stops_the_thread() -> None:
    def items() -> Iterator[int]:
        yield from range(1_000_000)

    before = threading.active_count()

    def consume() -> None:
        for item in ahead(items()):
            if item == 5:
                raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        consume()
    assert threading.active_count() == before


def test_items_are_made_in_the_callers_context() -> None:
    # gn.input_limits set by the caller hold in the thread that reads ahead
    def limits() -> Iterator[int]:
        yield current_limits().digits

    with gn.input_limits(digits=7):
        assert list(ahead(limits())) == [7]
    assert list(ahead(limits())) == [30]
