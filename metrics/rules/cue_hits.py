"""Where a cue may stand in a sentence, found once for all its figures.

Contract: ``may_match(pattern, text, lo, hi)`` is False only when ``pattern`` finds
nothing in ``text[lo:hi]`` searched as a string of its own (the window of words before
a figure); True when it may, and the caller then searches the window as before. The
answer comes from one scan of ``text`` per pattern (kept for the next figures of the same
text: ``roles`` gives the whole normalised text a sentence stands in, so each cue is
scanned once a text, not once a sentence) and a bisection, instead of a scan of each
figure's window: a window of 300 characters before each of a sentence's figures is read
again for every figure.

Why it is exact: the scan uses the pattern with its zero-width assertions taken out
(lookarounds, ``^``, ``$``, ``\\b``…), which matches wherever the pattern matches and
more, and whose matches depend only on the characters they consume. A match inside the
window consumes characters of the window, so the relaxed pattern matches at the same
start in the whole text. A pattern this cannot be said of (atomic groups, possessive
repeats, back-references, conditionals, verbose) is never filtered: ``may_match`` says
True.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Final

import regex

from metrics import regex_cache
from metrics.gates import may_open_in
from metrics.rules.breaks import placed

# zero-width escapes outside a class; a back-reference or \K (keep) makes it unsafe
ASSERTION_ESCAPES: Final = frozenset("bBAZzG")
UNSAFE_ESCAPES: Final = frozenset("123456789gK")
QUANTIFIER_START: Final = frozenset("?*+{")


def _class_end(p: str, i: int) -> int:
    """Where the character class opening at ``p[i]`` (``[``) ends (after its ``]``)."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1  # a ] first in a class is itself
    while j < len(p) and p[j] != "]":
        if p[j] == "\\":
            j += 1
        elif p[j] == "[":
            j = _class_end(p, j) - 1  # a nested set (version 1 syntax)
        j += 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Where the group opening at ``p[i]`` (``(``) ends (after its ``)``)."""
    depth, j = 0, i
    while j < len(p):
        ch = p[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(p, j)
            continue
        depth += ch == "("
        depth -= ch == ")"
        j += 1
        if depth == 0:
            return j
    raise ValueError("unbalanced group")


def relaxed_source(p: str) -> str | None:
    """``p`` without its zero-width assertions, or None when that is not safe."""
    out: list[str] = []
    i = 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            nxt = p[i + 1 : i + 2]
            if nxt in UNSAFE_ESCAPES:
                return None
            if nxt in ASSERTION_ESCAPES:
                i += 2
                if p[i : i + 1] in QUANTIFIER_START:
                    return None
                continue
            out.append(p[i : i + 2])
            i += 2
        elif ch == "[":
            end = _class_end(p, i)
            out.append(p[i:end])
            i = end
        elif ch in "^$":
            i += 1
            if p[i : i + 1] in QUANTIFIER_START:
                return None
        elif p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(p, i)
            if p[i : i + 1] in QUANTIFIER_START:
                return None
        elif p.startswith(("(?>", "(?(", "(?P=", "(?P>", "(?R", "(?&", "(?#", "(?|"), i):
            return None
        elif ch in QUANTIFIER_START and p[i + 1 : i + 2] == "+":
            return None  # a possessive repeat gives nothing back
        elif ch == "}" and p[i + 1 : i + 2] == "+":
            return None
        else:
            out.append(ch)
            i += 1
    return "".join(out)


@cache
def relaxed(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """``pattern`` without its assertions (see the module contract), or None."""
    if pattern.flags & (regex.VERBOSE | regex.REVERSE):
        return None
    source = relaxed_source(pattern.pattern)
    return None if source is None else regex_cache.compile(source, pattern.flags)


# The last text each (relaxed) pattern was scanned in, and where it matches there: the
# figures of a text ask about the same text object in turn (its whole normalised text, or
# one sentence), and a text no longer asked about is not kept alive by more than this.
_LAST: Final[dict[regex.Pattern[str], tuple[str, tuple[int, ...]]]] = {}


def _starts(pattern: regex.Pattern[str], text: str) -> tuple[int, ...]:
    """Every position of ``text`` where ``pattern`` (relaxed) matches, in order."""
    last = _LAST.get(pattern)
    if last is not None and last[0] is text:
        # (by identity: the figures of one text share its object; an equal text read again
        # is scanned again, as a new report would be, and comparing texts costs a scan)
        return last[1]
    starts: tuple[int, ...] = ()
    if may_open_in(pattern, text):
        starts = tuple(m.start() for m in pattern.finditer(text, overlapped=True))
    _LAST[pattern] = (text, starts)
    return starts


def may_match(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``pattern.search(text[lo:hi])`` may find something (see the contract)."""
    loose = relaxed(pattern)
    if loose is None:
        return True
    starts = _starts(loose, text)
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] <= hi  # (an empty match may start at hi)


# A look-behind of one character of a plain class (``(?<![比较])``): the only one a
# sentence's matches may be read from its text's scan with (see ``sentence_matches``).
ONE_CHAR_LOOKBEHIND: Final = regex_cache.compile(r"\(\?<[=!]\[(?:[^\]\\\[^-]|\\[ntr])+\]\)")
# what makes a match depend on the characters after the sentence or before it otherwise
# (look-aheads, anchors, word bounds, back-references, atomic and possessive parts)
END_SENSITIVE: Final = (
    "(?=", "(?!", "(?<", "(?>", "(?(", "(?P=", "(?P>", "(?R", "(?&", "(?|", "(?#", "^", "$",
    "++", "*+", "?+", "}+",
)  # fmt: skip


@cache
def looked_behind(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The characters ``pattern``'s look-behinds read, each one character of a plain
    class; None when the pattern reads anything else outside its match (see
    ``sentence_matches``)."""
    if pattern.flags & (regex.REVERSE | regex.I) or pattern.fullmatch("") is not None:
        return None  # (an empty match at the sentence's end is not one of the text's)
    p = pattern.pattern
    rest = ONE_CHAR_LOOKBEHIND.sub("", p)
    if any(u in rest for u in END_SENSITIVE):
        return None
    escapes = {rest[i + 1] for i in range(len(rest) - 1) if rest[i] == "\\"}
    if escapes & (ASSERTION_ESCAPES | UNSAFE_ESCAPES):
        return None
    chars = {c for m in ONE_CHAR_LOOKBEHIND.finditer(p) for c in m.group()[5:-2]}
    if any(c == "\\" for c in chars):
        return None  # (an escaped line end in a look-behind: not read here)
    return frozenset(chars)


# The matches of a pattern in the last text a sentence was said to stand in: (text,
# starts, ends, matched words).
_IN_TEXT: Final[dict[regex.Pattern[str], tuple[str, list[int], list[int], list[str]]]] = {}


def sentence_matches(
    pattern: regex.Pattern[str], sentence: str
) -> list[tuple[int, int, str]] | None:
    """``[(m.start(), m.end(), m.group()) for m in pattern.finditer(sentence)]`` read from
    one scan of the text ``sentence`` was said to stand in (``breaks.stands_in``); None
    when it cannot be read from there, and the caller scans the sentence.

    Why it is exact: a pattern that reads nothing after its match (no look-ahead, anchor,
    word bound) fails at the sentence's end wherever it needs a character there, alone or
    in its text, and so chooses the same match at each start, unless its match in the
    text runs past the sentence's end; and it finds the same matches from the sentence's
    start on, unless a match of the text runs across that start or a look-behind reads
    the character before it. Those three cases, and a sentence said nowhere, are left to
    the caller."""
    behind = looked_behind(pattern)
    if behind is None:
        return None
    text, s = placed(sentence)
    if text is sentence:
        return None
    e = s + len(sentence)
    if s > 0 and text[s - 1] in behind:
        return None
    kept = _IN_TEXT.get(pattern)
    if kept is None or kept[0] is not text:
        starts, ends, words = [], [], []
        for m in pattern.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            words.append(m.group())
        kept = (text, starts, ends, words)
        _IN_TEXT[pattern] = kept
    _, starts, ends, words = kept
    i, j = bisect_left(starts, s), bisect_left(starts, e)
    if (i > 0 and ends[i - 1] > s) or (j > i and ends[j - 1] > e):
        return None  # a match of the text runs across the sentence's start or end
    return [(starts[k] - s, ends[k] - s, words[k]) for k in range(i, j)]
