"""What a plan link and a trend compare of two figures beyond their names
(``pairs.plans.plan_key``, ``trends.trend_key``): one count under two classifiers (户 and
家, 个 and 所: ``SAME_COUNT``), a count named by its own classifier (事故起数 ≈ 事故,
``counted_metric``; its change too, 事故起数下降10% ≈ 事故26起，下降16.1%,
``COUNTED_CHANGE``; a share by its part, 林下经济产值占林业总产值的比重 ≈ 林下经济产值), a
percentage named as a rate whatever verb stands before it
(通客车率保持100% ≈ 通客车率100%, ``key_measure``) and a figure of part of a year, which is
no outcome of the year's target (上半年, ``part_of_year``); an area in 亩, which no exact
factor folds into 公顷 (``key_unit``, ``EXACT_DIGITS``), and a verb of making closing a
name (粮食产后服务中心新建 ≈ 新建粮食产后服务中心, ``MAKING_TAIL``); a statistic's
abbreviation or a word that changes nothing it counts (GDP ≈ 地区生产总值, 常住居民 ≈ 居民:
``PLAN_SYNONYMS``). Sentences written for these
tests in the style of the corpus: a bureau's review of 2024 and plan for 2025, then its
review of 2025 (``conftest.two_years``), and a half-year review between a plan and the
year's review. Each rule, taken away, leaves one of its own examples unlinked (or linked
wrongly).
"""

from __future__ import annotations

import pytest

from metrics import trends as trends_module
from metrics.pairs import counted_metric, plan_metric, plans
from metrics.pairs.plans import counted_key
from metrics.pipeline import process_text

from .conftest import links_and_trends, two_years

# (office, review of 2024, plan for 2025, review of 2025, the 2025 links, trends of actuals)
CASES = {
    "same_count": [
        (  # market entities by 户, then by 家
            "东湖区市场监督管理局",
            "全区新登记市场主体1.18万户",
            "新登记市场主体1.2万户以上",
            "全区新登记市场主体1.26万家",
            [(1.2, 1.26)],
            [(1.18, 1.26)],
        ),
        (  # enterprises by 家, then by 户
            "北林县工业和信息化局",
            "全县规模以上工业企业达到326家",
            "规模以上工业企业达到340家",
            "全县规模以上工业企业达到352户",
            [(340.0, 352.0)],
            [(326.0, 352.0)],
        ),
        (  # kindergartens by 所, then by 个, then by 所
            "北岭市教育局",
            "全年新建公办幼儿园7所",
            "新建公办幼儿园10个",
            "全年新建公办幼儿园11所",
            [(10.0, 11.0)],
            [(7.0, 11.0)],
        ),
        (  # health centres by 个, then by 所
            "石桥县卫生健康局",
            "全县乡镇卫生院标准化建设达标26个",
            "乡镇卫生院标准化建设达标30个",
            "全县乡镇卫生院标准化建设达标32所",
            [(30.0, 32.0)],
            [(26.0, 32.0)],
        ),
    ],
    "counted_change": [
        (  # accidents: 起数 in the plan's fall, the count then its fall in the reviews
            "云山县应急管理局",
            "全年发生生产安全事故31起，同比下降8.8%",
            "生产安全事故起数同比下降10%以上",
            "全年发生生产安全事故26起，同比下降16.1%",
            [(-10.0, -16.1)],  # (the plan's fall signed too: context.figure directs it)
            [(31.0, 26.0)],
        ),
        (  # visitors: 人次 named in the plan's growth, the unit of the review's count
            "青山市文化广电旅游局",
            "全年接待游客1650万人次，增长6.2%",
            "接待游客人次增长8%",
            "全年接待游客1790万人次，增长8.5%",
            [(8.0, 8.5)],
            [(1650.0, 1790.0)],
        ),
        (  # deaths: 人数 in the plan, 死亡34人 in the review
            "东岭县公安局",
            "全年道路交通事故死亡37人",
            "道路交通事故死亡人数下降5%",
            "全年道路交通事故死亡34人，同比下降8.1%",
            [(-5.0, -8.1)],  # (a fall signed, the plan's as the review's)
            [(37.0, 34.0)],
        ),
    ],
    "named_by_classifier": [
        (  # 起数 in the plan, the plain name in the review
            "松原市住房和城乡建设局",
            "全年建筑施工安全事故4起",
            "建筑施工安全事故起数控制在3起以内",
            "全年建筑施工安全事故2起",
            [(3.0, 2.0)],
            [(4.0, 2.0)],
        ),
        (  # 人数 in the plan and the first review, not in the second
            "南川市人力资源和社会保障局",
            "全市城镇新增就业人数3.05万人",
            "城镇新增就业人数3.2万人",
            "全市城镇新增就业3.46万人",
            [(3.2, 3.46)],
            [(3.05, 3.46)],
        ),
        (  # 人次 in the plan's name
            "青山县文化和旅游局",
            "全年接待游客486万人次",
            "接待游客人次突破500万人次",
            "全年接待游客512万人次",
            [(500.0, 512.0)],
            [(486.0, 512.0)],
        ),
    ],
    "rate_name": [
        (  # 保持 between the rate and its figure
            "临山县交通运输局",
            "全县建制村通客车率100%",
            "建制村通客车率保持100%",
            "全县建制村通客车率100%",
            [(100.0, 100.0)],
            [(100.0, 100.0)],
        ),
        (  # 实现 between them
            "河西区工业和信息化局",
            "全区行政村5G网络覆盖率96.2%",
            "行政村5G网络覆盖率实现100%",
            "全区行政村5G网络覆盖率99.6%",
            [(100.0, 99.6)],
            [(96.2, 99.6)],
        ),
    ],
    "share_part": [
        (  # the review names the share by the subject of its clause
            "北岗市林业局",
            "林下经济产值85.3亿元，占林业总产值比重26.1%",
            "林下经济产值占林业总产值的比重提高到27%",
            "林下经济产值92.1亿元，增长11.6%，占林业总产值比重27.4%",
            [(27.0, 27.4)],
            [(85.3, 92.1)],
        ),
        (  # 占比 alone after the part
            "石桥县财政局",
            "民生支出26.4亿元，占比79.6%",
            "民生支出占一般公共预算支出的比重保持在80%以上",
            "全县民生支出27.9亿元，占比81.3%",
            [(80.0, 81.3)],
            [(26.4, 27.9)],
        ),
        (  # a share's rise in points, the review's named by its part (SHARE_UNITS)
            "南江市商务局",
            "一般贸易进出口占货物进出口总额的比重为62.8%",
            "一般贸易进出口占货物进出口总额的比重提高1个百分点",
            "一般贸易进出口占货物进出口总额的比重为64.2%，比上年提高1.4个百分点",
            [(1.0, 1.4)],
            [],
        ),
        (
            "东岭县财政局",
            "民生支出占一般公共预算支出的比重为78.5%",
            "民生支出占一般公共预算支出的比重提高0.5个百分点",
            "民生支出占一般公共预算支出的比重达到79.1%，较上年提高0.6个百分点",
            [(0.5, 0.6)],
            [],
        ),
    ],
}
COUNTER = [
    (  # 笔 is no classifier of a count changed: the loans' number, then their amount
        "北川市地方金融管理局",
        "全年发放普惠小微贷款12.6亿元",
        "普惠小微贷款笔数增长5%",
        "全年发放普惠小微贷款14.1亿元，增长11.9%",
        [],
        [(12.6, 14.1)],
    ),
    (  # 个 is not folded into 家: a count of anything, not of a trading unit
        "东岭市工业和信息化局",
        "培育专精特新企业28家",
        "培育专精特新企业30家",
        "培育专精特新企业32个",
        [],
        [],
    ),
    (  # 座 is not folded into 个 (SAME_COUNT folds 所 only): a bridge, a reservoir, a plant
        "临川县交通运输局",
        "全年改造危旧桥梁18座",
        "改造危旧桥梁20座",
        "全年改造危旧桥梁22个",
        [],
        [],
    ),
    (  # a percentage not named a rate stays a level; the review's rate is another measure
        "北湖市自然资源和规划局",
        "全市城镇化水平63.8%",
        "城镇化水平保持65%",
        "全市城镇化率64.6%",
        [],
        [],
    ),
]
# An area in 亩 never meets one in 公顷 (``key_unit``: no exact factor between them); the
# folds of one system by a power of ten stay (万亩 and 亩, 公顷 and 平方公里, 公里 and 千米).
# (office, review of 2024, plan for 2025, review of 2025, the 2025 links, trends of actuals)
APART = [
    (  # the plan in 万亩, the reviews in 公顷
        "松溪县林业局",
        "全县退化林修复520公顷",
        "退化林修复0.8万亩",
        "全县退化林修复560公顷",
        [],
        [(520.0, 560.0)],
    ),
    (  # the plan and the first review in 亩, the second review in 公顷
        "北岭县自然资源局",
        "全年新增耕地1150亩",
        "新增耕地1200亩以上",
        "全年新增耕地80.5公顷",
        [],
        [],
    ),
]
FOLDED = [
    (  # 万亩 and 亩
        "南岭县林业局",
        "全县森林抚育2.8万亩",
        "森林抚育3万亩",
        "全县森林抚育31500亩",
        [(30000.0, 31500.0)],  # (in the review's unit)
        [(28000.0, 31500.0)],
    ),
    (  # 平方公里 and 公顷
        "东湖市自然资源和规划局",
        "全市供应建设用地1.1平方公里",
        "供应建设用地120公顷",
        "全市供应建设用地1.35平方公里",
        [(1.2, 1.35)],
        [(1.1, 1.35)],
    ),
    (  # 公里, 万公里 and 千米
        "宁川市交通运输局",
        "全市公路总里程12436公里",
        "公路总里程达到1.26万公里",
        "全市公路总里程12718千米",
        [(12600.0, 12718.0)],
        [(12436.0, 12718.0)],
    ),
]

# A verb of making closing a plan's name (``MAKING_TAIL``): the review names the thing made
# with the verb before it, which the meaning layer drops.
MADE = [
    (
        "北岭省粮食和物资储备局",
        "全省新建粮食产后服务中心11个",
        "粮食产后服务中心新建12个",
        "全省新建粮食产后服务中心14个",
        [(12.0, 14.0)],
        [(11.0, 14.0)],
    ),
    (
        "西岭县交通运输局",
        "全县新开通城乡公交线路5条",
        "城乡公交线路新开通6条",
        "全县新开通城乡公交线路7条",
        [(6.0, 7.0)],
        [(5.0, 7.0)],
    ),
    (
        "南岭市通信管理局",
        "全市建成5G基站1380个",
        "5G基站建成1500个",
        "全市建成5G基站1620个",
        [(1500.0, 1620.0)],
        [(1380.0, 1620.0)],
    ),
]
NOT_MADE = [
    (  # 在建: the projects still being built, not all of them
        "东岭县发展和改革局",
        "全县实施重点项目41个",
        "重点项目在建45个",
        "全县实施重点项目48个",
        [],
        [(41.0, 48.0)],
    ),
]

# The word plan closing a plan's name (``PLAN_WORD``): the review names the deed without it.
PLANNED = [
    (
        "东湖县教育局",
        "全县普通高中招生2980人",
        "普通高中招生计划3000人",
        "全县普通高中招生3120人",
        [(3000.0, 3120.0)],
        [(2980.0, 3120.0)],
    ),
    (
        "南湖区人力资源和社会保障局",
        "全区补贴性职业技能培训2860人次",
        "补贴性职业技能培训计划3000人次",
        "全区补贴性职业技能培训3315人次",
        [(3000.0, 3315.0)],
        [(2860.0, 3315.0)],
    ),
]
NOT_PLANNED = [
    (  # a programme's name: people selected into it are not people recruited
        "北湖市科学技术局",
        "全市引进省级人才13人",
        "入选省级人才计划12人",
        "全市引进省级人才15人",
        [],
        [(13.0, 15.0)],
    ),
]

# The word amount closing a deed's name (``AMOUNT_TAIL``): the review states the deed's
# figure without it.
AMOUNTS = [
    (
        "东湖市能源局",
        "全市光伏发电11.2亿千瓦时",
        "光伏发电量达到12亿千瓦时",
        "全市光伏发电12.6亿千瓦时",
        [(12.0, 12.6)],
        [(11.2, 12.6)],
    ),
    (
        "东坡市生态环境局",
        "化学需氧量重点工程减排1180吨",
        "化学需氧量重点工程减排量1200吨",
        "化学需氧量重点工程减排1315吨",
        [(1200.0, 1315.0)],
        [(1180.0, 1315.0)],
    ),
]
NOT_AMOUNTS = [
    (  # an increment is no balance
        "东湖市地方金融监督管理局",
        "全市存款805亿元",
        "存款增量50亿元",
        "全市存款820亿元",
        [],
        [(805.0, 820.0)],
    ),
]

# One indicator under its statistical abbreviation or with a word that changes nothing it
# counts (``PLAN_SYNONYMS``).
SYNONYMS = [
    (  # GDP of a region: per head
        "东山县发展和改革局",
        "全县人均地区生产总值6.8万元",
        "人均GDP达到7.2万元",
        "全县人均地区生产总值7.35万元",
        [(7.2, 7.35)],
        [(6.8, 7.35)],
    ),
    (  # GDP of a region: the total, the abbreviation in the reviews
        "西山市统计局",
        "全市GDP达到312亿元",
        "地区生产总值达到330亿元",
        "全市GDP达到336.5亿元",
        [(330.0, 336.5)],
        [(312.0, 336.5)],
    ),
    (  # energy per unit of GDP: the unit written out in the reviews
        "南山县发展和改革局",
        "全县万元地区生产总值能耗下降2.9%",
        "单位地区生产总值能耗下降3%",
        "全县万元地区生产总值能耗下降3.2%",
        [(-3.0, -3.2)],  # (a fall signed, the plan's as the review's)
        [],
    ),
    (  # CPI: the plan names the consumer prices, the review the index
        "北川县发展和改革局",
        "全县居民消费价格指数上涨1.2%",
        "居民消费价格涨幅控制在3%左右",
        "全县CPI上涨0.8%",
        [(3.0, 0.8)],
        [(1.2, 0.8)],
    ),
    (  # R&D by its statistics' name
        "南湖市科学技术局",
        "全市研究与试验发展经费投入强度2.1%",
        "研发经费投入强度达到2.3%",
        "全市研究与试验发展经费投入强度2.35%",
        [(2.3, 2.35)],
        [(2.1, 2.35)],
    ),
    (  # 社零 for 社会消费品零售总额
        "东湖县商务局",
        "全县社会消费品零售总额98.4亿元",
        "社零总额达到105亿元",
        "全县社会消费品零售总额106.2亿元",
        [(105.0, 106.2)],
        [(98.4, 106.2)],
    ),
    (  # 地方 before a county's own budget
        "东山县财政局",
        "全县地方一般公共预算收入17.6亿元",
        "一般公共预算收入达到18.5亿元",
        "全县地方一般公共预算收入18.9亿元",
        [(18.5, 18.9)],
        [(17.6, 18.9)],
    ),
    (  # 外贸 before 进出口
        "西湖市商务局",
        "全市外贸进出口总额86.2亿元",
        "进出口总额达到90亿元",
        "全市外贸进出口总额93.1亿元",
        [(90.0, 93.1)],
        [(86.2, 93.1)],
    ),
    (  # 常住 before 居民
        "南山县统计局",
        "全县城镇居民人均可支配收入4.52万元",
        "城镇常住居民人均可支配收入达到4.75万元",
        "全县城镇居民人均可支配收入4.79万元",
        [(4.75, 4.79)],
        [(4.52, 4.79)],
    ),
    (  # 实际利用外资 and 实际使用外资
        "北湖县商务局",
        "全县实际利用外资1.2亿美元",
        "实际使用外资达到1.3亿美元",
        "全县实际利用外资1.36亿美元",
        [(1.3, 1.36)],
        [(1.2, 1.36)],
    ),
    (  # 居民收入, the short form of 城乡居民人均可支配收入
        "东川县统计局",
        "全县城乡居民人均可支配收入3.1万元，增长6.6%",
        "居民收入增长7%左右",
        "全县城乡居民人均可支配收入3.32万元，增长7.1%",
        [(7.0, 7.1)],
        [(3.1, 3.32)],
    ),
    (  # a group's income under its short form
        "南岭县农业农村局",
        "全县农村居民人均可支配收入1.92万元，增长7.8%",
        "农村居民收入增长7.5%",
        "全县农村居民人均可支配收入2.06万元，增长7.3%",
        [(7.5, 7.3)],
        [(1.92, 2.06)],
    ),
    (  # 城乡居民 of a scheme: all residents, as 居民 names them
        "西川县医疗保障局",
        "全县城乡居民基本医疗保险参保人数41.2万人",
        "居民基本医疗保险参保人数稳定在41万人以上",
        "全县城乡居民基本医疗保险参保人数41.5万人",
        [(41.0, 41.5)],
        [(41.2, 41.5)],
    ),
]
# A scope word that names no part of a metric (``PLAN_STOP``): 全体 (all of them).
SCOPED = [
    (
        "北山县统计局",
        "全县全体居民人均可支配收入3.6万元",
        "居民人均可支配收入增长6%",
        "全县全体居民人均可支配收入3.82万元，增长6.1%",
        [(6.0, 6.1)],
        [(3.6, 3.82)],
    ),
    (
        "西岭区委组织部",
        "全区全体党员参加集中培训1.2万人次",
        "党员参加集中培训1.3万人次",
        "全区全体党员参加集中培训1.36万人次",
        [(1.3, 1.36)],
        [(1.2, 1.36)],
    ),
]
NOT_SYNONYMS = [
    (  # the residents' income is not the urban residents'
        "东川县统计局",
        "全县城镇居民人均可支配收入4.2万元",
        "居民收入增长7%左右",
        "全县城镇居民人均可支配收入4.45万元，增长6.3%",
        [],
        [(4.2, 4.45)],
    ),
    (  # nor the urban residents' the residents'
        "北岭县统计局",
        "全县居民人均可支配收入2.8万元",
        "城镇居民收入增长6.5%",
        "全县居民人均可支配收入2.97万元，增长6.1%",
        [],
        [(2.8, 2.97)],
    ),
    (  # 常住人口 and 户籍人口: two rates of urbanisation
        "东岭县统计局",
        "全县常住人口城镇化率58.6%",
        "常住人口城镇化率达到60%",
        "全县户籍人口城镇化率45.2%",
        [],
        [],
    ),
    (  # 地方 before the grain reserve: the province's own, not all it stores
        "南岭省粮食和物资储备局",
        "全省储备粮规模410万吨",
        "储备粮规模保持在400万吨",
        "全省地方储备粮规模260万吨",
        [],
        [],
    ),
]

# A growth named after the whole name, its closing 总额 or 总量 then left off as the meaning
# layer leaves it off a name (``plans.METRIC_KEY_TAIL`` after ``CHANGE_TAIL``): a plan's
# 煤炭消费总量增幅控制在1%以内 ≈ the review's 煤炭消费总量增长0.6% (keyed 煤炭消费), 用水总量增幅
# ≈ 用水总量增长; a review's table row 货物进出口总额增速｜8%｜9.1% ≈ the plan's 货物进出口总额
# 增长8% (``TABLE_ROW``).
CHANGED = [
    (
        "云溪市发展和改革委员会",
        "全市煤炭消费总量增长1.2%",
        "煤炭消费总量增幅控制在1%以内",
        "全市煤炭消费总量增长0.6%",
        [(1.0, 0.6)],
        [],
    ),
    (
        "南港市水务局",
        "全市用水总量增长1.8%",
        "用水总量增幅控制在1.5%以内",
        "全市用水总量增长0.9%",
        [(1.5, 0.9)],
        [],
    ),
]
TABLE_ROW = (
    "南港市商务局2024年工作计划\n一、2024年主要目标\n货物进出口总额增长8%；新增外贸企业60家。\n"
    "南港市商务局2024年工作总结\n一、主要指标完成情况\n指标｜年度目标｜完成情况\n"
    "货物进出口总额增速｜8%｜9.1%\n"
)

RULES = {
    "same_count": ("SAME_COUNT", {}),
    "counted_change": ("COUNTED_CHANGE", ()),
    "named_by_classifier": ("counted_metric", lambda key, unit: plan_metric(key)),
    "rate_name": ("measure_as_compared", lambda measure, unit, key: measure),
    "share_part": ("SHARE_OF", "\x00"),
}


def _case(office: str, before: str, plan: str, after: str) -> tuple[list, list]:
    return links_and_trends(two_years(office, before, plan, after))


@pytest.mark.parametrize(
    "case",
    [c for cases in CASES.values() for c in cases]
    + COUNTER
    + APART
    + FOLDED
    + MADE
    + NOT_MADE
    + PLANNED
    + NOT_PLANNED
    + AMOUNTS
    + NOT_AMOUNTS
    + SYNONYMS
    + SCOPED
    + NOT_SYNONYMS
    + CHANGED,
    ids=lambda c: c[2],
)
def test_links_and_trends(case: tuple) -> None:
    office, before, plan, after, links, trends = case
    assert _case(office, before, plan, after) == (links, trends)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_without_the_rule_its_examples_part(rule: str, monkeypatch: pytest.MonkeyPatch) -> None:
    name, stand_in = RULES[rule]
    monkeypatch.setattr(plans, name, stand_in)
    if hasattr(trends_module, name):
        monkeypatch.setattr(trends_module, name, stand_in)
    for office, before, plan, after, _, _ in CASES[rule]:
        assert _case(office, before, plan, after)[0] == []


def test_a_classifier_is_dropped_only_where_a_name_stays() -> None:
    assert counted_metric("建筑施工安全事故起", "起") == plan_metric("建筑施工安全事故")
    assert counted_metric("接待游客人次", "人次") == plan_metric("接待游客")
    assert counted_metric("农户", "户") == plan_metric("农户")  # 农 alone names nothing
    assert counted_metric("发放贷款笔", "元") == plan_metric("发放贷款笔")  # not its unit
    # a count changed: in percent, a classifier of events or people (COUNTED_CHANGE)
    assert counted_key("生产安全事故起", "%") == "生产安全事故"
    assert counted_key("接待游客人次", "%") == "接待游客"
    assert counted_key("发放贷款笔", "%") == "发放贷款笔"  # 笔: a loan is summed too
    assert counted_key("人次", "%") == "人次"  # nothing would stay
    assert counted_metric("税收占比", "%") == plan_metric("税收")
    assert counted_metric("占比", "%") == plan_metric("占比")  # no part named
    assert counted_metric("占地面积", "亩") == plan_metric("占地面积")  # no share


HALF_YEAR = """西山市审计工作汇编

西山市审计局2024年工作总结和2025年工作计划

一、2024年工作总结
全年完成审计项目82个，审计整改率达到92.4%。
二、2025年工作计划
全年计划完成审计项目85个；审计整改率达到95%以上。

西山市审计局2025年上半年工作总结

上半年，全市完成审计项目41个，完成全年计划的48.2%；审计整改率为87.5%。
{year}
"""
YEAR = """
西山市审计局2025年工作总结

全年完成审计项目88个，完成年度计划的103.5%；审计整改率达到95.6%。
"""
STOCK = """
西山市审计局2025年工作总结

截至年底，全年完成审计项目88个，审计整改率达到95.6%。
"""


def _plan_links(text: str) -> list:
    return links_and_trends(text)[0]


def test_a_half_year_is_no_outcome_of_the_year() -> None:
    # the year's review is the outcome; the half-year's figures and its completion rate
    # are not, with or without the year's review beside them
    assert _plan_links(HALF_YEAR.format(year=YEAR)) == [(85.0, 88.0), (95.0, 95.6)]
    assert _plan_links(HALF_YEAR.format(year="")) == []


def test_without_the_rule_the_half_year_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "part_of_year", lambda m: None)
    assert _plan_links(HALF_YEAR.format(year=YEAR)) == [(85.0, 41.0), (95.0, 87.5)]


def test_the_months_of_part_of_a_year() -> None:
    # a stock at the year's end (截至年底: January to December) covers the whole year
    r = process_text(HALF_YEAR.format(year=STOCK), "x.txt")
    months = {m.text: plans.part_of_year(m) for m in r.mentions}
    assert months["41个"] == "2025-01..2025-06"
    assert months["85个"] is None and months["88个"] is None


def test_a_share_is_named_by_its_part_only_where_zhan_means_of() -> None:
    # 占 of a word of its own (to hold, to take up) names no part of a whole
    assert counted_key("林下经济产值占林业总产值比重", "%") == "林下经济产值"
    assert counted_key("税收占比", "%") == "税收"
    for key in ("农产品市场占有率", "违法占地比例", "耕地占用率"):
        assert counted_key(key, "%") == key


def test_without_the_rule_mu_meets_hectares(monkeypatch: pytest.MonkeyPatch) -> None:
    # every factor counted exact: 亩 folds into 平方米 as 公顷 does, and the plan in 万亩
    # takes the review in 公顷
    monkeypatch.setattr(plans, "EXACT_DIGITS", 100)
    for office, before, plan, after, _, _ in APART:
        assert _case(office, before, plan, after)[0] != []


def test_the_unit_a_link_compares() -> None:
    assert plans.key_unit("平方米", "万亩") == plans.key_unit("平方米", "亩") == "亩"
    assert plans.key_unit("平方米", "公顷") == plans.key_unit("平方米", "平方公里") == "平方米"
    assert plans.key_unit("%", "‰") == "%"  # 0.1: a decimal fold
    assert plans.key_unit("千克", "斤") == "千克"  # 0.5
    assert plans.key_unit("家", "家") == "户"  # SAME_COUNT
    assert plans.key_unit("所", "所") == "个"
    assert plans.key_unit("元", None) == "元"  # a record with no unit written


def _none_linked_without(
    monkeypatch: pytest.MonkeyPatch, name: str, stand_in: object, cases: list[tuple]
) -> None:
    """With the fold ``plans.<name>`` replaced by ``stand_in``, none of ``cases`` links."""
    monkeypatch.setattr(plans, name, stand_in)
    plan_metric.cache_clear()
    plans.short_head.cache_clear()
    try:
        for office, before, plan, after, _, _ in cases:
            assert _case(office, before, plan, after)[0] == [], plan
    finally:
        monkeypatch.undo()
        plan_metric.cache_clear()
        plans.short_head.cache_clear()


NOTHING = plans.regex_cache.compile(r"(?!)")  # a fold's pattern that matches nowhere


def test_without_the_rule_the_made_things_part(monkeypatch: pytest.MonkeyPatch) -> None:
    _none_linked_without(monkeypatch, "MAKING_TAIL", NOTHING, MADE)


def test_without_the_rule_the_planned_deeds_part(monkeypatch: pytest.MonkeyPatch) -> None:
    _none_linked_without(monkeypatch, "PLAN_WORD", NOTHING, PLANNED)


def test_without_the_rule_the_amounts_part(monkeypatch: pytest.MonkeyPatch) -> None:
    _none_linked_without(monkeypatch, "AMOUNT_TAIL", NOTHING, AMOUNTS)


def test_without_the_synonyms_their_names_part(monkeypatch: pytest.MonkeyPatch) -> None:
    _none_linked_without(monkeypatch, "PLAN_SYNONYMS", (), SYNONYMS)


def test_without_the_scope_word_all_names_part(monkeypatch: pytest.MonkeyPatch) -> None:
    stop = plans.PLAN_STOP.pattern.replace("|全体", "")
    _none_linked_without(monkeypatch, "PLAN_STOP", plans.regex_cache.compile(stop), SCOPED)


def test_without_the_key_tail_the_changes_named_after_a_whole_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _none_linked_without(monkeypatch, "METRIC_KEY_TAIL", NOTHING, CHANGED)
    monkeypatch.setattr(plans, "METRIC_KEY_TAIL", NOTHING)
    plan_metric.cache_clear()
    try:
        assert links_and_trends(TABLE_ROW)[0] == []
    finally:
        monkeypatch.undo()
        plan_metric.cache_clear()


def test_a_growth_named_in_a_table_row_after_the_whole_name() -> None:
    assert links_and_trends(TABLE_ROW)[0] == [(8.0, 9.1)]
