"""The gates the twelfth pass of the regex calls put before cues (issue 29) answer as the
cues: a heading is searched for a problem only where a character its words open with
stands (``sections.PROBLEM_CHARS``); a period is matched as a span of years only where
its - stands; the people a count reached (``metric_span.PEOPLE_REACHED``) only where 实现
stands after the figure. Held against the calls on every line and sentence at hand (at
every figure's end for the last) and on made-up text; so is a heading's page number
searched from the line's last run of spaces and digits (``sections.page_from``). A
heading's plan words, looked for by ``in``, are held in ``test_text_answers``; the cues
put behind a ``Guard`` stand in ``test_line_shortcuts``' table. A body's years read by
scans that stop at the first year kept (``titles.years_from_body``) are held against the
scans of the whole body on the texts at hand, opening every 2,000 characters.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.context.metric_span import PEOPLE_REACHED
from metrics.context.period_kinds import YEARS_SPAN
from metrics.segment.sections import PROBLEM_CHARS, PROBLEM_CUE, TOC_PAGE, page_from
from metrics.segment.titles import (
    OPENING_YEAR,
    PLAN_AFTER_YEAR,
    SECOND_LINE_YEAR,
    SUMMARY_AFTER_YEAR,
    _year,
    years_from_body,
)
from tests.test_read_once import on_every_line
from tests.test_text_answers import need_shared, texts


def same_cue_gates(text: str) -> None:
    if PROBLEM_CHARS.isdisjoint(text):
        assert PROBLEM_CUE.search(text) is None, text
    if "-" not in text:
        assert YEARS_SPAN.fullmatch(text) is None, text
    # (the figure's end at each position a count of people may end: after 人, 名, 户)
    for end in (i + 1 for i, c in enumerate(text) if c in "人名户"):
        if text.find("实现", end) < 0:
            assert PEOPLE_REACHED.match(text, end) is None, (text, end)


def test_the_cue_gates_on_every_line_and_sentence_at_hand() -> None:
    on_every_line(same_cue_gates)


PIECES = ("帮助", "1020人", "实现", "稳定", "就业", "，", "存在", "问题", "不足", "短板")
PIECES += ("下一步", "工作计划", "明年", "2021-2025", "2024", "-", "年", "成功", "脱贫")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10))
def test_the_cue_gates_on_made_up_text(pieces: list[str]) -> None:
    same_cue_gates("".join(pieces))


def same_page_search(line: str) -> None:
    """``TOC_PAGE`` searched from ``page_from`` finds what a search of the whole line finds
    (the line alone, before a line end, and after a heading's words)."""
    for text in (line, line + "\n", "一、工作回顾" + line):
        for pos in (0, len(text) - len(line)):
            whole = TOC_PAGE.search(text, pos, len(text))
            found = TOC_PAGE.search(text, page_from(text, pos, len(text)), len(text))
            assert span(found) == span(whole), (text, pos)


def span(m: regex.Match[str] | None) -> tuple[int, int, int, int] | None:
    return (*m.span(), *m.span("page")) if m else None


def test_a_page_number_searched_from_the_last_run_on_every_line_at_hand() -> None:
    on_every_line(same_page_search)


PAGE_CHARS = "回顾）” \u3000\t12３4\n一、"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=PAGE_CHARS, max_size=14))
def test_a_page_number_searched_from_the_last_run_on_made_up_lines(line: str) -> None:
    same_page_search(line)


def years_scanned_whole(body: str, review: bool) -> tuple[int | None, int | None]:
    """``titles.years_from_body`` as it was: both scans read the whole body."""
    summary = plan = None
    for m in SUMMARY_AFTER_YEAR.finditer(body):
        summary = summary or _year(m.group("year"))
    if summary is None:
        opening = OPENING_YEAR.match(body) or (SECOND_LINE_YEAR.match(body) if review else None)
        summary = _year(opening.group("year")) if opening else None
    for m in PLAN_AFTER_YEAR.finditer(body):
        y = _year(m.group("year"))
        if y and (summary is None or y > summary):
            plan = plan or y
    return summary, plan


def test_a_body_s_years_scanned_only_to_the_first_kept_on_every_text_at_hand() -> None:
    need_shared()
    asked = 0
    for text in texts():
        for start in range(0, len(text), 2000):  # (bodies opening anywhere in the text)
            body = text[start:]
            for review in (False, True):
                assert years_from_body(body, review) == years_scanned_whole(body, review)
            asked += 1
    assert asked > 100


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from((*PIECES, "工作总结", "计划", "xxxx", "2023", "\n")), max_size=12))
def test_a_body_s_years_scanned_only_to_the_first_kept_on_made_up_text(
    pieces: list[str],
) -> None:
    body = "".join(pieces)
    for review in (False, True):
        assert years_from_body(body, review) == years_scanned_whole(body, review)
