"""Fewer runs of Python's cycle collector while reports are turned into tables.

Contract: ``fewer_collections()`` is a context manager; inside it the collector's first
threshold (how many container objects are made, net of those freed, before a young
collection) is at least ``YOUNG``, and on leaving it the thresholds are those it found.
It changes when the collector runs, never what a run gives: no object is kept alive by
it, and garbage that holds a cycle is collected later, at the next young collection.
Nested and concurrent uses (threads of one process) share one raise: the first to enter
raises it, the last to leave puts back the thresholds found. A threshold already above
``YOUNG`` is left as it is, and so is a collector turned off (``gc.disable()``, or a first
threshold of 0).

Why: an extraction keeps what it finds (every figure's record, the files' results, then
the tables) and makes tens of thousands of containers a megabyte of text. Under the
default threshold (700) the collector ran some 100 young and 10 middle collections an
extraction of 1 MB, and one full one, which walks every object of the process (the
package's lexicons, patterns and tables: 73,000 containers) and found nothing to free:
75 ms of CPU of 1.7 s, the full one 45 ms of it (measured with ``gc.callbacks`` and the
thread's CPU clock, ``benchmarks/gc_share.py``). At ``YOUNG`` the young collections do
about the same work in fewer, larger runs, and the full one does not come; garbage
waiting for its collection is at most ``YOUNG`` containers (a megabyte or two).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 10_000  # containers made (net) before a young collection, inside the context

_lock = threading.Lock()
_inside = 0  # contexts open in this process (all threads)
_found: tuple[int, ...] | None = None  # the thresholds the first of them found


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold to ``YOUNG`` while the block runs."""
    global _inside, _found
    with _lock:
        if _inside == 0:
            found = gc.get_threshold()
            if 0 < found[0] < YOUNG:
                _found = found
                gc.set_threshold(YOUNG, *found[1:])
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and _found is not None:
                if gc.get_threshold()[0] == YOUNG:  # (not set again by someone meanwhile)
                    gc.set_threshold(*_found)
                _found = None
