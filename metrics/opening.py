"""What a pattern's matches can open (or close) with and must hold, read from the pattern.

The readers that ``metrics.gates`` builds its tests on (a gate answers "no match" without
a call; what is matched stays exactly what the pattern matches). Each reads the pattern's
text, or asks the pattern about one character, so an edit of the words or rules flows
through:

- ``Opens(pattern)(c)``: whether a match of ``pattern`` can open with the character ``c``
  (``c`` matches it partially); ``Opens(pattern, last=True)`` whether a match can close
  with ``c`` (the pattern read backwards matches it partially). A Han character written
  nowhere in the pattern is answered at once when no such character opens a match (three
  of them are tried); any other is asked of the pattern once and remembered
  (``answers``: what a gate reads before it asks).
- ``held_literals(pattern)``: literals one of which every match holds (a run of plain
  characters written outside groups, or one from each alternative of a group or of the
  pattern), or none.
- ``anchored(pattern)``: whether every match starts (``end``: ends) where the string does.
- ``opening_chars(pattern)``: every character a match can open with, where all are
  written in it (``first_chars_read``: read with no call; ``alternative_first_chars`` of
  one alternative, from its opening).
- the text of an alternation: ``split_alternatives``, ``spread`` (an opening group spread
  over what follows it), ``literal_prefix``, ``needles`` (the words after a repeat of any
  Han character).

``tests/test_line_shortcuts.py`` and ``tests/test_pattern_shortcuts.py`` hold each against
the full call.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from metrics import regex_cache

HAN_BLOCK: Final = ("\u4e00", "\u9fff")
# What a single character cannot stand for: the text before or after it. A look-behind
# or a word boundary (a look-ahead, read backwards) would be judged without that text.
BLIND_OPENING: Final = regex_cache.compile(r"\(\?<?=|\\[bBG]")
# A group's reference (a condition on a group, ``(?(bracket)】)``, or a back-reference)
# read backwards comes before the group it refers to, and fails: no test of a last
# character for such a pattern.
GROUP_REFERENCE: Final = regex_cache.compile(r"\(\?\(|\\[1-9]|\(\?P=")
SPECIAL: Final = "\\[](){}|?*+.^$"
QUANTIFIERS: Final = "?*+{"
COUNTED: Final = regex_cache.compile(r"\{\d*,?\d*\}")
LOOKAROUNDS: Final = ("(?<!", "(?<=", "(?!", "(?=")
# a repeat of any Han character (alone, or in a class with other characters:
# [\dA-Za-z\p{Han}]{0,14}?热线) that opens an alternative, and the literals after it
ANY_HAN_OPENING: Final = regex_cache.compile(
    r"(?:\\p\{Han\}|\[[^\]]*\\p\{Han\}[^\]]*\])(?:\{\d*,?\d*\}|[*+?])?\??"
)


# What gives a pattern's text its groups and alternatives, found by the engine rather than
# read an atom at a time in Python (the leading filler's text is 17,000 characters, its
# verbs' list written several times over): an escape (``\\(``, ``\\p{Han}``'s ``\\p``), a
# class (a ``]`` first in it is one of its characters), each matched whole so that the
# brackets and bars inside are passed over as ``skip_atom`` passes them; a group, whole,
# its brackets balanced (``GROUP``, recursive); a run of atoms and groups up to a bar of
# the top level (``TOP_LEVEL``); or, token by token, a bracket or a bar (``STRUCTURE``).
ESCAPE_OR_CLASS = r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]"
GROUP_TEXT = rf"(?P<group>\((?:[^()\\\[]++|{ESCAPE_OR_CLASS}|(?&group))*+\))"
GROUP: Final = regex_cache.compile(GROUP_TEXT, regex.S)
TOP_LEVEL: Final = regex_cache.compile(
    rf"(?:[^()|\\\[]++|{ESCAPE_OR_CLASS}|{GROUP_TEXT})*+", regex.S
)
STRUCTURE: Final = regex_cache.compile(rf"{ESCAPE_OR_CLASS}|[()|]", regex.S)
# ``TOP_LEVEL``'s run and the bar that ends it: a pattern's alternatives found by one scan
# (a call an alternative, made again for each group read, was most of a guard's first read)
ALTERNATIVE: Final = regex_cache.compile(rf"{TOP_LEVEL.pattern}(?P<bar>\|)?", regex.S)


class Opens:
    """Which characters a match of a pattern can open (or, ``last``, close) with. The
    pattern read backwards is compiled, and the Han probes asked, on the first call."""

    __slots__ = ("_any_han", "_last", "_pattern", "_source", "_written", "answers")

    def __init__(self, pattern: regex.Pattern[str], last: bool = False) -> None:
        lookaround = BLIND_OPENING.search(pattern.pattern)
        if lookaround and (last or lookaround.group() != "(?="):
            raise ValueError(f"a look-around or boundary decides: {pattern.pattern[:40]}…")
        if last and GROUP_REFERENCE.search(pattern.pattern):
            raise ValueError(f"a group's reference read backwards: {pattern.pattern[:40]}…")
        if pattern.flags & regex.R:
            raise ValueError(f"a pattern read backwards already: {pattern.pattern[:40]}…")
        self._source, self._last = pattern, last
        self._pattern: regex.Pattern[str] | None = None
        self._written = {c for c in pattern.pattern if HAN_BLOCK[0] <= c <= HAN_BLOCK[1]}
        self._any_han = False
        self.answers: dict[str, bool] = {}

    def _compiled(self) -> regex.Pattern[str]:
        if self._pattern is None:
            pattern = p = self._source
            if self._last:
                pattern = regex_cache.compile(p.pattern, p.flags | regex.R)
            self._pattern = pattern
            self._any_han = any(pattern.match(c, partial=True) for c in probes(self._written))
        return self._pattern

    def any_han(self) -> bool:
        """Whether a Han character written nowhere in the pattern opens (closes) a match."""
        self._compiled()
        return self._any_han

    def may(self, c: str) -> bool:
        """``self(c)``, but True, unasked, for a Han character the pattern does not write
        where such characters open (close) a match (``any_han``): a gate that asks the
        pattern where this says True answers as one that asked each character first (a
        noun or a name opens with any Han character: a call a character met was saved
        only where a character opens no match)."""
        known = self.answers.get(c)
        if known is not None:
            return known
        if HAN_BLOCK[0] <= c <= HAN_BLOCK[1] and c not in self._written and self.any_han():
            return True
        return self(c)

    def __call__(self, c: str) -> bool:
        known = self.answers.get(c)
        if known is None:
            pattern = self._compiled()
            unwritten_han = HAN_BLOCK[0] <= c <= HAN_BLOCK[1] and c not in self._written
            asked = not unwritten_han or self._any_han
            known = self.answers[c] = asked and pattern.match(c, partial=True) is not None
        return known


def probes(written: set[str]) -> list[str]:
    """Three Han characters written nowhere in a pattern (across the block)."""
    return [c for c in map(chr, range(0x9FA0, 0x4E00, -4999)) if c not in written][:3]


def _counted_end(p: str, i: int) -> int:
    """Where ``COUNTED`` matched at ``p[i]`` (a ``{``) ends, or ``i + 1``: read from the
    characters up to the first ``}`` (``\\d*,?\\d*`` holds none), a call a repeat spared."""
    close = p.find("}", i + 1)
    if close < 0:
        return i + 1
    low, _, high = p[i + 1 : close].partition(",")
    digits = (not low or low.isdecimal()) and (not high or high.isdecimal())
    return close + 1 if digits else i + 1


def skip_atom(p: str, i: int) -> int:
    """Index just past the atom of the pattern text ``p`` at ``i``: an escape, a class,
    a counted repeat, or one character."""
    if p[i] == "\\":
        if p[i + 1 : i + 2] in ("p", "P", "N") and p[i + 2 : i + 3] == "{":
            return p.index("}", i) + 1
        return i + 2
    if p[i] == "{":
        return _counted_end(p, i)  # a counted repeat {m,n} is one atom
    if p[i] == "[":
        j = i + 1 + (p[i + 1 : i + 2] == "^")
        j += p[j : j + 1] == "]"  # a ] first in a class is a character of it
        while p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        return j + 1
    return i + 1


def held_literals(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` holds, read from its text: the
    longest run of plain characters written outside groups (a last character made
    optional or repeated left out), else a group not made optional whose alternatives
    each hold one; for a top-level alternation, one from each alternative. () when none
    is read (a verbose or caseless pattern is not read: its text is not what it matches)."""
    if pattern.flags & (regex.X | regex.I):
        return ()
    return _held(pattern.pattern)


def _held(p: str) -> tuple[str, ...]:
    alternatives = split_alternatives(p)
    if len(alternatives) > 1:
        found = [_held(a) for a in alternatives]
        return tuple(dict.fromkeys(n for f in found for n in f)) if all(found) else ()
    runs: list[str] = []
    groups: list[tuple[str, ...]] = []
    run, i = "", 0
    while i < len(p):
        if p[i] == "(":
            close = group_end(p, i)
            optional = p[close + 1 : close + 2] in tuple(QUANTIFIERS)
            opening = _group_opening(p, i)
            if opening and not optional:
                groups.append(_held(p[i + opening : close]))
            runs.append(run)
            run, i = "", close + 1
            continue
        nxt = skip_atom(p, i)
        repeated = p[nxt : nxt + 1] in tuple(QUANTIFIERS)
        if p[i] not in SPECIAL and nxt == i + 1 and not repeated:
            run += p[i]
        else:
            runs.append(run)
            run = ""
        i = nxt
    runs.append(run)
    best = max(runs, key=len)
    return (best,) if best else next((g for g in groups if g), ())


# A named group's opening, ``(?P<name>``.
NAMED_OPENING: Final = regex_cache.compile(r"\(\?P<\w+>")


def _group_opening(p: str, i: int) -> int:
    """How long the opening of the group at ``p[i]`` is, for a group whose inside is
    what it matches (``(``, ``(?:``, ``(?P<name>``); 0 for another (a look-around, an
    atomic group, a flag). (The text's characters read, a call only for a name.)"""
    if p.startswith("(?:", i):
        return 3
    if p.startswith("(?P<", i):
        named = NAMED_OPENING.match(p, i)
        return named.end() - i if named else 0
    return 1 if p[i + 1 : i + 2] != "?" else 0


def split_alternatives(p: str) -> list[str]:
    """The top-level alternatives of the pattern text ``p``."""
    if "|" not in p:
        return [p]  # (no bar: one alternative, its brackets balanced or not)
    parts: list[str] = []
    start = 0
    # (each a run of atoms and whole groups, read by the engine: the bars inside the
    # groups of a long alternation are never seen one by one; a run that takes nothing
    # matches too, so each match opens where the one before ended)
    for m in ALTERNATIVE.finditer(p):
        stop = m.end()
        if m.group("bar") is None:
            if stop == len(p):
                parts.append(p[start:])
                return parts
            break  # a bracket that does not balance: read a token at a time
        parts.append(p[start : stop - 1])
        start = stop
        if start == len(p):  # (a bar last: an empty alternative after it)
            parts.append("")
            return parts
    return parts + _split_by_tokens(p, start)


def _split_by_tokens(p: str, start: int) -> list[str]:
    """``split_alternatives`` of ``p[start:]``, its brackets counted one by one (a text
    whose brackets do not balance: a closing one too many ends no alternative)."""
    parts: list[str] = []
    depth = 0
    for m in STRUCTURE.finditer(p, start):  # (escapes and classes are passed over whole)
        c = m.group()
        if c == "|" and depth == 0:
            parts.append(p[start : m.start()])
            start = m.end()
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
    parts.append(p[start:])
    return parts


def group_end(p: str, i: int) -> int:
    """Index of the ``)`` that closes the group opened at ``p[i]``."""
    whole = GROUP.match(p, i)
    if whole is None:
        raise ValueError(f"no group closes at {i}: {p[i : i + 40]}…")
    return whole.end() - 1


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
        c, nxt = p[i], skip_atom(p, i)
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


# a quantifier after an atom, and whether it lets the atom be left out
QUANTIFIER_SPAN: Final = regex_cache.compile(
    r"(?:(?P<optional>[?*]|\{0?,\d*\}|\{0\})|\+|\{[1-9]\d*,?\d*\})[?+]?"
)
# Characters tried against a pattern where it is not written: ASCII and Latin-1 (the
# line ends, tabs and spaces among them), the general and CJK marks, circled numbers, the
# full-width forms (a class or escape that holds any of them opens with a character the
# pattern does not name, and ``opening_chars`` refuses it).
PROBE_CHARS: Final = "".join(
    map(
        chr,
        [
            *range(0x00, 0x100),
            *range(0x2010, 0x2070),
            *range(0x2460, 0x2500),
            *range(0x3000, 0x3040),
            *range(0xFF01, 0xFF5F),
        ],
    )
)
# Assertions a match's first character alone cannot answer: what stands before it decides.
BEHIND: Final = ("(?<=", "\\b", "\\B", "\\G")


def alone_is_enough(pattern: regex.Pattern[str]) -> None:
    """Refuse a pattern whose opening cannot be told by its first character alone: one
    that matches the empty string, reads backwards or asks what stands before a match
    (a negative look-behind sees nothing before a character alone and passes: it can only
    say yes more often)."""
    if pattern.flags & regex.REVERSE or any(b in pattern.pattern for b in BEHIND):
        raise ValueError(f"looks behind: {pattern.pattern[:40]}…")
    if pattern.match("") is not None:
        raise ValueError(f"matches the empty string: {pattern.pattern[:40]}…")


def opening_chars(pattern: regex.Pattern[str]) -> frozenset[str]:
    """Every character a match of ``pattern`` can open with, when all are written in it
    (a list of words, a class of marks): those written that match it partially. Raises
    ``ValueError`` where a character not written in it opens a match (``\\d``, a range,
    any Han character): a text holding none of the set holds no match of the pattern."""
    alone_is_enough(pattern)
    words = literal_openers(pattern)
    if words is not None:
        return words
    return _probed_openers(pattern)


def literal_openers(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The characters written first in every alternative of ``pattern`` (words, classes
    of plain characters, groups of them, a part that may be left out and what follows
    it, a look-ahead or a negative look-behind before them): read with no call; None when
    one opens otherwise (an escape, a class with a range or a negation, another group)."""
    if pattern.flags & (regex.I | regex.X):
        return None  # (a case or a space the text does not show)
    return first_chars_read(pattern.pattern)


def first_chars_read(p: str) -> frozenset[str] | None:
    """The characters every match of the pattern text ``p`` opens with, as written in
    it (see ``literal_openers``), else None."""
    firsts = _firsts(p)
    return None if firsts is None else frozenset(firsts)


def alternative_first_chars(a: str) -> frozenset[str] | None:
    """``first_chars_read`` of ``a``, an alternative of a pattern's top level (no bar
    outside its groups): read from its opening only, where the pattern's text would be
    read to its end for its bars (a leading filler's alternative holds the verbs' list)."""
    firsts = _firsts_of(a)
    return None if firsts is None else frozenset(firsts)


def _firsts(p: str) -> set[str] | None:
    out: set[str] = set()
    for a in split_alternatives(p):
        found = _firsts_of(a)
        if found is None:
            return None
        out |= found
    return out


def _firsts_of(a: str) -> set[str] | None:
    """The first characters of the pattern text ``a`` (no ``|`` at its top level)."""
    if not a:
        return None  # it may match nothing: refused
    if a.startswith(("^", "\\A")):  # (an anchor takes no character: what follows opens)
        return _firsts_of(a[1 if a[0] == "^" else 2 :])
    j = skip_atom(a, 0)
    if a.startswith(("(?!", "(?<!", "(?=")):  # it only narrows what the rest opens with
        return _firsts_of(a[group_end(a, 0) + 1 :])
    if a[0] == "(":
        close = group_end(a, 0)
        inner = None  # (another group: atomic, a flag, a look-behind that must see)
        if a.startswith("(?:"):
            inner = a[3:close]
        elif a.startswith("(?P<"):
            inner = a[a.index(">") + 1 : close]
        found = None if inner is None else _firsts(inner)
        j = close + 1
    elif a[0] == "[":
        body = a[1 : j - 1]
        plain = body and body[0] != "^" and not any(c in body for c in "\\-[")
        found = set(body) if plain else None
    else:
        found = None if a[0] in SPECIAL else {a[0]}
    if found is None:
        return None
    # (an atom left out is followed by ?, * or {: asked only there)
    q = QUANTIFIER_SPAN.match(a, j) if a[j : j + 1] in ("?", "*", "{") else None
    if q and q.group("optional"):  # the atom may be left out: what follows may open too
        rest = _firsts_of(a[q.end() :])
        return None if rest is None else found | rest
    return found


def _probed_openers(pattern: regex.Pattern[str]) -> frozenset[str]:
    """``opening_chars`` asked of the pattern character by character."""
    written = set(pattern.pattern)
    tried = [c for c in PROBE_CHARS if c not in written] + probes(written)
    if any(pattern.match(c, partial=True) for c in tried):
        raise ValueError(f"opens with a character not written in it: {pattern.pattern[:40]}…")
    return frozenset(c for c in written if pattern.match(c, partial=True))


def opening_han(pattern: regex.Pattern[str]) -> frozenset[str]:
    """The Han characters a match of ``pattern`` can open with: those written in it that
    match it partially. For a pattern whose matches open with a word (not a digit, a mark
    or any Han character at all: that raises ``ValueError``), a text holding none of them
    holds no match."""
    written = {c for c in pattern.pattern if HAN_BLOCK[0] <= c <= HAN_BLOCK[1]}
    if any(pattern.match(c, partial=True) for c in probes(written)):
        raise ValueError(f"opens with any Han character: {pattern.pattern[:40]}…")
    return frozenset(c for c in written if pattern.match(c, partial=True))


def spread(alternative: str) -> list[str]:
    """``alternative`` as alternatives whose opening group (if any) is spread over what
    follows it: ``(?:A|B)C`` → ``AC``, ``BC`` (not when the group repeats: ``(?:A|B)?C``)."""
    return list(spread_each(alternative))


def spread_each(alternative: str) -> Iterator[str]:
    """``spread(alternative)`` one at a time: a reader that keeps none of them holds one
    (the leading filler's verbs spread over what follows them are some 280 alternatives of
    2,000 characters each: a megabyte held at once as a list)."""
    if not alternative.startswith("(?:"):
        yield alternative
        return
    close = group_end(alternative, 0)
    rest = alternative[close + 1 :]
    if rest[:1] and rest[0] in QUANTIFIERS:
        yield alternative
        return
    for a in split_alternatives(alternative[3:close]):
        yield from spread_each(a + rest)


def literal_prefix(p: str) -> str:
    """The literal characters every match of the pattern text ``p`` opens with."""
    i = 0
    while i < len(p) and p[i] not in SPECIAL:
        i += 1
    if i < len(p) and p[i] in QUANTIFIERS:
        i -= 1  # the last character may repeat or be left out
    return p[: max(i, 0)]


def needles(p: str) -> tuple[str, ...] | None:
    """For an alternative that opens with a repeat of any Han character, the literals one
    of which every match holds right after it (``\\p{Han}{1,6}?期间`` → 期间; past a
    look-around, ``\\p{Han}(?<![内附])设`` → 设), else None."""
    m = ANY_HAN_OPENING.match(p)
    if not m:
        return None
    rest = p[m.end() :]
    while rest.startswith(LOOKAROUNDS):  # (they take no character: the literal follows)
        close = group_end(rest, 0)
        if rest[close + 1 : close + 2] in tuple(QUANTIFIERS):
            return None
        rest = rest[close + 1 :]
    if rest.startswith("(?:"):
        found = tuple(literal_prefix(a) for a in split_alternatives(rest[3 : group_end(rest, 0)]))
    else:
        found = (literal_prefix(rest),)
    return found if all(found) else None
