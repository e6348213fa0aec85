"""Where a text breaks, found once per text: each figure then bisects.

Contract: ``break_ends(pattern, text)`` lists the end of every match of ``pattern`` in
``text``: it is scanned once and kept for the next calls on the same text (the figures of
one sentence, the candidates of one section). ``pattern`` is a class of single characters
(``CLAUSE_BREAK``, ``SUBCLAUSE_SPLIT``), so that the matches inside a window are the ones
of the whole text that fall in it. ``last_break(pattern, text, lo, hi)`` is where
``text[lo:hi]`` continues after its last break (``lo`` when it has none), ``first_break``
where its first break stands, ``has_break`` whether it has one.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

# A section's text, its sentence and the windows of its figures are in use at once.
TEXTS_KEPT = 32


@lru_cache(maxsize=TEXTS_KEPT)
def break_ends(pattern: regex.Pattern[str], text: str) -> tuple[int, ...]:
    """Where each match of ``pattern`` in ``text`` ends, in order."""
    return tuple(m.end() for m in pattern.finditer(text))


def last_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` continues after the last match of ``pattern`` in it, else
    ``lo``."""
    ends = break_ends(pattern, text)
    k = bisect_right(ends, hi) - 1
    return ends[k] if k >= 0 and ends[k] > lo else lo


def has_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches inside ``text[lo:hi]``."""
    return last_break(pattern, text, lo, hi) > lo


def first_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the first match of ``pattern`` inside ``text[lo:hi]`` begins, else None."""
    ends = break_ends(pattern, text)
    k = bisect_right(ends, lo)
    return ends[k] - 1 if k < len(ends) and ends[k] <= hi else None
