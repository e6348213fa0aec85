"""A repeated alternation ``(?:A|B|…)+`` matched a step at a time, each step among the
alternatives that can open where it stands.

The regex engine tries every alternative of a long alternation at each position (the
leading filler of a metric phrase holds about 280), most of which cannot open with the
characters there. ``Steps(pattern)`` reads the alternatives from the pattern itself (a
group that opens an alternative with nothing repeating it is spread over what follows it:
``(?:A|B)C`` is ``AC|BC``) and, for each, what it can open with:

- the literal it opens with (a verb such as 完成, guards after it): tried only where the
  text's next two characters agree with it;
- else the Han characters written in it that match it partially (a character with which
  a match can begin matches it partially: ``[省市县区]…``, ``(?:各级)?各…``);
- or, for one that opens with any Han character (``\\p{Han}{1,6}?期间``, found because
  a Han character written nowhere in the pattern matches it partially), the literals that
  follow its first repeat (期间; 网格员 or 工作人员): it is tried only at a step before
  one of them.

A character outside the Han block (a digit, a mark, a space) is matched partially against
the alternatives without a literal when first met. Each step then matches the
alternation of the alternatives left, in their order, compiled once per such set; a long
alternative (a guard holding a list of verbs) is compiled once alone and tried by itself,
in its turn, rather than compiled again inside every set it stands in.

Before the steps pay (``WARM_CALLS``), the whole pattern is asked, on its ``re`` twin,
where an alternative can open (``_Openings``): the answer for the two characters at the
start is read once from the alternatives' text (the first two characters of a literal,
the characters written first, a short alternative asked of alone) and then looked up;
an alternative that opens with any Han character is asked for where the window holds the
first character of a literal after its repeat. (fast22 removed a gate of the same
reading that tested each ask afresh: 11.3 ms to turn 1,415 of a corpus run's 3,441 asks
away, more than the calls it spared; the looked-up answer costs a dictionary read.)

Contract: ``Steps(pattern).end(text, pos, endpos)`` is where
``pattern.match(text, pos, endpos)`` ends, or ``pos`` when it does not match. That holds
because nothing follows the repeat: at each step the first alternative (in order) that
matches is taken and the repeat goes on from its end; a step where none matches ends it,
with no turning back into an earlier step. Alternatives that can match the empty string
would break that (an empty step ends the repeat here): the patterns given have none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

import regex

from metrics import regex_cache, twins
from metrics.gates import LONG_ALTERNATIVE

# (the pattern's text read as ``metrics.opening`` reads it; HAN_BLOCK holds no digit, mark
# or space)
from metrics.opening import (
    ANY_HAN_OPENING,
    HAN_BLOCK,
    Opens,
    alternative_first_chars,
    group_end,
    literal_prefix,
    needles,
    split_alternatives,
    spread,
    spread_each,
)
from metrics.opening import probes as _probes

# An alternative longer than ``LONG_ALTERNATIVE`` (a guard that holds the verbs' list) is
# compiled alone, once, and tried by itself: within an alternation it would be compiled
# again for every set of alternatives it stands in (2-3 ms each, most of a small file's time).
KEYS_KEPT: Final = 50_000  # steps remembered by the characters they open with (a few MB at most)
# Calls answered by the whole pattern before the steps are built. Building them compiles
# some 90 small patterns, 0.1-0.2 s of CPU on a report's first figures, which saves about
# 10 µs a call after: a small report would pay more than it gains (measured: start-up).
WARM_CALLS = 10_000
# A step: alternations of the alternatives it may take, in their order (a long one alone).
Step = tuple[regex.Pattern[str], ...]


@dataclass(slots=True)
class _Table:
    """What each alternative of a ``Steps`` pattern can open with (built on first use)."""

    flags: int
    alternatives: list[str]
    prefixes: list[str]  # the literal each opens with ("" if none)
    unwritten: dict[int, regex.Pattern[str]]  # those with none, compiled (but `anywhere`)
    anywhere: frozenset[int]  # alternatives that may open with any Han character: of them,
    always: tuple[int, ...]  # …those tried at every step,
    needles: dict[int, tuple[str, ...]]  # …and those tried where one of their literals is
    needle_chars: frozenset[str]  # (the literals' characters: none there, none to find)
    # the alternatives a character opens, each with the literal it opens with
    by_char: dict[str, tuple[tuple[int, str], ...]]
    steps: dict[tuple[int, ...], Step] = field(default_factory=dict)
    runs: dict[tuple[int, ...], regex.Pattern[str]] = field(default_factory=dict)
    # the step for the two characters a step opens with and the alternatives held
    by_key: dict[tuple[str, tuple[int, ...]], Step] = field(default_factory=dict)


class Steps:
    """``pattern`` (of the form ``(?:…)+``, neither verbose nor ignoring case: its text is
    read as written) matched a step at a time; with ``steps=False``, always whole (on its
    ``re`` twin): for a pattern whose twin is faster than its steps."""

    def __init__(self, pattern: regex.Pattern[str], steps: bool = True) -> None:
        text = pattern.pattern
        plain = not pattern.flags & (regex.X | regex.I)
        if not (plain and text.startswith("(?:") and text.endswith(")+")):
            raise ValueError(f"not a plain repeated group: {text[:40]}…")
        if group_end(text, 0) != len(text) - 2:
            raise ValueError(f"not one repeated group: {text[:40]}…")
        if pattern.match("") is not None:  # (an empty step would end the repeat)
            raise ValueError(f"matches the empty string: {text[:40]}…")
        self.pattern = pattern
        # the whole pattern's calls asked of its ``re`` twin (``metrics.twins``: the
        # leading filler's 951 calls a corpus run 10.6 -> 4.1 ms replayed); the steps
        # read ``pattern``
        self._whole: Any = None
        self._steps = steps
        self._table: _Table | None = None
        self._openings: _Openings | None = None
        self._calls = 0

    def table(self) -> _Table:
        if self._table is None:
            self._table = _build(self.pattern)
        return self._table

    def end(self, text: str, pos: int, endpos: int) -> int:
        """Where ``self.pattern.match(text, pos, endpos)`` ends, or ``pos``."""
        if pos >= endpos:
            return pos  # (no step matches the empty string: nothing to ask)
        t = self._table
        if t is None:
            self._calls += 1
            if self._calls <= WARM_CALLS or not self._steps:  # till the steps would pay
                gate = self._openings
                if gate is None:
                    gate = self._openings = _openings(self.pattern)
                key = text[pos : pos + 2] if pos + 1 < endpos else text[pos]
                may = gate.answers.get(key)
                if may is None:
                    may = gate.learn(key)
                if not may and gate.needle_chars.isdisjoint(text[pos:endpos]):
                    return pos  # no alternative opens here (``_Openings``)
                whole = self._whole
                if whole is None:
                    whole = self._whole = twins.twin(self.pattern)
                m = whole.match(text, pos, endpos)
                return pos if m is None else m.end()
            t = self.table()
        held, last = t.always, None
        if t.needles and not t.needle_chars.isdisjoint(text[pos:endpos]):
            # where each literal last stands: its alternative is tried at the steps before
            last = {i: max(text.rfind(n, pos, endpos) for n in hay) for i, hay in t.needles.items()}
        while pos < endpos:
            # the step is chosen by the two characters it opens with (one at the end)
            key = text[pos : pos + 2] if pos + 1 < endpos else text[pos]
            if last:
                held = t.always + tuple(i for i, at in last.items() if at >= pos)
            step = t.by_key.get((key, held))
            if step is None:
                if len(t.by_key) >= KEYS_KEPT:
                    t.by_key.clear()
                step = t.by_key[key, held] = _step(t, key, held)
            m = None
            for part in step:  # the first part (in order) that matches takes the step
                m = part.match(text, pos, endpos)
                if m is not None:
                    break
            if m is None or m.end() == pos:
                break
            pos = m.end()
        return pos


def _step(t: _Table, key: str, held: tuple[int, ...]) -> Step:
    """The parts of the step where the text opens with ``key``: the alternatives that may
    match there, with ``held`` (those opening with any Han character), in their order."""
    openers = t.by_char.get(key[0])
    if openers is None:
        openers = _openers(t, key[0])
    fits = {i for i, lit in openers if lit[: len(key)] == key[: len(lit)]}
    chosen = tuple(sorted(fits.union(held)))
    step = t.steps.get(chosen)
    if step is None:
        step = t.steps[chosen] = tuple(_compile(t, run) for run in _runs(t, chosen))
    return step


def _runs(t: _Table, chosen: tuple[int, ...]) -> list[tuple[int, ...]]:
    """``chosen`` cut into runs of short alternatives, each long one a run of its own."""
    runs: list[tuple[int, ...]] = []
    for i in chosen:
        long = len(t.alternatives[i]) > LONG_ALTERNATIVE
        if runs and not long and len(t.alternatives[runs[-1][-1]]) <= LONG_ALTERNATIVE:
            runs[-1] += (i,)
        else:
            runs.append((i,))
    return runs


def _compile(t: _Table, run: tuple[int, ...]) -> regex.Pattern[str]:
    """The alternation of ``run``, compiled once."""
    pattern = t.runs.get(run)
    if pattern is None:
        joined = "|".join(f"(?:{t.alternatives[i]})" for i in run)
        pattern = t.runs[run] = regex_cache.compile(joined, t.flags)
    return pattern


def _openers(t: _Table, c: str) -> tuple[tuple[int, str], ...]:
    """The alternatives (not opening with any Han character) that ``c``, written in none,
    opens: none for a Han character (see ``_build``); for any other, those that open with
    it as their literal or that it matches partially."""
    found: tuple[tuple[int, str], ...] = ()
    if not HAN_BLOCK[0] <= c <= HAN_BLOCK[1]:
        found = tuple(
            (i, lit)
            for i, lit in enumerate(t.prefixes)
            if lit[:1] == c or (i in t.unwritten and t.unwritten[i].match(c, partial=True))
        )
    t.by_char[c] = found
    return found


def _build(pattern: regex.Pattern[str]) -> _Table:
    """The alternatives of ``pattern`` and what each opens with: its literal's first
    character, else (compiled) the Han characters written in it that match it partially,
    or any Han character at all (see the module's docstring)."""
    text = pattern.pattern
    alternatives = [s for a in split_alternatives(text[3:-2]) for s in spread(a)]
    prefixes = [literal_prefix(a) for a in alternatives]
    written = {c for c in text if HAN_BLOCK[0] <= c <= HAN_BLOCK[1]}
    probes = _probes(written)
    anywhere, found, unwritten = [], {}, {}
    runs: dict[tuple[int, ...], regex.Pattern[str]] = {}
    by_char: dict[str, list[tuple[int, str]]] = {}
    for i, (a, lit) in enumerate(zip(alternatives, prefixes, strict=True)):
        if lit:  # (any other character's openers are found when it is first met)
            if HAN_BLOCK[0] <= lit[0] <= HAN_BLOCK[1]:
                by_char.setdefault(lit[0], []).append((i, lit))
            continue
        p = runs[i,] = regex_cache.compile(a, pattern.flags)  # (a step may take it alone)
        # a look-behind that opens an alternative cannot be matched partially alone
        if a.startswith("(?<=") or any(p.match(c, partial=True) for c in probes):
            anywhere.append(i)
            hay = needles(a)
            if hay:
                found[i] = hay
            continue
        unwritten[i] = p
        for c in sorted({c for c in a if c in written}):
            if p.match(c, partial=True):
                by_char.setdefault(c, []).append((i, ""))
    return _Table(
        pattern.flags,
        alternatives,
        prefixes,
        unwritten,
        frozenset(anywhere),
        tuple(i for i in anywhere if i not in found),
        found,
        frozenset("".join(n[0] for hay in found.values() for n in hay)),
        {c: tuple(sorted(v)) for c, v in by_char.items()},
        runs=runs,
    )


@dataclass(slots=True)
class _Openings:
    """Where a match of a ``Steps`` pattern can open, read from its alternatives' text
    (``_openings``), the answer for each pair of characters looked up once learnt.

    Contract: ``learn(key)`` (``key`` the two characters at ``pos``, or the one left before
    ``endpos``) is False only where no alternative other than those opening with any Han
    character can open a match with ``key``; those match only where the window from ``pos``
    holds the first character of one of the literals after their repeat (``needle_chars``).
    Where ``learn`` is False and the window holds none of ``needle_chars``,
    ``pattern.match(text, pos, endpos)`` is None.
    """

    singles: frozenset[str]  # a one-character literal, or a character read as written
    pairs: frozenset[str]  # the first two characters of a longer literal
    asked: tuple[Opens, ...]  # short alternatives no text tells, asked a character at a time
    needle_chars: frozenset[str]  # the first characters of the needled alternatives' literals
    always: bool  # an alternative nothing tells (a look-behind, any character): every key
    answers: dict[str, bool] = field(default_factory=dict)

    def learn(self, key: str) -> bool:
        """Whether an alternative that is no needled one can open with ``key`` (kept)."""
        c = key[0]
        may = (
            self.always
            or key in self.pairs
            or c in self.singles
            or any(opens(c) for opens in self.asked)
        )
        if len(self.answers) >= KEYS_KEPT:
            self.answers.clear()
        self.answers[key] = may
        return may


def _openings(pattern: regex.Pattern[str]) -> _Openings:
    """What the alternatives of ``pattern`` (``(?:A|B|…)+``) open with, read from their
    text: a literal's first two characters (one for a one-character literal), else the
    characters written first (a class, a word made optional, a negative look-around
    before them), else, for an alternative opening with a repeat of any Han character,
    the first characters of the literals after it (``needles``: one of them stands in
    every match); a short alternative none of these tells is asked of alone
    (``Opens``: a partial match of a character); a long one, or one that looks behind
    or opens with any Han character and no literal after, makes every key an opening."""
    singles: set[str] = set()
    pairs: set[str] = set()
    needled: set[str] = set()
    asked: list[Opens] = []
    always = False
    text = pattern.pattern
    for a in (s for alt in split_alternatives(text[3:-2]) for s in spread_each(alt)):
        lit = literal_prefix(a)
        if lit:
            (pairs if len(lit) > 1 else singles).add(lit[:2])
            continue
        firsts = alternative_first_chars(a)
        if firsts is not None:
            singles |= firsts
            continue
        hay = needles(a)
        if hay is not None:
            needled.update(n[0] for n in hay)
        elif ANY_HAN_OPENING.match(a) or len(a) > LONG_ALTERNATIVE:
            always = True
        else:
            try:
                asked.append(Opens(regex_cache.compile(a, pattern.flags)))
            except ValueError:  # (it looks behind: a character alone cannot tell)
                always = True
    return _Openings(frozenset(singles), frozenset(pairs), tuple(asked), frozenset(needled), always)
