"""The gates before a title line's patterns answer as the patterns (issue 29, the twelfth
pass of the regex calls): a glued title is scanned for only where a report's keyword ends
before what may follow such a title (``title_lines._may_glue``), a line is matched as a
plan's part only where a plan word ends it or a colon stands (``_may_plan``), as a bare
review only through its ``Guard``, and as an organisation's name only where it holds no
heading's mark or digit (``NAME_BREAKS``). Each held against the call it spares on every
line and sentence at hand, stripped as the title lines read them, and on made-up lines.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.segment import title_lines
from metrics.segment.title_lines import (
    BARE_REVIEW,
    BARE_REVIEW_AT,
    GLUED_TITLE,
    NAME_BREAKS,
    ORG_LINE,
    PLAN_PART,
    PLAN_PART_WORDS,
    REPORT_WORDS,
    _glued,
    _may_glue,
    _may_plan,
)
from tests.test_read_once import on_every_line


def glued_called(text: str, at: int, line: str, end: int) -> title_lines.Start | None:
    """``_glued`` as it was: every line holding a report word scanned."""
    if not any(w in line for w in REPORT_WORDS):
        return None
    for m in GLUED_TITLE.finditer(line):
        title = m.group("title").strip()
        if m.start("title") > 0 and not title_lines.INNER_PAUSES.isdisjoint(title):
            continue
        if not title_lines.REPORT_END.search(title) or not title_lines.is_title_line(title):
            continue
        if title_lines.parse_title(title).department is None:
            continue
        if m.end() == len(line) and not title_lines.OPENS_REPORT.match(text, end + 1):
            continue
        lead = len(m.group("title")) - len(m.group("title").lstrip())
        return at + m.start("title") + lead, title, False
    return None


def span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def same_title_gates(raw: str) -> None:
    line = raw.strip()
    if not line:
        return
    # the glued title: where the gate turns a line away, no match's title ends in a keyword
    if any(w in line for w in REPORT_WORDS) and not _may_glue(line):
        for m in GLUED_TITLE.finditer(line):
            assert not title_lines.REPORT_END.search(m.group("title").strip()), line
    for after in ("", "\n2024年，我局"):  # (a report that opens below, or none)
        text = line + after
        assert _glued(text, 0, line, len(line)) == glued_called(text, 0, line, len(line))
    if not (any(w in line for w in PLAN_PART_WORDS) and _may_plan(line)):
        assert PLAN_PART.match(line) is None, line
    assert span(BARE_REVIEW_AT.fullmatch(line)) == span(BARE_REVIEW.fullmatch(line)), line
    if not NAME_BREAKS.isdisjoint(line):
        assert ORG_LINE.fullmatch(line) is None, line


def test_the_title_line_gates_on_every_line_and_sentence_at_hand() -> None:
    on_every_line(same_title_gates)


TITLE_PIECES = ("南岭县", "统计局", "2024", "xxxx", "年", "年度", "上半年", "工作", "总结")
TITLE_PIECES += ("计划", "打算", "安排", "要点", "方案", "执行", "情况", "完成", "和", "及")
TITLE_PIECES += ("。", "，", ",", "：", ":", "、", "；", " ", "\u3000", "今年以来", "以来")
TITLE_PIECES += ("第一篇", "篇二", "一", "（三）", "全年新增就业1200人", "今年")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=10))
def test_the_title_line_gates_on_made_up_lines(pieces: list[str]) -> None:
    same_title_gates("".join(pieces))


def test_the_gated_glued_title_still_finds_its_titles() -> None:
    # a title glued after the report before, ending its line or before the next opening
    line = "确保完成全年目标任务。县退役军人事务局2023年工作总结"
    text = line + "\n2023年，县退役军人事务局坚持…"
    assert _glued(text, 0, line, len(line)) == (11, "县退役军人事务局2023年工作总结", False)
    line = "全年新增就业1200人。东湖区民政局2024年工作总结2024年，我局坚持…"
    assert _glued(line, 0, line, len(line)) == (12, "东湖区民政局2024年工作总结", False)
    # a sentence that ends in a report's name and goes on: no title, and the gate says so
    line = "。县统计局2024年工作总结已按时报送市局。"
    assert not _may_glue(line)


def test_name_breaks_are_read_from_the_pattern() -> None:
    assert {"、", "（", "2", "，"} <= NAME_BREAKS
    for c in NAME_BREAKS:
        assert regex.fullmatch(r"[\p{Han}xX*]", c) is None, c
    assert "x" not in NAME_BREAKS and "〇" not in NAME_BREAKS
