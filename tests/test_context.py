"""Meaning on text written for these tests (not from the corpus): roles, directions,
qualifiers from the clause, periods and metrics."""

from __future__ import annotations

import pandas as pd
import pytest

import metrics
from metrics.context.keys import metric_key
from metrics.lexicon.verbs import (
    BUILT_COUNTER,
    BUILT_EXAMPLES,
    LAID_COUNTER,
    LAID_EXAMPLES,
    RESULTATIVE_COUNTER,
    RESULTATIVE_EXAMPLES,
)

PLAN = (
    "县发展和改革局2024年工作要点\n\n一、主要目标\n"
    "全县地区生产总值增长6%左右，社会消费品零售总额增速不低于7.5%，单位GDP能耗下降3%，"
    "城镇调查失业率控制在5.5%以内。\n"
)
SUMMARY = (
    "县统计局2023年工作总结\n\n"
    "今年1-9月，全县规上工业增加值同比增长7.2%，增速比上半年提高0.8个百分点，排名全市第2位；"
    "固定资产投资完成86.3亿元，同比下降4.1%，其中工业投资占比达37.6%；"
    "社会消费品零售总额45.2亿元，增速-1.3%。城乡收入比为1.96:1。\n"
)


def rows(text: str) -> dict[str, dict]:
    m = metrics.extract_text(text).mentions
    return {r["text"]: r for r in m.astype(object).to_dict("records")}


def test_key_points_are_targets_with_clause_qualifiers() -> None:
    r = rows(PLAN)
    assert {v["role"] for v in r.values()} == {"target"}
    assert r["6%左右"]["qualifier"] == "approx"
    assert r["不低于7.5%"]["qualifier"] == "at_least"
    assert r["3%"]["qualifier"] == "exact"  # 不低于 belongs to the clause before
    assert r["5.5%以内"]["qualifier"] == "at_most"
    assert r["5.5%以内"]["metric"] == "城镇调查失业率"
    assert {v["year"] for v in r.values()} == {2024}


def test_growth_share_and_periods() -> None:
    r = rows(SUMMARY)
    assert (r["7.2%"]["role"], r["7.2%"]["direction"], r["7.2%"]["period"]) == (
        "growth",
        1,
        "1-9月",
    )
    assert r["0.8个百分点"]["period"] == "1-9月"  # 比上半年 is a comparison, not a period
    assert (r["4.1%"]["role"], r["4.1%"]["direction"]) == ("growth", -1)
    assert (r["-1.3%"]["direction"], r["-1.3%"]["value"]) == (-1, -1.3)
    assert r["37.6%"]["role"] == "share" and r["37.6%"]["metric"] == "工业投资占比"
    assert r["86.3亿元"]["role"] == "actual" and r["86.3亿元"]["metric"] == "固定资产投资"
    assert r["1.96:1"]["unit"] == "ratio" and abs(r["1.96:1"]["value"] - 1.96) < 1e-9
    assert "2位" not in r and "第2位" not in r


AGED_CARE = (
    "区民政局2023年工作总结\n\n"
    "全区现有养老机构12个，共有养老床位1680张。全年共发放慰问金36万元，"
    "农村户厕改造率为百分之八十五，满意度达九成以上。新建保障性住房300套。\n"
)


def test_metric_drops_a_leading_have_and_keeps_a_verb_that_makes_a_noun() -> None:
    r = rows(AGED_CARE)
    assert r["12个"]["metric"] == "养老机构"  # 现有 names no thing
    assert r["1680张"]["metric"] == "养老床位"  # nor 共有
    assert r["36万元"]["metric"] == "慰问金"  # 慰问 is a verb, 慰问金 a noun
    assert r["百分之八十五"]["metric"] == "农村户厕改造率"
    assert r["300套"]["metric"] == "保障性住房"  # 保障 before 性 is no verb
    assert (r["九成以上"]["base_unit"], r["九成以上"]["base_value"]) == ("%", 90)
    assert r["九成以上"]["qualifier"] == "at_least"


def test_the_time_a_deed_takes_keeps_the_deed_in_its_name() -> None:
    """A deed verb before the time it takes is that time's name (``BARE_NOUNS``): 时限 or
    时间 alone names nothing, while a deed before a thing still leaves the thing."""
    r = rows(
        "区行政审批局2025年工作总结\n一、工作完成情况\n"
        "全区审批时限缩短至15个工作日，办理时间压缩到3个工作日，"
        "全年办理政务服务事项8.6万件，检测周期由10天缩短为7天。\n"
    )
    assert r["15个工作日"]["metric"] == "审批时限"
    assert r["3个工作日"]["metric"] == "办理时间"
    assert r["8.6万件"]["metric"] == "政务服务事项"  # the deed before a thing goes
    assert r["7天"]["metric"] == "检测周期"


def test_what_a_sum_is_valued_in_is_no_part_of_its_name() -> None:
    """折合 and the currency or standard after it name the unit (``TRAILING_FILLER``): the
    thing valued is named before them."""
    r = rows(
        "县红十字会2025年工作总结\n一、工作完成情况\n"
        "全年接收社会捐赠款物折合人民币318万元，储备救灾物资折合资金95万元，"
        "机关节约能源折合标准煤420吨。\n"
    )
    assert r["318万元"]["metric"] == "社会捐赠款物"
    assert r["95万元"]["metric"] == "储备救灾物资"
    assert r["420吨"]["metric"].endswith("能源")  # (the body before 节约 is not the rule here)


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("全县粮食总产量达到38.6万吨，连续五年稳定在35万吨以上。", "35万吨以上", "粮食总产量"),
        ("城镇登记失业率为3.2%，近五年均控制在4%以内。", "4%以内", "城镇登记失业率"),
        ("粮食产量连续三年保持在40万吨以上。", "40万吨以上", "粮食产量"),
        ("五年来，全县新增城镇就业2.1万人。", "2.1万人", "城镇就业"),
        # a span of years before a noun of its own names that noun
        ("群众满意度96%，近三年新建学校12所。", "12所", "学校"),
    ],
)
def test_a_span_of_years_is_no_part_of_a_name(sentence, figure, metric) -> None:
    """SPAN_OF_YEARS: 连续五年, 近三年均, 五年来 are a figure's period; a clause of nothing
    else speaks of the figure before it (REFERS_BACK)."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("今年要新增城镇就业4200人以上。", "4200人以上", "城镇就业"),
        ("明年再新建村级综合服务站12个。", "12个", "村级综合服务站"),
        ("去年全县新增市场主体3100户。", "3100户", "市场主体"),
        # nouns that open with those characters keep them
        ("全年落实要素保障资金1.2亿元。", "1.2亿元", "要素保障资金"),
        ("再生资源回收量达到3.6万吨。", "3.6万吨", "再生资源回收量"),
        ("上年同期为12%。", "12%", "上年同期"),
        ("上年度同期为8%。", "8%", "上年度同期"),
        ("去年以来全县新建村级服务站36个。", "36个", "村级服务站"),
        ("去年底全县新增市场主体3100户。", "3100户", "市场主体"),
    ],
)
def test_a_plans_must_and_again_and_last_year_are_no_part_of_a_name(
    sentence, figure, metric
) -> None:
    """LEADING_ADVERB 要/再/还要 before a deed verb; LEADING_SCOPE 去年/上年 (not 上年同期)."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


def test_last_years_result_quoted_in_a_plan_is_no_target() -> None:
    """roles.DONE_LAST_YEAR, end to end in a county's government work report."""
    r = rows(
        "丰林县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n"
        "二、2026年工作安排\n去年全县新增城镇就业4120人，今年要新增城镇就业4200人以上。\n"
        "上年完成人工造林1.2万亩，今年计划完成造林1.5万亩。\n"
    )
    assert (r["4120人"]["role"], r["4120人"]["metric"]) == ("actual", "城镇就业")
    assert (r["4120人"]["year"], r["4200人以上"]["year"]) == (2025, 2026)  # last year's
    assert (r["4200人以上"]["role"], r["4200人以上"]["metric"]) == ("target", "城镇就业")
    assert (r["1.2万亩"]["role"], r["1.5万亩"]["role"]) == ("actual", "target")
    # the plan year's clause after last year's, with no goal word but 今年, is a goal
    r = rows(
        "丰林县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n"
        "二、2026年工作安排\n去年完成人工造林1.2万亩，今年完成造林1.6万亩。\n"
        "2025年，全县新建学校3所，今年新建学校4所。\n"
    )
    assert (r["1.2万亩"]["role"], r["1.6万亩"]["role"]) == ("actual", "target")
    assert (r["3所"]["role"], r["4所"]["role"]) == ("actual", "target")


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("全年投资额高达12亿元。", "12亿元", "投资额"),
        ("输水管线长达46公里，参与人数多达3000人。", "46公里", "输水管线"),
        ("培训人数达2000人次之多。", "2000人次", "培训人数"),
        ("受益群众达1.2万人之多。", "1.2万人", "受益群众"),
    ],
)
def test_as_high_as_and_as_many_as_name_nothing(sentence, figure, metric) -> None:
    """高达/多达/长达 end a name as 达 does (TRAILING_FILLER); 之多 after a figure is no noun
    it counts (NOT_A_NOUN_AFTER)."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("实施农村危房改造2025年计划210户。", "210户", "农村危房改造"),
        ("完成人工造林2026年度任务1.5万亩。", "1.5万亩", "人工造林"),
        ("完成招生计划1200人。", "1200人", "招生计划"),  # a plan with no year is its name
    ],
)
def test_a_years_plan_named_after_its_thing_is_a_frame(sentence, figure, metric) -> None:
    """TRAILING_FILLER: 2025年计划, 2026年度任务 after the thing name the frame, not it."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("其中退役士兵占比达到31.5%。", "31.5%", "退役士兵占比"),
        ("全程网办事项占比提高到86%，群众满意率99.2%。", "86%", "全程网办事项占比"),
        ("力争民营经济增加值占比保持在60%以上。", "60%以上", "民营经济增加值占比"),
        # counter-examples: 占比 alone after a pause is the share of the noun before it, and
        # after a filler word (分别) it is filler too
        ("其中农产品出口4.2亿元，占比36.8%。", "36.8%", "农产品出口"),
        ("城镇、农村教师分别占比55%和45%。", "55%", "城镇教师"),
    ],
)
def test_a_share_word_after_its_noun_is_part_of_the_name(sentence, figure, metric) -> None:
    """TRAILING_FILLER's share_word_kept: X占比 names a share as the gold guide's names do
    (公办幼儿园在园幼儿占比, 产业投资占比); a bare 占比 after a pause names nothing."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


def test_an_earlier_years_results_opening_a_key_points_document_are_no_targets() -> None:
    """roles.DONE_LAST_YEAR with the plan's year: a sentence that opens with a year before
    it reports results up to its first goal word; the plan year's sentence is goals."""
    r = rows(
        "青川市发展和改革委员会2026年工作要点\n"
        "2025年，全市地区生产总值增长5.6%，固定资产投资增长7.2%。2026年，全市地区生产总值"
        "增长5.5%左右。\n一、主要目标\n社会消费品零售总额增长5%。\n"
        "二、重点任务\n2025年，全市新建5G基站1200个，2026年要新建1500个。\n"
    )
    for figure in ("5.6%", "7.2%"):  # a growth done stays a growth
        assert (r[figure]["role"], r[figure]["year"]) == ("growth", 2025), figure
    assert (r["1200个"]["role"], r["1200个"]["year"]) == ("actual", 2025)
    for figure in ("5.5%左右", "5%", "1500个"):
        assert r[figure]["role"] == "target", figure


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("仍有86户危房未完成改造。", "86户", "危房"),
        ("尚有3200万元配套资金未到位。", "3200万元", "配套资金"),
        ("关爱36名留守未成年人。", "36名", "留守未成年人"),  # a word of 未 stays
        ("联合开展12场次未名文化集中宣传。", "12场次", "未名文化集中宣传"),  # so does a name's
    ],
)
def test_what_is_not_yet_done_ends_the_noun_after_a_count(sentence, figure, metric) -> None:
    """nouns.NOT_YET: 未/尚未 two characters or more into the noun after a count ends it."""
    r = rows("县住建局2025年工作总结\n二、存在的问题\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("工业用电量同比回落1.2个百分点，增速放缓至4.3%。", "4.3%", "工业用电量"),
        ("规上工业增加值增速回升至6.8%。", "6.8%", "规上工业增加值"),
        ("固定资产投资增幅提高到9.1%。", "9.1%", "固定资产投资"),
    ],
)
def test_a_rate_of_growth_moved_to_a_level_is_a_growth(sentence, figure, metric) -> None:
    """GROWTH_CUE: 增速/增幅 and the verb that moved it to the figure (回落至, 提高到)."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert (r[figure]["role"], r[figure]["metric"]) == ("growth", metric)


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("地区生产总值五年年均增长6.5%。", "6.5%", "地区生产总值"),
        ("规上工业利润总额五年累计增长32%。", "32%", "规上工业利润总额"),
        ("人均地区生产总值由2020年的9.8万元提高到2025年的14万元。", "14万元", "人均地区生产总值"),
        # a grade, a term and a programme keep their years
        ("全县五年级学生3200人。", "3200人", "五年级学生"),
        ("实施三年行动项目12个。", "12个", "三年行动项目"),
    ],
)
def test_a_count_of_years_and_a_base_year_raised_to_name_nothing(
    sentence, figure, metric
) -> None:
    """SPAN_OF_YEARS (a bare 五年 before 年均/累计, or ending a name) and TRAILING_FILLER
    (提高到2025年的: a level raised to a base year's)."""
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("为860名低保对象发放取暖补贴。", "860名", "低保对象"),
        ("为1.2万名退役军人和其他优抚对象发放优待金。", "1.2万名", "退役军人和其他优抚对象"),
    ],
)
def test_people_named_by_what_they_receive_end_before_the_deed(sentence, figure, metric) -> None:
    """nouns._names_people: a noun ending in the word 对象 names people (not any 象)."""
    r = rows("县民政局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


def test_a_verb_that_names_a_person_who_does_it_stays() -> None:
    r = rows(
        "区城管局2023年工作总结\n\n一、工作成效\n"
        "开展推进会3次、督导员培训会5次、参与者座谈4场，培训员工120人。\n"
    )
    assert r["5次"]["metric"] == "督导员培训会"  # 督导员 is who supervises
    assert r["4场"]["metric"] == "参与者座谈"
    assert r["120人"]["metric"] == "员工"  # 员工 is staff, so 培训 is the deed


INVESTMENT = (
    "县商务局2022年工作总结\n\n"
    "引进项目不足10个，到位资金至少2000万元，培训人数近千人，参训率不到60%。"
    "外贸进出口总额较2021年提高12.3个百分点。前5个月，实际使用外资5亿元，进入全省前10位。\n"
)


def test_qualifier_words_before_a_figure_and_a_measure_keeps_its_verb() -> None:
    r = rows(INVESTMENT)
    assert (r["不足10个"]["qualifier"], r["不足10个"]["metric"]) == ("at_most", "引进项目")
    assert (r["至少2000万元"]["qualifier"], r["至少2000万元"]["metric"]) == ("at_least", "到位资金")
    assert r["近千人"]["metric"] == "培训人数"  # 人数 alone names nothing
    assert r["不到60%"]["qualifier"] == "at_most"
    growth = r["12.3个百分点"]
    assert (growth["role"], growth["metric"]) == ("growth", "外贸进出口总额")  # 较2021年提高
    assert r["5亿元"]["period"] == "前5个月"
    assert "10位" not in r  # a rank


FROM_TO = (
    "xx街道2023年工作总结\n\n"
    "森林覆盖率从38.5%提升至40.1%，增长1.6个百分点。从今年7月开始城市低保标准从XX元提高到XX元。"
    "第三代社会保障卡累计发放XX万张。\n"
)


def test_a_value_raised_from_one_figure_to_another_keeps_its_metric() -> None:
    m = metrics.extract_text(FROM_TO).mentions
    assert list(m["metric"]) == [
        "森林覆盖率",
        "森林覆盖率",
        "森林覆盖率",  # the growth relates to the rate before it
        "城市低保标准",  # 从今年7月开始 is a time, 从 and 提高到 no names
        "城市低保标准",
        "第三代社会保障卡",  # 累计发放 is all verbs: the subject before 累计 names it
    ]


def test_a_one_character_filler_that_begins_a_word_stays() -> None:
    r = rows(
        "县人社局2023年工作总结\n\n达成意向468人，达标率98%，共青团员120名，对口支援资金500万元。\n"
    )
    assert [r[t]["metric"] for t in ("468人", "98%", "120名", "500万元")] == [
        "达成意向",
        "达标率",
        "共青团员",
        "对口支援资金",
    ]


def test_a_period_after_a_short_subject_is_cut_from_the_metric() -> None:
    r = rows("县统计局2023年工作总结\n\n高新区1-9月规上工业主营收入累计5亿元，同比增长3%。\n")
    assert (r["5亿元"]["metric"], r["5亿元"]["period"]) == ("规上工业主营收入", "1-9月")
    assert r["3%"]["metric"] == "规上工业主营收入"


def test_the_means_before_a_deed_are_cut_from_the_metric() -> None:
    r = rows(
        "县民政局2023年工作总结\n\n通过腾、挪、借等方式新增“邻里驿家”阵地资源x处并投入使用。\n"
    )
    assert r["x处"]["metric"] == "“邻里驿家”阵地资源"


def test_the_reporter_and_the_verb_of_setting_up_are_cut_from_the_metric() -> None:
    r = rows("镇宣传办2023年工作总结\n\n我镇组建专职宣传队伍1支，我乡新建文化广场2个。\n")
    assert (r["1支"]["metric"], r["2个"]["metric"]) == ("专职宣传队伍", "文化广场")


def test_a_plan_before_a_figure_is_a_target_but_a_programme_is_not() -> None:
    r = rows(
        "县教育局2023年工作总结\n\n一中2023年招生计划600人。"
        "签订定向培养乡村教师培养计划50人，入选青年教师培育奖励计划8人。\n"
    )
    assert [r[t]["role"] for t in ("600人", "50人", "8人")] == ["target", "actual", "actual"]


def test_verbs_of_building_are_trimmed_but_a_noun_they_begin_is_kept() -> None:
    r = rows(
        "县教育局2023年工作总结\n\n落实共建经费30万元，创成市德育先进学校3所，"
        "全县共建有扶贫车间27家，两个污水处理厂所有的手续均已办结。\n"
    )
    assert r["30万元"]["metric"] == "共建经费"
    assert r["3所"]["metric"] == "市德育先进学校"
    assert r["27家"]["metric"] == "扶贫车间"
    assert r["两个"]["metric"] == "污水处理厂"


def test_a_share_may_be_stated_with_占到了() -> None:
    r = rows("区统计局2023年工作总结\n\n我区个体户登记注册数占到了全市的20%左右。\n")
    assert (r["20%左右"]["role"], r["20%左右"]["metric"]) == ("share", "个体户登记注册数")


def test_a_part_of_a_named_whole_is_a_share_of_the_part_named_before() -> None:
    # class: 占 + the whole + 的 right before a figure states a share; a clause that says
    # nothing else counts the part named before it
    r = rows(
        "区财政局2023年工作总结\n\n税收收入完成12.6亿元，占一般公共预算收入的78.2%。"
        "服务业增加值占地区生产总值的52.3%。全区新增市场主体2316户，其中企业814户，"
        "占新增总量的35.1%。\n"
    )
    assert (r["78.2%"]["role"], r["78.2%"]["metric"]) == ("share", "税收收入")
    assert r["52.3%"]["role"] == "share" and r["52.3%"]["metric"].startswith("服务业增加值")
    assert (r["35.1%"]["role"], r["35.1%"]["metric"]) == ("share", "企业")
    # counter-examples: land taken is no share; a part of the year's target is a completion
    r = rows(
        "区住建局2023年工作总结\n\n项目占地面积的30%用于绿化。完成投资4.2亿元，占全年目标的85%。\n"
    )
    # (30%用于绿化 is a share all the same, of the area it goes to: share_put_to, not 占…的)
    assert r["30%"]["role_rule"] != "share_cue" and r["85%"]["role"] == "completion"


def test_a_sentence_that_names_nothing_speaks_of_the_sentence_before() -> None:
    r = rows(
        "区发改局2022年工作总结\n\n"
        "一是完成固定资产投资目标任务5000万元。已完成4500万元，完成全年任务的90%。\n"
        "已完成300万元。\n"
    )
    assert r["4500万元"]["metric"] == r["90%"]["metric"] == "固定资产投资"
    assert pd.isna(r["300万元"]["metric"])  # a new paragraph does not go on from the last


def test_a_bare_activity_keeps_its_verb_and_提前_goes_with_the_verb_after_it() -> None:
    r = rows("县乡村振兴局2023年工作总结\n\n开展集中走访活动12次，已提前完成新增绿地8万平米。\n")
    assert (r["12次"]["metric"], r["8万平米"]["metric"]) == ("走访活动", "绿地")


def test_a_yearly_average_after_the_name_is_its_scope_not_its_word() -> None:
    # class: 年均, 年平均, 平均每年 between a name and its figure say the figure is a yearly
    # average (period_kind), not what is counted; inside a name (年均浓度, 年平均气温) they stay
    r = rows(
        "县发展和改革局2022年工作计划\n\n今后五年，城镇新增就业年均4000人以上，"
        "人工造林年平均2万亩，新建农村公路平均每年120公里。\n"
    )
    assert [r[t]["metric"] for t in ("4000人以上", "2万亩", "120公里")] == [
        "城镇新增就业",
        "人工造林",
        "农村公路",
    ]
    assert r["4000人以上"]["period_kind"] == "average"
    r = rows("市生态环境局2023年工作总结\n\n细颗粒物年均浓度32微克/立方米，年平均气温17.8℃。\n")
    assert (r["32微克/立方米"]["metric"], r["17.8℃"]["metric"]) == (
        "细颗粒物年均浓度",
        "年平均气温",
    )


def test_a_verb_done_with_了_is_trimmed_from_the_metric() -> None:
    r = rows("市商务局2020年工作总结\n\n规划、储备、包装了农业招商项目5个。\n")
    assert r["5个"]["metric"] == "农业招商项目"


def test_a_comparison_ends_the_noun_after_a_count() -> None:
    r = rows("市生态环境局2023年工作总结\n\n我市两个国控断面水质指数同比均上升。\n")
    assert r["两个"]["metric"] == "国控断面水质指数"


def test_more_or_fewer_than_last_year_is_a_change() -> None:
    r = rows("县应急局2023年工作总结\n\n新增企业25家，比上年多3家；发生事故4起，同比少2起。\n")
    assert (r["3家"]["role"], r["3家"]["direction"], r["3家"]["metric"]) == ("growth", 1, "企业")
    assert (r["2起"]["role"], r["2起"]["direction"]) == ("growth", -1)
    r = rows("县发改委2023年工作总结\n\n争取中央预算内资金1.2亿元，较上年多争取3000万元。\n")
    assert (r["3000万元"]["role"], r["3000万元"]["metric"]) == ("growth", "中央预算内资金")


def test_a_remark_in_brackets_before_a_figure_is_looked_through() -> None:
    r = rows(
        "县乡村振兴局2023年工作总结\n\n已累计向外出就业务工脱贫户（监测户）11027人次。"
        "坚持一周一例会，三天一兑现。\n"
    )
    assert r["11027人次"]["metric"] == "外出就业务工脱贫户"
    assert "三天" not in r  # a rhythm of work, not a figure


def test_a_figure_joined_to_the_one_before_shares_its_cue() -> None:
    r = rows(
        "县统计局2023年工作总结\n\n城乡居民收入分别达到4.2万元和1.9万元，分别增长5.1%和7.2%。\n"
    )
    assert (r["7.2%"]["role"], r["7.2%"]["direction"]) == ("growth", 1)
    assert r["1.9万元"]["role"] == "actual"


def test_a_plan_cue_stops_where_the_sentence_turns_to_what_was_done() -> None:
    r = rows(
        "区住建局2023年工作总结\n\n"
        "全年计划新建保障性租赁住房1200套，实际开工1350套，开工率112.5%；基本建成980套。\n"
    )
    assert [r[t]["role"] for t in ("1200套", "1350套", "112.5%", "980套")] == [
        "target",
        "actual",
        "actual",
        "actual",
    ]


def test_a_part_after_其中_counts_what_the_figure_before_counts() -> None:
    m = metrics.extract_text(
        "县乡村振兴局2023年工作总结\n\n监测对象525户1890人，其中2022年以来新增246户909人。"
        "建立台账，不漏一户。\n"
    ).mentions
    periods = [p if isinstance(p, str) else None for p in m["period"]]
    assert list(zip(m["text"], m["metric"], periods, strict=True)) == [
        ("525户", "监测对象", None),
        ("1890人", "监测对象", None),
        ("246户", "监测对象", "2022年以来"),
        ("909人", "监测对象", "2022年以来"),
    ]  # and 不漏一户 is no count


def test_subjects_before_分别_are_dealt_to_the_figures_in_order() -> None:
    m = metrics.extract_text(
        "市公安局2023年工作总结\n\n"
        "道路交通事故起数、死亡人数分别下降12%和9.5%。"
        "城镇和农村居民人均可支配收入分别达到4.2万元、2.1万元，分别增长5%和7%。"
        "全年发放2022、2023年度耕地地力补贴分别为XX万元、XX万元。"
        "党员、入党积极分子分别为30名和12名。"
        "其中女性比例分别达到31.5%和46.1%。\n"
    ).mentions
    assert list(zip(m["text"], m["metric"], strict=True)) == [
        ("12%", "道路交通事故起数"),
        ("9.5%", "死亡人数"),
        ("4.2万元", "城镇居民人均可支配收入"),  # the last subject names the noun for both
        ("2.1万元", "农村居民人均可支配收入"),
        ("5%", "城镇居民人均可支配收入"),  # a later 分别 with no subject of its own
        ("7%", "农村居民人均可支配收入"),
        ("XX万元", "2022年度耕地地力补贴"),
        ("XX万元", "2023年度耕地地力补贴"),
        ("30名", "党员"),  # a noun, not a modifier of the next
        ("12名", "入党积极分子"),
        ("31.5%", "女性比例"),  # one subject for two figures: both count it
        ("46.1%", "女性比例"),
    ]
    r = rows("市医疗保障局2023年工作总结\n\n政策范围内报销比例职工、居民分别达到85%、70%。\n")
    assert (r["85%"]["metric"], r["70%"]["metric"]) == (
        "政策范围内报销比例职工",
        "政策范围内报销比例居民",
    )


def test_trailing_words_and_a_short_rate_after_its_verb() -> None:
    r = rows(
        "县司法局2023年工作总结\n\n查处违法行为12起，城乡收入比缩小到1.95:1，"
        "开展培训3期，培训合格率98.5%，实现达标率95%。"
        "明年，全县法律援助案件力争达到300件。\n"
    )
    assert r["12起"]["metric"] == "违法行为"  # 为 inside 行为 is no copula
    assert r["1.95:1"]["metric"] == "城乡收入比"
    assert r["98.5%"]["metric"] == "培训合格率"
    assert r["95%"]["metric"] == "达标率"  # 实现 only reports the rate
    assert r["300件"]["metric"] == "法律援助案件"


def test_per_mille_in_words() -> None:
    r = rows("区统计局2023年工作总结\n\n数据差错率控制在千分之三以内。\n")
    got = r["千分之三以内"]
    assert (got["value"], got["unit"], got["base_value"], got["qualifier"]) == (
        3,
        "‰",
        0.3,
        "at_most",
    )


def test_a_total_or_a_base_year_speaks_of_the_figure_before() -> None:
    r = rows(
        "区科学技术局2023年工作总结\n\n"
        "新认定国家高新技术企业86家，总数达到412家。技术合同成交额18.7亿元，是上年的1.6倍。"
        "开展“三会一课”240余次，群众满意率和回访率均达到100%。\n"
    )
    assert r["412家"]["metric"] == r["86家"]["metric"] == "新认定国家高新技术企业"
    assert r["1.6倍"]["metric"] == "技术合同成交额"
    assert r["240余次"]["metric"] == "三会一课"  # no stray closing quote
    assert r["100%"]["metric"] == "群众满意率和回访率"


@pytest.mark.parametrize(("sentence", "metric"), [
    ("“十三五”期间累计完成固定资产投资126亿元，是“十二五”时期的2.6倍。", "固定资产投资"),
    ("全县地方财政收入达到8.2亿元，为十二五末的1.8倍。", "地方财政收入"),
    ("全县地方财政收入达到8.2亿元，是“十三五”期末的1.8倍。", "地方财政收入"),
])
def test_a_plan_period_as_the_base_speaks_of_the_figure_before(sentence, metric) -> None:
    """elsewhere.REFERS_BACK: a plan period is a base as a year is (是2015年的2.6倍)."""
    assert _metrics_of(sentence)[-1] == metric


def test_a_number_wrapped_after_a_space_is_one_number() -> None:
    r = rows("镇2022年工作总结\n\n一般公共预算收入2560万元，同比增长 1\n2.3%；收入增长6.1%。\n")
    assert r["1\n2.3%"]["value"] == 12.3
    assert r["1\n2.3%"]["role"] == "growth"


def test_words_around_a_count_that_name_no_thing() -> None:
    r = rows(
        "县应急管理局2023年工作总结\n\n部分企业主体责任落实不到位，2家企业存在重大隐患。"
        "监管力量薄弱，仅有执法人员12名。新发展党员x,xxx名，其中35岁以下的占xx%。\n"
    )
    assert r["2家"]["metric"] == "企业"  # 存在 is a verb, not part of the noun
    assert r["12名"]["metric"] == "执法人员"
    assert (r["xx%"]["metric"], r["xx%"]["role"]) == ("35岁以下", "share")


def test_a_short_remark_in_brackets_inside_a_word_is_part_of_the_metric() -> None:
    r = rows(
        "县卫生健康局2023年工作总结\n\n每千人口执业（助理）医师3.2人，"
        "村（居）委会主任中女性15人，通过（初审）渣土线路109条。\n"
    )
    assert r["3.2人"]["metric"] == "每千人口执业（助理）医师"
    assert r["15人"]["metric"] == "村（居）委会主任中女性"
    assert r["109条"]["metric"] == "渣土线路"  # a remark that opens the phrase names nothing


def test_an_aside_in_brackets_after_a_noun_is_looked_through() -> None:
    # A list of what a noun holds, set in brackets between the noun and the figure's words, is
    # no sub-clause: the name runs back over it (a list marker's brackets still open one).
    r = rows(
        "县市场监督管理局2023年工作总结\n\n各类市场主体（企业、个体工商户、农民专业合作社）"
        "达到5.6万户。重点企业（含规上企业、高新技术企业）用工2.3万人。（二）完成投资5亿元。\n"
    )
    assert r["5.6万户"]["metric"] == "市场主体"
    assert r["2.3万人"]["metric"].startswith("重点企业")
    assert r["5亿元"]["metric"] == "投资"


def test_a_multiple_of_a_base_is_named_by_what_multiplied() -> None:
    # 是/相当于 + a base + 的 + N倍: the base is what the figure relates to, not its name.
    r = rows(
        "县统计局2023年工作总结\n\n城镇居民人均可支配收入是全省平均水平的1.2倍。"
        "全年引进项目资金相当于上年的1.5倍。\n"
    )
    assert (r["1.2倍"]["metric"], r["1.2倍"]["role"]) == ("城镇居民人均可支配收入", "comparison")
    assert (r["1.5倍"]["metric"], r["1.5倍"]["role"]) == ("项目资金", "growth")
    # below one, the thing is less than its base: a fall
    r = rows("县统计局2023年工作总结\n\n全年工业用电量为上年的0.8倍。\n")
    assert (r["0.8倍"]["role"], r["0.8倍"]["direction"]) == ("growth", -1)


def test_a_sum_before_de_names_the_fund_or_project_it_sizes() -> None:
    # Verbs alone before a sum (争取将, 积极争取) name nothing: the fund or project after 的 is
    # what the sum sizes; 支持 after a fund says what it does. 突破 after 的 is no such thing.
    r = rows(
        "县发展和改革局2023年工作总结\n\n争取将3.2亿元的城南教育配套建设项目纳入全省规划。"
        "全年积极争取2.3亿元的中央预算内资金支持。实现1.2亿元的突破。\n"
    )
    assert r["3.2亿元"]["metric"] == "城南教育配套建设项目"
    assert r["2.3亿元"]["metric"] == "中央预算内资金"
    assert r["1.2亿元"]["metric"] != "突破"


def test_a_units_alternative_in_brackets_stands_before_the_noun_counted() -> None:
    r = rows(
        "县住房和城乡建设局2023年工作总结\n\n改造2.5万套（间）城市危旧房。"
        "上门服务120个（次）重点企业。\n"
    )
    assert r["2.5万套"]["metric"] == "城市危旧房"
    assert r["120个"]["metric"] == "重点企业"


def test_a_share_put_to_a_use_is_named_by_that_use() -> None:
    # 80%以上用于民生: a share of the sum before, named by what it goes to, not by the sum.
    r = rows(
        "县财政局2023年工作总结\n\n全年财政支出56亿元，80%以上用于保障和改善民生。"
        "新增专项债券资金120亿元，60%投向重大基础设施项目。\n"
    )
    assert (r["80%以上"]["role"], r["80%以上"]["metric"]) == ("share", "用于保障和改善民生")
    assert r["60%"]["role"] == "share"
    assert "重大基础设施项目" in r["60%"]["metric"]


def test_a_clause_of_result_words_counts_the_figure_before() -> None:
    m = metrics.extract_text(
        "县人力资源和社会保障局2023年工作总结\n\n"
        "城镇新增就业目标任务为5000人，已完成4800人，完成率96%。"
        "市下达我县农村劳动力转移就业任务指标12000人，实际完成12560人。"
        "今年需完成职业技能培训8000人次，截至目前已培训7650人次。"
        "走访困难群众120户，慰问85户。养老保险参保人数比上年末净增1.2万人。\n"
    ).mentions
    got = [(t, r, x) for t, r, x in zip(m["text"], m["role"], m["metric"], strict=True)]
    assert got == [
        ("5000人", "target", "城镇新增就业"),
        ("4800人", "actual", "城镇新增就业"),
        ("96%", "completion", "城镇新增就业"),
        ("12000人", "target", "农村劳动力转移就业"),  # 下达…任务指标 is a target
        ("12560人", "actual", "农村劳动力转移就业"),
        ("8000人次", "target", "职业技能培训"),  # 需完成
        ("7650人次", "actual", "职业技能培训"),  # 已培训: the verb the metric holds
        ("120户", "actual", "困难群众"),
        ("85户", "actual", "慰问"),  # a verb of its own
        ("1.2万人", "growth", "养老保险参保人数"),  # 净增 is a change
    ]


def test_a_count_given_qualities_before_de_counts_the_noun_after() -> None:
    # qualities (…强, 完善, 有…) before 的 describe the noun after it; a noun before 的 owns
    # what follows instead (7条道路的排水管网 counts 道路)
    r = rows(
        "县商务局2024年工作总结\n\n全年打造12个辐射力强、业态丰富的特色街区。"
        "建成4个设施完善的农村物流服务站。选择6个有基础的乡镇开展试点。"
        "完成7条道路的排水管网改造。组织15个有关部门的执法人员开展联合检查。"
        "建成9个设施完善、管理规范的村级服务站。修订5个行业规范的实施细则。\n"
    )
    assert r["12个"]["metric"] == "特色街区"
    assert r["4个"]["metric"] == "农村物流服务站"
    assert r["6个"]["metric"] == "乡镇"
    assert r["7条"]["metric"] == "道路"
    assert r["15个"]["metric"] == "有关部门"  # 有关 is no quality had
    assert r["9个"]["metric"] == "村级服务站"  # 管理规范: a quality
    assert r["5个"]["metric"] == "行业规范"  # a 规范 alone is a norm


@pytest.mark.parametrize(
    ("sentence", "figure", "role"),
    [
        ("幼儿园学位较去年新增 4900 余个。", "4900 余个", "growth"),
        ("全县市场主体比上年新增1 260户。", "1 260户", "growth"),
        ("全年新增城镇就业1200人。", "1200人", "actual"),  # no base: an addition made
        ("通过比选供应商新增12家。", "12家", "actual"),  # 比选 is no base
    ],
)
def test_xinzeng_after_a_base_is_a_change(sentence, figure, role) -> None:
    assert rows("一、2025年工作完成情况\n" + sentence + "\n")[figure]["role"] == role


def test_a_share_of_a_scope_without_de_is_of_the_part_before() -> None:
    # 占全部企业超两成 / 占全县总人口18.6%: the whole is named by its scope and the figure
    # follows it with no 的; the share is of the part counted before (占地 takes no whole)
    r = rows(
        "县统计局2024年工作总结\n\n纳入名录库企业1.2万户、占全部企业超两成。"
        "全县60岁以上老人3.2万人，占全县总人口18.6%。新建厂房占地面积3.5万平方米。\n"
    )
    assert r["超两成"]["role"] == "share"
    assert r["超两成"]["metric"] == r["1.2万户"]["metric"]
    assert (r["18.6%"]["role"], r["18.6%"]["metric"]) == ("share", "60岁以上老人")
    assert r["3.5万平方米"]["role"] == "actual"


def test_a_deed_alone_after_a_list_comma_names_its_figure() -> None:
    # 排查…120起、化解115起: the second figure counts what was 化解, as 慰问85户 does after a
    # comma; a noun after the deed still names it (带动农户3200户)
    r = rows(
        "县司法局2024年工作总结\n\n排查矛盾纠纷120起、化解115起。"
        "排查安全隐患86处、整改83处。培育龙头企业27个、带动农户3200户。\n"
    )
    assert (r["115起"]["metric"], r["83处"]["metric"]) == ("化解", "整改")
    assert r["3200户"]["metric"] == "农户"


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        # 共 and 开工 end a noun as verbs (12个项目开工建设, 5个乡镇共有), not inside one
        ("全市86个县域医共体全部达到紧密型标准。", "86个", "县域医共体"),
        ("全年42个新开工项目全部开工。", "42个", "新开工项目"),
        ("全县12个项目开工建设。", "12个", "项目"),
        # the 共 of a noun right after the count (共建, 共产, 共享), not 共计
        ("全市120个共建重点项目完成投资。", "120个", "共建重点项目"),
        ("今年发展12名共产党员。", "12名", "共产党员"),
        # 率先 is how a body acts, after the noun: 6个试点乡镇率先完成改革
        ("6个试点乡镇率先完成集体产权制度改革。", "6个", "试点乡镇"),
    ],
)
def test_a_verbish_word_inside_a_compound_noun_does_not_end_it(sentence, figure, metric) -> None:
    assert rows("一、2025年工作完成情况\n" + sentence + "\n")[figure]["metric"] == metric


def test_a_share_of_the_years_target_without_de_is_a_completion() -> None:
    # 占全年任务98.5% as 占全年目标的106%: the share of a target is its completion; a share of
    # the year with no target word stays a share
    r = rows(
        "县发改局2024年工作总结\n\n完成固定资产投资28亿元，占全年任务98.5%。"
        "完成工业投资9亿元，占年度计划投资91%。完成技改投资3亿元，占全年60%。\n"
    )
    assert r["98.5%"]["role"] == r["91%"]["role"] == "completion"
    assert r["60%"]["role"] == "share"


def test_a_proportions_name_is_never_carried_to_a_count() -> None:
    # The verb a rate's name holds (抽检 of 抽检合格率) names a count of its own: the batches
    # are of 抽检, not a 合格率. A proportion after a proportion still takes it.
    r = rows(
        "县市场监督管理局2023年工作总结\n\n"
        "全年食品抽检合格率达到98.3%，已抽检2 140批次。"
        "职业技能鉴定合格率96%，已鉴定3200人次。"
        "义务教育巩固率99.2%，巩固率比上年提高0.3个百分点。"
        "高新技术产业增加值占比达到45%，达到860亿元。\n"
    )
    assert r["2 140批次"]["metric"] == "抽检"
    assert r["3200人次"]["metric"] == "鉴定"
    assert r["0.3个百分点"]["metric"] == "巩固率"
    # fillers alone still carry the name (the amount is of 高新技术产业增加值)
    assert r["860亿元"]["metric"].startswith("高新技术产业增加值")


def test_分别_after_figures_of_their_own_deals_them_their_subjects() -> None:
    r = rows(
        "区文化和旅游局2023年工作总结\n\n"
        "全区接待游客456.8万人次，实现旅游综合收入38.2亿元，分别增长21.5%、26.3%。"
        "完成投资5亿元，分别增长7.5%、6.3%。\n"
    )
    assert (r["21.5%"]["metric"], r["26.3%"]["metric"]) == ("游客", "旅游综合收入")
    # one figure before two: nothing to deal, both relate to the one
    assert (r["7.5%"]["metric"], r["6.3%"]["metric"]) == ("投资", "投资")


def test_a_figure_after_result_words_counts_what_is_named_nearby() -> None:
    r = rows(
        "县林业局2024年工作总结\n\n"
        "油茶种植面积翻一番，达到5000亩。全力推进招商，完成5000万元招商额度。"
        "提前量平均为45分钟。\n"
    )
    assert r["5000亩"]["metric"] == "油茶种植面积"  # the clause before names it
    assert r["5000万元"]["metric"] == "招商额度"  # the noun after it
    # 平均 before the verb says how it is measured, whole (not 均 alone: 提前量平)
    assert r["45分钟"]["metric"] == "提前量"


def test_more_or_less_than_a_base_is_a_change() -> None:
    r = rows(
        "县人民法院2023年工作总结\n\n"
        "法官人均结案263件，较去年同期多结41件。平均气温17.8℃，较常年偏低0.3℃。"
        "女性比例至少为30%。\n"
    )
    assert (r["41件"]["role"], r["41件"]["direction"]) == ("growth", 1)
    assert (r["0.3℃"]["role"], r["0.3℃"]["direction"]) == ("growth", -1)
    assert r["30%"]["role"] != "growth"  # 至少 is no fall


def test_words_around_a_subject_that_name_nothing_are_trimmed() -> None:
    r = rows(
        "县民政局2023年工作总结\n\n"
        "办理婚姻登记4,580对。全县社会组织从126家增加到148家。改造提升敬老院3所。"
        "化学需氧量、氨氮排放量较2020年分别削减9.6%、10.2%。\n"
        "二、2024年工作打算\n"
        "农村低保标准提高到每人每月560元以上，养老床位新增500张，养老项目力争引进2个，"
        "招生计划3000人。\n"
    )
    assert r["4,580对"]["metric"] == "婚姻登记"  # pairs are counted
    assert (r["126家"]["metric"], r["148家"]["metric"]) == ("社会组织", "社会组织")
    assert r["3所"]["metric"] == "敬老院"
    assert r["10.2%"]["metric"] == "氨氮排放量"
    assert r["560元以上"]["metric"] == "农村低保标准"
    assert r["500张"]["metric"] == "养老床位"
    assert r["2个"]["metric"] == "养老项目"
    assert r["3000人"]["metric"] == "招生计划"  # a plan named as the thing stays


def test_negative_words_and_numerals_with_a_myriad_inside() -> None:
    r = rows(
        "区发改局2023年工作总结\n\n"
        "社会消费品零售总额增长负0.8%，争取中央预算内资金三亿二千万元，"
        "十余个项目进入省级重点项目库，商品房均价每平方米6,800元。\n"
    )
    assert (r["负0.8%"]["value"], r["负0.8%"]["role"], r["负0.8%"]["direction"]) == (
        -0.8,
        "growth",
        -1,
    )
    assert (r["三亿二千万元"]["value"], r["三亿二千万元"]["unit"]) == (320_000_000, "元")
    assert r["十余个"]["metric"] == "项目"
    assert r["6,800元"]["metric"] == "商品房均价"


def test_a_name_in_quotes_keeps_its_quotes_or_loses_both() -> None:
    r = rows(
        "县统计局2023年工作总结\n\n完成“四上”企业联网直报审核1,560家次，清理“僵尸车”40辆，"
        "预计全年社会消费品零售总额可达95亿元。\n"
    )
    assert r["1,560家次"]["metric"] == "“四上”企业联网直报审核"
    assert r["40辆"]["metric"] == "僵尸车"
    assert r["95亿元"]["metric"] == "社会消费品零售总额"  # 可 of 可达 names nothing


def test_the_noun_after_a_count_ends_where_the_next_figure_or_a_verb_starts() -> None:
    r = rows(
        "区住房和城乡建设局2024年工作总结\n\n"
        "清理楼道堆放杂物xxx处约xxxx平方米，12所中小学和6所幼儿园完成净水设备安装，"
        "30余家物业企业积极参与，文化广场覆盖8个村（社区），为5所学校安装了电梯。\n"
    )
    # a qualifier after the count starts the next figure, not a noun
    assert r["xxx处"]["metric"] == r["约xxxx平方米"]["metric"] == "楼道堆放杂物"
    assert r["12所"]["metric"] == "中小学"  # 和 joins the next figure
    assert r["6所"]["metric"] == "幼儿园"
    assert r["30余家"]["metric"] == "物业企业"  # 积极 starts what they did
    assert r["8个"]["metric"] == "村（社区）"  # a remark in brackets stays in the noun
    assert r["5所"]["metric"] == "学校"  # 安装了 is a verb


def test_working_days_and_completion_of_a_plan() -> None:
    r = rows(
        "区政务服务中心2024年工作总结\n\n"
        "企业开办平均用时压缩至1.5个工作日，承诺在五个工作日内办结。"
        "完成固定资产投资8.6亿元，为年度计划的107.5%；完成招商引资12亿元，完成计划数的96.2%。\n"
    )
    days = r["1.5个工作日"]
    assert (days["unit"], days["metric"]) == ("个工作日", "企业开办平均用时")
    assert "五个工作日" not in r  # a time limit set, not a time taken
    assert (r["107.5%"]["role"], r["107.5%"]["metric"]) == ("completion", "固定资产投资")
    assert (r["96.2%"]["role"], r["96.2%"]["metric"]) == ("completion", "招商引资")


def test_a_verb_repeated_from_the_clause_before_counts_the_same_thing() -> None:
    r = rows(
        "县教育局2024年工作总结\n\n"
        "今年计划招聘教师120名，已招聘到位118人。"
        "发放4000人次的助学金XX万元，发放XX人次的生活补助XX万元。\n"
    )
    assert r["118人"]["metric"] == "教师"  # 招聘 was said before: nothing new is named
    assert r["XX人次"]["metric"] != "助学金"  # it qualifies the noun after it


def test_a_bare_measure_keeps_the_whole_verb_before_it() -> None:
    r = rows(
        "市科学技术局2024年工作总结\n\n"
        "全市研发经费支出28.6亿元，投入强度2.41%。组织实施科技项目86项，下达资金3,560万元。\n"
    )
    assert r["2.41%"]["metric"] == "投入强度"  # 强度 alone names nothing
    assert r["3,560万元"]["metric"] == "下达资金"  # the verb is 下达, not 达


def test_a_bare_verb_before_a_figure_names_it_past_its_scope_words() -> None:
    r = rows(
        "区纪委监委2024年工作总结\n\n"
        "巡察发现问题326个，已整改301个。全年受理信访举报512件，已办结498件。"
        "累计走访86次。\n"
    )
    assert r["301个"]["metric"] == "整改"  # 已 names nothing
    assert r["498件"]["metric"] == "办结"
    assert r["86次"]["metric"] == "走访"  # nor does 累计


def test_a_plan_word_followed_by_a_verb_of_deed_reports_a_result() -> None:
    r = rows(
        "县商务局2024年工作总结\n\n"
        "结合本地产业，规划、包装了文旅招商项目8个。"
        "编制了《乡村振兴规划》，新建了冷库六座。计划新建冷库10座。\n"
    )
    assert r["8个"]["role"] == "actual"  # 规划 is one of the deeds, and 了 says done
    assert r["六座"]["role"] == "actual"  # 规划 names a plan drawn up, then built
    assert r["10座"]["role"] == "target"


def test_a_plan_the_work_followed_sets_no_target() -> None:
    r = rows(
        "县教育体育局2024年工作总结\n\n"
        "按照学校布局规划，新建城东小学等3所学校，改扩建中心小学等8所学校。"
        "规划新建幼儿园4所。\n"
    )
    assert (r["3所"]["role"], r["8所"]["role"]) == ("actual", "actual")
    assert r["4所"]["role"] == "target"


def test_what_a_project_can_do_once_built_is_a_target() -> None:
    r = rows(
        "县农业农村局2023年工作总结\n\n"
        "屠宰加工项目已签约，项目建成后，年可屠宰生猪10万头，年产肉制品3000吨。"
        "自冷库建成后，累计储存果蔬1200吨。新建冷库建成后投入使用，储存果蔬800吨。\n"
    )
    assert (r["10万头"]["role"], r["3000吨"]["role"]) == ("target", "target")
    assert (r["1200吨"]["role"], r["800吨"]["role"]) == ("actual", "actual")


def test_a_capacity_names_what_is_made_and_a_project_named_by_it_is_planned() -> None:
    r = rows(
        "区发改局2023年工作总结\n\n"
        "目前尚有年产15000吨三元前驱体项目、年产6万吨铁系颜料项目等待用地，"
        "另有6个项目正排队等待审批；"
        "已建成年产3万吨饲料项目。全年生产粮食5万吨。\n"
    )
    assert (r["15000吨"]["role"], r["15000吨"]["metric"]) == ("target", "三元前驱体项目")
    assert (r["6万吨"]["role"], r["6万吨"]["metric"]) == ("target", "铁系颜料项目")
    assert r["6个"]["metric"] == "项目"  # 正排队, 等待: what they are doing
    assert (r["3万吨"]["role"], r["3万吨"]["metric"]) == ("actual", "饲料项目")  # built
    assert (r["5万吨"]["role"], r["5万吨"]["metric"]) == ("actual", "生产粮食")


def test_a_project_sized_by_its_investment_is_planned_unless_built() -> None:
    r = rows(
        "区商务局2020年工作总结\n\n"
        "引进的建工集团在我区投资8.5亿元的滨江大道改造项目，年初开工后暂停实施。"
        "投资3600万元的职高智慧校园项目已经建设完成。累计完成投资2.1亿元的道路项目。\n"
    )
    assert r["8.5亿元"]["role"] == "target"
    assert (r["3600万元"]["role"], r["2.1亿元"]["role"]) == ("actual", "actual")


def test_重点_and_专项_before_a_noun_are_part_of_it() -> None:
    r = rows(
        "区民政局2024年工作总结\n\n"
        "走访慰问重点对象1,200余户，争取专项资金300万元，重点走访困难家庭86户。\n"
    )
    assert r["1,200余户"]["metric"] == "重点对象"
    assert r["300万元"]["metric"] == "专项资金"
    assert r["86户"]["metric"] == "困难家庭"  # before a verb 重点 is an adverb


def test_people_counted_before_what_was_done_for_them() -> None:
    r = rows(
        "区民政局2024年工作总结\n\n"
        "为1.2万余名80岁以上高龄老人发放高龄津贴，为26名重度残疾人配备轮椅，"
        "建成3个社区党组织服务站，慰问12名6至14岁困境儿童。\n"
    )
    assert r["1.2万余名"]["metric"] == "80岁以上高龄老人"  # an age may open the noun
    assert r["12名"]["metric"] == "6至14岁困境儿童"  # …or a range of ages
    assert r["26名"]["metric"] == "重度残疾人"  # 配备 is what was done for them
    assert r["3个"]["metric"] == "社区党组织服务站"  # 组织 inside a noun of things stays


def test_conjunctions_and_units_per_two_things() -> None:
    r = rows(
        "区民政局2024年工作总结\n\n"
        "发放救助金12.5万元和临时救助金XX万元。"
        "集中供养特困人员和分散供养特困人员基本生活标准分别提高到980元/人/月和760元/人/月。"
        "建成文化广场3个和健身步道5条。\n"
    )
    assert r["XX万元"]["metric"] == "临时救助金"  # 和 joins, it names nothing
    assert r["980元/人/月"]["unit"] == "元/人/月"
    assert r["980元/人/月"]["metric"] == "集中供养特困人员基本生活标准"
    assert r["760元/人/月"]["metric"] == "分散供养特困人员基本生活标准"
    assert r["5条"]["metric"] == "健身步道"


def test_a_target_noun_an_adverb_or_a_scope_word_is_no_metric() -> None:
    r = rows(
        "县残疾人联合会2024年工作总结\n\n"
        "超额完成新增残疾人稳定就业25名任务。新建的3所小学也全面招生。"
        "申报省级示范项目5个，其中3个已通过省厅审核。其中2个已通过部里审核。"
        "人手紧张，且专职审计人员仅有2人。已完成3600万元，完成全年任务的90%。\n"
    )
    assert r["25名"]["metric"] == "残疾人稳定就业"  # the task is not what is counted
    assert r["3所"]["metric"] == "小学"  # 也 starts what the schools did
    assert r["3个"]["metric"] == "省级示范项目"  # a part of the figure before it
    # 其中 only says it is a part, of nothing named here: what is said of it names it
    assert r["2个"]["metric"] == "部里审核"
    assert r["2人"]["metric"] == "专职审计人员"  # 且 joins the clause, it names nothing
    assert pd.isna(r["3600万元"]["metric"])  # 已完成 reports a result, it names nothing


def test_a_fund_after_verbs_is_what_the_money_counts_but_a_purpose_is_not() -> None:
    r = rows(
        "区教育局2020年工作总结\n\n"
        "成功申报2个多亿政府地方债资金，发放XX万元学费补助，投入316万元配置智能化设备，"
        "签约10个亿元以上项目，成功举办培训班5期。\n"
    )
    assert (r["2个多亿"]["metric"], r["XX万元"]["metric"]) == ("政府地方债资金", "学费补助")
    assert r["316万元"]["metric"] == "投入"  # what follows says what the money was for
    assert (r["10个"]["unit"], r["10个"]["metric"]) == ("个", "亿元以上项目")
    assert r["5期"]["metric"] == "培训班"  # 成功 and 举办 name nothing; 培训班 is a noun


def test_a_figure_that_opens_its_clause_counts_what_is_said_of_it() -> None:
    r = rows(
        "区教育局2020年工作总结\n\n"
        "承办说课比赛，5人获一等奖，2人二等奖。1篇信息被省政府采用，25篇在人民网等省级以上媒体发布。"
        "已完成xxxx万元，完成全年任务的xx%。\n"
    )
    assert (r["5人"]["metric"], r["2人"]["metric"]) == ("一等奖", "二等奖")
    assert r["25篇"]["metric"] == "人民网等省级以上媒体发布"
    assert pd.isna(r["xxxx万元"]["metric"])  # nothing is said of it in its clause


def test_约_before_the_figure_is_no_part_of_the_metric() -> None:
    r = rows("县政务服务中心2023年工作总结\n\n热线工单按时办结率约为95%，节约资金约120万元。\n")
    assert r["95%"]["metric"] == "热线工单按时办结率"
    assert r["约120万元"]["metric"] == "节约资金"  # 节约 is one word


def test_a_listed_measure_counts_the_noun_after_it() -> None:
    r = rows("县教育局2020年工作总结\n\n为学校配备测温枪1800个、44吨消毒液、485万只口罩。\n")
    assert (r["44吨"]["metric"], r["485万只"]["metric"]) == ("消毒液", "口罩")


def test_a_change_after_a_breakdown_in_brackets_is_of_the_total() -> None:
    r = rows("县教育局2020年工作总结\n\n高考600分以上16人（理科10人，文科6人），较去年增加2人。\n")
    assert (r["6人"]["metric"], r["2人"]["metric"]) == ("文科", "高考600分以上")
    assert r["2人"]["role"] == "growth"


def test_a_circled_list_marker_is_no_part_of_a_metric() -> None:
    r = rows(
        "县公路中心2023年工作总结\n\n②处理路产损坏案件7宗，⑶清理路障52次，❸栽植行道树1200株。\n"
    )
    assert (r["7宗"]["metric"], r["52次"]["metric"]) == ("路产损坏案件", "路障")
    assert r["1200株"]["metric"] == "行道树"  # 栽植 is a verb of work done (lexicon.verbs)


def test_budget_completion_revenue_gained_over_a_base_and_a_level_changed_from_one() -> None:
    r = rows(
        "县财政局2024年工作总结\n\n"
        "一般公共预算收入完成18.62亿元，为年初预算的96.8%，同比增长4.3%。"
        "争取上级转移支付资金25.6亿元，比上年增收2.1亿元，带动农户增收300万元。"
        "政府法定债务率由上年的138%下降至121%。为1,286户脱贫户发放产业奖补资金512万元。\n"
    )
    assert (r["96.8%"]["role"], r["96.8%"]["metric"]) == ("completion", "一般公共预算收入")
    assert r["4.3%"]["metric"] == "一般公共预算收入"
    assert (r["2.1亿元"]["role"], r["2.1亿元"]["metric"]) == ("growth", "上级转移支付资金")
    assert r["300万元"]["role"] == "actual"  # 增收 with no base is an income gained
    assert r["138%"]["metric"] == r["121%"]["metric"] == "政府法定债务率"
    assert r["1,286户"]["metric"] == "脱贫户"
    assert r["512万元"]["metric"] == "产业奖补资金"  # 脱贫户 was the count's own noun


def test_an_expected_growth_in_a_plan_names_what_grows() -> None:
    r = rows(
        "县财政局2025年工作计划\n\n2025年，全县一般公共预算收入预期增长5%左右，力争达到19.8亿元。\n"
    )
    assert r["5%左右"]["metric"] == r["19.8亿元"]["metric"] == "一般公共预算收入"
    assert r["19.8亿元"]["role"] == "target"


def test_a_negative_growth_falls_and_a_level_fallen_to_names_its_measure() -> None:
    r = rows(
        "县统计局2024年工作总结\n\n"
        "全县财政收入负增长3.2%，贫困发生率降至千分之三，婴儿死亡率为万分之五。\n"
    )
    assert (r["3.2%"]["role"], r["3.2%"]["direction"], r["3.2%"]["metric"]) == (
        "growth",
        -1,
        "财政收入",  # 全县 is the scope, not the measure
    )
    assert (r["千分之三"]["role"], r["千分之三"]["metric"]) == ("actual", "贫困发生率")


def test_expected_and_goal_words_and_a_copula_frame_the_metric() -> None:
    r = rows(
        "街道2024年工作总结\n\n"
        "完成固定资产投资6.2亿元（全年预期固定资产投资目标8亿元）。"
        "在谈项目两个，分别是某某公司意向投资1.5亿元；某某商超意向投资2亿元。\n"
    )
    assert (r["8亿元"]["role"], r["8亿元"]["metric"]) == ("target", "固定资产投资")
    assert r["1.5亿元"]["metric"] == "某某公司意向投资"  # 分别是 opens the list


def test_a_clause_cue_taken_by_an_earlier_figure_leaves_the_next_exact() -> None:
    r = rows(
        "镇人民政府2024年工作总结\n\n"
        "村集体经济收入全部达到10万元以上，其中超过50万元的村3个。"
        "课程设置不低于九年总课时9%。\n"
    )
    assert r["超过50万元"]["qualifier"] == "at_least"
    assert r["3个"]["qualifier"] == "exact"  # 超过 is the 50万元's
    assert r["9%"]["qualifier"] == "at_least"  # 九年 is part of the noun, not a figure


def test_a_count_noun_ends_before_among_and_split_into_and_a_target_alone_names_nothing() -> None:
    r = rows(
        "县人社局2024年工作总结\n\n"
        "组织17家企业分2期开展招聘，3名师生分获一等奖。在辖区21座公厕中实施巡查，"
        "5所普通高中参加。2024年任务数为40户，计划完成50户。\n"
    )
    assert r["17家"]["metric"] == "企业"  # 分2期: split into two rounds
    assert r["3名"]["metric"] == "师生"
    assert r["21座"]["metric"] == "公厕"  # 中: among them
    assert r["5所"]["metric"] == "普通高中"  # 高中 keeps its 中
    assert pd.isna(r["40户"]["metric"])  # 任务数 names the target, not what is counted


def test_a_count_noun_ends_where_the_next_figure_begins() -> None:
    r = rows(
        "县高新区2022年工作总结\n\n"
        "为园区*多家企业近万名员工开展核酸检测，为20家企业约300名职工办理社保。\n"
    )
    assert (r["*多家"]["metric"], r["近万名"]["metric"]) == ("企业", "员工")
    assert (r["20家"]["metric"], r["约300名"]["metric"]) == ("企业", "职工")


def test_在_and_等_end_a_noun_of_people_or_things_but_not_of_events() -> None:
    r = rows(
        "街道2022年工作总结\n\n"
        "三十多名社区干部在一线值守，妥善处置x起网友在微博发布不实信息等事件，"
        "组织400余名残疾人在活动中交流，走访所在村困难群众12户，开展5场宣讲会等活动，"
        "获得3个二等奖，选派117名学生到中职学校学习，由2台水车每天执行5次降尘作业。\n"
    )
    assert (r["117名"]["metric"], r["2台"]["metric"]) == ("学生", "水车")  # 到, 每天
    assert (r["三十多名"]["metric"], r["400余名"]["metric"]) == ("社区干部", "残疾人")
    assert r["x起"]["metric"] == "网友在微博发布不实信息等事件"
    assert r["12户"]["metric"] == "所在村困难群众"  # 所在 is one word
    assert (r["5场"]["metric"], r["3个"]["metric"]) == ("宣讲会", "二等奖")


def test_verbs_of_training_fitting_touching_and_serving_open_no_metric() -> None:
    r = rows(
        "县教育局2024年工作总结\n\n"
        "培养了省级教学能手17人，引导300余名企业员工安装使用反诈APP，"
        "办理涉及安全生产类行政处罚案件12件，选派xx名派出所民警担任社区法治副主任，"
        "担任网格长的干部15名，配置空调524台套，购置图书3万册。\n"
    )
    assert (r["524台套"]["metric"], r["3万册"]["metric"]) == ("空调", "图书")
    assert r["17人"]["metric"] == "省级教学能手"
    assert r["xx名"]["metric"] == "派出所民警"  # 担任 is what they do
    assert r["15名"]["metric"] == "网格长的干部"
    assert r["300余名"]["metric"] == "企业员工"  # 安装 is what they did
    assert r["12件"]["metric"] == "安全生产类行政处罚案件"


def test_a_masked_spaced_year_opens_a_period_cut_from_the_metric() -> None:
    r = rows("县商务局2023年工作总结\n\n截至**年 2 月底完成外贸进出口 2310.5 万元。\n")
    row = r["2310.5 万元"]
    assert (row["metric"], row["period"]) == ("外贸进出口", "截至**年2月底")


def test_a_size_after_a_verb_measures_the_thing_named_after_it() -> None:
    r = rows(
        "县体育局2023年工作总结\n\n"
        "在8个乡镇新建 800 平米 室内健身馆、6 个篮球场和 1500 平方米的文体广场，"
        "在东山村建成30亩的茶叶示范基地，硬化村道12公里。\n"
    )
    assert r["800 平米"]["metric"] == "室内健身馆"
    assert r["1500 平方米"]["metric"] == "文体广场"  # not the 篮球场 joined before it
    assert r["30亩"]["metric"] == "茶叶示范基地"
    assert r["12公里"]["metric"] == "硬化村道"  # a noun before it is measured itself


def test_people_are_named_by_the_noun_after_a_modifier_and_的() -> None:
    r = rows(
        "区民政局2023年工作总结\n\n"
        "走访40名以上家庭困难的群众，推荐3名专业过硬的社工参加培训，帮扶12名困难户的子女。\n"
    )
    assert r["40名以上"]["metric"] == "家庭困难的群众"
    assert r["3名"]["metric"] == "专业过硬的社工"
    assert r["12名"]["metric"] == "困难户"  # a noun of people already: 的 ends it


def test_a_complement_依法_and_an_opening_bracket_around_the_metric() -> None:
    r = rows(
        "县卫健局2023年工作总结\n\n"
        "排查出疑似病例15人，对3家违规诊所依法进行处罚，"
        "全县适龄儿童免疫接种率98.2%，高于全省平均接种率（96.5%）。\n"
    )
    assert r["15人"]["metric"] == "疑似病例"
    assert r["3家"]["metric"] == "违规诊所"
    assert r["96.5%"]["metric"] == "高于全省平均接种率"


def test_a_deed_after_the_noun_a_count_names_starts_the_next_figures_words() -> None:
    r = rows(
        "县民政局2023年工作总结\n\n"
        "全县12个乡镇累计走访1200户3500人，对30名困难大学生发放8万元学费补助。\n"
    )
    assert r["12个"]["metric"] == "乡镇"
    assert r["1200户"]["metric"] == r["3500人"]["metric"] == "走访"  # not 乡镇 (累计 names nothing)
    assert r["8万元"]["metric"] == "学费补助"


def test_a_title_after_a_count_a_mark_passed_and_a_trailing_等_or_及() -> None:
    r = rows(
        "县乡村振兴局2023年工作总结\n\n"
        "我局已印2.4万份《防返贫政策明白纸》，张贴到户。高级职称人数突破 120 人大关。"
        "栽种桂花、樱花等860棵，资助大学生及200人以上。\n"
    )
    assert r["2.4万份"]["metric"] == "《防返贫政策明白纸》"
    assert r["120 人"]["metric"] == "高级职称人数"  # 大关 is the mark, not what is counted
    assert r["860棵"]["metric"] == "栽种桂花、樱花"  # the list is counted, without 等
    assert r["200人以上"]["metric"] == "大学生"


def test_a_masked_name_may_open_the_noun_after_a_count() -> None:
    r = rows(
        "县商务局2023年工作总结\n\n"
        "组织18名XX籍成功人士召开恳谈会，为5名XX学院博士办理落户，新建四十米大沟排水管网。\n"
    )
    assert r["18名"]["metric"] == "XX籍成功人士"  # 成功 and 召开 do not end it early
    assert r["5名"]["metric"] == "XX学院博士"
    assert "四十米" not in r  # a place name


def test_a_base_named_with_基础上_is_no_part_of_the_metric() -> None:
    r = rows("县卫健局2024年工作计划\n\n力争全县学生近视率在上年基础上降低0.5个百分点。\n")
    assert r["0.5个百分点"]["metric"] == "学生近视率"


def test_当年度_is_a_scope_word_whole() -> None:
    r = rows("县人社局2023年工作总结\n\n居民医保参保12万人、当年度缴费11万人。\n")
    assert r["11万人"]["metric"] == "缴费"


def test_a_count_of_people_before_的_and_a_fund_after_a_bare_verb_counts_the_fund() -> None:
    r = rows(
        "县人社局2023年工作总结\n\n"
        "全年累计发放318人次的创业担保贴息12万元，发放56人次的临时生活补助3万元。\n"
    )
    assert r["318人次"]["metric"] == "创业担保贴息"  # not the bare verb 累计发放
    assert r["56人次"]["metric"] == "临时生活补助"
    assert r["12万元"]["metric"] == "创业担保贴息"


def test_a_requirement_is_a_target_but_work_done_as_required_is_not() -> None:
    r = rows(
        "县残联2023年工作总结\n\n"
        "召开专题培训会，要求辅具适配通知率100%，按要求完成入户调查320户，"
        "根据上级要求，发放辅具86件。\n"
    )
    assert (r["100%"]["role"], r["100%"]["metric"]) == ("target", "辅具适配通知率")
    assert r["320户"]["role"] == r["86件"]["role"] == "actual"


def test_a_deed_of_its_own_in_another_unit_is_not_carried_from_the_figure_before() -> None:
    r = rows(
        "县农业农村局2023年工作总结\n\n"
        "培育家庭农场45个、带动310户，新建学校3所、改造5所，举办知识竞赛8场参与600余人。\n"
    )
    assert r["310户"]["metric"] == "带动"  # not 家庭农场
    # a deed alone, in the same unit: named by the deed, as 慰问85户 after a comma (the
    # schools renovated are no more the schools built: a sum of both would count two deeds)
    assert r["5所"]["metric"] == "改造"
    assert r["600余人"]["metric"] == "知识竞赛"  # a deed run on from the figure: its people


def test_基础上_ends_the_noun_after_a_count_and_个班次_is_one_unit() -> None:
    r = rows(
        "县人社局2023年工作总结\n\n"
        "在上年开发15个见习岗位基础上继续扩面，开展电工技能培训42个班次。\n"
    )
    assert r["15个"]["metric"] == "见习岗位"
    assert (r["42个班次"]["unit"], r["42个班次"]["metric"]) == ("个班次", "电工技能培训")


def test_a_sum_after_a_verb_counts_the_fund_named_after_it() -> None:
    r = rows(
        "县教育局2023年工作总结\n\n"
        "区财政统筹安排360万元专项资金用于改善办学条件，安排80万元奖补资金，投入25万元完善标志牌。\n"
    )
    assert r["360万元"]["metric"] == "专项资金"
    assert r["80万元"]["metric"] == "奖补资金"  # not the verb repeated from the figure before
    assert r["25万元"]["metric"] == "投入"  # what the money is for is no fund


def test_a_medal_tally_is_of_the_contest_won_in_and_查获_is_a_deed() -> None:
    r = rows(
        "县教育局2023年工作总结\n\n"
        "参加省第十届体育运动会获3金2银1铜，荣获一等奖5项，全年共查获毒品3克。\n"
    )
    assert {r[t]["metric"] for t in ("3金", "2银", "1铜")} == {"省第十届体育运动会"}
    assert (r["2银"]["unit"], r["2银"]["value"]) == ("银", 2.0)
    assert r["3克"]["metric"] == "毒品"  # 查获 (a verb with its result) names no thing


def test_what_is_had_is_counted_but_有_inside_a_word_stays() -> None:
    r = rows(
        "县农业农村局2023年工作总结\n\n"
        "全县176个行政村有果业村32个、蔬菜村38个，12家国有企业完成改制，"
        "开展有奖问答活动6场，帮扶有就业意愿且有就业能力的脱贫劳动力120人。\n"
    )
    assert r["176个"]["metric"] == "行政村"
    assert r["32个"]["metric"] == "果业村"
    assert r["12家"]["metric"] == "国有企业"
    assert r["6场"]["metric"] == "有奖问答活动"
    assert "有就业能力的脱贫劳动力" in r["120人"]["metric"]


def test_a_count_right_before_a_size_counts_the_noun_after_the_size() -> None:
    r = rows(
        "县生态环境局2023年工作总结\n\n"
        "开展锅炉摸排工作，完成1家36.5蒸吨燃煤锅炉超低排放，新建3座500立方米蓄水池。\n"
    )
    assert (r["36.5蒸吨"]["unit"], r["36.5蒸吨"]["value"]) == ("蒸吨", 36.5)
    assert r["1家"]["metric"] == r["36.5蒸吨"]["metric"] == "燃煤锅炉超低排放"
    assert r["3座"]["metric"] == r["500立方米"]["metric"] == "蓄水池"
    r = rows(
        "县发改局2023年工作总结\n\n"
        "已建成2座总计20兆瓦大型光伏电站和4座总计822kW的小型光伏电站，与18个成员单位签订责任书。\n"
    )
    assert r["2座"]["metric"] == r["20兆瓦"]["metric"] == "大型光伏电站"
    assert r["4座"]["metric"] == r["822kW"]["metric"] == "小型光伏电站"
    assert r["18个"]["metric"] == "成员单位"


def test_a_noun_after_a_count_ends_at_completion_naming_and_a_destination() -> None:
    r = rows(
        "县教育局2023年工作总结\n\n"
        "2个教育现代化推进工程竣工初验，6所学校确定为省试点校，"
        "推荐3名候选人至市教体局，惠及542名80至100岁高龄老人。\n"
    )
    assert r["2个"]["metric"] == "教育现代化推进工程"
    assert r["6所"]["metric"] == "学校"
    assert r["3名"]["metric"] == "候选人"
    assert r["542名"]["metric"].endswith("高龄老人")  # 至 inside an age range stays


def test_a_figure_inside_the_base_a_plan_builds_on_is_done() -> None:
    r = rows(
        "县残联2024年工作计划\n\n一、工作计划\n"
        "在2023年推出12个公益性岗位基础上，新增公益性岗位20个，"
        "近视率在2018年基础上每年降低1个百分点。\n"
    )
    assert r["12个"]["role"] == "actual"
    assert r["20个"]["role"] == r["1个百分点"]["role"] == "target"


def test_a_figure_by_which_the_result_beat_its_target_is_a_difference_of_the_figure_before() -> (
    None
):
    r = rows("县残联2023年工作总结\n\n共康复救助孤独症儿童67名，超出任务数10个，超额完成117.5%。\n")
    assert (r["10个"]["role"], r["10个"]["metric"]) == ("growth", "康复救助孤独症儿童")
    assert (r["117.5%"]["role"], r["117.5%"]["metric"]) == ("completion", "康复救助孤独症儿童")
    pairs = metrics.extract_text(
        "县残联2023年工作总结\n\n共康复救助孤独症儿童67名，超出任务数10个，超额完成117.5%。\n"
    ).pairs
    assert pairs["actual_value"].tolist() == [67.0]  # the difference is no actual


def test_a_long_noun_after_a_count_is_whole_and_ends_at_a_period_or_并() -> None:
    r = rows(
        "县生态环境局2023年工作总结\n\n"
        "完成5个乡镇政府驻地生活污水处理设施提质增效，对12家企业地下水污染防治措施落实情况排查并督促整改，"
        "17个乡镇集中式饮用水水源地前三季度水质达标率100%。\n"
    )
    assert r["5个"]["metric"] == "乡镇政府驻地生活污水处理设施提质增效"
    assert r["12家"]["metric"] == "企业地下水污染防治措施落实情况排查"
    assert r["17个"]["metric"] == "乡镇集中式饮用水水源地"


def test_为_opens_no_metric_and_a_share_counts_the_noun_right_after_it() -> None:
    r = rows(
        "县乡村振兴局2023年工作总结\n\n"
        "累计发放教育补助资金XX万元，为监测户189户475人提供50%医保缴费补助XX万元。\n"
    )
    assert r["189户"]["metric"] == r["475人"]["metric"] == "监测户"
    assert r["50%"]["metric"] == "医保缴费补助"


def test_分_before_a_figure_and_常态化_frame_the_metric_but_a_score_noun_keeps_分() -> None:
    r = rows(
        "县人社局2023年工作总结\n\n"
        "组织17家企业分2期赴高校开展推介活动，常态化开展招聘活动120场次，"
        "给予党政纪处分11人，中考全县平均分612分。\n"
    )
    assert r["2期"]["metric"] == "企业"
    assert r["120场次"]["metric"] == "招聘活动"
    assert r["11人"]["metric"].endswith("党政纪处分")
    assert r["612分"]["metric"] == "中考全县平均分"


def test_a_name_in_ascii_quotes_keeps_its_closing_mark() -> None:
    r = rows('县教育局2023年工作总结\n\n全年创成新一轮"平安校园"12所，"智慧课堂"覆盖率达95%。\n')
    assert r["12所"]["metric"] == '新一轮"平安校园"'
    assert r["12所"]["metric_key"] == "新一轮平安校园"


def test_where_and_when_a_deed_is_done_and_verbs_of_approving_and_choosing_name_no_thing() -> None:
    r = rows(
        "县农业农村局2023年工作总结\n\n一、工作成效\n"
        "在各村建设农家书屋12个、在岗人员培训3期。已批复2023年度衔接项目共8个，"
        "评出优秀护林员15名，三个地块目前正在洽谈。招聘会期间共收到求职简历260份。\n"
    )
    assert r["12个"]["metric"] == "农家书屋"
    assert r["3期"]["metric"] == "在岗人员培训"  # 在岗 is a word
    assert r["8个"]["metric"] == "衔接项目"
    assert r["15名"]["metric"] == "优秀护林员"
    assert r["三个"]["metric"] == "地块"
    assert r["260份"]["metric"] == "求职简历"


def test_a_bound_on_a_share_of_a_whole_is_cut_from_the_metric() -> None:
    r = rows(
        "市教育局2024年工作要点\n\n一、主要目标\n"
        "城区教师到乡村学校交流比例不低于专任教师的5%，民办园在园幼儿数不超过总数的20%，"
        "体育课时不低于总课时 11%。\n"
    )
    assert r["5%"]["metric"] == "城区教师到乡村学校交流比例"
    assert r["5%"]["qualifier"] == "at_least"
    assert r["20%"]["metric"] == "民办园在园幼儿数"
    assert r["20%"]["qualifier"] == "at_most"
    assert (r["11%"]["metric"], r["11%"]["qualifier"]) == ("体育课时", "at_least")


def test_a_figure_after_a_list_of_nouns_counts_them_all() -> None:
    r = rows(
        "区教育局2023年工作总结\n\n一、工作成效\n"
        "新建中小学、幼儿园6所，开展防溺水宣传、校园欺凌排查300余次，"
        "完善制度、建立台账12本，发放各类补助资金450万元，完成各类培训900人次。"
        "召开推进会3次、督导会5次，开展消防检查、台账8本。\n"
    )
    assert r["6所"]["metric"] == "中小学、幼儿园"
    assert r["300余次"]["metric"] == "防溺水宣传、校园欺凌排查"  # 开展 goes with the list
    assert r["12本"]["metric"] == "台账"  # a verb opens the figure's own words
    assert r["450万元"]["metric"] == "补助资金"  # 各类 names no kind
    assert r["900人次"]["metric"] == "各类培训"  # but stays before a bare verb
    assert r["5次"]["metric"] == "督导会"  # the item before holds a figure of its own
    assert r["8本"]["metric"] == "台账"  # 消防检查 is a deed of its own


def test_documents_drawn_up_and_a_size_that_sorts_what_follows() -> None:
    r = rows(
        "区教育局2023年工作总结\n\n一、工作成效\n"
        "制定整改措施8条，下发整改通知书12份，印发工作提示单5份，"
        "对200人以上的农村小学开展专项督导。\n"
    )
    assert r["8条"]["metric"] == "整改措施"  # 整改 before 措施 is part of the noun
    assert r["12份"]["metric"] == "整改通知书"
    assert r["5份"]["metric"] == "工作提示单"
    assert r["200人以上"]["metric"].startswith("农村小学")


def test_above_or_below_a_level_compared_with_is_a_difference_not_a_bound() -> None:
    r = rows(
        "县民政局2023年工作总结\n\n一、工作成效\n"
        "每千名老人拥有床位数为28张，低于全省平均水平5张。城镇化率56.2%，"
        "高于全省平均水平3.1个百分点。PM2.5浓度低于35微克/立方米。\n"
    )
    five = r["5张"]
    # a difference from a benchmark (全省平均水平) is a comparison, not a change over time
    assert (five["role"], five["direction"], five["qualifier"]) == ("comparison", -1, "exact")
    assert five["metric"] == "每千名老人拥有床位数"
    assert (r["3.1个百分点"]["role"], r["3.1个百分点"]["direction"]) == ("comparison", 1)
    assert five["measure"] == "comparison"
    assert r["3.1个百分点"]["metric"] == "城镇化率"
    bound = r["低于35微克/立方米"]  # a bound with no level between
    assert (bound["role"], bound["qualifier"]) == ("actual", "at_most")


def test_a_rate_per_hundred_thousand_people_is_one_figure() -> None:
    r = rows(
        "市卫健委2024年工作要点\n\n一、主要目标\n"
        "孕产妇死亡率控制在10/10万以下，甲乙类传染病发病率为125.3/10万，完成率1/3。\n"
    )
    low = r["10/10万以下"]
    assert (low["value"], low["unit"], low["qualifier"]) == (10, "/10万", "at_most")
    assert (low["unit_family"], low["metric"]) == ("rate", "孕产妇死亡率")
    assert r["125.3/10万"]["value"] == 125.3
    assert r["1/3"]["unit"] == "ratio"  # a fraction stays a ratio


def test_by_how_much_a_result_beat_its_task_is_a_difference() -> None:
    r = rows(
        "县农业农村局2023年工作总结\n\n一、工作成效\n"
        "完成高标准农田建设3.5万亩，超额完成任务0.5万亩。新建村级服务站25个，超过目标5个。\n"
    )
    half = r["0.5万亩"]
    assert (half["role"], half["direction"], half["metric"]) == ("growth", 1, "高标准农田建设")
    five = r["5个"]
    assert (five["role"], five["qualifier"], five["metric"]) == ("growth", "exact", "村级服务站")


def test_what_is_still_had_and_a_ratio_named_right_before_it() -> None:
    r = rows(
        "区教育局2023年工作总结\n\n一、工作成效\n"
        "全区师生比1:13.5。大班额问题仍然突出，56人以上大班额还有23个，仍有薄弱学校4所。\n"
    )
    assert (r["1:13.5"]["unit"], r["1:13.5"]["metric"]) == ("ratio", "师生比")
    assert r["56人以上"]["metric"] == r["23个"]["metric"] == "大班额"
    assert r["4所"]["metric"] == "薄弱学校"


def test_bandwidth_is_a_measure() -> None:
    r = rows(
        "县教育局2023年工作总结\n\n一、工作成效\n接入互联网出口宽带 300Mbps，城域网带宽10Gbps。\n"
    )
    # (接入, a verb of work done, names no thing: verbs.DEED_VERBS)
    assert (r["300Mbps"]["unit_family"], r["300Mbps"]["metric"]) == (
        "bandwidth",
        "互联网出口宽带",
    )
    assert r["10Gbps"]["base_value"] == 10000


# A bare P is computing power only where its clause speaks of 算力 (bare_p_not_power), and
# before no word but 以上/算力/左右/的: a machine's rating or a size is no figure of ours.
@pytest.mark.parametrize("sentence", [
    "全年新建充电桩600P。",
    "完成LED屏幕改造120P。",
    "更换1.5P节能空调260台。",
    "新建1080P高清视频监控探头320个。",
])
def test_a_bare_p_elsewhere_is_no_computing_power(sentence) -> None:
    r = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    assert "compute" not in set(r.unit_family)


def test_a_number_spaced_by_thousands_keeps_its_latin_unit() -> None:
    r = rows("县发改局2025年工作总结\n\n一、工作成效\n新增装机容量6 000kW，出口带宽1 000Mbps。\n")
    assert r["6 000kW"]["value"] == 6000 and r["1 000Mbps"]["value"] == 1000


def test_computing_power_is_a_measure() -> None:
    r = rows(
        "市数据局2025年工作总结\n\n一、工作成效\n全市算力规模突破5000P，其中智能算力1200PFlops。"
        "建成省级算力枢纽节点，总算力达到2.5EFlops。推广P2P网络借贷平台3个。\n"
    )
    assert (r["5000P"]["unit_family"], r["5000P"]["metric"]) == ("compute", "算力规模")
    assert r["1200PFlops"]["base_value"] == 1200
    assert r["2.5EFlops"]["base_value"] == 2500
    assert r["3个"]["unit"] == "个"  # the P of P2P is a name's letter, no unit


def test_a_label_before_a_colon_names_what_its_figures_count() -> None:
    text = (
        "县统计局2023年工作总结\n\n一、主要指标完成情况\n"
        "1.地区生产总值：目标增长6.5%，实际增长6.8%。\n"
        "2.一般公共预算收入：年度目标12亿元，完成12.6亿元，完成率105%。\n"
        "主要做法：全年开展培训12次。\n"
    )
    r = rows(text)
    assert (r["6.5%"]["role"], r["6.5%"]["metric"]) == ("target", "地区生产总值")
    assert (r["6.8%"]["role"], r["6.8%"]["metric"]) == ("growth", "地区生产总值")
    assert (r["12亿元"]["role"], r["12亿元"]["metric"]) == ("target", "一般公共预算收入")
    assert r["12.6亿元"]["metric"] == "一般公共预算收入"
    assert r["12次"]["metric"] != "主要做法"  # a heading of a kind of content names nothing
    pairs = metrics.extract_text(text).pairs
    # the growth against its growth target too (pairs.within._growths_of)
    assert pairs[["target_value", "actual_value"]].values.tolist() == [[6.5, 6.8], [12, 12.6]]


def test_a_run_in_heading_names_what_its_paragraph_counts() -> None:
    text = (
        "区残联2024年工作计划\n\n一、重点工作\n"
        "危房改造到户。摸清需求，制定方案，做好验收。2024年任务数为40户，计划完成50户。\n"
        "主要做法。全年任务数为12次。\n"
    )
    r = rows(text)
    assert r["40户"]["metric"] == r["50户"]["metric"] == "危房改造到户"
    assert r["12次"]["metric"] != "主要做法"  # a heading of a kind of content names nothing


def test_a_noun_of_places_after_a_count_ends_before_their_deed() -> None:
    r = rows(
        "区教育局2023年工作总结\n\n一、工作成效\n"
        "指导三所学校创建市级优质校，为16所学校配置空调524台套。"
        "启动2个新区建设配套项目。\n"
    )
    assert r["三所"]["metric"] == r["16所"]["metric"] == "学校"
    assert r["524台套"]["metric"] == "空调"
    assert "项目" in r["2个"]["metric"]  # the deed names the project counted


def test_sending_closing_and_rooting_out_are_deeds_and_new_before_a_deed_is_scope() -> None:
    r = rows(
        "镇党委2023年工作总结\n\n一、党建工作\n"
        "新调整党支部书记3名，选派兼职党建工作指导员5名，选聘网格员12名，新村4个。\n"
        "20名干部下沉社区，关停违规餐馆6间，铲除野生大麻30株。\n"
    )
    assert r["3名"]["metric"] == "党支部书记"
    assert r["5名"]["metric"] == "兼职党建工作指导员"
    assert r["12名"]["metric"] == "网格员"
    assert r["4个"]["metric"] == "新村"
    assert r["20名"]["metric"] == "干部"
    assert (r["6间"]["metric"], r["30株"]["metric"]) == ("违规餐馆", "野生大麻")


def test_a_share_of_the_task_said_with_shi_is_completion() -> None:
    r = rows(
        "县林业局2023年工作总结\n\n一、主要成效\n"
        "完成植树造林1.2万亩，是年度任务的120%。全县植树1.2万株，是上年的1.5倍。\n"
    )
    assert (r["120%"]["role"], r["120%"]["metric"]) == ("completion", "植树造林")
    # a multiple of last year names no task: it is how many times its past level it grew to
    assert r["1.5倍"]["role"] == "growth"


def test_a_count_before_a_bare_hundred_million_counts_the_noun_before_it() -> None:
    r = rows("县发改局2023年工作总结\n\n一、成效\n两个项目总投资近亿元。辖区内现有中小学23所。\n")
    assert "近亿元" in r and "项目" in r["两个"]["metric"]
    assert r["23所"]["metric"] == "中小学"  # 辖区内 and 现有 are scope


def test_the_yue_that_ends_a_word_is_no_about_before_a_bare_hundred_million() -> None:
    # 签约 ends in 约: 签约亿元以上项目 is a class of projects, not "about 1亿元" (an
    # invented 100,000,000). A 约 that stands alone still qualifies: 签约金额约亿元.
    r = rows(
        "区商务局2025年工作总结\n\n一、工作成效\n"
        "全年新签约亿元以上项目18个，力争签约亿元项目20个，全年预约万余人次，签约金额约亿元。\n"
    )
    assert "约亿元" in r and r["约亿元"]["metric"] == "签约金额"
    assert sorted(r) == ["18个", "20个", "万余人次", "约亿元"]
    assert r["18个"]["metric"] == "亿元以上项目"


def test_for_whom_a_deed_is_done_is_cut_and_a_worth_counts_what_is_worth_it() -> None:
    r = rows(
        "县民政局2023年工作总结\n\n一、工作成效\n"
        "为80周岁以上老人发放高龄津贴120万元，为企业提供法律意见30余件，"
        "为包联村超市购置价值1.5万元的爱心商品，捐赠物资价值3万元。\n"
    )
    assert r["120万元"]["metric"] == "高龄津贴"
    assert r["30余件"]["metric"] == "法律意见"
    assert r["1.5万元"]["metric"] == "爱心商品"
    assert r["3万元"]["metric"] == "捐赠物资价值"  # nothing after it: the words before


@pytest.mark.parametrize(
    ("metric", "key"),
    [
        ("参保人数", "参保人"),
        ("能源消费总量", "能源消费"),
        ("粮食产量", "粮食产量"),
        ("港口货物吞吐量", "港口货物吞吐量"),
        ("空气质量", "空气质量"),
        ("居民消费价格指数", "居民消费价格指数"),
    ],
)
def test_metric_key_drops_a_count_word_but_never_cuts_a_word_short(metric, key) -> None:
    assert metric_key(metric) == key


# By how much a result beat a target named with whose it is (省定, 市下达) or for when, and
# a span of time that changed (缩短, 延长), are changes; a level reached after them is not.
CHANGES = [
    ("农村自来水普及率达到97%，超过省定目标2个百分点。", "2个百分点", "growth", 1),
    ("新增城镇就业3260人，超出市下达任务260人。", "260人", "growth", 1),
    ("造林面积超额完成全年目标任务0.3万亩。", "0.3万亩", "growth", 1),
    ("不动产登记办理时间比上年缩短3天。", "3天", "growth", -1),
    ("图书馆开放时间比上年延长2小时。", "2小时", "growth", 1),
    ("企业开办时间由3天缩短至1天。", "1天", "actual", None),
    ("全县达到省定标准的养老机构12家。", "12家", "actual", None),
]


@pytest.mark.parametrize(("sentence", "figure", "role", "direction"), CHANGES)
def test_a_beaten_target_and_a_changed_span_are_changes(sentence, figure, role, direction) -> None:
    rows = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    row = rows.set_index("text").loc[figure]
    assert row.role == role
    assert (None if pd.isna(row.direction) else int(row.direction)) == direction


# Who did the deed is no part of what it counted (an office, a station, a street office or
# its staff before a verb of work done), unless the deed names an owner's fund or project;
# 实际 and 建成 stay where they are part of a name (实际使用外资, 建成区).
ACTOR_METRICS = [
    ("镇综治中心调处矛盾纠纷156件。", "矛盾纠纷"),
    ("县林业站查处毁林案件7起。", "毁林案件"),
    ("镇政府全年完成植树造林1200亩。", "植树造林"),
    ("截至9月底，街道办理各类民生事项2.1万件。", "民生事项"),
    ("街道网格员排查出租房屋860套。", "出租房屋"),
    ("市民服务中心建设资金500万元。", "市民服务中心建设资金"),
    ("县党群服务中心建设项目5个。", "县党群服务中心建设项目"),
    ("区政务服务中心办件量12万件。", "区政务服务中心办件量"),
    ("全年实际使用外资2.3亿美元。", "实际使用外资"),
    ("全县实际完成投资28亿元。", "投资"),
    ("建成区绿地率达到38%。", "建成区绿地率"),
    ("全年建成区级示范点5个。", "区级示范点"),
    # a people's organisation or a whole system acts too; as an owner it keeps its words
    ("县妇联组织开展家庭教育讲座120场次。", "家庭教育讲座"),
    ("区总工会走访慰问困难职工320户。", "困难职工"),
    ("全系统实现销售总额9.8亿元。", "销售总额"),
    ("工会经费收入120万元。", "工会经费收入"),
    ("全县工会组织覆盖率达到95%。", "工会组织覆盖率"),
    ("全区妇联组织建设完成率达到98%。", "妇联组织建设"),
    ("新建工会组织42个。", "工会组织"),
    ("信息系统建设资金300万元。", "信息系统建设资金"),
]


# A point of the year before what is counted says when it was counted, not what: the end
# of the year as 年末 or 年底, or the deadline 年底前 (年末之前), before a scope word, a verb
# or the noun itself.
WHEN_COUNTED = [
    ("年底前建成5G基站300个。", "5G基站"),
    ("年末之前完成造林1.2万亩。", "造林"),
    ("年末全县常住人口城镇化率为52.4%。", "常住人口城镇化率"),
    ("年底全区金融机构贷款余额386亿元。", "金融机构贷款余额"),
    ("年末生猪存栏12.6万头。", "生猪存栏"),
]


# A count of bodies that act (企业) counts them, not the deed after them; a project named
# by its deed keeps it.
COUNTED_BODIES = [
    ("为*多户小微企业办理增值税留抵退税。", "小微企业"),
    ("律师事务所为18家企业担任法律顾问。", "企业"),
    ("全县推进5个产业园区建设项目。", "产业园区建设项目"),
]


# 有 inside a word (保有量) is no 有 of what is had (全县有果业村32个).
HAD = [
    ("全县耕地保有量达到28.6万亩。", "耕地保有量"),
    ("全市民用汽车保有量86万辆。", "民用汽车保有量"),
    ("全县有果业村32个。", "果业村"),
]


@pytest.mark.parametrize(
    ("sentence", "metric"), ACTOR_METRICS + COUNTED_BODIES + HAD + WHEN_COUNTED
)
def test_who_did_the_deed_is_no_part_of_what_it_counted(sentence, metric) -> None:
    rows = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    assert list(rows.metric) == [metric]


def _row_of(sentence: str, figure: str) -> pd.Series:
    """The row of ``figure`` (its first) in ``sentence`` under a review heading."""
    m = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    return m[m.text == figure].iloc[0]


def _metrics_of(sentence: str, heading: str = "一、2025年工作完成情况") -> list[str]:
    """The metric of each figure of ``sentence`` under ``heading``, in order."""
    return list(metrics.extract_text(heading + "\n" + sentence + "\n").mentions.metric)


# An office with no place before it acts as one with a place does (the report's own body
# names itself: 档案馆, 人防办, 地震局), before its deed, a scope word, a pledge with its
# year or for whom the deed is done; so do 社区 as 街道 does, and the 供销社 system as the
# other people's organisations. As an owner with no deed after it, it keeps its words.
UNPLACED_ACTORS = [
    ("地震局全年开展防震减灾宣传活动46场。", "防震减灾宣传活动"),
    ("人防办全年审核人防工程图纸86套。", "人防工程图纸"),
    ("档案馆开展档案业务培训12期。", "档案业务培训"),
    ("数据局全年政务数据共享调用量1.6亿次。", "政务数据共享调用量"),
    ("供销合作社系统实现农副产品销售额6.2亿元。", "农副产品销售额"),
    ("供销社力争2026年实现农产品上行交易额3亿元。", "农产品上行交易额"),
    ("红十字会为受灾群众发放救灾物资86万元。", "救灾物资"),
    ("社区为独居老人安装烟感报警器130个。", "烟感报警器"),
    ("社区居委会组织开展文艺演出24场。", "文艺演出"),
    ("档案馆建设资金800万元。", "档案馆建设资金"),
    ("图书馆藏书总量达到36万册。", "图书馆藏书总量"),
    ("社区建设资金120万元。", "社区建设资金"),
    # a hotline takes calls as an office does; 为农服务 is a name, not for whom
    ("12345热线全年受理群众诉求8.6万件。", "群众诉求"),
    ("市长热线办理群众来电1.2万件。", "群众来电"),
    ("热线电话接通率98%。", "热线电话接通率"),
    ("改造提升为农服务站12个。", "为农服务站"),
    ("全县建成为农服务中心28家。", "为农服务中心"),
    ("为农户发放补贴资金320万元。", "补贴资金"),
]


@pytest.mark.parametrize(("sentence", "metric"), UNPLACED_ACTORS)
def test_an_office_with_no_place_is_no_part_of_what_it_counted(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# A word of change between a count and the next (压减至, 缩减到, 拓展到) names no thing the
# count counts, nor does the sum a thing is valued at (折合, 折价).
CHANGE_AND_VALUE_WORDS = [
    ("执法车辆由58辆压减至31辆。", ["执法车辆", "执法车辆"]),
    ("会议数量由120个缩减到85个。", ["会议数量", "会议数量"]),
    ("承诺办理事项拓展到46项。", ["承诺办理事项"]),
    ("接收社会捐赠物资折价36万元。", ["社会捐赠物资"]),
    ("红十字会为受灾群众发放救灾物资折合86万元。", ["救灾物资"]),
    ("三公经费支出再压减5%。", ["三公经费支出"]),
    # a verb inside a noun stays: the classroom that receives a remote lesson
    ("全县接收教室开课3600节。", ["接收教室开课"]),
    ("全年采购帮扶产品320万元。", ["采购帮扶产品"]),
]


@pytest.mark.parametrize(("sentence", "metrics_"), CHANGE_AND_VALUE_WORDS)
def test_a_word_of_change_or_value_names_no_thing(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


# The size of a fall named as such (压减比例, 降幅, 下降比例) is a change of what the figure
# before counts, downwards; a share named 比例 with no fall is a level.
FALL_SIZES = [
    ("执法车辆由58辆压减至31辆，压减比例46.6%。", "46.6%", "growth", -1, "执法车辆"),
    ("会议数量由120个减少到85个，降幅29.2%。", "29.2%", "growth", -1, "会议数量"),
    ("发文数量减少至1100件，下降比例21%。", "21%", "growth", -1, "发文数量"),
    ("全县残疾人按比例就业比例达到1.6%。", "1.6%", "actual", None, "残疾人按比例就业比例"),
]


@pytest.mark.parametrize(("sentence", "figure", "role", "direction", "metric"), FALL_SIZES)
def test_the_size_of_a_fall_is_a_change_of_the_figure_before(
    sentence, figure, role, direction, metric
) -> None:
    rows = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    row = rows.set_index("text").loc[figure]
    assert (row.role, row.metric) == (role, metric)
    assert (None if pd.isna(row.direction) else int(row.direction)) == direction


# Deeds joined by 并 name no thing (排查并整改, 检查并督促整改), 并 that opens a word stays
# (并购); a noun made of a verb keeps its verb when joined to the next noun (慰问金和慰问品).
JOINED_DEEDS_AND_NOUNS = [
    ("全年排查并整改安全隐患126处。", ["安全隐患"]),
    ("检查并督促整改问题38个。", ["问题"]),
    ("全年并购重组企业12家。", ["并购重组企业"]),
    ("发放慰问金和慰问品共计32万元。", ["慰问金和慰问品"]),
    ("为困难家庭发放救助金及米面油折合9.6万元。", ["救助金及米面油"]),
    ("发放慰问金86万元。", ["慰问金"]),
]


@pytest.mark.parametrize(("sentence", "metrics_"), JOINED_DEEDS_AND_NOUNS)
def test_joined_deeds_name_nothing_and_joined_nouns_keep_their_verb(sentence, metrics_):
    assert _metrics_of(sentence) == metrics_


# A clause that names only the base of a comparison (较2020年同期的, 比上年的) or a level set
# from above (省定, 市定, 省下达的) speaks of what the figure before it counts, and so does
# the change after the base; a noun of its own after 的 is its own (省下达的造林任务).
BASES_AND_SET_LEVELS = [
    ("新发展党员46名，比上年的38名增加8名。", ["新发展党员"] * 3),
    ("办理不动产登记3.2万件，较2020年同期的2.4万件增长33%。", ["不动产登记"] * 3),
    ("全县城镇登记失业率为2.8%，控制在省定4.5%的目标以内。", ["城镇登记失业率"] * 2),
    ("城镇调查失业率5.1%，低于市定5.5%的控制目标。", ["城镇调查失业率"] * 2),
    ("完成省下达的造林任务3000亩。", ["造林任务"]),
]


@pytest.mark.parametrize(("sentence", "metrics_"), BASES_AND_SET_LEVELS)
def test_a_base_or_a_level_set_from_above_speaks_of_the_figure_before(sentence, metrics_):
    assert _metrics_of(sentence) == metrics_


# A growth target is named as a growth is: after the level it goes with, it speaks of that
# level (力争…投资85亿元，增长6%以上); with words of its own, of them.
GROWTH_TARGETS = [
    ("力争全年完成固定资产投资85亿元，增长6%以上。", ["固定资产投资"] * 2),
    ("确保社会消费品零售总额达到120亿元，同比增长7%左右。", ["社会消费品零售总额"] * 2),
    ("地区生产总值增长6%左右，一般公共预算收入增长5%。", ["地区生产总值", "一般公共预算收入"]),
    # a count after 提升 counts the noun after it, a target of a level
    ("整合提升1000个民生服务综合体。", ["民生服务综合体"]),
]


@pytest.mark.parametrize(("sentence", "metrics_"), GROWTH_TARGETS)
def test_a_growth_target_speaks_of_the_level_before_it(sentence, metrics_) -> None:
    rows = metrics.extract_text("二、2026年工作计划\n" + sentence + "\n").mentions
    assert (list(rows.metric), set(rows.role)) == (metrics_, {"target"})


def test_the_whole_of_a_prefecture_a_league_or_a_banner_is_a_scope_not_a_name() -> None:
    # 全州/全盟/全旗 and 我州/我盟/我旗 say where, as 全县 and 我县 do: the reports of
    # autonomous prefectures, leagues and banners name their whole so
    r = rows(
        "州农业农村局2025年工作总结\n\n"
        "全州粮食总产量达到58.2万吨，全盟接待国内游客1260万人次，"
        "全旗新建高标准农田6.5万亩，我州城镇调查失业率为5.1%，我旗新增市场主体3260户。\n"
    )
    assert r["58.2万吨"]["metric"] == "粮食总产量"
    assert r["1260万人次"]["metric"] == "国内游客"
    assert r["6.5万亩"]["metric"] == "高标准农田"
    assert r["5.1%"]["metric"] == "城镇调查失业率"
    assert r["3260户"]["metric"] == "市场主体"
    # 全州县 is a county's name: its 县 is no start of a metric
    r = rows("县文旅局2025年工作总结\n\n全州县接待游客420万人次。\n")
    assert not str(r["420万人次"]["metric"]).startswith("县")


def _figures_of(sentence: str) -> list[tuple[str, str, str]]:
    """(text, role, metric) of each figure of a summary ``sentence``, in order."""
    rows = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    return list(zip(rows.text, rows.role, rows.metric, strict=True))


# A total after the parts it sums, with a clause that says how many they are (两项合计,
# 以上三项共计), is of what the parts' names share (城市道路, 农村道路 → 道路); a part told
# apart by one character binds it to the next (外贸, 内贸 → 货物吞吐量), and the count of
# parts is no figure. Parts that share no name leave the total no name of theirs.
TOTALS_OF_PARTS = [
    (
        "完成外贸货物吞吐量860万吨、内贸货物吞吐量2140万吨，两项合计3000万吨，增长6.1%。",
        ["外贸货物吞吐量", "内贸货物吞吐量", "货物吞吐量", "货物吞吐量"],
    ),
    (
        "一般贸易出口额3.2亿元、加工贸易出口额1.1亿元、边境贸易出口额0.6亿元，以上三项共计4.9亿元。",
        ["一般贸易出口额", "加工贸易出口额", "边境贸易出口额", "贸易出口额"],
    ),
    ("城区常住人口12.6万人、郊区常住人口8.1万人，两项合计20.7万人。", [
        "城区常住人口", "郊区常住人口", "常住人口"
    ]),
]


@pytest.mark.parametrize(("sentence", "metrics_"), TOTALS_OF_PARTS)
def test_a_total_of_parts_is_of_what_the_parts_share(sentence, metrics_) -> None:
    assert _metrics_of(sentence)[: len(metrics_)] == metrics_


def test_parts_that_share_no_name_give_their_total_none_of_theirs() -> None:
    found = _metrics_of("新增农民专业合作社18家、家庭农场26家，两项合计44家。")
    assert found[:2] == ["农民专业合作社", "家庭农场"]
    assert len(found) == 3 and found[2] not in ("农民专业合作社", "家庭农场", "44家")


# A benchmark beyond an average level: an average rate (平均增速, 平均增幅) or a line set as a
# bound (警戒线, 预警线, 控制线); the figure after it is the difference, exact, of the level
# before. A bound on the figure itself (低于5%) stays a bound.
BENCHMARK_LINES = [
    ("脱贫户人均纯收入增长11.2%，高于全县农村居民平均增速2.8个百分点。", "2.8个百分点",
     "脱贫户人均纯收入"),
    ("全县规上工业增加值增长9.2%，高于同行业平均增幅2.4个百分点。", "2.4个百分点",
     "规上工业增加值"),
    ("政府债务率为96%，低于省定预警线24个百分点。", "24个百分点", "政府债务率"),
    ("国有企业资产负债率为61.5%，低于警戒线8.5个百分点。", "8.5个百分点",
     "国有企业资产负债率"),
    # other_group: the other half of a pair the report sets apart (城镇 and 农村) is a
    # benchmark too, and 快于/慢于 compare a rate's pace (增速快于: the rate compared)
    ("农村居民人均可支配收入增长7.2%，高于城镇居民1.9个百分点。", "1.9个百分点",
     "农村居民人均可支配收入"),
    ("农民人均纯收入增长9.6%，快于城镇2.1个百分点。", "2.1个百分点", "农民人均纯收入"),
    ("地区生产总值增长6.2%，增速快于全省平均水平1.2个百分点。", "1.2个百分点", "增速"),
]


# share_past_size: a share after a rate's comparison (增速高于全市…) is of the thing whose rate
# it was, not of the size word; a comparison of the rate keeps 增速 (the rate compared).
@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("规上工业增加值增长11.6%，增速高于全市3.2个百分点，占全市比重达到38.4%。", "38.4%",
         "规上工业增加值"),
        ("社会消费品零售总额增长8.2%，增幅高于全市1.1个百分点，占全市的比重提高到26.5%。",
         "26.5%", "社会消费品零售总额"),
        ("规上工业增加值增长11.6%，增速高于全市3.2个百分点，占全市比重达到38.4%。",
         "3.2个百分点", "增速"),
    ],
)
def test_a_share_after_a_rates_comparison_is_of_the_thing(sentence, figure, metric) -> None:
    r = rows("一、2025年工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


def test_a_change_against_the_year_before_is_no_comparison() -> None:
    sentence = "城镇居民人均可支配收入增长5.1%，增速比上年高出1.2个百分点。"
    r = rows("一、2025年工作完成情况\n" + sentence + "\n")
    assert r["1.2个百分点"]["role"] == "growth"


@pytest.mark.parametrize(("sentence", "figure", "metric"), BENCHMARK_LINES)
def test_an_average_rate_or_a_set_line_is_a_benchmark(sentence, figure, metric) -> None:
    r = rows("一、2025年工作完成情况\n" + sentence + "\n")
    assert (r[figure]["role"], r[figure]["qualifier"], r[figure]["metric"]) == (
        "comparison", "exact", metric
    )


def test_a_bound_below_a_level_is_still_a_bound() -> None:
    r = rows("二、2026年工作计划\n资产负债率控制在65%以内，低于70%的警戒线。\n")
    assert r["65%以内"]["role"] == "target"
    assert (r["低于70%"]["role"], r["低于70%"]["qualifier"]) == ("target", "at_most")


# 压缩 with a percentage or a span is a change of the time before it (比2017年压缩62.3%,
# 审批时限压缩40%); 压缩至 names the level reached.
SQUEEZED = [
    ("货物通关时间比2018年压缩58.6%。", "58.6%", "growth"),
    ("工程建设项目审批时间压缩40%。", "40%", "growth"),
    ("企业开办时间压缩至1个工作日。", "1个工作日", "actual"),
    # 精简 cuts a count of items, meetings or papers the same way
    ("全省涉企检查事项精简26.8%。", "26.8%", "growth"),
    ("市级会议文件比上年精简两成。", "两成", "growth"),
    ("行政审批事项精简至126项。", "126项", "actual"),
    ("用地审批环节由9个精简为4个。", "4个", "actual"),  # 精简为: the level reached
]


@pytest.mark.parametrize(("sentence", "figure", "role"), SQUEEZED)
def test_a_time_squeezed_by_a_share_is_a_change(sentence, figure, role) -> None:
    row = rows("一、2025年工作完成情况\n" + sentence + "\n")[figure]
    assert row["role"] == role
    if role == "growth":  # squeezed or cut: a fall
        assert row["direction"] == -1


# A verb of work done may open with any character and end with its result, 回 (got back) or
# 获 (caught): an open class, which names no thing (verbs.RESULTATIVE_DEED); 巡回 is a noun.
@pytest.mark.parametrize("sentence", RESULTATIVE_EXAMPLES)
def test_a_verb_with_its_result_names_no_thing(sentence) -> None:
    (metric,) = _metrics_of(sentence)
    assert metric[1] not in "回获" and len(metric) >= 2, metric


@pytest.mark.parametrize(("sentence", "metric"), RESULTATIVE_COUNTER)
def test_a_noun_with_hui_keeps_it(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# A yearly average before a deed is a scope of it (年均新建农村公路 → 农村公路), while 年均气温
# names a level; a verb's 出 complement is no 出入境 or 出版.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("年均新建农村公路120公里。", "农村公路"),
    ("年均培训新型职业农民3000人次。", "新型职业农民"),
    ("年均气温16.2℃。", "年均气温"),
    ("全年验放出入境旅客52万人次。", "出入境旅客"),
    ("全年编纂出版乡镇志4部。", "乡镇志"),
    ("全年排查出安全隐患126处。", "安全隐患"),
])
def test_a_yearly_average_and_a_complement_before_the_noun(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# A total of the whole unit after new ones (全县总数达到, 我镇总量达到) counts what the new ones
# count, as a bare 总数达到 does; a total that names its own thing keeps it.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("新增市场主体1200户，全县总数达到3.6万户。", "市场主体"),
    ("新建村级综合服务站18个，我镇总量达到64个。", "村级综合服务站"),
    ("新增市场主体1200户，全县个体工商户总数达到2.1万户。", "个体工商户"),
])
def test_a_total_of_the_whole_unit_counts_what_the_new_ones_count(sentence, metric) -> None:
    assert _metrics_of(sentence)[-1] == metric


# A clause of only a yearly average (context.periods.YEARLY_AVERAGE) and the verb the clause
# before used names no thing of its own: the figure counts what that clause counted, its
# average kind kept apart in the tables by period_kind. A verb of its own keeps its name.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("新建污水管网36公里，年均新建12公里。", "污水管网"),
    ("累计完成造林1.2万亩，平均每年完成2400亩。", "造林"),
    ("培训农村实用人才1200人次，每年平均培训240人次。", "农村实用人才"),
    ("走访困难群众120户，年均慰问30户。", "年均慰问"),  # a deed of its own
    ("平均每年新建农村公路150公里。", "农村公路"),  # the average opens a named deed
])
def test_a_yearly_average_and_the_same_verb_count_what_the_clause_before_counted(
    sentence, metric
) -> None:
    assert _metrics_of(sentence)[-1] == metric


# A place of work or a body of workers acts before its deed as an office does (港口完成, 口岸
# 查验, 景区接待, 救援队伍营救); as an owner of a fund, or counted itself, it keeps its words.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("港口完成集装箱吞吐量42万标箱。", "集装箱吞吐量"),
    ("口岸查验出入境车辆8.6万辆次。", "出入境车辆"),
    ("景区全年接待游客86万人次。", "游客"),
    ("应急救援队伍营救遇险群众42人。", "遇险群众"),
    ("完成港口建设投资3亿元。", "港口建设投资"),
    ("口岸建设资金1.2亿元。", "口岸建设资金"),
    ("新建应急救援队伍12支。", "应急救援队伍"),
])
def test_a_place_of_work_before_its_deed_is_no_part_of_the_name(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# bodies_act: a body named by the kind of organ it is (机关, 党校, 大队, 委员会, 协会, 团县委)
# did the deed after it, before a verb or a scope word of time or of a total, a deed no
# verb list holds included (接警出动, 接处警); as a part of a name, or counted itself, it
# keeps its words.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("党校全年举办主体班次18期。", "主体班次"),
    ("审判机关今年审结执行案件2 340件。", "执行案件"),
    ("全市消防救援队伍共接警出动4 712起。", "接警出动"),
    ("消防救援大队全年接处警860起。", "接处警"),
    ("团县委组织青年志愿者开展服务活动56场。", "服务活动"),
    ("区侨商协会累计引进项目12个。", "引进项目"),
    ("机关事务管理局全年公共机构人均综合能耗下降2%。", "公共机构人均综合能耗"),
    ("协会会员企业达到320家。", "协会会员企业"),
    ("新组建行业协会6家。", "行业协会"),
    ("全县机关党员累计参与志愿服务2.1万人次。", "志愿服务"),
    # before a bare verb the body may be what the deed is about: no scope word, no cut
    ("举行业主委员会培训会议3次。", "业主委员会培训会议"),
    # a number or a result after the scope word: the body is what is counted
    ("全县行业协会共32家。", "行业协会"),
    ("全县网格员队伍共计2 860人。", "网格员队伍"),
    ("全县党政机关全年节约用电120万千瓦时。", "党政机关全年节约用电"),
    # a second scope word: the first reading holds (the verb after 共 goes)
    ("县森林消防大队全年共扑救森林火灾12起。", "森林火灾"),
])
def test_a_body_before_its_deed_is_no_part_of_the_name(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# found_by: what a watch or a check found is counted, not the watch (监测发现, 巡河发现,
# 走访发现); 发现率 is a rate of its own, and what was newly found is named so.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("网络舆情监测发现有害信息2 460条。", "有害信息"),
    ("日常巡河发现问题点位86处。", "问题点位"),
    ("入户走访发现困难家庭132户。", "困难家庭"),
    ("癌症早期发现率达到60%。", "癌症早期发现率"),
    ("文物普查新发现不可移动文物420处。", "文物普查新发现不可移动文物"),
    ("巡查发现并整改安全隐患1 260处。", "巡查发现并整改安全隐患"),
    ("安全隐患发现及时率达到98%。", "安全隐患发现及时率"),
    ("癌症早期发现病例320例。", "癌症早期发现病例"),
    ("首次发现国家二级保护鸟类3种。", "首次发现国家二级保护鸟类"),
])
def test_what_was_found_is_counted_not_the_watch(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# The phrase a metric was cut from (metric_phrase) opens after the scope words and the period
# of its sub-clause: 1-10月全县新增城镇就业 → 新增城镇就业 (a period as PHRASE_LEAD reads it).
@pytest.mark.parametrize(("sentence", "phrase"), [
    ("1-10月全县新增城镇就业3200人。", "新增城镇就业"),
    ("前三季度新增市场主体2100户。", "新增市场主体"),
    ("上半年全县完成固定资产投资45亿元。", "完成固定资产投资"),
])
def test_the_phrase_of_a_metric_opens_after_its_period(sentence, phrase) -> None:
    rows = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    assert list(rows.metric_phrase) == [phrase]


# A verb of setting up or laying with 设 as its second character (新设, 铺设, 增设, 架设):
# an open class, which names no thing (verbs.LAID_DEED); 内设机构 and 设施 keep their 设.
@pytest.mark.parametrize("sentence", LAID_EXAMPLES)
def test_a_verb_of_setting_up_names_no_thing(sentence) -> None:
    (metric,) = _metrics_of(sentence)
    assert "设" not in metric and len(metric) >= 2, metric


@pytest.mark.parametrize(("sentence", "metric"), LAID_COUNTER)
def test_a_noun_with_she_keeps_it(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert metric in found, found


# A verb of building made of two or more of 新建, 改建, 扩建 (改扩建, 新改扩建): an open
# class that names no thing (verbs.BUILT_DEED); a project or works named by it keep it.
@pytest.mark.parametrize("sentence", BUILT_EXAMPLES)
def test_a_verb_of_building_names_no_thing(sentence) -> None:
    (metric,) = _metrics_of(sentence)
    assert "建" not in metric and len(metric) >= 2, metric


@pytest.mark.parametrize(("sentence", "metric"), BUILT_COUNTER)
def test_a_project_named_by_its_building_keeps_it(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric, found


# The noun after a count ends before a change or a mark passed right before the next figure
# (nouns.VERBISH_WORDS): the change is said of the things counted, no part of their name;
# a noun holding such a word before no figure keeps it.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("全区8个省级工业园区规上工业产值突破600亿元。", "8个", "省级工业园区规上工业产值"),
    ("全县26个乡镇卫生院门诊人次增长8.3%。", "26个", "乡镇卫生院门诊人次"),
    ("全市5个县区一般公共预算收入下降2.1%。", "5个", "县区一般公共预算收入"),
    ("全县3个乡镇公共服务中心共接待群众1.2万人次。", "3个", "乡镇公共服务中心"),
])
def test_a_count_noun_ends_before_a_change(sentence, figure, metric) -> None:
    assert _row_of(sentence, figure).metric == metric


# 覆盖 governs the people a scheme reaches where a word sorts them (words.GOVERNING_VERB);
# 覆盖人口, 覆盖人群, 覆盖职工 are names of their own, and so is what a share or a rate after
# 覆盖 measures (a coverage stated as a level is actual, as the guide has 覆盖率).
@pytest.mark.parametrize(("sentence", "figure", "role", "metric"), [
    ("家庭医生签约服务覆盖重点人群18.4万人。", "18.4万人", "actual", "重点人群"),
    ("长期护理保险制度覆盖参保职工32万人。", "32万人", "actual", "参保职工"),
    ("全县城乡供水一体化覆盖人口38万人。", "38万人", "actual", "城乡供水一体化覆盖人口"),
    ("惠民保覆盖人群达到46万人。", "46万人", "actual", "惠民保覆盖人群"),
    ("开展送温暖活动覆盖职工1.6万人次。", "1.6万人次", "actual", "送温暖活动覆盖职工"),
    ("全年新建5G基站320个，覆盖全县的98%行政村。", "98%", "actual", "行政村"),
    ("5G网络覆盖率达到96%。", "96%", "actual", "5G网络覆盖率"),
    ("千兆光网覆盖家庭比例达到62%。", "62%", "actual", "千兆光网覆盖家庭比例"),
])
def test_what_a_scheme_covers(sentence, figure, role, metric) -> None:
    row = _row_of(sentence, figure)
    assert (row.role, row.metric) == (role, metric)


# Changes joined after the levels a 分别 dealt, in a clause of the change and its base alone
# (subjects.changes_only), are dealt the same subjects in order; a clause that names its own
# subject, or figures fewer than the subjects, are not.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("事故起数、死亡人数分别为12起、9人，同比下降20%和25%。", "20%", "事故起数"),
    ("事故起数、死亡人数分别为12起、9人，同比下降20%和25%。", "25%", "死亡人数"),
    ("粮食、油料产量分别达到45万吨、3.2万吨，比上年增长2.1%、4.6%。", "2.1%", "粮食产量"),
    ("粮食、油料产量分别达到45万吨、3.2万吨，其中油料产量增长4.6%。", "4.6%", "油料产量"),
    ("事故起数、死亡人数分别为12起、9人，同比下降20%。", "20%", "死亡人数"),
    # not past figures of other names after the dealt ones
    ("城镇和农村居民人均可支配收入分别达到4.6万元和2.1万元，人均消费支出2.8万元和1.6万元，"
     "增长5.2%和7.1%。", "5.2%", "人均消费支出"),
    ("全县小麦、玉米种植面积分别为52万亩、41万亩，单产达到420公斤和560公斤，同比提高3.1%和2.6%。",
     "3.1%", "单产"),
])
def test_changes_after_levels_dealt_respectively(sentence, figure, metric) -> None:
    assert _row_of(sentence, figure).metric == metric


# A bare myriad with a noun right after it counts that noun, as a classifier does
# (figure.BARE_MYRIADS); not where the noun is before it, nor a sum of money.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("新建农村饮水安全工程46处，解决了8.2万农村人口的饮水安全问题。", "8.2万", "农村人口"),
    ("全年帮助1.2万困难群众解决就医难题。", "1.2万", "困难群众"),
    ("全县常住人口达到46.8万，其中城镇人口28.1万。", "28.1万", "城镇人口"),
    ("全年完成投资3000万建设标准化厂房。", "3000万", "投资"),
    ("培育形成2个100亿级产业集群。", "100亿", "形成"),
])
def test_a_bare_myriad_counts_the_noun_after_it(sentence, figure, metric) -> None:
    assert _row_of(sentence, figure).metric == metric


# The whole of a unit below a township, or of a zone, opens no name (words.WHOLE_UNIT: 全苏木
# and 我嘎查 as 全镇 and 我县); a village's level (全村级) is no such whole.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全苏木牲畜存栏达到42.6万头只。", "牲畜存栏"),
    ("我嘎查集体经济收入达到36万元。", "集体经济收入"),
    ("全社区60岁以上老人达到1260人。", "60岁以上老人"),
    ("全园区规上工业总产值完成120亿元。", "规上工业总产值"),
    ("全村级集体经济收入达到10万元以上。", "全村级集体经济收入"),
    ("全村民小组覆盖率达到100%。", "全村民小组覆盖率"),
])
def test_the_whole_of_a_small_unit_opens_no_name(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# A list after 分别 whose figures each say their own way of change (分别下降12%、增长5%和
# 下降30%) is one list, dealt in order (figure.JOINED_CHANGE, still_dealt); only where the
# plain list is too short: a third change after a full list is no subject's (as before).
@pytest.mark.parametrize(("sentence", "figure", "metric", "direction"), [
    ("事故起数、死亡人数、直接经济损失分别下降12%、增长5%和下降30%。", "5%", "死亡人数", 1),
    ("事故起数、死亡人数、直接经济损失分别下降12%、增长5%和下降30%。", "30%", "直接经济损失", -1),
    ("新登记企业320户、个体工商户1460户，同比分别增长10%和下降5%。", "5%", "个体工商户", -1),
    ("工业增加值、服务业增加值分别增长6%和7%、增加28亿元。", "7%", "服务业增加值", 1),
    # a level and its own change are no list of two subjects' figures
    ("出口额和进口额分别为30亿元、增长8%。", "8%", "出口额和进口额", 1),
])
def test_changes_each_with_its_own_verb_dealt_respectively(
    sentence, figure, metric, direction
) -> None:
    row = _row_of(sentence, figure)
    assert (row.metric, row.direction) == (metric, direction)


# A verb no list holds opens the name where its object holds a word of position that bounds
# a level or a place (word_bounds._object: 省级以上赛事, 副科级以上干部); never one that ends it.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全年承办省级以上赛事11项。", "省级以上赛事"),
    ("年内提拔副科级以上干部14人。", "副科级以上干部"),
])
def test_an_object_bounded_by_a_level(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# An organisation (组织) after what sorts it acts as a body before its deed, whether the
# dictionary files 组织 as a verb (社会|组织) or the whole as an organisation (党组织); after
# an office 组织 is the office's deed (word_bounds._body_end_as_verb).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全县社会组织开展公益活动360场。", "公益活动"),
    ("全区基层党组织开展主题党日活动1200余次。", "主题党日活动"),
    ("全县农民专业合作社组织开展技术培训56场。", "技术培训"),
    # before a measure the organisations are what is counted or rated
    ("全县社会组织登记数量达到456家。", "社会组织登记数量"),
    ("全市社会组织评估覆盖率达到85%。", "社会组织评估覆盖率"),
    # after 全年 a verb alone is the deed counted
    ("市急救中心全年出车2.1万次。", "出车"),
    ("县消防救援大队全年出警1260次。", "出警"),
    ("县教育局组织开展教师培训32期。", "教师培训"),
    ("全年组织技能竞赛11场。", "技能竞赛"),
    # a verb alone after the body and a scope word names nothing: the bodies are counted
    ("指导机关基层党组织按期换届87个。", "机关基层党组织按期换届"),
    ("全镇村级党组织按时换届21个。", "村级党组织按时换届"),
])
def test_an_organisation_before_its_deed(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# How a change or a mark is said (首次, 再次, 实际 before 增长) trails what changed, no part of
# its name (words.TRAILING_FILLER); 实际 opening a name stays (实际使用外资).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("一般公共预算支出首次超过7000亿元。", "一般公共预算支出"),
    ("全体居民人均可支配收入实际增长4.4%。", "全体居民人均可支配收入"),
    ("全县社会消费品零售总额再次突破100亿元。", "社会消费品零售总额"),
    ("全年实际使用外资2.3亿美元。", "实际使用外资"),
])
def test_how_a_change_is_said_trails_the_name(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# 递增 and 递减 (older reports: a rise or fall each year) are change words as 增长 and 下降
# are: the figure is a growth of what stands before them, the verb no part of its name.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("“十五”期间全县财政收入年均递增11.6%。", "财政收入"),
    ("全县化肥施用量连续三年递减，今年递减3.5%。", "化肥施用量"),
    ("农民人均纯收入比上年递增9.5%。", "农民人均纯收入"),
    ("全县农药使用量逐年递减，今年递减4.1%。", "农药使用量"),
])
def test_a_steady_rise_or_fall_is_a_change(sentence, metric) -> None:
    (row,) = rows("县统计局2005年工作总结\n一、工作完成情况\n" + sentence + "\n").values()
    assert (row["role"], row["metric"]) == ("growth", metric)


# People named by their taking part (verbs' participants_kept): 参与 right before them is
# their name; before what they took part in it goes.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("组织义务植树活动12场，参与群众3500余人。", "3500余人", "参与群众"),
    ("举办职工运动会3场，参与职工达4300人。", "4300人", "参与职工"),
    ("开展研学活动46场，参与学生2.1万人次。", "2.1万人次", "参与学生"),
    ("全年参与志愿服务群众1.6万人次。", "1.6万人次", "志愿服务群众"),
    ("全年参与群众性文体活动86场。", "86场", "群众性文体活动"),
])
def test_people_taking_part_are_named_with_it(sentence, figure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# 新增 after a body is its deed, as at a clause's start (word_bounds' new_after_body): the
# name is what was added; the body's own words stay out of it.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("燃气公司新增管道燃气用户1.2万户。", "1.2万户", "管道燃气用户"),
    ("停车服务中心全年新增公共停车泊位3600个。", "3600个", "公共停车泊位"),
    ("全年新增市场主体2860户。", "2860户", "市场主体"),
])
def test_an_addition_after_a_body_is_its_deed(sentence, figure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# A level alone (县, 市, 区) before a body is the report's own office, no place (word_bounds'
# own_level): whoever reports the work before 完成/实现 goes; a named place keeps its name.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("县国资委监管企业全年实现利润总额3.2亿元。", "3.2亿元", "利润总额"),
    ("市国资委监管企业全年实现营业收入42亿元。", "42亿元", "营业收入"),
    ("东湖区实现地区生产总值412亿元。", "412亿元", "东湖区实现地区生产总值"),
])
def test_a_level_before_a_body_is_no_place(sentence, figure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# 联系, which the dictionary files as a noun, is a deed after a body (lexicon.verbs): the
# people kept in touch with are counted; 联系点 and 联系人 are nouns of their own.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("县委统战部联系党外代表人士326名。", "326名", "党外代表人士"),
    ("县侨联全年联系海外侨胞3600余人。", "3600余人", "海外侨胞"),
    ("建立县级领导联系点12个。", "12个", "县级领导联系点"),
    # 联系服务 is one deed of two verbs: cut alone, 服务企业 would read as firms that serve
    ("全年联系服务企业450家。", "450家", "联系服务企业"),
    ("全年确定联系人86名。", "86名", "联系人"),
])
def test_keeping_in_touch_is_a_deed(sentence, figure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# A branch named after its body (分/支 + a body's end: 银行|支行, 税务局|分局) goes on with
# the body whatever the dictionary's flag (支行: v): the deed after it opens the name.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("农商银行支行全年发放涉农贷款4.3亿元。", "4.3亿元", "涉农贷款"),
    ("县税务分局全年办理出口退税3.2亿元。", "3.2亿元", "出口退税"),
    ("农商银行涉农贷款余额42亿元。", "42亿元", "农商银行涉农贷款余额"),  # no deed: kept
])
def test_a_branch_goes_on_with_its_body(sentence, figure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# A noun of one character sorted by a threshold before its 的 is what is counted
# (metric_span's sorted_by_threshold): 收入超过50万元的村达到23个 counts 村, not 收入.
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("村集体经济收入超过50万元的村达到23个，比上年增加7个。", "23个", "村"),
    ("年纳税额超过1000万元的镇有3个。", "3个", "镇"),
    ("全镇人均收入超过3万元的户达到420户。", "420户", "户"),
    # a noun of two characters or more was named so already; the threshold keeps its own
    ("年产值超过1000万元的企业达到16家。", "16家", "企业"),
    ("年产值超过1000万元的企业达到16家。", "超过1000万元", "年产值"),
])
def test_a_noun_sorted_by_a_threshold_is_what_is_counted(sentence, figure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# pledge_by_effort (passages): in a review, a verb of a result after a word of effort or 将
# of the future is aimed at (its clause's figures are targets), an effort made is not.
@pytest.mark.parametrize(("sentence", "figure", "role", "metric"), [
    ("下半年将全力冲刺新增规上工业企业20家，努力实现全年固定资产投资增长10%。", "20家", "target",
     "规上工业企业"),
    ("下半年努力实现全年固定资产投资增长10%。", "10%", "target", "固定资产投资"),
    ("四季度奋力完成全年造林2万亩。", "2万亩", "target", "造林"),
    ("年底前地区生产总值将突破200亿元。", "200亿元", "target", "地区生产总值"),
    ("经过努力完成造林1.8万亩，地区生产总值增长5.2%。", "1.8万亩", "actual", "造林"),
    ("全县努力实现了粮食产量31.8万吨。", "31.8万吨", "actual", "粮食产量"),
    # a word of effort with no time ahead in its clause reports the effort made; 将 that
    # marks an object (将…的, 将争取到的) pledges nothing
    ("全县干部群众奋力实现地区生产总值210亿元，增长6.1%。", "210亿元", "actual", "地区生产总值"),
    ("企业奋力完成技术改造项目16个，新增产值8亿元。", "16个", "actual", "技术改造项目"),
    ("将新建的8所学校纳入集团化办学。", "8所", "actual", "学校"),
])
def test_a_pledge_by_effort_aims_at_its_clause(sentence, figure, role, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert (r[figure]["role"], r[figure]["metric"]) == (role, metric)


# threshold_before_noun (metric_span.BARE_THRESHOLD): a bound figure written bare before
# the noun it sorts, a count of that noun after it, is a threshold; the count is named with
# the bound (as 亿元以上项目 is), unless the threshold names its own measure (年营业收入…).
@pytest.mark.parametrize(("sentence", "figure", "measure", "metric"), [
    ("签约项目38个，其中10亿元以上项目4个。", "10亿元以上", "threshold", None),
    ("签约项目38个，其中10亿元以上项目4个。", "4个", "level", "10亿元以上项目"),
    ("全县规上工业企业126家，其中5000万元以上企业31家。", "31家", "level", "5000万元以上企业"),
    ("新增市场主体860户，其中注册资本100万元以下个体户达到520户。", "100万元以下", "threshold",
     None),
    ("其中50万元以上村达到6个。", "6个", "level", "50万元以上村"),
    # a bound of people defines the noun's kind (大班额 is a class of 56 or more): the noun
    ("56人以上大班额还有23个。", "23个", "level", "大班额"),
    # with its measure named, the threshold sorts as one before 的 does
    ("新培育年营业收入500万元以上服务业企业23家。", "23家", "level", "服务业企业"),
    # not a level followed by a noun of measure, nor one before a pause or a purpose
    ("粮食产量稳定在50万吨以上水平，新建高标准农田3万亩。", "50万吨以上", "level", "粮食产量"),
    ("争取上级资金1亿元以上，支持项目12个。", "1亿元以上", "level", "上级资金"),
    ("整合资金5000万元以上用于8个重点村建设。", "5000万元以上", "level", None),
    # nor a level that runs on, unpaused, into a clause of its own: a change, a part, a
    # span of years, a rate or a sum after it (no count of a sorted noun)
    ("全年空气质量优良天数达到320天以上同比增加12天。", "320天以上", "level", None),
    ("累计争取到位资金2.5亿元以上其中中央资金1.2亿元。", "2.5亿元以上", "level", None),
    ("粮食播种面积稳定在45万亩以上连续5年保持增长。", "45万亩以上", "level", None),
    ("吸纳就业1200人以上户均增收8000元。", "1200人以上", "level", None),
    ("完成固定资产投资80亿元以上年度计划的105%。", "80亿元以上", "level", None),
])
def test_a_bare_threshold_sorts_the_noun_a_count_counts(sentence, figure, measure, metric) -> None:
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["measure"] == measure
    if metric is not None:
        assert r[figure]["metric"] == metric


# Counters the unit lexicon lacked: seconds of a response time and bodies counted (秒, 具);
# 具有, 具备 and 秒杀 are words, no unit.
@pytest.mark.parametrize(("sentence", "texts"), [
    ("热线平均接通时长缩短至18秒。", ["18秒"]),
    ("全年火化遗体1268具，火化率100%。", ["1268具", "100%"]),
    ("全县共有3具有代表性的古墓群。", []),
    ("开展直播秒杀活动5场。", ["5场"]),
])
def test_seconds_and_bodies_are_counted_words_are_not(sentence, texts) -> None:
    found = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions
    assert list(found.text) == texts


# The year a goal is set for (到2030年, 到2027年底) and a plan period in quotes (“十五五”期间)
# are no part of a name; nor is the year after an actor (供销系统2028年), while a subject that
# did no deed keeps its year (脱贫人口2023年度人均收入).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("力争到2030年人防工程面积突破20万平方米。", "人防工程面积"),
    ("到2027年底全县森林覆盖率达到46%。", "森林覆盖率"),
    ("“十五五”期间年均完成统计调查项目40项以上。", "统计调查项目"),
    ("供销系统2028年商品销售总额力争达到60亿元。", "商品销售总额"),
    ("县医保局2027年基金支出控制在12亿元以内。", "基金支出"),
])
def test_the_year_a_goal_is_set_for_is_no_part_of_its_name(sentence, metric) -> None:
    assert _metrics_of(sentence, "二、2026年工作计划") == [metric]


def test_a_subject_that_did_no_deed_keeps_its_year() -> None:
    assert _metrics_of("脱贫人口2023年度人均收入1.2万元。") == ["脱贫人口2023年度人均收入"]


# The kinds listed before 等 sort what is counted; the noun after 等 names it. Not 高等 or
# 一等奖, nor a noun after 等 that names no thing of its own (问题, 领域).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全年查处占道经营、违规停车等违法行为6240起。", "违法行为"),
    ("举办家政、电商等技能培训班36期。", "技能培训班"),
    ("开展青少年科技创新大赛、院士专家报告会等科普活动380场次。", "科普活动"),
    ("建成中职、高等院校实训基地12个。", "中职、高等院校实训基地"),
    ("整改楼道堆物、线路老化等问题46个。", "楼道堆物、线路老化等问题"),
])
def test_the_kinds_before_deng_sort_what_is_counted(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# A subject before 共 and a verb of work done did the deed (经济普查共清查单位 → 单位), as
# before 已 and 累计; 共青团 keeps its 共.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("第四次全国经济普查共清查单位8645个。", "单位"),
    ("本次专项行动共排查安全隐患320处。", "安全隐患"),
    ("全县共青团员1200名。", "共青团员"),
])
def test_a_subject_before_gong_and_a_deed_is_no_part_of_the_name(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# 规划 inside a standing name (免疫规划疫苗, 城市规划区, 规划馆) sets no goal; a plan to build
# is still one (园区规划建设).
@pytest.mark.parametrize(("sentence", "role"), [
    ("全区适龄儿童免疫规划疫苗接种率保持在95%以上。", "actual"),
    ("城市规划区面积达到86平方公里。", "actual"),
    ("规划馆全年接待参观群众3.2万人次。", "actual"),
    ("园区规划建设标准厂房12万平方米。", "target"),
])
def test_guihua_in_a_standing_name_sets_no_goal(sentence, role) -> None:
    (found,) = metrics.extract_text("一、2025年工作完成情况\n" + sentence + "\n").mentions.role
    assert found == role


# A bound set from above (省控目标, 市控指标) is a line compared with, as 控制线 is: the figure
# after 低于/高于 it is a comparison, exact; a task beaten (超过年度目标任务) stays a growth.
@pytest.mark.parametrize(("sentence", "figure", "role"), [
    ("城镇调查失业率为4.6%，低于省控目标0.9个百分点。", "0.9个百分点", "comparison"),
    ("细颗粒物平均浓度28微克/立方米，低于市控指标7微克/立方米。", "7微克/立方米", "comparison"),
    ("全年新增就业超过年度目标任务320人。", "320人", "growth"),
])
def test_a_bound_set_from_above_is_a_level_compared_with(sentence, figure, role) -> None:
    r = rows("一、2025年工作完成情况\n" + sentence + "\n")[figure]
    assert (r["role"], r["qualifier"]) == (role, "exact")


# A line break inside a name is the wrap of a page (馆藏档 / 案数字化率): the metric joins it
# (context.mentions.unwrapped), here where the figure before ends the clause's start.
def test_a_wrap_inside_a_name_is_no_part_of_it() -> None:
    text = "二、2026年工作计划\n年内完成档案数字化扫描1200万画幅，馆藏档\n案数字化率达到80%以上。\n"
    assert rows(text)["80%以上"]["metric"] == "馆藏档案数字化率"


def test_jiancheng_before_quyu_is_a_deed() -> None:
    """建成 区域自动气象站 is a deed (建成区 is a name: 建成区面积)."""
    assert _metrics_of("建成区域自动气象站34个，城市建成区面积达到42平方公里。") == [
        "区域自动气象站",
        "城市建成区面积",
    ]


# A count of people and then what they reached names the result (metric rule
# result_of_people, examples in rules.metrics); people for whom a deed is done, then 实现 in
# a clause of its own, stay the people counted.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("为860名残疾人办理护理补贴，实现应享尽享。", "残疾人"),
    ("全年培训农民工1200人，其中实现就业860人。", "就业"),
])
def test_people_with_no_result_after_them_stay_the_people(sentence, metric) -> None:
    assert _metrics_of(sentence)[-1] == metric


# A clause of only the year a goal is set for and a verb (到2026年突破) speaks of the figure
# before it (metric rule refers_back): the level aimed at is of the same thing.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("今后五年，全县地区生产总值年均增长7%以上，到2026年突破120亿元。", "地区生产总值"),
    ("全市粮食产量稳定在50万吨以上，到2028年达到55万吨。", "粮食产量"),
])
def test_a_clause_of_only_a_goal_year_refers_back(sentence, metric) -> None:
    assert _metrics_of(sentence, "二、2026年工作计划") == [metric, metric]


# 引进 is a verb of work done before what is brought in (新引进商贸企业 → 商贸企业, run by
# tests/test_lexicon.py), but not before money or projects, which name indicators of their
# own; 新认定高新技术企业 (the firms recognised in a year) keeps its verb, so that a trend
# does not merge it with the stock of 高新技术企业.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全年引进侨资项目9个。", "侨资项目"),
    ("全年引进项目46个。", "引进项目"),
    ("全年引进资金3.2亿元。", "引进资金"),
    ("全年新认定高新技术企业37家。", "新认定高新技术企业"),
])
def test_yinjin_names_no_thing_but_before_money_or_projects(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# People who act with no office word (志愿者, 党员干部) are no part of what they counted;
# counted themselves, or owning what is counted, they stay.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("组织青年志愿者开展服务活动320场次。", "服务活动"),
    ("党员干部走访困难户860户。", "困难户"),
    ("全年志愿者服务时长8.6万小时。", "志愿者服务时长"),
    ("全年培训党员干部1200人次。", "党员干部"),
])
def test_people_who_act_are_no_part_of_what_they_counted(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# Words after a name that say how it is measured name nothing: a price per thing (均价每担,
# 补贴每头) and 平均 before the verb (提前量平均达到); 全省平均 stays a level compared with.
@pytest.mark.parametrize(("sentence", "metrics_"), [
    ("烟叶收购均价每担1526元，生猪补贴每头200元。", ["烟叶收购均价", "生猪补贴"]),
    ("预警提前量平均达到42分钟，高于全省平均3分钟。", ["预警提前量", "预警提前量"]),
])
def test_a_measure_word_after_a_name_names_nothing(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


# bare_object_kept: a job or a success names no thing without its deed (安排工作, 调处成功),
# while a noun after 工作 names one (工作督查).
@pytest.mark.parametrize(("sentence", "metrics_"), [
    ("接收安置退役士兵412名，其中安排工作218名。", ["退役士兵", "安排工作"]),
    ("全年调处矛盾纠纷1845件，调处成功1802件。", ["矛盾纠纷", "调处成功"]),
    ("全年开展工作督查36次。", ["工作督查"]),
])
def test_a_bare_job_or_success_keeps_its_deed(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


# quoted_kind: kinds in quotes before 等 sort what is counted, as kinds listed with 、 do;
# before a noun of two characters (等活动) they stay its name.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("市科协全年举办“科技活动周”等科普活动268场。", "科普活动"),
    ("全年组建“移动卫士”“红马甲”等志愿服务队16支。", "志愿服务队"),
    ("组织开展“擂台大比武”“晾晒比促”等活动6场。", "“擂台大比武”“晾晒比促”等活动"),
])
def test_kinds_in_quotes_before_deng_sort_the_noun_after(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# quoted_name_in_noun: a name in quotes after a count is one piece of its noun, whatever it
# holds (a dash, a figure, a plus), and may end it.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全市规划建设87条“县城—中心镇—重点村”发展轴。", "“县城—中心镇—重点村”发展轴"),
    ("街道建成23个“15分钟便民生活圈”。", "“15分钟便民生活圈”"),
    ("全县建成3个“1+N”服务中心。", "“1+N”服务中心"),
    ("全县新建12个“四好农村路”示范村。", "“四好农村路”示范村"),
])
def test_a_quoted_name_is_one_piece_of_the_counted_noun(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


# shared_head_width: subjects of 分别 as wide as the last one's first words share its noun
# from the end of the word the width reaches into (小|浆果: 设施产量占比), unless that word is
# the last one's first, whose start the others replace (农村居民 -> 城镇居民, 女职工 -> 男职工).
@pytest.mark.parametrize(("sentence", "metrics_"), [
    ("全县蔬菜、小浆果设施产量占比分别达到62%和48%。", ["蔬菜设施产量占比", "小浆果设施产量占比"]),
    ("全县粮食、小杂粮种植面积分别达到86.2万亩和2.4万亩。", ["粮食种植面积", "小杂粮种植面积"]),
    ("城镇和农村居民人均可支配收入分别达到4.2万元和2.1万元。",
     ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("男、女职工分别为120人和86人。", ["男职工", "女职工"]),
])
def test_subjects_of_respectively_share_the_noun_after_a_whole_word(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


# deed_rate: a subject of 分别 that is a verb of work done and 率 keeps its verb (解决率, not
# 率), as a figure's own words do.
@pytest.mark.parametrize(("sentence", "metrics_"), [
    ("响应率、解决率分别为100%和93.6%。", ["响应率", "解决率"]),
    ("受理率、办结率分别达到100%和98.6%。", ["受理率", "办结率"]),
])
def test_a_deed_rate_dealt_by_respectively_keeps_its_verb(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


# manner_before_deed: how the things counted did their deed (稳定, 按时, 集中, 全面 before a
# verb) ends their noun as the verb does; a word that sorts a thing (集中式, 基本养老), a
# manner right after the count (稳定就业) and a count of activities (场次) keep theirs.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全镇2860户脱贫户稳定实现“两不愁三保障”。", "脱贫户"),
    ("全县386户低保户按时足额领取低保金。", "低保户"),
    ("全县159项改革试验任务全面实施。", "改革试验任务"),
    ("全县8.6万人稳定就业。", "稳定就业"),
    ("全县建成12个集中式饮用水水源地。", "集中式饮用水水源地"),
    ("联合开展12场次未名文化集中宣传。", "未名文化集中宣传"),
    ("全县316户低保户按月领取低保金。", "低保户"),
    ("全镇14个司法所调解室全年受理矛盾纠纷。", "司法所调解室"),
])
def test_a_manner_before_the_deed_ends_the_counted_noun(sentence, metric) -> None:
    assert _metrics_of(sentence) == [metric]


def test_a_deed_after_its_time_names_the_next_count() -> None:
    # the deed after the units and its time (全年受理) is theirs: the next count is its object
    sentence = "全镇14个司法所调解室全年受理矛盾纠纷426件。"
    assert _metrics_of(sentence) == ["司法所调解室", "矛盾纠纷"]


# part_before_whole: a share whose whole is said as 在…中 is of the part before 在, or, where
# the clause elides it, of what the figure before counts; 在…中 before a rate's own name is
# a scope it keeps (在岗职工中女性占比).
@pytest.mark.parametrize(("sentence", "metrics_"), [
    ("女性在村“两委”成员中占比达到32.6%。", ["女性"]),
    ("全区35岁以下党员2130名，在新发展党员中占比61.5%。", ["35岁以下党员", "35岁以下党员"]),
    ("全县民营企业达到1.26万户，在企业总数中占比超过九成。", ["民营企业", "民营企业"]),
    ("在岗职工中女性占比达到46%。", ["在岗职工中女性占比"]),
])
def test_a_share_among_a_whole_is_of_the_part(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


# total_of_listed: a bare total right after figures listed with 、 is of them all (named by
# what they share, else by the parts listed), not of the last; a total with words of its
# own, or after parts that name nothing, is not.
@pytest.mark.parametrize(("sentence", "total"), [
    ("全年争取上级资金2.3亿元、本级配套资金0.8亿元，共计3.1亿元。", "资金"),
    ("新建学校3所、幼儿园5所，总计8所。", "学校、幼儿园"),
    ("全年征收契税4.6亿元、耕地占用税1.2亿元，合计5.8亿元。", "契税、耕地占用税"),
    ("新建学校3所、幼儿园5所，合计投资2.6亿元。", "投资"),
    ("全年完成投资12亿元，合计占年度计划的110%。", "投资"),
])
def test_a_bare_total_after_a_list_is_of_all_the_parts(sentence, total) -> None:
    assert _metrics_of(sentence)[-1] == total


# A share figure is of the part named before the whole (民间投资占固定资产投资比重为61.7% →
# 民间投资); a goal set for a share keeps the whole in its name (占GDP比重达到12%).
@pytest.mark.parametrize(("heading", "sentence", "metric"), [
    ("一、2025年工作完成情况", "民间投资占固定资产投资比重为61.7%。", "民间投资"),
    ("一、2025年工作完成情况", "入社农户占全镇农户的41.2%。", "入社农户"),
    ("二、2026年工作计划", "数字经济增加值占GDP比重达到12%。", "数字经济增加值占GDP比重"),
    ("一、2025年工作完成情况", "项目占地面积120亩。", "项目占地面积"),
])
def test_a_share_is_of_the_part_named_before_its_whole(heading, sentence, metric) -> None:
    assert _metrics_of(sentence, heading) == [metric]


# The whole may hold its year (占2023年末…比例为36.8%): the share is still of the part named in
# the clause before.
@pytest.mark.parametrize(("sentence", "metrics_"), [
    ("女性干部412名，占2023年末全县在职干部总数比例为36.8%。", ["女性干部", "女性干部"]),
    ("民营企业税收12亿元，占2024年全县税收比重达到46%。", ["民营企业税收", "民营企业税收"]),
    # …and a whole's 份额, or where the share moved from (从, 由)
    ("民营经济增加值占全市比重由48%提高到52%。", ["民营经济增加值", "民营经济增加值"]),
    ("全省粮食产量占全国份额达到4.2%。", ["粮食产量"]),
])
def test_a_share_whose_whole_holds_its_year_is_of_the_part(sentence, metrics_) -> None:
    assert _metrics_of(sentence) == metrics_


def test_whoever_reports_the_work_before_a_verb_of_result_is_no_part_of_the_name() -> None:
    # 完成 and 实现 take as subject whoever did the work, a body or not (an industry, a
    # class of firms, a farm): the name is what follows them. A place keeps its name (a
    # zone's figure is not the county's), and so does a thing measured against a plan.
    r = rows(
        "县发改局2025年工作总结\n\n一、工作成效\n"
        "全县公路货运行业完成货物周转量12.6亿吨公里，县属国有企业实现利润总额3.4亿元。"
        "国有苗圃完成育苗造林2600亩，市政养护所全年完成道路修补1.8万平方米。"
        "东湖工业园区实现规上工业产值86亿元，税收收入完成年度预算的103%。\n"
    )
    assert r["12.6亿吨公里"]["metric"] == "货物周转量"
    assert r["3.4亿元"]["metric"] == "利润总额"
    assert r["2600亩"]["metric"] == "育苗造林"
    assert r["1.8万平方米"]["metric"] == "道路修补"
    assert r["86亿元"]["metric"] == "东湖工业园区实现规上工业产值"
    assert (r["103%"]["role"], r["103%"]["metric"]) == ("completion", "税收收入")


def test_a_review_quoting_an_earlier_year_gives_its_figures_that_year() -> None:
    # The year a clause opens with names its deed's year and speaks for the clauses after
    # it until another clause opens with a year (今年 brings back the section's). A stretch
    # (以来), a deadline or an age (以前建成的), a span and a base (比, 较) name none, and a
    # goal keeps its section's year (its later one is aim_year's).
    r = rows(
        "县统计局2025年工作总结\n\n一、2025年工作完成情况\n"
        "2016年全县完成工业投资42.6亿元，增长9.1%。"
        "2017年新建标准厂房3.1万平方米，2018年新建4.4万平方米，今年新建5.2万平方米。\n"
        "2019年，全县实现旅游收入18.2亿元，比2016年增长46%。\n"
        "2020年以来，全县新增市场主体5230户。改造2000年以前建成的老旧小区17个。\n"
        "2021年至2024年，累计新建村级服务站43个。农业产值较2024年增长4.2%。\n"
        "二、2026年工作计划\n2028年底前完成农村公路提档升级120公里。\n"
    )
    assert r["42.6亿元"]["year"] == r["9.1%"]["year"] == 2016
    assert (r["3.1万平方米"]["year"], r["4.4万平方米"]["year"]) == (2017, 2018)
    assert r["5.2万平方米"]["year"] == 2025
    assert r["18.2亿元"]["year"] == r["46%"]["year"] == 2019
    assert r["5230户"]["year"] == r["17个"]["year"] == r["43个"]["year"] == 2025
    assert r["4.2%"]["year"] == 2025
    assert r["120公里"]["year"] == 2026


def test_a_year_its_end_or_a_deadline_in_it_opens_no_name() -> None:
    # 2024年底, 2024年末 (a point), 2027年底前, 2028年前 (a deadline) are time, like 2024年
    # alone; the months after 前 are a period of their own (2024年前三季度).
    r = rows(
        "县发改局2025年工作总结\n\n一、2025年工作完成情况\n"
        "2024年底全县登记失业人员1260人，2024年末全县户籍人口48.6万人。\n"
        "二、2026年工作计划\n2027年底前改造城镇燃气管网86公里，2028年前建成乡镇污水处理厂9座。\n"
    )
    assert r["1260人"]["metric"] == "登记失业人员"
    assert r["48.6万人"]["metric"] == "户籍人口"
    assert r["86公里"]["metric"] == "城镇燃气管网"
    assert r["9座"]["metric"] == "乡镇污水处理厂"


def test_timely_before_a_rate_is_part_of_its_name() -> None:
    # 及时 before a deed is an adverb (及时处置险情 -> 险情); before a rate it says which
    # rate: the share of work done in time (及时受理率, 及时回复率).
    r = rows(
        "区信访局2025年工作总结\n\n一、2025年工作完成情况\n"
        "网上信访事项全部按时回复，及时办结率98.5%，全年及时化解矛盾纠纷412件。\n"
    )
    assert r["98.5%"]["metric"] == "及时办结率"
    assert r["412件"]["metric"] == "矛盾纠纷"


def test_a_fraction_of_the_target_is_a_completion() -> None:
    # 完成全年目标的三分之二 states a share of the target as 完成全年目标的65% does: a
    # fraction's unit (ratio) is relative as a percentage's is; a fraction with no target
    # named stays a plain figure
    m = metrics.extract_text(
        "县发改局2025年工作总结\n\n一、工作成效\n"
        "全县固定资产投资完成全年目标的三分之二，招商引资到位资金完成年度任务的五分之四以上。"
        "新增财力的四分之三用于民生支出。\n"
    ).mentions
    assert dict(zip(m.text, m.role, strict=True)) == {
        "三分之二": "completion",
        "五分之四以上": "completion",
        "四分之三": "actual",
    }


def test_a_share_reached_or_kept_names_its_part() -> None:
    # A share whose whole stands before a verb of the level it reached or kept (提高到, 提升至,
    # 稳定在, 保持在) is of the part named before it, as one before 达到 or 为 is; a share in
    # tenths (八成, 六成) is a share as a percentage is.
    m = metrics.extract_text(
        "县发改局2025年工作总结\n\n一、工作成效\n"
        "高技术制造业增加值增长15.6%，占规上工业比重提高到24.3%。"
        "服务业增加值增长6%，占地区生产总值比重提升至52.1%。"
        "民营经济增加值占全县比重稳定在六成以上，民生支出占一般公共预算支出的比重保持在八成左右。\n"
    ).mentions
    found = {t: (r, n) for t, r, n in zip(m.text, m.role, m.metric, strict=True)}
    assert found["24.3%"] == ("share", "高技术制造业增加值")
    assert found["52.1%"] == ("share", "服务业增加值")
    assert found["六成以上"] == ("share", "民营经济增加值")
    assert found["八成左右"] == ("share", "民生支出")


def test_a_zero_before_a_decimal_is_the_whole_part() -> None:
    # 零点五亿元 is half of one 亿元: read whole, never as 五亿元 after a veto of 零 alone
    m = metrics.extract_text(
        "一、2025年工作完成情况\n争取资金零点五亿元，增长零点八个百分点，下降百分之零点五，"
        "达到〇点五万亩。\n"
    ).mentions
    assert dict(zip(m.text, m.value.astype(float), strict=True)) == {
        "零点五亿元": 0.5,
        "零点八个百分点": 0.8,
        "百分之零点五": 0.5,
        "〇点五万亩": 0.5,
    }


def test_a_completion_may_name_the_targets_amount_after_wei() -> None:
    # 为/是 + the target + its amount + 的 states a completion as 完成…目标80亿元的 does
    m = metrics.extract_text(
        "县发改局2025年工作总结\n\n一、工作成效\n"
        "新增学位11240个，为年度目标1.08万个的104.1%。"
        "完成投资12.6亿元，是年度计划12亿元的1.05倍。\n"
    ).mentions
    roles = dict(zip(m.text, m.role, strict=True))
    assert (roles["104.1%"], roles["1.05倍"]) == ("completion", "completion")
    assert (roles["1.08万个"], roles["12亿元"]) == ("target", "target")


@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("资产超过100万元的村有15个，其中超过500万元的村3个。", "超过500万元", "资产"),
    ("村集体经济收入超过10万元的村达到14个，其中超过50万元的村3个。", "超过50万元",
     "村集体经济收入"),
])
def test_a_threshold_after_a_count_is_of_the_threshold_before(sentence, figure, metric) -> None:
    # a threshold (…的村) carries the name of the last threshold in its unit, not of the 村
    # counted just before it (metric_span.sorts_by_threshold, figure._in_own_unit); no other
    # figure carries otherwise (snapshot of the corpus, reports and sample: 0 rows)
    r = rows("县统计局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


# part_of_set: a set, 中 (among), then the part a figure counts: the part names it (as after
# 其中); 中 inside a word (中长期, 集中供热, 中小企业) or before a part of one short word that
# sorts the set (成员中女性) cuts nothing (word_bounds.part_of_set).
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("全市规上工业企业中民营企业达到486家。", "486家", "民营企业"),
    ("今年新增就业人员中高校毕业生1200人。", "1200人", "高校毕业生"),
    ("参保人员中退休人员占比达到31.2%。", "31.2%", "退休人员占比"),
    # counter-examples
    ("制造业中长期贷款增长12.5%。", "12.5%", "制造业中长期贷款"),
    ("村民委员会成员中女性1200人。", "1200人", "村民委员会成员中女性"),
    ("全县集中供热面积达到320万平方米。", "320万平方米", "集中供热面积"),
    ("全县中小企业达到1200家。", "1200家", "中小企业"),
])
def test_a_part_named_among_its_set(sentence, figure, metric) -> None:
    assert _row_of(sentence, figure).metric == metric


# valid_ones: 有效 opening the items of a register sorts them (the valid ones) and stays in
# the name; before a deed it is an adverb and goes (words.LEADING_FILLER).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全乡新增有效灌溉面积2400亩。", "有效灌溉面积"),
    ("全年新增有效发明专利326件。", "有效发明专利"),
    ("全区有效注册商标达到3200件。", "有效注册商标"),
    ("全年有效化解信访积案120件。", "信访积案"),
])
def test_valid_ones_keep_their_word(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# The levels of Inner Mongolia's townships and villages alone before a scope word or a
# pledge are the unit that reports, as 镇 and 乡 are (words.LEADING_FILLER); a named one
# keeps its name (新召苏木: a place of its own).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("苏木全年牲畜存栏达到18.6万头只。", "牲畜存栏"),
    ("嘎查全年新建牲畜暖棚25座。", "牲畜暖棚"),
    ("全嘎查集体经济收入达到26万元。", "集体经济收入"),
    ("新召苏木全年接待游客3.2万人次。", "新召苏木全年接待游客"),
])
def test_a_township_level_alone_reports(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# Schools and prisons as bodies that do work (word_bounds.BODY_CHARS: 校, 狱) before a scope
# word and their deed; a school with no deed after it keeps the name it sorts.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("市委党校全年举办主体班次42期。", "主体班次"),
    ("县职业技术学校全年培训新型职业农民1200人。", "新型职业农民"),
    ("市第二监狱全年收押罪犯412名。", "罪犯"),
    ("全县中小学校校舍面积达到56万平方米。", "中小学校校舍面积"),
])
def test_schools_and_prisons_as_bodies(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# negated_attribute: 不 and a word opening a deed's object sort the noun (the failing ones),
# so the deed before them opens the name; inside the object it closes a clause and cuts
# nothing (word_bounds._negated).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全年查扣不合格食盐18.5吨。", "不合格食盐"),
    ("全年销毁不合格药品1.2吨。", "不合格药品"),
    ("更换宣传内容表述不准确展板12块。", "更换宣传内容表述不准确展板"),
])
def test_a_negated_attribute_opens_the_object(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# A verb ending in 成 (a result: 形成, 促成, 造成) takes its object, as one ending in 结 does
# (word_bounds.RESULT_ENDS); 建成区 is a word of its own.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全年形成课题调研成果58项。", "课题调研成果"),
    ("全年促成招商引资项目12个。", "招商引资项目"),
    ("城市建成区面积达到56平方公里。", "城市建成区面积"),
])
def test_a_verb_of_result_in_cheng_takes_its_object(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# one_verb_measure: after a body and a scope word, a verb of one character and the measure
# the dictionary cut from it (售|水量, 供|气量) name the figure whole; with no scope word the
# body's measure keeps its name (word_bounds._one_verb_measure).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("市供水公司全年售水量4860万立方米。", "售水量"),
    ("县燃气公司全年供气量1.2亿立方米。", "供气量"),
    ("市供水公司售水量4860万立方米。", "市供水公司售水量"),
])
def test_a_measure_cut_after_its_verb(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# short_object_after_scope and one_char_deed: after scope words (全年, 全县, 共) a deed is
# sure, so a verb of two characters opens the name before one noun of two (全年运送乘客 ->
# 乘客), and a verb of one character before a longer object (全年共立刑事案件 -> 刑事案件).
# A fund, people a state sorts, a verb holding its object, or no scope word: the words stay.
@pytest.mark.parametrize(("sentence", "metric"), [
    ("全年运送乘客3860万人次。", "乘客"),
    ("全县输送新兵217名。", "新兵"),
    ("全镇共流转土地1.8万亩。", "土地"),
    ("全年共立刑事案件2316起。", "刑事案件"),
    ("全年办民生实事项目12件。", "民生实事项目"),
    # counter-examples
    ("全年投入资金2.4亿元。", "投入资金"),
    ("全年出生人口1.2万人。", "出生人口"),
    ("全年受益群众3.2万人。", "受益群众"),
    ("全年暂扣车辆126辆。", "暂扣车辆"),
    ("流转土地1.2万亩。", "流转土地"),
    ("立刑事案件1200起。", "立刑事案件"),
    ("全年用电量12亿千瓦时。", "用电量"),
])
def test_a_deed_after_scope_words_with_a_short_object_or_verb(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric


# The basis a change is reckoned on (按可比价格计算, 扣除价格因素, 同口径) and a nominal growth
# beside its real one name nothing: the change is of the figure before (metric_trim.BASIS,
# words.TRAILING_FILLER's 名义); 可比 is no base of a comparison (role_cues.GROWTH_CUE).
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("农村居民人均可支配收入2.1万元，扣除价格因素实际增长6.2%。", "6.2%", "农村居民人均可支配收入"),
    ("城镇居民人均收入4.2万元，名义增长5.1%，实际增长3.2%。", "3.2%", "城镇居民人均收入"),
    ("全市地区生产总值320亿元，按可比价格计算增长5.6%。", "5.6%", "地区生产总值"),
    ("全年社会消费品零售总额86亿元，扣除价格因素后增长4.1%。", "4.1%", "社会消费品零售总额"),
    ("全县规上工业增加值按可比价计算增长7.2%。", "7.2%", "规上工业增加值"),
])
def test_the_basis_of_a_change_names_nothing(sentence, figure, metric) -> None:
    row = _row_of(sentence, figure)
    assert (row.role, row.metric) == ("growth", metric)


# participants_kept: 参与 right before people who stand for the figure names them (参与群众,
# 参与老同志, 参与党员); before an activity it goes (lexicon.verbs, word_bounds.PEOPLE_END).
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("全年开展文体活动126场，参与老同志4800余人次。", "4800余人次", "参与老同志"),
    ("全年开展主题党日活动86次，参与党员1200人次。", "1200人次", "参与党员"),
    ("全年参与党员志愿服务活动1200人次。", "1200人次", "党员志愿服务活动"),
])
def test_participants_named_by_their_standing(sentence, figure, metric) -> None:
    assert _row_of(sentence, figure).metric == metric


# Levels spanned (镇村两级, 县乡两级, 省市县三级) open a name as a scope, as 全县 does
# (words.LEADING_FILLER).
@pytest.mark.parametrize(("sentence", "metric"), [
    ("镇村两级集体经济收入全部达到30万元以上。", "集体经济收入"),
    ("县乡两级财政收入达到12亿元。", "财政收入"),
    ("全市建成省市县三级临床重点专科26个。", "临床重点专科"),
])
def test_levels_spanned_are_a_scope(sentence, metric) -> None:
    (found,) = _metrics_of(sentence)
    assert found == metric



@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        # head_of_one_char (context.nouns.past_qualities): after qualities and 的, a place or
        # unit of one character (村, 县, 站) before a verb or a break is the thing counted
        ("推动8个有条件的县率先开展试点。", "8个", "县"),
        ("扶持4个基础较好的村建设美丽庭院示范点。", "4个", "村"),
        ("打造2个功能完善的站，服务群众3000人次。", "2个", "站"),
        # …a longer noun after 的 keeps its length (村级, 乡镇)
        ("扶持12个基础较好的村级集体经济组织。", "12个", "村级集体经济组织"),
        ("选择6个有条件的乡镇开展试点。", "6个", "乡镇"),
        # fund_size (metric_span.WORTH_WORDS): 规模 before a figure and 的 after it size the
        # thing named after 的; a fund's name keeps its verbs (引导) and ends at 基金
        ("发起设立首期规模8亿元的县域产业引导基金。", "8亿元", "县域产业引导基金"),
        ("总规模100亿元的省级科创母基金完成备案。", "100亿元", "省级科创母基金"),
        ("建设规模12万平方米的标准厂房。", "12万平方米", "标准厂房"),
        # …with no 的 after the size, the size is of what stands before it
        ("政府引导基金规模达到20亿元。", "20亿元", "政府引导基金规模"),
        # count_before_measure (metric_span._before_its_measure): a count whose things are
        # named before a rate of them is of the things, up to the last head of a place
        ("全市32个国控断面水质优良率达到87.5%。", "32个", "国控断面"),
        ("12座农村污水处理站正常运行率96%。", "12座", "农村污水处理站"),
        # …and a noun cut at its period already ends at its head
        ("9个乡镇饮用水水源地上半年水质达标率100%。", "9个", "乡镇饮用水水源地"),
    ],
)
def test_the_thing_counted_or_sized_stands_after_the_count(sentence, figure, metric) -> None:
    r = rows("县农业农村局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        # 程度 names how far a deed has gone, the deed kept (BARE_NOUNS)
        ("综合治理小流域6条，治理程度达到72%。", "72%", "治理程度"),
        ("新建污水管网18公里，处理程度提高到88%。", "88%", "处理程度"),
        # 达 inside a word (雷达, 马达, 直达) is no filler that ends a name (TRAILING_FILLER)
        ("县气象局新建X波段天气雷达2部。", "2部", "X波段天气雷达"),
        ("全市新建多普勒天气雷达1部。", "1部", "多普勒天气雷达"),
        ("全县粮食产量达46万吨。", "46万吨", "粮食产量"),  # counter: 达 after a name
    ],
)
def test_a_deeds_extent_and_a_word_ending_in_da_keep_their_words(
    sentence, figure, metric
) -> None:
    r = rows("县气象局2025年工作总结\n一、工作完成情况\n" + sentence + "\n")
    assert r[figure]["metric"] == metric
