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
text's one scan (``placed`` tells where a sentence stands; a class of single characters
matches at the same characters whether the sentence stands alone or in its text). Texts
and sentences are known by identity: an equal text read again is scanned again.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

import regex

from metrics import regex_cache

# The texts sentences are said to stand in (a report's normalised text, read section by
# section) are kept apart from the other texts asked about (a record's sentence read
# alone): those come many in a row and must not push the text out.
HOMES_KEPT = 2
TEXTS_KEPT = 8
# The sentences said to stand in a text: a sentence's figures are read in turn, and a
# sentence is not asked about once the next is read (a few kept for a look back).
SENTENCES_KEPT = 4


# a class of single characters written as they are (a line end, a tab or a return escaped)
PLAIN_CLASS = regex_cache.compile(r"\[(?:[^\\\]\[^-]|\\[ntr])+\]")
ESCAPED = {"n": "\n", "t": "\t", "r": "\r"}


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
    """What one text (this object) was found to hold: its marks (by ``union``, the class
    of every break character asked when it was scanned) and each class's break ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.union: regex.Pattern[str] | None = None
        self.marks: tuple[tuple[int, str], ...] = ()
        self.ends: dict[regex.Pattern[str], tuple[int, ...]] = {}


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

    def marks(self, chars: frozenset[str], text: str) -> tuple[tuple[int, str], ...]:
        if self.union is None or not chars <= self.chars:
            self.chars |= chars
            self.union = regex_cache.compile(
                f"[{''.join(map(regex.escape, sorted(self.chars)))}]"
            )
        s = self.scans(text)
        if s.union is not self.union:
            s.marks = tuple((m.end(), m.group()) for m in self.union.finditer(text))
            s.union = self.union
        return s.marks


# (one per process: an instance, not class attributes, which a compiled build cannot set)
KEPT = _Kept()


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


def break_ends(pattern: regex.Pattern[str], text: str) -> tuple[int, ...]:
    """Where each match of ``pattern`` in ``text`` ends, in order."""
    scans = KEPT.scans(text)
    found = scans.ends.get(pattern)
    if found is None:
        chars = class_chars(pattern)
        if chars is None:
            found = tuple(m.end() for m in pattern.finditer(text))
        else:
            found = tuple(end for end, c in KEPT.marks(chars, text) if c in chars)
        scans.ends[pattern] = found
    return found


def _in_text(pattern: regex.Pattern[str], text: str) -> tuple[tuple[int, ...], int]:
    """The break ends ``text`` is read from (its own, or those of the text a sentence
    stands in, where the pattern is a class of single characters), and the offset."""
    if class_chars(pattern) is None:
        return break_ends(pattern, text), 0
    whole, offset = placed(text)
    return break_ends(pattern, whole), offset


def last_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` continues after the last match of ``pattern`` in it, else
    ``lo``."""
    ends, offset = _in_text(pattern, text)
    k = bisect_right(ends, hi + offset) - 1
    return ends[k] - offset if k >= 0 and ends[k] > lo + offset else lo


def has_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches inside ``text[lo:hi]``."""
    return last_break(pattern, text, lo, hi) > lo


def first_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the first match of ``pattern`` inside ``text[lo:hi]`` begins, else None."""
    ends, offset = _in_text(pattern, text)
    k = bisect_right(ends, lo + offset)
    return ends[k] - 1 - offset if k < len(ends) and ends[k] <= hi + offset else None
