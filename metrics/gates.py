"""Gates: tests read from a pattern that tell, with no call, that a call finds nothing.

Every stage that puts a cheap test before a regex call takes it from here; each test is
built from the pattern's text (through the readers of ``metrics.opening``), so an edit of
the words or rules flows through, and each answers "no match" only where the call would
find none: what is matched stays exactly what the pattern matches.

- ``Guard(pattern)``: its ``match``, ``fullmatch`` and ``search``, answered None where the
  text holds none of the literals one of which every match holds, or where the first
  (last) character opens (closes) no match that must start (end) there.
- ``FirstOf(patterns).index(s)``: the first pattern a search finds, each skipped as its
  ``Guard`` would skip it.
- ``FirstChars(pattern).opens(text, pos)``: whether a match can open at ``pos``, from the
  character there; ``may_open_in(pattern, text)``: whether the text holds a character a
  match can open with.
- ``Holds(pattern)(s)``: whether ``pattern.search(s)`` finds a match (not which): the
  alternatives written as plain words looked for with ``in``, the rest asked of the
  pattern they make through its ``Guard``.
- ``Ends(pattern).may_end(s, pos, endpos)``: for a repeated alternation anchored at the
  end, ``(?:A|B|…)+$`` (a trailing filler), False only where its search in
  ``s[pos:endpos]`` finds nothing: no alternative can close with the last character
  there, nor does the window hold a word one of which every match of an alternative that
  may close with any character holds.

``tests/test_line_shortcuts.py`` and ``tests/test_pattern_shortcuts.py`` hold each against
the full call.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, Final

import regex

from metrics import regex_cache
from metrics.opening import (
    SPECIAL,
    Opens,
    alone_is_enough,
    anchored,
    group_end,
    held_literals,
    literal_openers,
    split_alternatives,
)

# Literals looked for before a call at most (a loop over more costs more than the call).
MAX_NEEDLES: Final = 4
# An alternative longer than this (a guard that holds a list of verbs) is compiled alone
# and tried by itself (``rules.openers``).
LONG_ALTERNATIVE: Final = 300


class Guard:
    """``pattern``'s ``match``, ``fullmatch`` and ``search``, answered None without a call
    where the tests read from it say no match can be: the text holds none of the
    literals one of which every match holds (``held_literals``, if ``MAX_NEEDLES`` at
    most); its first character opens no match where the match must start there (a match,
    or a pattern ``anchored`` at the start); its last closes none where the match must
    end there (a full match, or ``anchored`` at the end). Otherwise the pattern is
    called (or ``asked``, the same pattern on another engine: its ``re`` twin, from
    ``metrics.twins``; the tests are read from ``pattern``): what it matches is what it
    matched."""

    __slots__ = (
        "_asked",
        "_ends",
        "_needs",
        "_read",
        "_starts",
        "fullmatch",
        "match",
        "pattern",
        "search",
    )

    def __init__(self, pattern: regex.Pattern[str], asked: Any = None) -> None:
        self.pattern = pattern
        self._asked: Any = pattern if asked is None else asked
        self._needs: tuple[str, ...] = ()
        self._starts: Opens | None = None
        self._ends: Opens | None = None
        self._read = False
        # The tests are read from the pattern's text at the first call, not here: most
        # guards are made at import, and a run of a small file calls few of them (reading
        # them all was ~0.05 s of a start-up's 0.7 s of CPU, issue 29). Until then each
        # call reads them, puts the guarded calls in its place and makes its call.
        self.match: Call = self._first_match
        self.fullmatch: Call = self._first_fullmatch
        self.search: Call = self._first_search

    def read(self) -> Guard:
        """The guard with its tests read (once): ``match``, ``fullmatch`` and ``search``
        the guarded calls, ``_needs``, ``_starts`` and ``_ends`` its tests."""
        if self._read:
            return self
        pattern, asked = self.pattern, self._asked
        needs = held_literals(pattern)
        self._needs = needs if len(needs) <= MAX_NEEDLES else ()
        opens = _opens_or_none(pattern, last=False)
        closes = _opens_or_none(pattern, last=True)
        # the tests of a search (and the last character's, of a match)
        self._starts = opens if anchored(pattern) else None
        self._ends = closes if anchored(pattern, end=True) else None
        # (an empty text, which the title lines ask of several patterns for each empty
        # line, has the empty match or none: the same answer to every call, asked here)
        empty = pattern.search("") is not None
        # each call a closure of only the tests that apply (a guard costs less than the
        # call it spares only if it is lean: a regex that fails at once takes 0.3 µs)
        self.match = _guarded(asked.match, self._needs, opens, self._ends, empty)
        self.fullmatch = _guarded(asked.fullmatch, self._needs, opens, closes, empty)
        self.search = _guarded(asked.search, self._needs, self._starts, self._ends, empty)
        self._read = True
        return self

    def _first_match(
        self, s: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.read().match(s, pos, endpos)

    def _first_fullmatch(
        self, s: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.read().fullmatch(s, pos, endpos)

    def _first_search(
        self, s: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.read().search(s, pos, endpos)


Call = Callable[..., "regex.Match[str] | None"]


def _guarded(
    call: Call, needs: tuple[str, ...], first: Opens | None, last: Opens | None, empty: bool
) -> Call:
    """``call`` (a pattern's ``match``, ``fullmatch`` or ``search``, with ``pos`` and
    ``endpos``) answered None where ``s[pos:endpos]`` holds none of ``needs``, or its first
    character fails ``first``, or its last ``last``; an empty window where ``needs`` are
    read (every match holds one of them: none is empty), or an empty ``s`` where the
    pattern matches no empty string (``empty`` False), else the empty window is asked (a
    look-behind may see the text before it)."""
    firsts = first.answers if first is not None else None
    lasts = last.answers if last is not None else None

    def guarded(s: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(s) if endpos is None else min(endpos, len(s))
        if pos < end:
            # the characters' answers already known first (a look-up), then the literals,
            # then a character not met before, asked of the pattern
            opens = firsts.get(s[pos]) if firsts is not None else True
            # ($ matches before a last line end too: a match may close before it)
            closes = lasts.get(s[end - 1]) if lasts is not None and s[end - 1] != "\n" else True
            if opens is False or closes is False:
                return None
            if needs and all(s.find(n, pos, end) < 0 for n in needs):
                return None
            if opens is None and first is not None and not first.may(s[pos]):
                return None
            if closes is None and last is not None and not last.may(s[end - 1]):
                return None
        elif needs or not (empty or s):
            return None
        return call(s, pos, end)

    return guarded


def _opens_or_none(pattern: regex.Pattern[str], last: bool) -> Opens | None:
    try:
        return Opens(pattern, last=last)
    except ValueError:  # (a look-around, a boundary, read backwards: no test by a character)
        return None


class FirstOf:
    """The first of ``patterns``, in their order, that a search of a string finds: a
    loop of searches, each skipped where its ``Guard`` would skip it (a measure cue
    anchored at the words' end is not searched in words whose last character closes no
    match of it; 分别 is looked for before ``分别(?:增长|…)``)."""

    __slots__ = ("_tries",)

    def __init__(self, patterns: tuple[regex.Pattern[str], ...]) -> None:
        guards = [Guard(p).read() for p in patterns]
        # (and, for a pattern with no literal to look for, the characters a match can
        # open with, where read from its words: a string holding none of them is not
        # searched, ``may_open_in``; asked last, where the other tests let it through)
        self._tries = tuple(
            (g.pattern, g._starts, g._ends, g._needs, _openers_unless(g._needs, g.pattern))
            for g in guards
        )

    def index(self, s: str) -> int | None:
        """The index of the first pattern that ``search(s)`` finds, or None."""
        first, last = s[:1], s[-1:]
        for k, (pattern, starts, ends, needs, openers) in enumerate(self._tries):
            if needs and not any(n in s for n in needs):
                continue
            if first and starts is not None and not starts(first):
                continue
            if last and last != "\n" and ends is not None and not ends(last):
                continue
            if openers is not None and openers.isdisjoint(s):
                continue
            if pattern.search(s) is not None:
                return k
        return None


def _openers_unless(needs: tuple[str, ...], pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """``_known_openers(pattern)`` for a pattern with no ``needs``, else None."""
    return None if needs else (_known_openers(pattern) or None)


class FirstChars:
    """Whether a match of ``pattern`` can open with the character at a position: read
    from its words (``opening_chars``), else asked of the pattern once per character
    (``Opens``).

    Contract: ``opens(text, pos, endpos)`` is False only where ``pattern.match(text,
    pos, endpos)`` (and so its ``fullmatch``) is None: a match opens with the character
    at ``pos``, which it matches alone, partially. The answer is read from the pattern,
    so a word added to its list is known as soon as it is written."""

    __slots__ = ("_asked", "_words", "pattern")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        alone_is_enough(pattern)
        self.pattern = pattern
        self._words = literal_openers(pattern)  # (a list of words is read, not asked)
        self._asked = Opens(pattern) if self._words is None else None

    def opens(self, text: str, pos: int, endpos: int | None = None) -> bool:
        if pos >= (len(text) if endpos is None else min(endpos, len(text))):
            return False  # (it matches no empty string)
        c = text[pos]
        if self._asked is None:
            return c in (self._words or ())
        return self._asked.may(c)


@cache
def _known_openers(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """``opening_chars`` where it is read from the pattern's words, else None (not asked
    character by character: several hundred calls a pattern, in the first figures of a
    run, would cost more than the searches they spare)."""
    try:
        alone_is_enough(pattern)
    except ValueError:
        return None  # (every text is searched)
    return literal_openers(pattern)


def may_open_in(pattern: regex.Pattern[str], text: str) -> bool:
    """False only when ``text`` holds none of the characters a match of ``pattern`` can
    open with (``opening_chars``, found once per pattern): then it holds no match."""
    chars = _known_openers(pattern)
    return chars is None or not chars.isdisjoint(text)


class Holds:
    """Whether ``pattern.search(s)`` finds a match (not which): the alternatives written
    as plain words (``侵权投诉|VIP专免|…``) looked for with ``in``, the others asked of
    the patterns they make, each through its ``Guard``: those anchored at the start that
    no Han character written nowhere in them opens (``^\\s*查看更多\\s*$``), not asked of
    a text whose first character opens none; the others (a masthead,
    ``^\\s*\\p{Han}{2,16}?(?:新闻网|…)\\s*$``, opens with any Han) apart, so that they do
    not make every text asked, but only one holding a literal each of their matches holds.
    Of the first, those anchored at the end as well are asked apart from the rest: a text
    is asked of them only where its last character closes one too.
    A match of the whole is a match of one of its alternatives, in any order."""

    __slots__ = ("_rest", "_words")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        read = not pattern.flags & (regex.X | regex.I)  # (a space or a case not shown)
        alternatives = split_alternatives(pattern.pattern) if read else [pattern.pattern]
        words = [a for a in alternatives if a and read and not any(c in SPECIAL for c in a)]
        rest = [a for a in alternatives if a not in words]
        headed = [a for a in rest if _opened_by_few(regex_cache.compile(a, pattern.flags))]
        # (those of them anchored at the end too apart: their Guard asks a text only where
        # its last character closes one of them as well, ``^\s*\d{1,5}\s?页\s*$``; one
        # not anchored there, ``^\s*【哒哒``, would make each text its first opens asked)
        closed = [a for a in headed if anchored(regex_cache.compile(a, pattern.flags), end=True)]
        opened = [a for a in headed if a not in closed]
        others = [a for a in rest if a not in headed]
        groups = [closed, opened, others] if read else [rest]
        self._words = tuple(words)
        self._rest = tuple(
            Guard(regex_cache.compile("|".join(g), pattern.flags)) for g in groups if g
        )

    def __call__(self, s: str) -> bool:
        if any(w in s for w in self._words):
            return True
        for guard in self._rest:  # noqa: SIM110  (a generator costs more than the guards)
            if guard.search(s) is not None:
                return True
        return False


def _opened_by_few(pattern: regex.Pattern[str]) -> bool:
    """Whether ``pattern`` is anchored at the start and no Han character written nowhere
    in it opens a match: its ``Guard`` answers most texts by their first character."""
    if not anchored(pattern):
        return False
    try:
        return not Opens(pattern).any_han()
    except ValueError:  # (a look-around decides)
        return False


class Ends:
    """Where a search of ``pattern``, ``(?:A|B|…)+$``, may find a match: its last step
    is an alternative whose match closes at the window's end (or before a last line end).

    - an alternative that ends in a look-ahead which must see a character (``可(?=达)``)
      cannot close a match at the window's end: it is left out;
    - one that may close with any Han character (``不低于\\p{Han}{1,8}?的?``) is looked
      for by the words one of which each of its matches holds (``held_literals``); with
      none, every window is searched;
    - one that ends in two written characters (达到, 共计, 目标任务) closes a match only
      where the window ends with them, one that ends in one written character after a
      class, a look-behind or a character made optional (多达, 达 after its look-behind,
      任务总?数) only where the window's last character is it: both read from the text;
    - the rest are asked together whether they can close with the window's last
      character (``Opens(…, last=True)``: read backwards, once a character).

    (The ends read from the text spare a call where a character closes only a word that
    the window does not end with: 数 closes 总数, not 人数.)"""

    __slots__ = (
        "_always",
        "_closes",
        "_known",
        "_needle_chars",
        "_needles",
        "_pairs",
        "_singles",
    )

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        p = pattern.pattern
        if not (p.startswith("(?:") and p.endswith(")+$") and group_end(p, 0) == len(p) - 3):
            raise ValueError(f"not a repeated group anchored at the end: {p[:40]}…")
        if pattern.flags & (regex.X | regex.I | regex.M):
            raise ValueError(f"verbose, caseless or multi-line: {p[:40]}…")
        plain: list[str] = []
        needles: list[str] = []
        always = False
        for a in split_alternatives(p[3:-3]):
            if _needs_a_character_after(a):
                continue
            try:
                closes = Opens(regex_cache.compile(a, pattern.flags), last=True)
                any_han = closes.any_han()
            except ValueError:  # (a look-around or a boundary decides)
                always = True
                continue
            if not any_han:
                plain.append(a)
                continue
            held = held_literals(regex_cache.compile(a, pattern.flags))
            needles.extend(held)
            always = always or not held
        self._always = always
        self._needles = tuple(dict.fromkeys(needles))
        self._needle_chars = frozenset(n[0] for n in self._needles)  # (none there: none held)
        pairs: set[str] = set()
        singles: set[str] = set()
        asked: list[str] = []
        for a in plain:
            written = _written_end(a)
            if written == 2:
                pairs.add(a[-2:])
            elif written == 1:
                singles.add(a[-1])
            else:
                asked.append(a)
        self._pairs = frozenset(pairs)
        self._singles = frozenset(singles)
        plain = asked
        joined = "|".join(f"(?:{a})" for a in plain)
        self._closes = (
            Opens(regex_cache.compile(joined, pattern.flags), last=True) if plain else None
        )
        self._known = self._closes.answers if self._closes is not None else {}

    def may_end(self, s: str, pos: int, endpos: int) -> bool:
        """False only where ``pattern.search(s, pos, endpos)`` is None."""
        if pos >= endpos or self._always:
            return True
        last = s[endpos - 1]
        if last in self._singles or (endpos - pos >= 2 and s[endpos - 2 : endpos] in self._pairs):
            return True  # (a word written at an alternative's end ends the window)
        closes = self._known.get(last)  # (the answers known: no call to ask again)
        if closes is None:
            closes = last == "\n" or (self._closes is not None and self._closes(last))
        if closes:
            return True  # (``$`` matches before a last line end too)
        if self._needle_chars.isdisjoint(s[pos:endpos]):
            return False
        return any(s.find(n, pos, endpos) >= 0 for n in self._needles)


def _written_end(a: str) -> int:
    """How many of the last two characters of the alternative text ``a`` are written as
    themselves, each match of ``a`` ending with them: 2 (达到), 1 (a last written
    character after a class, a group, an escape or a character made optional: [高多长]达,
    任务总?数), or 0 (a class, a group, an escape or a repeat ends it)."""
    if len(a) < 1 or a[-1] in SPECIAL or a[-2:-1] == "\\":
        return 0
    if len(a) < 2 or a[-2] in SPECIAL or a[-3:-2] == "\\":
        return 1
    return 2


def _needs_a_character_after(a: str) -> bool:
    """Whether the alternative text ``a`` ends in a look-ahead that no empty rest passes
    (``(?=达)``): it can close no match at the end of a window."""
    k = a.rfind("(?=")
    if k < 0 or not a.endswith(")") or group_end(a, k) != len(a) - 1:
        return False
    return regex_cache.compile(a[k + 3 : -1]).match("") is None
