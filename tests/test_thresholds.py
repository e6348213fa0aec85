"""A threshold sorts what a count after it counts (村集体经济收入超过50万元的村达到23个): the
figure says which villages, it is no amount of anything. It stays a figure of the mentions
table (measure ``threshold``) and is never summed, trended, paired, made a target or an
outcome by the derived tables."""

from __future__ import annotations

import metrics

REVIEW = (
    "临川县2025年政府工作报告\n"
    "一、2024年工作回顾\n"
    "村集体经营性收入超过10万元的村达到20个，其中超过30万元的村6个。"
    "全县村集体经营性收入总额达到3200万元。"
    "年纳税额1000万元以上的企业有12家。\n"
    "二、2025年主要目标\n"
    "村集体经营性收入30万元以上的村达到10个，家庭年收入超过5万元的户增加到800户，"
    "村集体经营性收入总额达到3500万元。\n"
)


def _tables() -> metrics.Tables:
    return metrics.extract_text(REVIEW, name="临川县2025年政府工作报告.txt")


def test_a_threshold_is_a_figure_measured_as_a_threshold() -> None:
    rows = _tables().mentions.set_index("text")
    for text in ("超过10万元", "超过30万元", "1000万元以上", "30万元以上", "超过5万元"):
        assert rows.loc[text, "measure"] == "threshold", text
    # the counts and the total are levels, named as before
    assert rows.loc["20个", "measure"] == rows.loc["3200万元", "measure"] == "level"
    assert rows.loc["20个", "metric"] == "村"


def test_thresholds_are_never_summed() -> None:
    stats = _tables().stats_metrics
    income = stats[(stats.metric_key == "村集体经营性收入") & (stats.role == "actual")]
    # only the total is summed: 3200万元, not 3200万 + 10万 + 30万
    assert list(income.sum_known) == [32_000_000.0]


def test_a_threshold_is_no_target_and_no_prior() -> None:
    t = _tables()
    assert not t.targets.text.isin(["30万元以上", "超过5万元"]).any()
    # the income target's prior is the review's total, not the first threshold before it
    (prior,) = t.targets[t.targets.text == "3500万元"].prior_text
    assert prior == "3200万元"
    assert not t.pairs.isin(["超过10万元", "30万元以上"]).any().any()


def test_an_amount_with_no_bound_before_such_a_noun_is_a_level() -> None:
    # 的 and a noun of one character open a longer noun here (人居环境, 园区, 校园): no
    # bound word says which things are sorted, so the amount is one and is summed
    text = (
        "临川县农业农村局2025年工作总结\n一、工作成效\n"
        "投入1200万元的人居环境整治资金全部拨付到位，完成投资3200万元的园区标准厂房。\n"
    )
    rows = metrics.extract_text(text, name="临川县农业农村局2025年工作总结.txt").mentions
    assert set(rows.measure) == {"level"}
