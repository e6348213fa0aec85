"""Indicators of government work reports: one canonical key for the many names of one.

Contract: ``indicator_of(metric, measure)`` gives the ``Indicator`` that a figure's metric
phrase names with that measure (``全省生产总值`` + growth → ``地区生产总值增长``;
``生产总值`` + level → ``地区生产总值``), or None. Indicators are tried in order, the more
specific first (``单位地区生产总值能耗`` before ``地区生产总值``, ``农村居民人均可支配收入``
before ``居民人均可支配收入``). Each holds the phrases it must take (``examples``) and
phrases it must leave to another (``counter``); the tests run both.

``lower_is_better``: the indicator improves downwards (失业率, 物价涨幅, 浓度), which decides
how an exact or approximate target is met. ``falls``: the indicator is a reduction named
as such (能耗降低), so a stated fall (下降3.5%) is a positive amount of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from metrics import regex_cache
from metrics.records import Measure


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    measure: Measure
    pattern: str  # searched in the metric phrase
    examples: tuple[str, ...]  # metric phrases that name it (with its measure)
    counter: tuple[str, ...] = ()  # metric phrases that must not name it
    lower_is_better: bool = False
    falls: bool = False


G, L, R, S = Measure.GROWTH, Measure.LEVEL, Measure.RATE, Measure.SHARE
# the output of the whole economy, under its many names (not per head, not per unit of it)
_GDP = (
    r"(?<![均位元区])(?:地区|全[省市县区旗])?生产总值(?!能耗|二氧化碳|碳排放)"
    r"|GDP|^经济$|经济(?:增长|增速|总量)"
)
_INCOME = r"人均可支配收入|居民收入"
# The income of one group of people is not the residents' (居民) indicator: 在岗职工, 牧民
# (herders only, not 农牧民, the countryside of a pastoral region), 农民工, 脱贫人口 each
# have their own, a figure another report's 居民人均可支配收入 never measures.
# A group's income is named short as often as in full (城镇居民收入增长6%, 城镇居民人均收入
# 4.5万元, 农民可支配收入): after the group, any of 人均, 可支配 before 收入 names it; 城市居民
# is the older name of the urban group. Not a spending (城镇居民人均消费支出) nor the
# residents' own (居民收入: ``_INCOME``).
_GROUP_INCOME = r"(?:人均)?(?:可支配)?收入"
_TOWN_INCOME = rf"(?:城镇|城市)(?:常住)?居民{_GROUP_INCOME}"
# 农牧民 and 农村牧区常住居民: the countryside's residents where they herd as well
_COUNTRY_INCOME = (
    rf"(?:农村(?:牧区)?|农民|农牧民)(?:常住)?(?:居民)?(?:{_GROUP_INCOME}|居民收入|人均纯收入)"
)
_OTHER_EARNERS = r"(?<!职工|(?<!农)牧民|农民工|脱贫人口|脱贫户|低收入人口)"
_BUDGET_IN = r"一般公共预算收入|一般预算收入|财政总收入|地方财政收入|财政收入"

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "单位地区生产总值能耗降低",
        G,
        r"单位(?:地区)?(?:生产总值|GDP)能耗|万元(?:地区)?(?:生产总值|GDP)能耗|能耗强度",
        ("单位地区生产总值能耗", "万元GDP能耗", "能耗强度"),
        ("地区生产总值", "能源消费总量"),
        falls=True,
    ),
    Indicator(
        "单位地区生产总值二氧化碳排放降低",
        G,
        r"单位(?:地区)?(?:生产总值|GDP)(?:二氧化碳|碳)排放|碳排放强度",
        ("单位地区生产总值二氧化碳排放", "单位GDP碳排放", "碳排放强度"),
        ("单位地区生产总值能耗",),
        falls=True,
    ),
    Indicator(
        "人均地区生产总值", L, r"人均(?:地区)?生产总值|人均GDP", ("人均地区生产总值", "人均GDP")
    ),
    Indicator(
        "地区生产总值增长",
        G,
        _GDP,
        ("地区生产总值", "全省生产总值", "GDP", "经济", "经济增长", "全县生产总值"),
        ("人均地区生产总值", "单位地区生产总值能耗", "经济发展"),
    ),
    Indicator("地区生产总值", L, _GDP, ("地区生产总值", "全市生产总值", "经济总量")),
    Indicator(
        "规模以上工业增加值增长",
        G,
        r"规模以上工业增加值|规上工业增加值|规模工业增加值",
        ("规模以上工业增加值", "规上工业增加值", "全县规模工业增加值"),
        ("工业投资",),
    ),
    Indicator(
        "服务业增加值增长",
        G,
        r"服务业增加值|第三产业增加值",
        ("服务业增加值", "第三产业增加值"),
    ),
    Indicator(
        "农业增加值增长",
        G,
        r"农业增加值|第一产业增加值|农林牧渔业增加值",
        ("第一产业增加值", "农林牧渔业增加值"),
        ("规模以上工业增加值",),
    ),
    Indicator("工业投资增长", G, r"工业投资", ("工业投资", "全省工业投资"), ("固定资产投资",)),
    Indicator("民间投资增长", G, r"民间投资", ("民间投资", "全县民间投资")),
    Indicator(
        "固定资产投资增长",
        G,
        r"固定资产投资|全社会投资",
        ("固定资产投资", "全社会固定资产投资", "全社会投资"),
        ("工业投资",),
    ),
    Indicator("产业投资占比", S, r"产业投资", ("产业投资", "产业投资占比"), ("固定资产投资",)),
    Indicator(
        "社会消费品零售总额增长",
        G,
        r"社会消费品零售总额|消费品零售总额|社零额?",
        ("社会消费品零售总额", "全县消费品零售总额", "社零额"),
    ),
    Indicator(
        "出口增长",
        G,
        r"(?<!进)出口(?:总额|总值|额)?$",
        ("出口总额", "货物出口额"),
        ("进出口总额", "出口企业数"),
    ),
    Indicator(
        "进出口总额增长",
        G,
        r"进出口|外贸",
        ("进出口总额", "货物贸易进出口总额", "外贸进出口", "进出口总值"),
    ),
    Indicator("实际使用外资", L, r"实际(?:使用|利用)外资|利用外资", ("实际使用外资", "利用外资")),
    Indicator(
        "一般公共预算收入增长",
        G,
        _BUDGET_IN,
        ("一般公共预算收入", "地方一般公共预算收入", "财政总收入", "一般预算收入"),
        ("一般公共预算支出",),
    ),
    Indicator("一般公共预算收入", L, _BUDGET_IN, ("一般公共预算收入", "地方财政收入")),
    Indicator(
        "一般公共预算支出", L, r"一般公共预算支出|财政支出|^支出$", ("一般公共预算支出", "支出")
    ),
    Indicator(
        "城镇调查失业率",
        R,
        r"调查失业率",
        ("城镇调查失业率", "全省城镇调查失业率"),
        ("城镇登记失业率",),
        lower_is_better=True,
    ),
    Indicator(
        "城镇登记失业率",
        R,
        r"登记失业率",
        ("城镇登记失业率", "城镇登记失业率控制"),
        ("城镇调查失业率",),
        lower_is_better=True,
    ),
    Indicator(
        "城镇新增就业",
        L,
        r"城镇新增就业|新增城镇就业|城镇新增(?:实名制)?就业人数",
        ("城镇新增就业", "新增城镇就业", "城镇新增就业人数"),
        ("农村劳动力转移就业",),
    ),
    Indicator(
        "农村劳动力转移就业",
        L,
        r"农村劳动力转移就业|转移农村劳动力|农村劳动力转移",
        ("农村劳动力转移就业", "转移农村劳动力"),
    ),
    Indicator(
        "居民消费价格涨幅",
        G,
        r"居民消费价格|消费价格指数|CPI|物价",
        ("居民消费价格涨幅", "居民消费价格", "CPI", "物价涨幅"),
        lower_is_better=True,
    ),
    Indicator(
        "城镇居民人均可支配收入增长",
        G,
        _TOWN_INCOME,
        (
            "城镇居民人均可支配收入",
            "城镇常住居民人均可支配收入",
            "城镇居民收入",
            "城镇常住居民人均收入",
            "城市居民人均可支配收入",
        ),
        ("农村居民人均可支配收入", "城镇居民人均消费支出", "城乡居民收入"),
    ),
    Indicator(
        "农村居民人均可支配收入增长",
        G,
        _COUNTRY_INCOME,
        (
            "农村居民人均可支配收入",
            "农民人均可支配收入",
            "农牧民人均可支配收入",
            "农村牧区常住居民人均可支配收入",
            "农村居民收入",
            "农民人均收入",
        ),
        ("城镇居民人均可支配收入", "农民工收入"),
    ),
    # the levels of the towns' and the country's income are their own as their growths are
    # (城镇居民人均可支配收入达到5.2万元 is not the 居民 level of another report)
    Indicator(
        "城镇居民人均可支配收入",
        L,
        _TOWN_INCOME,
        ("城镇居民人均可支配收入", "城镇常住居民人均可支配收入"),
        ("农村居民人均可支配收入", "居民人均可支配收入"),
    ),
    Indicator(
        "农村居民人均可支配收入",
        L,
        _COUNTRY_INCOME,
        ("农村居民人均可支配收入", "农牧民人均可支配收入"),
        ("城镇居民人均可支配收入", "居民人均可支配收入"),
    ),
    Indicator(
        "居民人均可支配收入增长",
        G,
        _OTHER_EARNERS + f"(?:{_INCOME})",
        ("居民人均可支配收入", "全体居民人均可支配收入", "居民收入"),
        (
            "城镇居民人均可支配收入",
            "城镇居民收入",
            "城市居民人均收入",
            "在岗职工人均可支配收入",
            "牧民人均可支配收入",
            "脱贫人口人均可支配收入",
        ),
    ),
    Indicator(
        "居民人均可支配收入",
        L,
        _OTHER_EARNERS + f"(?:{_INCOME})",
        ("居民人均可支配收入", "全县居民人均可支配收入"),
        ("职工人均可支配收入", "牧民人均可支配收入"),
    ),
    Indicator(
        "粮食播种面积",
        L,
        r"粮食(?:播种|种植)面积",
        ("粮食播种面积", "粮食种植面积"),
        ("粮食产量",),
    ),
    Indicator(
        "粮食产量",
        L,
        r"粮食(?:总)?产量|粮食(?:生产|总产)",
        ("粮食产量", "粮食总产量", "粮食总产"),
        ("粮食播种面积",),
    ),
    Indicator(
        "细颗粒物平均浓度",
        L,
        r"细颗粒物|PM2\.?5",
        ("细颗粒物年均浓度", "PM2.5平均浓度"),
        lower_is_better=True,
    ),
    Indicator(
        "空气质量优良天数比率",
        R,
        r"(?:空气质量)?优良天数",
        ("空气质量优良天数比率", "优良天数比例"),
    ),
    Indicator(
        "地表水水质优良比例",
        R,
        r"(?:地表水|国控断面|省控断面)[^，,]{0,6}?(?:水质)?优良",
        ("地表水国控断面水质优良比例", "地表水优良"),
    ),
    Indicator(
        "全社会研发投入强度",
        R,
        r"研发(?:经费)?投入强度|研究与试验发展经费投入强度|R&D经费投入强度",
        ("全社会研发投入强度", "研发经费投入强度"),
    ),
    Indicator("常住人口城镇化率", R, r"城镇化率", ("常住人口城镇化率", "城镇化率")),
    Indicator("森林覆盖率", R, r"森林覆盖率", ("森林覆盖率", "全县森林覆盖率")),
    Indicator("全员劳动生产率", L, r"全员劳动生产率", ("全员劳动生产率", "全省全员劳动生产率")),
    Indicator(
        "数字经济核心产业增加值占比",
        S,
        r"数字经济核心产业",
        ("数字经济核心产业增加值", "数字经济核心产业增加值占地区生产总值比重"),
    ),
)


def _one_scan(measure: Measure) -> tuple[tuple[Indicator, ...], Any]:
    """The indicators of ``measure`` in their order, and their patterns as one, each the
    named group of its place (``_i0``, ``_i1``, …; the patterns hold no group of their own
    that captures)."""
    held = tuple(i for i in INDICATORS if i.measure == measure)
    joined = "|".join(f"(?P<_i{k}>{i.pattern})" for k, i in enumerate(held))
    return held, regex_cache.compile(joined)


# Each measure's indicators asked in one call (issue 29: a metric was searched by each
# indicator of its measure in turn, up to 21 calls an ask). At each position of the metric,
# an overlapped scan of the patterns joined in their order yields the first of them (in
# that order) that matches there; the least of those over all positions is the first
# indicator whose own search finds a match (what the loop gave). Keyed by the measure's
# text: a ``Measure`` and its value look up the same entry.
_BY_MEASURE: dict[str, tuple[tuple[Indicator, ...], Any]] = {
    str(m): _one_scan(m) for m in dict.fromkeys(i.measure for i in INDICATORS)
}


def indicator_of(metric: str | None, measure: Measure | str) -> Indicator | None:
    """The indicator ``metric`` names with ``measure`` (see the module contract): the
    first of ``INDICATORS`` with that measure whose pattern ``search`` finds in it."""
    if not metric:
        return None
    entry = _BY_MEASURE.get(measure)
    if entry is None:
        return None  # (no indicator has that measure)
    held, scan = entry
    first = min((m.lastindex for m in scan.finditer(metric, overlapped=True)), default=0)
    return held[first - 1] if first else None


_BY_KEY = {(i.key, i.measure): i for i in INDICATORS}


def indicator_by_key(key: str, measure: Measure | str) -> Indicator | None:
    """The indicator kept under ``key`` with ``measure`` (unique: a test holds it)."""
    return _BY_KEY.get((key, Measure(measure)))
