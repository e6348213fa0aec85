"""Round 15: a plan's figure with no goal word is a target (docs/schema.md, *A plan's figure
with no goal word*): the labelling guide makes every figure of a plan section a target, so a
government work report's is a row of the targets table, as a target passage's is. Sentences
are our own, in the style of the reports."""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.targets import Target, file_targets

HEAD = (
    "青原县人民政府工作报告\n——2026年1月9日在青原县第十八届人民代表大会第五次会议上\n"
    "一、2025年工作回顾\n2025年，全县地区生产总值完成212.6亿元，增长5.9%。\n"
    "二、2026年重点工作\n"
)


def _targets(body: str) -> dict[str, Target]:
    result = process_text(HEAD + body, "r.txt")
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("（一）扩大有效投资。全年实施重点项目150个，完成投资120亿元。\n", {"150个", "120亿元"}),
        ("新开工保障性住房500套，新增城镇就业3200人。\n", {"500套", "3200人"}),
        ("改造农村危房120户，硬化村组公路18公里。\n", {"120户", "18公里"}),
    ],
)
def test_a_plan_s_figure_with_no_goal_word_is_a_row(body: str, figures: set[str]) -> None:
    rows = _targets(body)
    assert figures <= set(rows)
    assert all(rows[f].year == 2026 for f in figures)


@pytest.mark.parametrize(
    ("body", "kept_out"),
    [
        # a count of the items the plan lists: its outline
        ("今年，县政府将集中力量办好十件民生实事：\n1.新建城区幼儿园3所。\n", "十件"),
        ("继续办好12件民生实事，新建城区幼儿园3所。\n", "12件"),
        # the nation's figure, quoted
        ("全县目标与国家确定的经济增长5%左右的预期目标相衔接，新建城区幼儿园3所。\n", "5%左右"),
        ("紧紧抓住国家4万亿元投资计划的机遇，新建城区幼儿园3所。\n", "4万亿元"),
        # a web page's link below the report
        (
            "新建城区幼儿园3所。\n各位代表，让我们团结奋斗！\n上一篇：2025年青原县人民政府工作报告"
            "\n下一篇：青原县2026年国民经济和社会发展计划\n",
            "一篇",
        ),
    ],
)
def test_no_row_for_what_the_plan_does_not_aim_at(body: str, kept_out: str) -> None:
    rows = _targets(body)
    assert "3所" in rows and kept_out not in rows


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        (
            "新建日处理能力3万吨的污水处理厂1座。\n",
            {"3万吨": "污水处理厂日处理能力", "1座": "污水处理厂"},
        ),
        ("建成年产10万吨的饲料加工厂2家。\n", {"10万吨": "饲料加工厂年产", "2家": "饲料加工厂"}),
        # counter: a plant's count alone keeps the plant's name
        ("新建污水处理厂2座。\n", {"2座": "污水处理厂"}),
    ],
)
def test_a_plant_s_capacity_does_not_hide_its_count(body: str, rows: dict[str, str]) -> None:
    assert {k: t.indicator for k, t in _targets(body).items()} == rows


@pytest.mark.parametrize(
    ("body", "stock"),
    [
        ("目前全县已建成充电桩1200个，全年新建充电桩800个。\n", "1200个"),
        ("截至去年底，全县共有养老床位3200张，今年新增养老床位600张。\n", "3200张"),
    ],
)
def test_a_stock_the_plan_quotes_is_no_target(body: str, stock: str) -> None:
    result = process_text(HEAD + body, "r.txt")
    figure = next(m for m in result.mentions if m.text == stock)
    assert (figure.role, figure.role_rule) == ("actual", "stock_in_plan")
    rows = {t.text for t in file_targets(result.documents, result.mentions)[0]}
    assert stock not in rows and len(rows) == 1


@pytest.mark.parametrize(
    ("body", "threshold", "count"),
    [
        ("今年实现村级集体经济收入10万元以上的村达到100个。\n", "10万元以上", "100个"),
        ("年营业收入2000万元以上的工业企业新增15家。\n", "2000万元以上", "15家"),
        ("培育产值超10亿元的龙头企业5家。\n", "超10亿元", "5家"),
        # a bound in a measure of the things picks them out with no count after
        (
            "支持年吞吐量100万吨以上的港口作业区接入铁路，新建城区幼儿园3所。\n",
            "100万吨以上",
            "3所",
        ),
        ("淘汰单机5万千瓦及以下小火电机组，新建城区幼儿园3所。\n", "5万千瓦", "3所"),
    ],
)
def test_a_bound_that_picks_out_what_is_counted_is_no_row(
    body: str, threshold: str, count: str
) -> None:
    rows = _targets(body)
    assert count in rows and threshold not in rows


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("确保城镇调查失业率控制在5.5%以内的目标。\n", "5.5%以内"),
        ("粮食产量稳定在60万吨以上的水平。\n", "60万吨以上"),
        ("推动80%以上的村卫生室达到二级标准。\n", "80%以上"),
        ("新增50家以上的规上企业。\n", "50家以上"),
    ],
)
def test_a_bound_before_the_target_s_own_name_stays_a_row(body: str, target: str) -> None:
    assert target in _targets(body)


@pytest.mark.parametrize(
    ("body", "kept_out"),
    [
        ("出台支持民营经济发展十条措施，新建城区幼儿园3所。\n", "十条"),
        ("发挥东港、西岭、南湖四个片区联动作用，新建城区幼儿园3所。\n", "四个"),
        ("做好三篇文章，新建城区幼儿园3所。\n", "三篇"),
    ],
)
def test_a_count_of_one_numeral_word_in_the_plan_is_no_row(body: str, kept_out: str) -> None:
    rows = _targets(body)
    assert "3所" in rows and kept_out not in rows


def test_a_plan_written_in_numeral_words_keeps_its_rows() -> None:
    rows = _targets("新建刺梨基地五万亩，打造民族文化旅游村寨二十个，新建中小学校十二所。\n")
    assert {"五万亩", "二十个", "十二所"} <= set(rows)
