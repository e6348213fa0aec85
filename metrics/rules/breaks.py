"""Where a text breaks, found once per text: each figure then bisects.

Contract: ``break_ends(pattern, text)`` lists the end of every match of ``pattern`` in
``text``: it is scanned once and kept for the next calls on the same text (the figures of
one sentence, the candidates of one section). ``pattern`` is a class of single characters
(``CLAUSE_BREAK``, ``SUBCLAUSE_SPLIT``), so that the matches inside a window are the ones
of the whole text that fall in it. ``last_break(pattern, text, lo, hi)`` is where
``text[lo:hi]`` continues after its last break (``lo`` when it has none), ``first_break``
where its first break stands, ``has_break`` whether it has one. A class written as its
characters (``class_chars``) is not scanned alone: one scan of a text finds the characters
of every such class asked so far, and each class takes its own from that list.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache

import regex

from metrics import regex_cache

# A section's text, its sentence and the windows of its figures are in use at once.
TEXTS_KEPT = 32


# a class of single characters written as they are (a line end, a tab or a return escaped)
PLAIN_CLASS = regex_cache.compile(r"\[(?:[^\\\]\[^-]|\\[ntr])+\]")
ESCAPED = {"n": "\n", "t": "\t", "r": "\r"}


@cache
def class_chars(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The characters ``pattern``, a class of characters written as they are, matches
    (read from its text), else None (a range, a negation, an escape of a category)."""
    p = pattern.pattern
    if pattern.flags & (regex.I | regex.X) or not PLAIN_CLASS.fullmatch(p):
        return None
    chars, i = set(), 1
    while i < len(p) - 1:
        if p[i] == "\\":
            chars.add(ESCAPED[p[i + 1]])
            i += 2
        else:
            chars.add(p[i])
            i += 1
    return frozenset(chars)


class _Marks:
    """Every break character of every class asked so far, as one class: a text is
    scanned once for all of them (a sentence's clauses and sub-clauses alike)."""

    def __init__(self) -> None:
        self.chars: frozenset[str] = frozenset()
        self.pattern: regex.Pattern[str] | None = None

    def scan(self, chars: frozenset[str], text: str) -> tuple[tuple[int, str], ...]:
        if self.pattern is None or not chars <= self.chars:
            self.chars |= chars
            self.pattern = regex_cache.compile(
                f"[{''.join(map(regex.escape, sorted(self.chars)))}]"
            )
        return _marks(self.pattern, text)


# (one per process: an instance, not class attributes, which a compiled build cannot set)
MARKS = _Marks()


@lru_cache(maxsize=TEXTS_KEPT)
def _marks(union: regex.Pattern[str], text: str) -> tuple[tuple[int, str], ...]:
    return tuple((m.end(), m.group()) for m in union.finditer(text))


@lru_cache(maxsize=TEXTS_KEPT)
def break_ends(pattern: regex.Pattern[str], text: str) -> tuple[int, ...]:
    """Where each match of ``pattern`` in ``text`` ends, in order."""
    chars = class_chars(pattern)
    if chars is None:
        return tuple(m.end() for m in pattern.finditer(text))
    return tuple(end for end, c in MARKS.scan(chars, text) if c in chars)


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
