"""roles.done_to_date: a plan written during its year may first say how far the year has come
(今年以来, 1-10月, 前三季度, 截至9月底, 目前, or 已 in the figure's clause); those figures are
results to date, not goals, until a goal word or another time turns the sentence to what is
still to do. 上半年 and 一季度 alone are a plan's milestones and stay targets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import metrics
from metrics.rules.roles import TO_DATE, TO_DATE_HELD

HEAD = "南岭县商务局2026年工作计划\n一、2026年工作安排\n"


def _roles(sentence: str) -> dict[str, tuple[str, str]]:
    found = metrics.extract_text(HEAD + sentence + "\n").mentions
    return {m.text: (m.role, m.role_rule) for m in found.itertuples()}


@pytest.mark.parametrize(
    ("sentence", "done", "aimed"),
    [
        # the span that has run, in its own clause or the figure's
        ("年初以来，网络零售额累计实现18.4亿元，下半年将举办促消费活动12场。", "18.4亿元", "12场"),
        ("1—9月累计完成外贸进出口7.6亿元，同比增长6.2%，四季度力争再增2亿元。", "7.6亿元", "2亿元"),
        ("前10个月已新增限上商贸企业23家，年内确保新增30家以上。", "23家", "30家以上"),
        ("截至8月底，全县已培育电商主播460名，年底前计划培育600名。", "460名", "600名"),
        # 已 in the figure's own clause
        ("县域商业体系建设已完成投资2.3亿元，明年计划再投入1.5亿元。", "2.3亿元", "1.5亿元"),
        ("目前建成乡镇商贸中心9个，年内再建成5个。", "9个", "5个"),
    ],
)  # fmt: skip
def test_the_year_to_date_is_done_what_follows_is_aimed(
    sentence: str, done: str, aimed: str
) -> None:
    roles = _roles(sentence)
    assert roles[done] == ("actual", "done_to_date")
    assert roles[aimed][0] == "target"


def test_a_change_to_date_stays_a_change() -> None:
    roles = _roles("1—9月累计完成外贸进出口总额7.6亿元，同比增长6.2%。")
    assert roles["6.2%"][0] == "growth"


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年完成社会消费品零售总额52亿元，下半年完成56亿元。",  # milestones by half-years
        "一季度实现外贸进出口总额2.1亿元。",
        "1—6月完成外贸进出口总额4.8亿元，前三季度完成7.5亿元。",  # a plan's milestones by months
        "力争1—9月完成外贸进出口总额7.6亿元。",  # a goal word before the span
        "确保已签约的8个项目年内全部开工。",  # a goal word before 已
    ],
)
def test_milestones_and_pledges_stay_targets(sentence: str) -> None:
    roles = _roles(sentence)
    assert roles and all(role == "target" for role, _ in roles.values()), roles


@pytest.mark.parametrize("months", ["前10个月", "前11个月", "前十一个月", "前8个月"])
def test_ten_and_eleven_months_are_parts_of_the_year(months: str) -> None:
    # (the span's pattern once read 前N个月 with one or two digits 1-9: 前10个月 was no span)
    text = "南岭县商务局2026年工作总结\n一、2026年工作完成情况\n"
    text += f"{months}实现网络零售额16.2亿元，占全年的86.4%。\n"
    rate = next(m for m in metrics.extract_text(text).mentions.itertuples() if m.text == "86.4%")
    assert (rate.role, rate.role_rule) == ("completion", "part_of_year")


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("今年初以来截至止目前两三季度个月1-—至到9十一底，")),
        max_size=14,
    )
)
def test_the_gate_never_turns_a_span_away(text: str) -> None:
    # roles.TO_DATE_HELD: a part of a sentence holding none of its words is not searched
    if TO_DATE.search(text):
        assert any(w in text for w in TO_DATE_HELD), text
