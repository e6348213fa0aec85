"""The double-count guard: parts announced by 其中 and restatements in a table get
``part_of`` (metrics.restated), and the sums leave them out."""

from __future__ import annotations

import pandas as pd

import metrics


def _mentions(body: str) -> pd.DataFrame:
    text = "区生态环境局2023年工作总结\n一、2023年工作完成情况\n" + body
    m = metrics.extract_text(text).mentions
    return m.set_index("text")


def _part_of(m: pd.DataFrame, figure: str) -> str | None:
    value = m.loc[figure, "part_of"]
    return None if pd.isna(value) else value


def test_parts_listed_after_a_total() -> None:
    m = _mentions("共受理环评审批项目71件，办理完结70件，其中报告书5件、报告表65件。\n")
    total = m.loc["70件", "mention_id"]
    assert _part_of(m, "5件") == total and _part_of(m, "65件") == total
    assert _part_of(m, "71件") is None and _part_of(m, "70件") is None


def test_parts_after_a_colon_take_the_nearest_total_of_their_unit() -> None:
    m = _mentions(
        "接待游客120万人次，实现旅游收入8.6亿元，其中：乡村旅游收入3.2亿元、文创产品1.1亿元。\n"
    )
    total = m.loc["8.6亿元", "mention_id"]
    assert _part_of(m, "3.2亿元") == total and _part_of(m, "1.1亿元") == total
    assert _part_of(m, "120万人次") is None


def test_a_part_in_brackets_ends_with_them() -> None:
    m = _mentions("排查发现安全隐患40处（其中37处已现场整改），另查处违法点位6处。\n")
    assert _part_of(m, "37处") == m.loc["40处", "mention_id"]
    assert _part_of(m, "6处") is None  # after the bracket: no longer a part


def test_a_figure_of_another_unit_after_among_is_no_part() -> None:
    m = _mentions("完成环保基础设施投资5亿元，其中新建污水处理站3座。\n")
    assert _part_of(m, "3座") is None


def test_among_that_opens_no_figure_marks_nothing() -> None:
    m = _mentions("全年排查环境隐患40处，将整改要求融入其中，整改完成35处。\n")
    assert m["part_of"].isna().all()  # 35处 stands in a clause of its own


def test_a_part_larger_than_its_total_is_no_part() -> None:
    m = _mentions("全年办理环境信访件120件，其中转办上年结转件135件。\n")
    assert _part_of(m, "135件") is None


def test_the_sums_leave_parts_out_and_say_so() -> None:
    text = (
        "区生态环境局2023年工作总结\n一、2023年工作完成情况\n"
        "全年争取生态环保资金8000万元，其中中央资金5000万元、省级资金2000万元。\n"
    )
    groups = metrics.extract_text(text).stats_groups
    money = groups[groups["unit_family"] == "currency"].iloc[0]
    assert money["sum_known"] == 80_000_000 and money["n_part_of"] == 2


TABLE = (
    "区农业农村局2023年工作总结\n一、2023年工作完成情况\n"
    "全年建成高标准农田1.2万亩，新建机耕路35公里，完成农业投资8000万元，"
    "新建村级服务站xx个。\n"
    "二、主要指标完成情况\n指标\t完成\n高标准农田（万亩）\t1.2\n机耕路（公里）\t40\n"
    "农业投资（万元）\t8000\n村级服务站（个）\txx\n"
)


def test_a_table_restating_the_prose_points_to_it() -> None:
    m = metrics.extract_text(TABLE).mentions
    prose = m[m["metric_rule"] != "table_row"].set_index("metric_key")
    table = m[m["metric_rule"] == "table_row"].set_index("metric_key")
    for metric in ("高标准农田", "农业投资"):
        assert table.loc[metric, "part_of"] == prose.loc[metric, "mention_id"]
    assert prose["part_of"].isna().all()
    assert pd.isna(table.loc["机耕路", "part_of"])  # 40 is not 35: another statement
    assert pd.isna(table.loc["村级服务站", "part_of"])  # two masks are not known equal


def test_a_restatement_is_summed_once() -> None:
    t = metrics.extract_text(TABLE)
    money = t.stats_metrics.set_index("metric_key").loc["农业投资"]
    assert money["n_figures"] == 2 and money["n_part_of"] == 1
    assert money["sum_known"] == 80_000_000


def test_new_ones_before_the_total_they_are_in() -> None:
    m = _mentions("全年新建5G基站320个，总数达到1460个；新培育家庭农场45家，累计达到620家。\n")
    assert _part_of(m, "320个") == m.loc["1460个", "mention_id"]
    assert _part_of(m, "45家") == m.loc["620家", "mention_id"]
    assert _part_of(m, "1460个") is None and _part_of(m, "620家") is None


def test_a_change_or_another_metric_before_a_total_is_no_part_of_it() -> None:
    m = _mentions(
        "公办学位数比上年增加2400个，总数为3.1万个。新建学校3所，新增学位1200个，总数达到5.6万个。\n"
    )
    assert _part_of(m, "2400个") is None  # a change, not a part
    assert _part_of(m, "3所") is None  # schools are no part of places
    assert _part_of(m, "1200个") == m.loc["5.6万个", "mention_id"]


def test_the_sums_count_new_ones_and_their_total_once() -> None:
    body = "新增市场主体2860户，总量达到3.2万户。\n"
    text = "区生态环境局2023年工作总结\n一、2023年工作完成情况\n" + body
    row = metrics.extract_text(text).stats_metrics.set_index("metric_key").loc["市场主体"]
    assert (row.n_figures, row.n_part_of, row.sum_known) == (2, 1, 32000)
