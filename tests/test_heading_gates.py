"""The gates before a report heading's cues answer as the cues (issue 29, the eleventh pass
of the regex calls): a heading without the 五 every five-year plan's name holds names no
plan (``govreport_sections.five_year_periods``), one with none of the characters a review
word opens with holds no review word (``_reviews``), one without 年 names no year
(``heading_period``), a line with none of the characters a title's keyword opens with
holds none (``title_lines.KEYWORD_OPENS``). Held against the patterns on every line and
sentence at hand and on made-up headings; a pattern once built at each call against the
call.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.records import SectionKind
from metrics.segment.delivery import _date_number
from metrics.segment.govreport_sections import (
    FIVE_HELD,
    FIVE_YEAR,
    NAMED_YEAR,
    REVIEW,
    REVIEW_OPENS,
    heading_period,
)
from metrics.segment.title_lines import KEYWORD_OPENS, one_line
from metrics.segment.titles import TITLE_KEYWORD
from tests.test_read_once import on_every_line


def same_gates(heading: str) -> None:
    if not any(w in heading for w in FIVE_HELD):
        assert FIVE_YEAR.pattern.search(heading) is None, heading
    if REVIEW_OPENS.isdisjoint(heading):
        assert REVIEW.pattern.search(heading) is None, heading
    if "年" not in heading:
        assert NAMED_YEAR.search(heading) is None, heading
    if KEYWORD_OPENS.isdisjoint(heading):
        assert TITLE_KEYWORD.search(heading) is None, heading


def test_the_heading_gates_on_every_line_and_sentence_at_hand() -> None:
    on_every_line(same_gates)


HEADING_PIECES = ("“", "十四", "十五", "五", "”", "时期", "2025", " ", "年", "工作", "回顾")
HEADING_PIECES += ("成就", "过去", "一", "主要目标", "和", "发展", "规划", "完成情况", "总结")
HEADING_PIECES += ("计划", "执行", "要点", "工作报告", "方案", "实施")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(HEADING_PIECES), max_size=8))
def test_the_heading_gates_on_made_up_headings(pieces: list[str]) -> None:
    same_gates("".join(pieces))


def test_a_heading_period_names_the_plan_unless_a_year_too() -> None:
    assert heading_period("“十四五”时期发展成就", SectionKind.SUMMARY, 2026) == (2021, 2025)
    assert heading_period("“十五五”时期主要目标", SectionKind.PLAN, 2026) == (2026, 2030)
    assert heading_period("“十四五”时期和2025年工作回顾", SectionKind.SUMMARY, 2026) is None
    assert heading_period("“十四五”时期和2025 年工作回顾", SectionKind.SUMMARY, 2026) is None


def test_patterns_built_at_each_call_now_compiled_once() -> None:
    # (the calls as they were made, against the module-level patterns and the gates)
    for title in ("2026年政府工作报告", "南岭县2026年国民经济和\n  社会发展计划", "一\n二", "\n"):
        assert one_line(title) == regex.sub(r"\s*\n\s*", "", title), title
    for word in ("二〇二四", "二零二四", "二○二四", "五"):
        assert _date_number(word) == _date_number(word.replace("零", "〇").replace("○", "〇"))
    assert _date_number("二零二四") == _date_number("二○二四") == 2024


def test_a_gate_never_reads_a_group_reference_backwards() -> None:
    # a heading in 【】 (govreport_sections.BARE_HEADING closes with a condition on the group
    # that opened 【): read backwards the condition comes first and took no 】, so the gate
    # turned away every bracketed heading its pattern matches
    from metrics.segment.govreport_sections import BARE_HEADING, bare_heading

    for line in ("【2026年重点工作】", "【2025年工作回顾】", "二、2026年重点工作"):
        assert BARE_HEADING.pattern.match(line) is not None
        assert bare_heading(line)
