"""The rules' scan: one alternation of every rule, the vetoes and the quote check.

Contract: ``find_candidates(text, start, end)`` yields every figure the rules find in
``text[start:end]`` (normalised text), left to right, without overlaps, after the context
vetoes of ``exclusions`` and the quote check. A candidate carries the name of the rule
that found it and the named groups that ``resolve`` turns into values.

It is a module of its own, not the package's ``__init__``, so that the compiled build
(pyproject.toml's ``[tool.metrics-compile]``) can compile it: mypyc's build of a package's
``__init__`` cannot import the package's pure modules (the rules' data).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final

import regex

from metrics import regex_cache, twins
from metrics.errors import RuleError
from metrics.lexicon.numerals import DIGITS, FIGURE_MYRIADS, PLACES
from metrics.rules.exclusions import EXCLUSIONS, Candidate, excluded_by
from metrics.rules.figures import MYRIAD_PRE, NUMBER_CHARS, NUMBER_GOES_ON, NUMERAL_GOES_ON, RULES
from metrics.rules.qualifiers import PRE_PATTERN
from metrics.rules.rule import Rule

# Figure-holding quotes: a slogan or a name in quotes holds no statistic (“八大品牌”,
# “333工程”, 《**市**产业大招商突破年暨招商引资工作实施方案》, 〔**〕).
QUOTE_PAIRS: Final = {"“": "”", "《": "》", "〔": "〕", "「": "」", "『": "』", "‘": "’", "<": ">"}
MAX_QUOTE: Final = 24
# A figure starts with a digit, a mask, a Chinese numeral, a qualifier word, the word
# before a bare 万 or 翻 (翻一番): testing that first lets the engine pass over other
# positions quickly.
# No number starts right after a digit, nor a mask after a Latin letter (ARABIC, MASKED):
# the engine need not try the rules inside 2023 or xxxx.
# A number is a figure only with what a rule reads right after its characters (a unit, a
# multiplier, 余, a dash, 分之, a pause after a copula's value…): the rules are tried at a
# number only where one of those characters follows it (NUMBER_GOES_ON, NUMERAL_GOES_ON),
# and a year, a date, a place's mask or a numeral inside a word (2023年, xx市, 统一, 十四五)
# is passed over with one look (measured: the scan 44 → 35 ms a corpus, the positions at
# a Chinese numeral alone 1,788 of its 1,879 failures). ``tests/test_rule_first_guard.py``
# holds it to the scan without it.
FIRST: Final = (
    rf"(?:(?:(?<!\d)\d|(?<![A-Za-z])[xX]|\*)(?={NUMBER_CHARS}*(?:[{NUMBER_GOES_ON}]|\Z))"
    rf"|[{DIGITS}{PLACES}](?=[{DIGITS}{PLACES}{FIGURE_MYRIADS}]*[{NUMERAL_GOES_ON}])"
    rf"|[-负万亿翻]|{PRE_PATTERN}|[{MYRIAD_PRE}][亿万千百])"
)
# Where the quote scan has something to do: an opening mark, an ASCII quote, a line end.
# (asked of ``re``'s engine, a class tested through a bitmap: a corpus run's 118 scans
# 1.95 -> 1.17 ms replayed, ``metrics.twins``)
QUOTE_EVENT: Final = twins.twin(
    regex_cache.compile("[" + regex.escape("".join(QUOTE_PAIRS)) + '"\\n]')
)
NUMBER_RUN: Final = regex_cache.compile(r"[0-9xX*][0-9xX*.]*")  # no comma: 2.0,6 所 is two numbers
# ...read from its characters where a retry passes over it (``_past_run``: a call each veto
# made; most vetoed candidates open with no digit)
RUN_OPENS: Final = frozenset("0123456789xX*")
RUN_GOES_ON: Final = frozenset("0123456789xX*.")


# A named group in a verbose pattern: (?P<name>…) or (?<name>…), not a look-behind.
GROUP_NAME: Final = regex_cache.compile(r"\(\?P?<([^\W\d]\w*)>")


def check_rules(rules: tuple[Rule, ...]) -> None:
    """Raise ``RuleError`` unless every rule has a unique name, examples and a pattern that
    compiles. The test suite calls it (with each rule's examples); a run does not pay
    for it: compiling every rule on its own cost as much as the alternation."""
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise RuleError("rules", "rule names must be unique")
    for rule in rules:
        if not rule.examples:
            raise RuleError(rule.name, "a rule needs examples")
        try:
            regex_cache.compile(rule.pattern, regex.X)
        except regex.error as exc:
            raise RuleError(rule.name, f"pattern does not compile: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Compiled:
    """The rules compiled into one alternation, with the group numbers a match is read by."""

    master: regex.Pattern[str]
    # (rule, group number) in the order the rules are tried
    rule_index: tuple[tuple[str, int], ...]
    # the named groups each rule can fill, with their numbers in ``master`` (groups of
    # the same name share one number across rules), so a match reads only its own
    group_index: dict[str, tuple[tuple[str, int], ...]]


@cache
def compiled() -> Compiled:
    """Compile the rules once per process, on first use: importing the package (to load
    tables, or for a command that finds no figures) does not pay the ~0.3 s the
    alternation of every rule costs the ``regex`` engine (its compiled form cannot be
    cached on disk: a pickled pattern is compiled again when loaded)."""
    ordered = sorted(RULES, key=lambda r: r.priority)
    body = "|".join(f"(?P<{r.name}>{r.pattern})" for r in ordered)
    master = regex_cache.compile(f"(?={FIRST})(?:{body})", regex.X)
    index = master.groupindex
    return Compiled(
        master,
        tuple((r.name, index[r.name]) for r in ordered),
        {r.name: tuple((g, index[g]) for g in rule_groups(r)) for r in RULES},
    )


def rule_groups(rule: Rule) -> tuple[str, ...]:
    """The named groups of ``rule``'s pattern, in order, read without compiling it."""
    return tuple(dict.fromkeys(GROUP_NAME.findall(rule.pattern)))


# The vetoes that can apply to each rule's matches (one without the group a veto needs
# can never be vetoed by it), in their declared order.
VETOES: Final = {
    rule.name: tuple(ex for ex in EXCLUSIONS if not ex.needs or ex.needs in rule_groups(rule))
    for rule in RULES
}


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Short quoted stretches (inside the quote marks) of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    ascii_open = -1
    resume = start  # events inside a closed quote are passed over
    for m in QUOTE_EVENT.finditer(text, start, end):  # one scan, not one search an event
        i = m.start()
        if i < resume:
            continue
        ch = text[i]
        if ch == "\n":
            ascii_open = -1
        elif ch == '"':
            if ascii_open < 0:
                ascii_open = i
            else:
                if i - ascii_open <= MAX_QUOTE:
                    spans.append((ascii_open + 1, i))
                ascii_open = -1
        else:
            close = text.find(QUOTE_PAIRS[ch], i + 1, min(end, i + 1 + MAX_QUOTE + 1))
            if close > 0 and "\n" not in text[i:close]:
                spans.append((i + 1, close))
                resume = close + 1
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect_right(starts, s) - 1
    return k >= 0 and spans[k][0] <= s and e <= spans[k][1]


def find_candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """Yield the accepted candidates of ``text[start:end]`` (see the module contract)."""
    end = len(text) if end is None else end
    quotes = quoted_spans(text, start, end)
    qstarts = [q[0] for q in quotes]
    pos: int | None = start
    rules = compiled()
    while pos is not None and pos < end:
        # one scan from ``pos``: its next match is the search from the last match's end
        # (a match is never empty), so the rules are asked again only after a veto
        scan = rules.master.finditer(text, pos, end)
        pos = None
        for m in scan:
            # every group's span at once: far cheaper than a lookup by name (typed, so that
            # the compiled build reads it as tuples of ints, not through generic calls)
            regs: tuple[tuple[int, int], ...] = m.regs
            rule = ""
            for name, i in rules.rule_index:  # the rule whose group took part
                if regs[i][0] >= 0:
                    rule = name
                    break
            own = rules.group_index[rule]
            groups = {g: text[s:e] for g, i in own if (e := regs[i][1]) > (s := regs[i][0])}
            cand = Candidate(rule, regs[0][0], regs[0][1], groups)
            if excluded_by(text, cand, VETOES[rule]) or (
                quotes and _inside(quotes, qstarts, cand.start, cand.end)
            ):
                # retry one character on, but never inside a run of digits or masks: a
                # figure cannot start there, and stepping through a long run would cost
                # its square
                pos = _past_run(text, cand.start, end)
                break
            yield cand


def _past_run(text: str, at: int, end: int) -> int:
    """Where ``NUMBER_RUN.match(text, at, end)`` ends, or ``at + 1`` where it finds none
    (``at < end``): the run's characters read one by one (a run is a few digits)."""
    if text[at] not in RUN_OPENS:
        return at + 1
    j = at + 1
    while j < end and text[j] in RUN_GOES_ON:
        j += 1
    return j
