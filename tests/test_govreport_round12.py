"""The classes of the government work reports, round 12 (found with govreports_blind9),
each held by texts of our own and by the counter-examples it could misfire on:

- a web copy that sets its headings in 【】 instead of a number (【2025年工作回顾】,
  【“十五五”主要目标】, 【2026年主要预期目标】): the brackets mark a heading as the number
  would (govreport_sections ``BARE_HEADING``), and a heading of goals in them opens the
  passage of targets under it (passages ``goals_heading``); the page's buttons in brackets
  (【打印本页】, 【关闭窗口】) name no review or plan and open nothing.
"""

from __future__ import annotations

from metrics.pipeline import process_text
from metrics.targets import Target, file_targets


def _targets(text: str) -> dict[str, Target]:
    result = process_text(text, "r.txt")
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


BRACKETED = (
    "{place}{year}年政府工作报告\n【{last}年工作回顾】\n"
    "{last}年，全{lv}地区生产总值增长5.6%，一般公共预算收入增长3.1%。\n"
    "【{plan}】\n全{lv}地区生产总值增长5.5%左右，一般公共预算收入增长4%以上。\n"
    "【打印本页】【关闭窗口】\n"
)


def test_headings_in_brackets_open_the_review_and_the_targets() -> None:
    for place, lv, plan in (
        ("沙湾市", "市", "2026年主要预期目标"),
        ("松林县", "县", "今年经济社会发展的主要目标"),
    ):
        text = BRACKETED.format(place=place, year=2026, last=2025, lv=lv, plan=plan)
        result = process_text(text, "r.txt")
        roles = {m.text: m.role for m in result.mentions}
        assert roles["5.6%"] == "growth" and roles["5.5%左右"] == "target", roles
        targets = _targets(text)
        assert sorted(targets) == ["4%以上", "5.5%左右"]
        assert {t.year for t in targets.values()} == {2026}


def test_a_bracketed_line_of_results_opens_no_plan() -> None:
    # counter: a bracketed tag over results (【经济运行】) names no plan; its figures stay results
    text = BRACKETED.format(place="沙湾市", year=2026, last=2025, lv="市", plan="经济运行")
    roles = {m.text: m.role for m in process_text(text, "r.txt").mentions}
    assert roles["5.5%左右"] != "target" and _targets(text) == {}
