"""Tests read from a pattern that tell, with no call, that a whole call finds nothing.

- ``Holds(pattern)(s)``: whether ``pattern.search(s)`` finds a match (not which): the
  alternatives written as plain words looked for with ``in``, the rest asked of the
  pattern they make through its ``Guard``.
- ``Ends(pattern).may_end(s, pos, endpos)``: for a repeated alternation anchored at the
  end, ``(?:A|B|…)+$`` (a trailing filler), False only where its search in
  ``s[pos:endpos]`` finds nothing: no alternative can close with the last character
  there, nor does the window hold a word one of which every match of an alternative that
  may close with any character holds.

Each is built from the pattern's text, so an edit of the words flows through;
``tests/test_pattern_shortcuts.py`` holds each against the full call.
"""

from __future__ import annotations

import regex

from metrics.opening import SPECIAL, Guard, Opens, group_end, held_literals, split_alternatives


class Holds:
    """Whether ``pattern.search(s)`` finds a match (not which): the alternatives written
    as plain words (``侵权投诉|VIP专免|…``) looked for with ``in``, the others asked of
    the pattern they make, through its ``Guard`` (an alternative anchored at the start,
    ``^\\s*查看更多\\s*$``, is not asked of a text whose first character opens none).
    A match of the whole is a match of one of its alternatives, in any order."""

    __slots__ = ("_rest", "_words")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        read = not pattern.flags & (regex.X | regex.I)  # (a space or a case not shown)
        alternatives = split_alternatives(pattern.pattern) if read else [pattern.pattern]
        words = [a for a in alternatives if a and read and not any(c in SPECIAL for c in a)]
        rest = [a for a in alternatives if a not in words]
        self._words = tuple(words)
        self._rest = Guard(regex.compile("|".join(rest), pattern.flags)) if rest else None

    def __call__(self, s: str) -> bool:
        if any(w in s for w in self._words):
            return True
        return self._rest is not None and self._rest.search(s) is not None


class Ends:
    """Where a search of ``pattern``, ``(?:A|B|…)+$``, may find a match: its last step
    is an alternative whose match closes at the window's end (or before a last line end).

    - an alternative that ends in a look-ahead which must see a character (``可(?=达)``)
      cannot close a match at the window's end: it is left out;
    - one that may close with any Han character (``不低于\\p{Han}{1,8}?的?``) is looked
      for by the words one of which each of its matches holds (``held_literals``); with
      none, every window is searched;
    - the rest are asked together whether they can close with the window's last
      character (``Opens(…, last=True)``: read backwards, once a character)."""

    __slots__ = ("_always", "_closes", "_known", "_needle_chars", "_needles")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        p = pattern.pattern
        if not (p.startswith("(?:") and p.endswith(")+$") and group_end(p, 0) == len(p) - 3):
            raise ValueError(f"not a repeated group anchored at the end: {p[:40]}…")
        if pattern.flags & (regex.X | regex.I | regex.M):
            raise ValueError(f"verbose, caseless or multi-line: {p[:40]}…")
        plain, needles, always = [], [], False
        for a in split_alternatives(p[3:-3]):
            if _needs_a_character_after(a):
                continue
            try:
                closes = Opens(regex.compile(a, pattern.flags), last=True)
                any_han = closes.any_han()
            except ValueError:  # (a look-around or a boundary decides)
                always = True
                continue
            if not any_han:
                plain.append(a)
                continue
            held = held_literals(regex.compile(a, pattern.flags))
            needles.extend(held)
            always = always or not held
        self._always = always
        self._needles = tuple(dict.fromkeys(needles))
        self._needle_chars = frozenset(n[0] for n in self._needles)  # (none there: none held)
        joined = "|".join(f"(?:{a})" for a in plain)
        self._closes = Opens(regex.compile(joined, pattern.flags), last=True) if plain else None
        self._known = self._closes._known if self._closes is not None else {}

    def may_end(self, s: str, pos: int, endpos: int) -> bool:
        """False only where ``pattern.search(s, pos, endpos)`` is None."""
        if pos >= endpos or self._always:
            return True
        last = s[endpos - 1]
        closes = self._known.get(last)  # (the answers known: no call to ask again)
        if closes is None:
            closes = last == "\n" or (self._closes is not None and self._closes(last))
        if closes:
            return True  # (``$`` matches before a last line end too)
        if self._needle_chars.isdisjoint(s[pos:endpos]):
            return False
        return any(s.find(n, pos, endpos) >= 0 for n in self._needles)


def _needs_a_character_after(a: str) -> bool:
    """Whether the alternative text ``a`` ends in a look-ahead that no empty rest passes
    (``(?=达)``): it can close no match at the end of a window."""
    k = a.rfind("(?=")
    if k < 0 or not a.endswith(")") or group_end(a, k) != len(a) - 1:
        return False
    return regex.compile(a[k + 3 : -1]).match("") is None
