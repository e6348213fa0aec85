"""Rules as data, compiled once into one alternation.

Contract: ``find_candidates(text, start, end)`` yields every figure the rules find in
``text[start:end]`` (normalised text), left to right, without overlaps, after the context
vetoes of ``exclusions`` and the quote check. A candidate carries the name of the rule
that found it and the named groups that ``resolve`` turns into values.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import regex

from metrics.errors import RuleError
from metrics.rules.exclusions import EXCLUSIONS, Candidate, Exclusion, excluded_by
from metrics.rules.figures import MYRIAD_PRE, RULES
from metrics.rules.numbers import CN_DIGIT, CN_SMALL
from metrics.rules.qualifiers import PRE_PATTERN
from metrics.rules.rule import Rule

__all__ = [
    "EXCLUSIONS",
    "MASTER",
    "RULES",
    "Candidate",
    "Exclusion",
    "Rule",
    "find_candidates",
    "quoted_spans",
]

# Figure-holding quotes: a slogan or a name in quotes holds no statistic (“八大品牌”,
# “333工程”, 《**市**产业大招商突破年暨招商引资工作实施方案》, 〔**〕).
QUOTE_PAIRS = {"“": "”", "《": "》", "〔": "〕", "「": "」", "『": "』", "‘": "’", "<": ">"}
MAX_QUOTE = 24
# A figure starts with a digit, a mask, a Chinese numeral, a qualifier word or the word
# before a bare 万: testing that first lets the engine pass over other positions quickly.
# No number starts right after a digit, nor a mask after a Latin letter (ARABIC, MASKED):
# the engine need not try the rules inside 2023 or xxxx.
FIRST = (
    rf"(?:(?<!\d)\d|(?<![A-Za-z])[xX]|[-*负{CN_DIGIT}{CN_SMALL}万亿]|{PRE_PATTERN}"
    rf"|[{MYRIAD_PRE}][亿万千百])"
)
# Where the quote scan has something to do: an opening mark, an ASCII quote, a line end.
QUOTE_EVENT = regex.compile("[" + regex.escape("".join(QUOTE_PAIRS)) + '"\\n]')
NUMBER_RUN = regex.compile(r"[0-9xX*][0-9xX*.]*")  # no comma: 2.0,6 所 is two numbers


def _compile(rules: tuple[Rule, ...]) -> regex.Pattern[str]:
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise RuleError("rules", "rule names must be unique")
    ordered = sorted(rules, key=lambda r: r.priority)
    for rule in ordered:
        if not rule.examples:
            raise RuleError(rule.name, "a rule needs examples")
        try:
            regex.compile(rule.pattern, regex.X)
        except regex.error as exc:
            raise RuleError(rule.name, f"pattern does not compile: {exc}") from exc
    body = "|".join(f"(?P<{r.name}>{r.pattern})" for r in ordered)
    return regex.compile(f"(?={FIRST})(?:{body})", regex.X)


MASTER = _compile(RULES)
RULE_ORDER = tuple(r.name for r in sorted(RULES, key=lambda r: r.priority))
# The named groups each rule can fill, so a match reads only its own rule's groups.
RULE_GROUPS = {r.name: tuple(regex.compile(r.pattern, regex.X).groupindex) for r in RULES}
# Group numbers in MASTER (groups of the same name share one number across rules).
RULE_INDEX = tuple((name, MASTER.groupindex[name]) for name in RULE_ORDER)
GROUP_INDEX = {
    rule: tuple((g, MASTER.groupindex[g]) for g in groups) for rule, groups in RULE_GROUPS.items()
}
# The vetoes that can apply to each rule's matches (one without the group a veto needs
# can never be vetoed by it), in their declared order.
VETOES = {
    rule: tuple(ex for ex in EXCLUSIONS if not ex.needs or ex.needs in groups)
    for rule, groups in RULE_GROUPS.items()
}


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Short quoted stretches (inside the quote marks) of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    ascii_open = -1
    search = QUOTE_EVENT.search
    m = search(text, start, end)
    while m is not None:
        i = m.start()
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
                i = close
        m = search(text, i + 1, end)
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect_right(starts, s) - 1
    return k >= 0 and spans[k][0] <= s and e <= spans[k][1]


def find_candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """Yield the accepted candidates of ``text[start:end]`` (see the module contract)."""
    end = len(text) if end is None else end
    quotes = quoted_spans(text, start, end)
    qstarts = [q[0] for q in quotes]
    pos = start
    search = MASTER.search
    while pos < end:
        m = search(text, pos, end)
        if m is None:
            return
        regs = m.regs  # every group's span at once: far cheaper than a lookup by name
        rule = next(name for name, i in RULE_INDEX if regs[i][0] >= 0)
        groups = {
            g: text[s:e] for g, i in GROUP_INDEX[rule] if (e := regs[i][1]) > (s := regs[i][0])
        }
        cand = Candidate(rule, m.start(), m.end(), groups)
        if excluded_by(text, cand, VETOES[rule]) or (
            quotes and _inside(quotes, qstarts, cand.start, cand.end)
        ):
            # retry one character on, but never inside a run of digits or masks: a figure
            # cannot start there, and stepping through a long run would cost its square
            run = NUMBER_RUN.match(text, m.start(), end)
            pos = run.end() if run else m.start() + 1
            continue
        yield cand
        pos = m.end()
