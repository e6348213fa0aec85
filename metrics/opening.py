"""Cheap tests, read from a pattern, that tell where it cannot match without calling it.

A per-line stage tries a few patterns on every line, and most lines hold no match: a
heading marker, a title, a page's button. These tests answer "no" for most of them with
a dict look-up or a ``in`` test, and "maybe" otherwise (the pattern is then called as
before), so what is matched stays exactly what the pattern matches:

- ``Opens(pattern)(c)``: whether a match of ``pattern`` can open with the character ``c``
  (``c`` matches it partially); ``Opens(pattern, last=True)`` whether a match can close
  with ``c`` (the pattern read backwards matches it partially). A Han character written
  nowhere in the pattern is answered at once when no such character opens a match (three
  of them are tried); any other is asked of the pattern once and remembered.
- ``required(pattern)``: a literal that every match holds (the longest run of plain
  characters written outside any group or alternation, and not optional), or "".

They are built from the pattern's text, so an edit of the words or rules flows through;
the tests (``tests/test_pattern_shortcuts.py``) hold each against the full call.
"""

from __future__ import annotations

import regex

HAN_BLOCK = ("\u4e00", "\u9fff")
# What a single character cannot stand for: the text before or after it. A look-behind
# or a word boundary (a look-ahead, read backwards) would be judged without that text.
BLIND_OPENING = regex.compile(r"\(\?<?=|\\[bBG]")
SPECIAL = "\\[](){}|?*+.^$"
QUANTIFIERS = "?*+{"


class Opens:
    """Which characters a match of a pattern can open (or, ``last``, close) with. The
    pattern read backwards is compiled, and the Han probes asked, on the first call."""

    __slots__ = ("_any_han", "_known", "_last", "_pattern", "_source", "_written")

    def __init__(self, pattern: regex.Pattern[str], last: bool = False) -> None:
        lookaround = BLIND_OPENING.search(pattern.pattern)
        if lookaround and (last or lookaround.group() != "(?="):
            raise ValueError(f"a look-around or boundary decides: {pattern.pattern[:40]}…")
        self._source, self._last = pattern, last
        self._pattern: regex.Pattern[str] | None = None
        self._written = {c for c in pattern.pattern if HAN_BLOCK[0] <= c <= HAN_BLOCK[1]}
        self._any_han = False
        self._known: dict[str, bool] = {}

    def _compiled(self) -> regex.Pattern[str]:
        if self._pattern is None:
            pattern = p = self._source
            if self._last:
                pattern = regex.compile(p.pattern, p.flags | regex.R)
            self._pattern = pattern
            probes = [c for c in map(chr, range(0x9FA0, 0x4E00, -4999)) if c not in self._written]
            self._any_han = any(pattern.match(c, partial=True) for c in probes[:3])
        return self._pattern

    def __call__(self, c: str) -> bool:
        known = self._known.get(c)
        if known is None:
            pattern = self._compiled()
            unwritten_han = HAN_BLOCK[0] <= c <= HAN_BLOCK[1] and c not in self._written
            asked = not unwritten_han or self._any_han
            known = self._known[c] = asked and pattern.match(c, partial=True) is not None
        return known


def _skip(p: str, i: int) -> int:
    """Index just past the atom of the pattern text ``p`` at ``i``: an escape, a class,
    or one character."""
    if p[i] == "\\":
        if p[i + 1 : i + 2] in ("p", "P", "N") and p[i + 2 : i + 3] == "{":
            return p.index("}", i) + 1
        return i + 2
    if p[i] == "[":
        j = i + 1 + (p[i + 1 : i + 2] == "^")
        j += p[j : j + 1] == "]"  # a ] first in a class is a character of it
        while p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        return j + 1
    return i + 1


def required(pattern: regex.Pattern[str]) -> str:
    """A literal every match of ``pattern`` holds: the longest run of plain characters
    written at its top level (outside groups) when it has no top-level alternation,
    without a last character made optional or repeated; "" when there is none."""
    p = pattern.pattern
    if pattern.flags & (regex.X | regex.I):
        return ""  # verbose or caseless (inline flags included): not read as written
    runs: list[str] = []
    run, depth, i = "", 0, 0
    while i < len(p):
        c, nxt = p[i], _skip(p, i)
        if c == "|" and depth == 0:
            return ""
        depth += (c == "(") - (c == ")")
        if depth == 0 and c not in SPECIAL and nxt == i + 1:
            if p[nxt : nxt + 1] and p[nxt] in QUANTIFIERS:
                runs.append(run)
                run = ""
            else:
                run += c
        else:
            runs.append(run)
            run = ""
        i = nxt
    runs.append(run)
    return max(runs, key=len)



def anchored(pattern: regex.Pattern[str], end: bool = False) -> bool:
    """Whether every match of ``pattern`` starts where the string does (each top-level
    alternative opens with ``^`` or ``\\A``, not multi-line): then ``search`` is ``match``;
    ``end``: whether every match ends where the string does (or before a last line end:
    each alternative closes with ``$`` or ``\\Z``)."""
    if pattern.flags & regex.M:
        return False
    p, i, depth = pattern.pattern, 0, 0
    edges = ("$", "\\Z") if end else ("^", "\\A")
    first, last = "", ""  # the atoms that open and close the alternative read
    while i < len(p):
        c, nxt = p[i], _skip(p, i)
        if c == "|" and depth == 0:
            if (last if end else first) not in edges:
                return False
            first = last = ""
        else:
            first = first or p[i:nxt]
            last = p[i:nxt]
            depth += (c == "(") - (c == ")")
        i = nxt
    return (last if end else first) in edges


class Guard:
    """``pattern``'s ``match``, ``fullmatch`` and ``search``, answered None without a call
    where the tests read from it say no match can be: a literal every match holds
    (``required``), a character every match opens with where the match must start at the
    first character (a match, or a pattern ``anchored`` at the start), one it closes with
    where it must end at the last (a full match, or ``anchored`` at the end). Otherwise
    the pattern is called: what it matches is what it matched."""

    __slots__ = ("_at_end", "_at_start", "_closes", "_needs", "_opens", "pattern")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self._needs = required(pattern)
        self._opens = _opens_or_none(pattern, last=False)
        self._closes = _opens_or_none(pattern, last=True)
        self._at_start, self._at_end = anchored(pattern), anchored(pattern, end=True)

    def _may(self, s: str, pos: int, endpos: int, first: bool, last: bool) -> bool:
        if pos >= endpos:
            return True  # (the empty string: asked of the pattern)
        if self._needs and s.find(self._needs, pos, endpos) < 0:
            return False
        if first and self._opens is not None and not self._opens(s[pos]):
            return False
        return not (last and self._closes is not None and not self._closes(s[endpos - 1]))

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(s) if endpos is None else min(endpos, len(s))
        if not self._may(s, pos, end, True, self._at_end):
            return None
        return self.pattern.match(s, pos, end)

    def fullmatch(
        self, s: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        end = len(s) if endpos is None else min(endpos, len(s))
        return self.pattern.fullmatch(s, pos, end) if self._may(s, pos, end, True, True) else None

    def search(self, s: str) -> regex.Match[str] | None:
        """The search of all of ``s``."""
        may = self._may(s, 0, len(s), self._at_start, self._at_end)
        return self.pattern.search(s) if may else None


def _opens_or_none(pattern: regex.Pattern[str], last: bool) -> Opens | None:
    try:
        return Opens(pattern, last=last)
    except ValueError:  # a look-around or a boundary decides: no test by one character
        return None


class FirstOf:
    """The first of ``patterns``, in their order, that a search of a string finds: a
    loop of searches, where a pattern is not searched in a string that lacks a literal
    every match of it holds (``required``: 分别 in ``分别(?:增长|…)``)."""

    __slots__ = ("_tries",)

    def __init__(self, patterns: tuple[regex.Pattern[str], ...]) -> None:
        self._tries = tuple((p, required(p)) for p in patterns)

    def index(self, s: str) -> int | None:
        """The index of the first pattern that ``search(s)`` finds, or None."""
        for k, (pattern, needs) in enumerate(self._tries):
            if needs in s and pattern.search(s) is not None:
                return k
        return None
