"""The scan's shortcuts change no candidate: ``find_candidates`` finds what the plain
scan found before them (issue 29: the engine's work cut, not what it finds).

The reference is the scan as it was: the master alternation of every rule with the
gates written into a rule's text taken out (``figures.RANGE_GATE``,
``LISTED_GATE``), asked through
``finditer`` from the start and again one position on after a veto, each match given the
first rule whose group took part, the vetoes and the quote check after it. Both are
compared candidate by candidate (rule, span, every group) on the corpus, the reports,
the texts of the tests' data and of data/sample, every rule's examples and counter-
examples, and made-up text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.io import read_text
from metrics.normalize import normalize
from metrics.rules import (
    FIRST,
    NUMBER_RUN,
    RULES,
    VETOES,
    find_candidates,
    quoted_spans,
    rule_groups,
)
from metrics.rules.exclusions import Candidate, excluded_by
from metrics.rules.figures import LISTED_GATE, RANGE_GATE

from .conftest import ROOT, SAMPLE, need_shared

GATES = (RANGE_GATE, LISTED_GATE)


@cache
def reference() -> tuple[regex.Pattern[str], tuple[tuple[str, int], ...]]:
    ordered = sorted(RULES, key=lambda r: r.priority)
    patterns = []
    for rule in ordered:
        pattern = rule.pattern
        for gate in GATES:
            pattern = pattern.replace(gate, "")
        patterns.append(f"(?P<{rule.name}>{pattern})")
    master = regex.compile(f"(?={FIRST})(?:{'|'.join(patterns)})", regex.X)
    return master, tuple((r.name, master.groupindex[r.name]) for r in ordered)


def test_the_gates_are_in_the_rules() -> None:
    """What the reference takes out is there to take out (a gate renamed or rewritten
    would leave the reference the scan itself)."""
    assert RANGE_GATE in next(r for r in RULES if r.name == "range").pattern
    assert LISTED_GATE in next(r for r in RULES if r.name == "listed_before_unit").pattern


def plain_scan(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """The scan before its shortcuts (see the module's docstring)."""
    end = len(text) if end is None else end
    master, rule_index = reference()
    quotes = quoted_spans(text, start, end)
    qstarts = [q[0] for q in quotes]
    pos: int | None = start
    while pos is not None and pos < end:
        scan = master.finditer(text, pos, end)
        pos = None
        for m in scan:
            rule = next(name for name, i in rule_index if m.start(i) >= 0)
            groups = {g: m.group(g) for g in _groups_of(rule) if m.group(g)}
            cand = Candidate(rule, m.start(), m.end(), groups)
            k = bisect_right(qstarts, cand.start) - 1
            inside = k >= 0 and quotes[k][0] <= cand.start and cand.end <= quotes[k][1]
            if excluded_by(text, cand, VETOES[rule]) or inside:
                run = NUMBER_RUN.match(text, cand.start, end)
                pos = run.end() if run else cand.start + 1
                break
            yield cand


@cache
def _groups_of(rule: str) -> tuple[str, ...]:
    return rule_groups(next(r for r in RULES if r.name == rule))


def same(text: str, start: int = 0, end: int | None = None) -> int:
    ours = [(c.rule, c.start, c.end, c.groups) for c in find_candidates(text, start, end)]
    plain = [(c.rule, c.start, c.end, c.groups) for c in plain_scan(text, start, end)]
    if ours != plain:
        pairs = zip([*ours, None], [*plain, None], strict=False)
        diff = next(i for i, (a, b) in enumerate(pairs) if a != b)
        raise AssertionError((diff, ours[diff : diff + 2], plain[diff : diff + 2]))
    return len(ours)


def _texts(folder: Path) -> list[str]:
    return [normalize(read_text(p).text).text for p in sorted(folder.rglob("*.txt"))]


def test_the_corpus_and_the_reports_are_scanned_alike() -> None:
    texts = _texts(need_shared("corpus")) + _texts(need_shared("govreports"))
    assert sum(same(t) for t in texts) > 2000


def test_the_tests_texts_and_the_sample_are_scanned_alike() -> None:
    texts = _texts(ROOT / "tests" / "data") + _texts(SAMPLE)
    assert len(texts) > 300
    assert sum(same(t) for t in texts) > 2000


def test_a_stretch_is_scanned_alike() -> None:
    """A section's stretch: the rules see nothing past its end, and look behind its start."""
    text = "全年新增就业3-5万人，近万名，增长6%-6.5%，分别为12.3、45.6和78.9亿元。"
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            same(text, start, end)


def test_every_rule_example_and_counter_example_is_found_alike() -> None:
    for rule in RULES:
        for text in rule.examples + rule.counter:
            plain = text.replace("[", "").replace("]", "")
            for framed in (plain, f"全年为{plain}，", f"约{plain}-", f"{plain}\n3至"):
                same(framed)


# numbers, qualifiers, dashes and what follows a number, run together
PIECES = st.sampled_from(
    [
        "3", "12", "1,234", "2.5", "xx", "X", "*", "1xx", "-4", "负3", "三", "十二", "两",
        "近", "约", "超过", "不低于", "万", "亿", "余", "个", "%", "元", "万元", "人",
        "-", "~", "—", "至", "到", "、", "和", "分别", "为", "，", "\n", "\t", " ", "年",
        "月", "/", ":", "比", "分之", "翻", "番", "以上", "左右", "“", "”", "《", "》",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=14))
def test_made_up_text_is_found_alike(parts: list[str]) -> None:
    same("".join(parts))
