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

A sentence cut from a text (``stands_in(sentence, text, start)``, said where it is cut)
is not scanned at all: its breaks are the text's that fall inside it, read from the
text's scan (``placed`` tells where a sentence stands; a class of single characters
matches at the same characters whether the sentence stands alone or in its text). A
text is read a block of ``BLOCK`` characters at a time, where a window asks: once for
all its figures, and not where none stands (reading a whole report for the sentences that
hold figures read more than their sentences). Texts and sentences are known by identity:
an equal text read again is read again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import Final

import regex

from metrics import regex_cache, twins

# The texts sentences are said to stand in (a report's normalised text, read section by
# section) are kept apart from the other texts asked about (a record's sentence read
# alone): those come many in a row and must not push the text out.
HOMES_KEPT: Final = 2
TEXTS_KEPT: Final = 8
# The sentences said to stand in a text: a sentence's figures are read in turn, and a
# sentence is not asked about once the next is read (a few kept for a look back).
SENTENCES_KEPT: Final = 4
# A text is read a block of this many characters at a time, where a figure asks: the
# blocks without a figure (a report's preamble, its tables of contents) are never read.
BLOCK = 2048


# a class of single characters written as they are (a line end, a tab or a return escaped)
PLAIN_CLASS: Final = regex_cache.compile(r"\[(?:[^\\\]\[^-]|\\[ntr])+\]")
ESCAPED: Final = {"n": "\n", "t": "\t", "r": "\r"}


@cache
def class_chars(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The characters ``pattern``, a class of characters written as they are, matches
    (read from its text), else None (a range, a negation, an escape of a category)."""
    p = pattern.pattern
    if pattern.flags & (regex.I | regex.X | regex.REVERSE) or not PLAIN_CLASS.fullmatch(p):
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


class _Scans:
    """What one text (this object) was found to hold, a block of ``BLOCK`` characters at a
    time as its figures ask: the marks of each block (by ``union``, the class of every
    break character asked when they were read) and where each class's breaks stand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.union: regex.Pattern[str] | None = None
        # (positions, and the characters there as one string: no object a mark)
        self.marks: dict[int, tuple[tuple[int, ...], str]] = {}
        # each class's positions by block
        self.at: dict[regex.Pattern[str], dict[int, tuple[int, ...]]] = {}


class _Kept:
    """The scans of the texts asked about last, by identity (an equal text read again is
    scanned again, as a new report would be: comparing texts costs a scan), the texts
    sentences stand in apart; and the sentences said to stand in them."""

    def __init__(self) -> None:
        self.homes: list[_Scans] = []
        self.others: list[_Scans] = []
        # each kept text's scans by the id of the text (the entry holds the text alive, and
        # is taken only where it is that object)
        self.by_id: dict[int, _Scans] = {}
        # (sentence, the text it is cut from, where it starts there) by the sentence's id,
        # the latest last
        self.places: dict[int, tuple[str, str, int]] = {}
        # every break character of every class asked so far, as one class: a text is
        # scanned once for all of them (a sentence's clauses and sub-clauses alike)
        self.chars: frozenset[str] = frozenset()
        self.union: regex.Pattern[str] | None = None

    def scans(self, text: str) -> _Scans:
        s = self.by_id.get(id(text))
        if s is not None and s.text is text:
            return s
        s = _Scans(text)
        self._keep(self.others, s, TEXTS_KEPT)
        return s

    def home(self, text: str) -> None:
        s = self.scans(text)
        if s in self.homes:
            return
        self.others.remove(s)
        self._keep(self.homes, s, HOMES_KEPT)

    def _keep(self, kept: list[_Scans], s: _Scans, most: int) -> None:
        kept.append(s)
        self.by_id[id(s.text)] = s
        if len(kept) > most:
            del self.by_id[id(kept.pop(0).text)]

    def _union(self, chars: frozenset[str]) -> regex.Pattern[str]:
        """One class of every break character asked so far, ``chars`` with them."""
        if self.union is not None and chars <= self.chars:
            return self.union
        self.chars |= chars
        # (asked of ``re``'s engine, which tests a class through a bitmap: a corpus run's
        # 177 scans 3.0 -> 1.6 ms replayed, ``metrics.twins``)
        union = twins.twin(
            regex_cache.compile(f"[{''.join(map(regex.escape, sorted(self.chars)))}]")
        )
        self.union = union
        return union

    def marks(self, chars: frozenset[str], s: _Scans, block: int) -> tuple[tuple[int, ...], str]:
        """The marks of block ``block`` of ``s``'s text: where they stand, and what they
        are (one character each)."""
        union = self._union(chars)
        if s.union is not union:
            s.marks, s.union = {}, union  # (a class's positions found stay)
        found = s.marks.get(block)
        if found is None:
            lo = block * BLOCK
            where = tuple(m.start() for m in union.finditer(s.text, lo, lo + BLOCK))
            found = (where, "".join(map(s.text.__getitem__, where)))
            s.marks[block] = found
        return found


# (one per process: an instance, not class attributes, which a compiled build cannot set)
KEPT: Final = _Kept()


def stands_in(sentence: str, text: str, start: int) -> None:
    """Say that ``sentence`` is ``text[start:start + len(sentence)]``: its breaks are
    read from ``text``'s scan (``placed``)."""
    if text[start : start + len(sentence)] != sentence:
        raise ValueError(f"the sentence does not stand at {start} of the text")
    KEPT.home(text)
    places = KEPT.places
    places[id(sentence)] = (sentence, text, start)
    if len(places) > SENTENCES_KEPT:
        del places[next(iter(places))]


def placed(sentence: str) -> tuple[str, int]:
    """The text ``sentence`` (this object) was said to stand in, and where it starts
    there; else ``sentence`` itself at 0."""
    place = KEPT.places.get(id(sentence))
    if place is not None and place[0] is sentence:
        return place[1], place[2]
    return sentence, 0


def _positions(
    chars: frozenset[str], s: _Scans, blocks: dict[int, tuple[int, ...]], block: int
) -> tuple[int, ...]:
    """Where the characters ``chars`` (a class's, whose positions by block are
    ``blocks``) stand in block ``block`` of ``s``'s text."""
    found = blocks.get(block)
    if found is None:
        where, what = KEPT.marks(chars, s, block)
        found = tuple(p for p, c in zip(where, what, strict=True) if c in chars)
        blocks[block] = found
    return found


def break_ends(pattern: regex.Pattern[str], text: str) -> tuple[int, ...]:
    """Where each match of ``pattern`` in ``text`` ends, in order."""
    chars = class_chars(pattern)
    if chars is None:
        return tuple(m.end() for m in pattern.finditer(text))
    s = KEPT.scans(text)
    blocks = s.at.setdefault(pattern, {})
    every = range(len(text) // BLOCK + 1)
    return tuple(p + 1 for block in every for p in _positions(chars, s, blocks, block))


# The text each pattern (a class of single characters) was asked about last (a sentence,
# or a whole text), with the scans it is read from, its characters and its offset there:
# a sentence's figures ask in turn, and this is the one lookup their questions take.
_ASKED: dict[
    regex.Pattern[str], tuple[str, _Scans, frozenset[str], int, dict[int, tuple[int, ...]]]
] = {}


def _asked(
    pattern: regex.Pattern[str], text: str
) -> tuple[str, _Scans, frozenset[str], int, dict[int, tuple[int, ...]]] | None:
    """``text``, the scans it is read from (its own, or those of the text a sentence
    stands in), the class's characters and the offset; None for a pattern that is not a
    class of single characters."""
    chars = class_chars(pattern)
    if chars is None:
        return None
    whole, offset = placed(text)
    s = KEPT.scans(whole)
    asked = (text, s, chars, offset, s.at.setdefault(pattern, {}))
    _ASKED[pattern] = asked
    return asked


def last_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` continues after the last match of ``pattern`` in it, else
    ``lo``."""
    asked = _ASKED.get(pattern)
    if asked is None or asked[0] is not text:
        asked = _asked(pattern, text)
    if asked is None:
        ends = break_ends(pattern, text)
        k = bisect_right(ends, hi) - 1
        return ends[k] if k >= 0 and ends[k] > lo else lo
    _, s, chars, offset, blocks = asked
    a, b = lo + offset, hi + offset
    block = (b - 1) // BLOCK
    while b > a and block >= 0:
        found = blocks.get(block)
        if found is None:
            found = _positions(chars, s, blocks, block)
        k = bisect_left(found, b) - 1
        if k >= 0:
            return found[k] + 1 - offset if found[k] >= a else lo
        if block * BLOCK <= a:
            break
        block -= 1  # (none in this block before hi: the window may reach the one before)
    return lo


def has_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches inside ``text[lo:hi]``."""
    return last_break(pattern, text, lo, hi) > lo


def first_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the first match of ``pattern`` inside ``text[lo:hi]`` begins, else None."""
    asked = _ASKED.get(pattern)
    if asked is None or asked[0] is not text:
        asked = _asked(pattern, text)
    if asked is None:
        ends = break_ends(pattern, text)
        k = bisect_right(ends, lo)
        return ends[k] - 1 if k < len(ends) and ends[k] <= hi else None
    _, s, chars, offset, blocks = asked
    a, b = lo + offset, hi + offset
    block, last = a // BLOCK, (b - 1) // BLOCK
    while b > a and block <= last:
        found = blocks.get(block)
        if found is None:
            found = _positions(chars, s, blocks, block)
        k = bisect_left(found, a)
        if k < len(found):
            return found[k] - offset if found[k] < b else None
        block += 1
    return None
