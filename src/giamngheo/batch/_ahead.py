"""Items of an iterator made ahead of use by a thread, so that reading, encoding and assessing overlap.

References:
    :mod:`threading`, :mod:`queue` (the standard library). Arrow's readers and compute functions and numpy's
    array operations release the global interpreter lock, so two stages of the pipeline run on two cores.

The order of the items is kept, an exception raised by the iterator is raised where the item would have been, and
the thread stops when the consumer stops early (an error, Ctrl-C): at most ``depth`` items are held ahead.
"""

from __future__ import annotations

import contextvars
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = ["ahead"]

T = TypeVar("T")

_END = object()
_POLL = 0.1  # seconds between two looks at the stop flag while the queue is full


class _Feeder(threading.Thread):
    """The thread that iterates the source and puts each item (or the error that ended it) in the queue."""

    def __init__(self, items: Iterable[object], depth: int) -> None:
        super().__init__(name="giamngheo-ahead", daemon=True)
        self.source = iter(items)
        self.slots: queue.Queue[object] = queue.Queue(maxsize=depth)
        self.stop = threading.Event()
        # the caller's context (its gn.input_limits): the items are made as the caller would make them
        self.context = contextvars.copy_context()

    def put(self, item: object) -> bool:
        """Put ``item`` when there is room; ``False`` if the consumer stopped first."""
        while not self.stop.is_set():
            try:
                self.slots.put(item, timeout=_POLL)
            except queue.Full:
                continue
            return True
        return False

    def run(self) -> None:
        self.context.run(self._feed)

    def _feed(self) -> None:
        try:
            for item in self.source:
                if not self.put((item,)):
                    return
        except BaseException as error:  # noqa: BLE001 - raised again in the consumer, where the item was expected
            self.put(error)
            return
        finally:
            close = getattr(self.source, "close", None)
            if close is not None:
                close()  # its files closed now, in this thread, not when it is collected
        self.put(_END)


def ahead(items: Iterable[T], *, depth: int = 1) -> Iterator[T]:
    """The items of ``items`` in order, each made by a thread while the previous ones are used.

    Args:
        items: Any iterable; it is iterated in the thread only.
        depth: The items made ahead at most (memory: ``depth`` + 1 items at once).
    """
    feeder = _Feeder(items, depth)
    feeder.start()
    try:
        while True:
            got = feeder.slots.get()
            if got is _END:
                return
            if isinstance(got, BaseException):
                raise got
            yield got[0]  # type: ignore[index]
    finally:
        feeder.stop.set()
        feeder.join()
