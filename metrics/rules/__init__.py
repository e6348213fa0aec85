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
from metrics.rules.figures import RULES
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
FIRST_CHAR = (
    r"[-0-9xX*零〇一二两兩三四五六七八九十百千万亿壹贰貳叁肆伍陆陸柒捌玖拾佰仟约近超逾不大将接上]"
)
NUMBER_RUN = regex.compile(r"[0-9xX*][0-9xX*.,]*")


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
    # a figure starts with a digit, a mask, a Chinese numeral or a qualifier word: testing
    # that first lets the engine pass over the other positions quickly
    return regex.compile(f"(?={FIRST_CHAR})(?:{body})", regex.X)


MASTER = _compile(RULES)
RULE_ORDER = tuple(r.name for r in sorted(RULES, key=lambda r: r.priority))
# The named groups each rule can fill, so a match reads only its own rule's groups.
RULE_GROUPS = {r.name: tuple(regex.compile(r.pattern, regex.X).groupindex) for r in RULES}


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Short quoted stretches (inside the quote marks) of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    i = start
    ascii_open = -1
    while i < end:
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
        elif ch in QUOTE_PAIRS:
            close = text.find(QUOTE_PAIRS[ch], i + 1, min(end, i + 1 + MAX_QUOTE + 1))
            if close > 0 and "\n" not in text[i:close]:
                spans.append((i + 1, close))
                i = close
        i += 1
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
        rule = next(name for name in RULE_ORDER if m.start(name) >= 0)
        groups = {g: v for g in RULE_GROUPS[rule] if (v := m.group(g))}
        cand = Candidate(rule, m.start(), m.end(), groups)
        if excluded_by(text, cand) or (quotes and _inside(quotes, qstarts, cand.start, cand.end)):
            # retry one character on, but never inside a run of digits or masks: a figure
            # cannot start there, and stepping through a long run would cost its square
            run = NUMBER_RUN.match(text, m.start(), end)
            pos = run.end() if run else m.start() + 1
            continue
        yield cand
        pos = m.end()
