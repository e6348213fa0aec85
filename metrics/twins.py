"""A pattern's twin for the standard ``re`` engine, where ``re`` reads it with the same meaning.

The package writes its patterns for ``regex`` (``\\p{Han}``, variable look-behinds, a name
given to a group in several alternatives). Many are plain, and on those ``re``'s engine is
often the faster (a class is tested through a bitmap, where ``regex`` tests a set member by
member; a literal prefix is looked for with a fast string search): ``re_twin`` compiles
such a pattern for ``re``, with the character classes whose meaning differs between the two
engines written out as ``regex`` reads them (``HAN``, ``SPACE``, ``DIGIT``: ``re``'s ``\\s``
also takes the separators U+001C–U+001F, and its ``\\d`` follows an older Unicode; a
negated one inside a class, ``[^\\P{Han}的]``, as the ranges its class leaves out). ``re``'s
parser is Python too: a twin is compiled through ``regex_cache.compile_re``, kept in the
same file as the ``regex`` patterns.

Contract: ``re_twin(text, flags)`` returns an ``re`` pattern whose ``match``, ``fullmatch``,
``search``, ``finditer``, ``findall``, ``sub`` and ``split`` answer what those of
``regex.compile(text, flags)`` answer (the same spans, groups and last group), or raises
``NoTwin`` naming what ``re`` cannot read the same: a property other than Han, ``\\w`` and
``\\b`` (``re`` reads Unicode's word characters differently), a look-behind of variable
width, a group name given twice (``re.compile`` refuses both), a flag or syntax only
``regex`` has. Which patterns take their twin is decided one by one where they are
compiled, by measurement (``benchmarks/engine_replay.py``); ``tests/test_twins.py`` holds
each twin used to its pattern on every line and sentence at hand and on made-up text.
What ``regex`` alone offers (``partial=True``, used by the gates to read a pattern) stays
asked of the ``regex`` pattern.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import regex

from metrics import regex_cache

# The characters ``regex`` (this version's Unicode) reads as \p{Han}, \s and \d, as ranges
# of a class: ``tests/test_twins.py`` checks each against ``regex`` on every code point.
HAN = (
    "\\u2e80-\\u2e99\\u2e9b-\\u2ef3\\u2f00-\\u2fd5\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303b"
    "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufa6d\\ufa70-\\ufad9\\U00016fe2-\\U00016fe3"
    "\\U00016ff0-\\U00016ff6\\U00020000-\\U0002a6df\\U0002a700-\\U0002b81e"
    "\\U0002b820-\\U0002cead\\U0002ceb0-\\U0002ebe0\\U0002ebf0-\\U0002ee5d"
    "\\U0002f800-\\U0002fa1d\\U00030000-\\U0003134a\\U00031350-\\U00033479"
)
SPACE = "\\x09-\\x0d\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028-\\u2029\\u202f\\u205f\\u3000"
DIGIT = (
    "\\x30-\\x39\\u0660-\\u0669\\u06f0-\\u06f9\\u07c0-\\u07c9\\u0966-\\u096f\\u09e6-\\u09ef"
    "\\u0a66-\\u0a6f\\u0ae6-\\u0aef\\u0b66-\\u0b6f\\u0be6-\\u0bef\\u0c66-\\u0c6f\\u0ce6-\\u0cef"
    "\\u0d66-\\u0d6f\\u0de6-\\u0def\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u0f20-\\u0f29\\u1040-\\u1049"
    "\\u1090-\\u1099\\u17e0-\\u17e9\\u1810-\\u1819\\u1946-\\u194f\\u19d0-\\u19d9\\u1a80-\\u1a89"
    "\\u1a90-\\u1a99\\u1b50-\\u1b59\\u1bb0-\\u1bb9\\u1c40-\\u1c49\\u1c50-\\u1c59\\ua620-\\ua629"
    "\\ua8d0-\\ua8d9\\ua900-\\ua909\\ua9d0-\\ua9d9\\ua9f0-\\ua9f9\\uaa50-\\uaa59\\uabf0-\\uabf9"
    "\\uff10-\\uff19\\U000104a0-\\U000104a9\\U00010d30-\\U00010d39\\U00010d40-\\U00010d49"
    "\\U00011066-\\U0001106f\\U000110f0-\\U000110f9\\U00011136-\\U0001113f"
    "\\U000111d0-\\U000111d9\\U000112f0-\\U000112f9\\U00011450-\\U00011459"
    "\\U000114d0-\\U000114d9\\U00011650-\\U00011659\\U000116c0-\\U000116c9"
    "\\U000116d0-\\U000116e3\\U00011730-\\U00011739\\U000118e0-\\U000118e9"
    "\\U00011950-\\U00011959\\U00011bf0-\\U00011bf9\\U00011c50-\\U00011c59"
    "\\U00011d50-\\U00011d59\\U00011da0-\\U00011da9\\U00011de0-\\U00011de9"
    "\\U00011f50-\\U00011f59\\U00016130-\\U00016139\\U00016a60-\\U00016a69"
    "\\U00016ac0-\\U00016ac9\\U00016b50-\\U00016b59\\U00016d70-\\U00016d79"
    "\\U0001ccf0-\\U0001ccf9\\U0001d7ce-\\U0001d7ff\\U0001e140-\\U0001e149"
    "\\U0001e2f0-\\U0001e2f9\\U0001e4f0-\\U0001e4f9\\U0001e5f1-\\U0001e5fa"
    "\\U0001e950-\\U0001e959\\U0001fbf0-\\U0001fbf9"
)


def _ranges(written: str) -> list[tuple[int, int]]:
    """The code points' ranges a class's text above holds (its escapes read back)."""
    found = regex.findall(r"\\[xuU]([0-9a-f]+)(?:-\\[xuU]([0-9a-f]+))?", written)
    return [(int(lo, 16), int(hi or lo, 16)) for lo, hi in found]


def _others(written: str) -> str:
    """The ranges of every code point ``written`` does not hold (a negated escape inside a
    class: ``[^\\P{Han}的]`` is ``[^`` and the ranges that are not Han, and ``的]``)."""
    out, at = [], 0
    for lo, hi in _ranges(written):
        if lo > at:
            out.append(f"\\U{at:08x}-\\U{lo - 1:08x}")
        at = hi + 1
    if at <= 0x10FFFF:
        out.append(f"\\U{at:08x}-\\U0010ffff")
    return "".join(out)


# An escape written out: as a class's ranges (inside a class) and as a class (outside).
WRITTEN = {"p{Han}": HAN, "s": SPACE, "d": DIGIT}
NEGATED = {"P{Han}": HAN, "S": SPACE, "D": DIGIT}
# Flags both engines read alike (regex's VERSION0 is its default and ``re``'s only way).
SHARED_FLAGS = regex.M | regex.S | regex.X | regex.U | regex.V0
# Escapes whose meaning differs (\w, \b: Unicode's word characters) or that only ``regex``
# reads (some are errors in ``re``, which ``re.compile`` reports anyway).
UNREAD = frozenset("wWbBmMKXGLNpP")
# Syntax only ``regex`` reads that ``re`` could take for something else: a POSIX class,
# a fuzzy constraint, a reversed search.
REGEX_ONLY = ("[[:", "[^[:", "(?r", "(?V", "(?f", "(?b", "(?e", "(?w", "(?p", "(?|", "(?&")


class NoTwin(ValueError):
    """``re`` cannot read the pattern with the meaning ``regex`` gives it."""


def re_twin(text: str, flags: int = 0) -> re.Pattern[str]:
    """The ``re`` pattern that matches what ``regex.compile(text, flags)`` matches (see the
    module's contract), or ``NoTwin``."""
    if flags & ~SHARED_FLAGS:
        raise NoTwin(f"flags {flags:#x}")
    for syntax in REGEX_ONLY:
        if syntax in text:
            raise NoTwin(f"{syntax} is regex's")
    written = _written(text, bool(flags & regex.X))
    if regex.search(r"(?<!\\)\{[a-zA-Z]", written):
        raise NoTwin("a fuzzy constraint or a literal brace")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a nested set or other FutureWarning: not read alike
        try:  # (through the kept file: re's parser costs as much as regex's)
            return regex_cache.compile_re(written, (flags & ~regex.V0) | re.UNICODE)
        except (re.error, FutureWarning, DeprecationWarning) as exc:
            raise NoTwin(f"re: {exc}") from exc


# The runs of characters ``_written`` copies as they are, outside a class and inside one
# (a character-at-a-time loop took 9 ms on the rules' largest twin, at a run's first figure).
_PLAIN_OUT = regex_cache.compile_re(r"[^\\\[(#]+")
_PLAIN_IN = regex_cache.compile_re(r"[^\\\[\]]+")


def _written(text: str, verbose: bool) -> str:
    """``text`` with \\p{Han}, \\s and \\d (and their negations) written as ``regex`` reads
    them, and ``(?<name>`` as ``(?P<name>``; a verbose pattern's comments as they are."""
    out: list[str] = []
    i, n = 0, len(text)
    in_class = False
    while i < n:
        plain = (_PLAIN_IN if in_class else _PLAIN_OUT).match(text, i)
        if plain is not None:  # a run copied as it is, in one step
            out.append(plain.group())
            i = plain.end()
            continue
        c = text[i]
        if c == "\\":
            if i + 1 >= n:
                raise NoTwin("a pattern ending in a backslash")
            e = text[i + 1]
            name = text[i + 1 : text.find("}", i) + 1] if e in "pP" else e
            if name in WRITTEN:
                out.append(WRITTEN[name] if in_class else f"[{WRITTEN[name]}]")
            elif name in NEGATED:
                out.append(_others(NEGATED[name]) if in_class else f"[^{NEGATED[name]}]")
            elif e in UNREAD:
                raise NoTwin(f"\\{e}")
            else:
                name = e
                out.append(text[i : i + 2])
            i += 1 + len(name)
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[":
                raise NoTwin("[ inside a class")
            out.append(c)
            i += 1
            continue
        if c == "#" and verbose:
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
            continue
        if c == "[":
            j = i + 1
            j += text[j : j + 1] == "^"
            j += text[j : j + 1] == "]"  # a ] first in a class is a character of it
            out.append(text[i:j])
            in_class = True
            i = j
            continue
        if text.startswith("(?<", i) and text[i + 3 : i + 4] not in ("=", "!"):
            out.append("(?P<")
            i += 3
            continue
        out.append(c)
        i += 1
    return "".join(out)


# Each twin a module asks instead of its ``regex`` pattern, with that pattern (what
# ``tests/test_twins.py`` holds them to).
TWINS: list[tuple[Any, re.Pattern[str]]] = []


def twin(pattern: Any) -> Any:
    """``pattern``'s ``re`` twin, or ``pattern`` itself where it has none (a pattern is
    asked through its twin only where ``re`` was measured faster on the calls it gets)."""
    try:
        done = re_twin(pattern.pattern, int(pattern.flags))
    except NoTwin:
        return pattern
    TWINS.append((pattern, done))
    return done
