"""The classes of the government work reports, round 13 (found with govreports_blind10),
each held by texts of our own and by the counter-examples it could misfire on:

- a line set wholly in one pair of brackets stands on its own line: a heading in 【】 that
  keeps its number and pauses inside (【一、2023年工作回顾】, 【二、2024年主要目标、重点任务】),
  a delivery line in brackets ((2024年1月20日，在…会议上)) and a note ((注：部分数据为快报数，
  …为准)) held pauses, so the wrap joiner glued them to the line before or after and the
  report opened no section (normalize ``enclosed``, a small rule in its wrap test); a wrapped
  line that only opens with a bracket (（一）坚持…，推动…; 【五个坚持】的要求，…) still runs on;
  and a heading of goals in 【】 with its number inside opens its targets (passages
  ``goals_heading``);
- a delivery line whose day is set apart from 在 by a comma (2024年1月20日，在北川市第十七届
  人民代表大会…) dates the report (delivery ``delivery_line``).
"""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text

REPORT = (
    "{place}人民政府工作报告\n{delivery}\n{speaker}\n【一、{last}年工作回顾】\n"
    "{last}年，全{lv}地区生产总值增长5.1%，一般公共预算收入增长3.4%。\n{note}\n"
    "【二、{year}年主要目标、重点任务】\n"
    "今年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%。\n"
)


@pytest.mark.parametrize(
    ("place", "lv", "year", "delivery", "note"),
    [
        (
            "北川市",
            "市",
            2024,
            "（2024年1月20日，在北川市第十七届人民代表大会第四次会议上）",
            "（注：部分数据为快报数，最终以统计部门公布数据为准）",
        ),
        (
            "松岭县",
            "县",
            2027,
            "（2027年1月9日, 在松岭县第十九届人民代表大会第二次会议上）",
            "（以上数据均为初步统计数，增速按可比价格计算）",
        ),
    ],
)
def test_bracketed_lines_stand_alone_and_the_report_is_dated(place, lv, year, delivery, note):
    text = REPORT.format(
        place=place,
        lv=lv,
        year=year,
        last=year - 1,
        delivery=delivery,
        note=note,
        speaker="市长　周立新" if lv == "市" else "县长　罗永安",
    )
    lines = normalize(text).text.split("\n")
    assert lines[3].startswith("【一、") and lines[3].endswith("】"), lines
    assert any(line.startswith("【二、") and line.endswith("】") for line in lines), lines
    result = process_text(text, "r.txt")
    (doc,) = result.documents
    assert (doc.summary_year, doc.plan_year) == (year - 1, year)
    roles = {m.text: (m.role, m.section) for m in result.mentions}
    assert roles["5.1%"] == ("growth", "summary"), roles
    assert roles["5.5%左右"] == ("target", "plan"), roles


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped line that opens with a numbered bracket, a wrapped line that opens with 【
        "（一）坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生各项\n工作。",
        "全面落实“六个坚持”，坚决贯彻\n【五个坚持】的要求，确保各项任务落地。",
    ],
)
def test_a_wrapped_line_that_only_opens_with_a_bracket_runs_on(text: str) -> None:
    assert "\n" not in normalize(text).text
