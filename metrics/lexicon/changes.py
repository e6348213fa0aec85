"""Words of change, as data: the words that make a figure a change rather than a level, and
which way it goes (``UP``: +1, ``DOWN``: −1), each with a name of a metric of our own
writing that it closes.

One list read by every stage that asks: a table row named by a change
(``context.cells``), a figure's measure and the direction of a growth target in a sentence
(``passages``), the word of change that closes a plan's metric key (``pairs.plans``) and
the change to a level after the one a figure starts from (``rules.role_cues.TO_AFTER``).
A word missing from one of them made a row of 降幅 a level in a table and a direction
unknown in a sentence.
"""

from __future__ import annotations

from metrics import regex_cache

# word → a metric name it closes (tests/test_govreport_round6.py reads each in a table)
UP = {
    "增长": "地区生产总值增长",
    "增速": "规模以上工业增加值增速",
    "增幅": "城乡居民人均可支配收入增幅",
    "涨幅": "居民消费价格涨幅",
    "上涨": "居民消费价格上涨",
    "提高": "森林覆盖率提高",
    "提升": "常住人口城镇化率提升",
    "上升": "空气质量优良天数比例上升",
    "增加": "城乡居民储蓄存款余额增加",
    "扩大": "有效灌溉面积扩大",
    "递增": "地方财政收入年均递增",  # a steady rise each year (older reports: 年均递增14.8%)
}
DOWN = {
    "下降": "单位地区生产总值能耗下降",
    "降幅": "单位GDP能耗降幅",
    "降低": "单位地区生产总值二氧化碳排放降低",
    "减少": "化学需氧量排放总量减少",
    "回落": "工业生产者出厂价格回落",
    "缩小": "城乡居民收入比缩小",
    "缩短": "企业开办时间缩短",
    "压缩": "一般性支出压缩",
    "精简": "涉企检查事项精简",  # a count of items, meetings or papers cut (会议文件精简30%)
    "递减": "农药使用量逐年递减",
}
# The words that name the size of a change (增速5%, 降幅3%), not a change done: never the
# verb of 分别增长5%和3% (``passages``' respective change).
SIZES = frozenset({"增速", "增幅", "涨幅", "降幅"})
CHANGE_WORD = "(?:" + "|".join(UP | DOWN) + ")"
CHANGE_VERB = "(?:" + "|".join(w for w in UP | DOWN if w not in SIZES) + ")"
DOWN_WORD = regex_cache.compile("|".join(DOWN))

# A year's addition, as against the total it adds to (新增规模以上工业企业118家, 总数达到1372家;
# 跨省联网定点医疗机构新增58家, 总数达到273家): the phrase a metric is taken from keeps it
# (``context.metric_span.phrase_span``), and ``pairs.plans`` keys an addition apart. 新增
# only: a plan's 新建 is often a review's 建成 of one figure, and 净增 is a change.
ADDITION = "新增"
