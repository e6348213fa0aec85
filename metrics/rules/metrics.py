"""Metric naming as named rules: which words name what a figure counts.

Contract: ``MetricRuleName`` names every way the context stage finds a figure's metric;
``METRIC_RULES`` lists them in the order they are tried, each with examples (a passage,
its figure as written, the metric expected) and why. The name of the rule that named a
row's metric is written to the ``metric_rule`` column; ``tests/test_metric_rules.py`` runs
every example through the whole pipeline and checks both the metric and the rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class MetricRuleName(StrEnum):
    TABLE_ROW = "table_row"
    RESPECTIVE = "respective"
    COUNTED_NOUN_AFTER = "counted_noun_after"
    RESULT_OF_PEOPLE = "result_of_people"
    NOUN_UNIT = "noun_unit"
    MADE_AFTER_CAPACITY = "made_after_capacity"
    FUND_AFTER_VERB = "fund_after_verb"
    WORTH_OF = "worth_of"
    COMPLETED_OBJECT = "completed_object"
    WORDS_BEFORE = "words_before"
    LIST_OF_NOUNS = "list_of_nouns"
    ENUMERATED_NOUN_AFTER = "enumerated_noun_after"
    BEFORE_BRACKETS = "before_brackets"
    REFERS_BACK = "refers_back"
    TOTAL_OF_PARTS = "total_of_parts"
    ADDS_NOTHING = "adds_nothing"
    SAME_UNIT_BEFORE = "same_unit_before"
    MEASURE_OF_COUNTED = "measure_of_counted"
    CARRIED_IN_CLAUSE = "carried_in_clause"
    SUBJECT_ELSEWHERE = "subject_elsewhere"
    LABEL_BEFORE_COLON = "label_before_colon"
    VERB_BEFORE = "verb_before"
    PHRASE_AFTER = "phrase_after"
    PREVIOUS_SENTENCE = "previous_sentence"
    RUN_IN_HEADING = "run_in_heading"
    FRAME_OF_ACTUAL = "frame_of_actual"
    DEED_OF_TARGET = "deed_of_target"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class MetricExample:
    text: str  # a short passage in the corpus's style
    figure: str  # the figure as written (its first occurrence in ``text``)
    metric: str  # the metric the rule names for it


@dataclass(frozen=True, slots=True)
class MetricRule:
    name: MetricRuleName
    examples: tuple[MetricExample, ...]
    why: str


E: Final = MetricExample
N: Final = MetricRuleName
METRIC_RULES: Final[tuple[MetricRule, ...]] = (
    MetricRule(
        N.TABLE_ROW,
        (
            E("指标\t目标\t完成\n粮食播种面积（万亩）\t45\t45.6\n", "45.6", "粮食播种面积"),
            E("项目\t计划\t实际\n城镇新增就业（人）\t3000\t3260\n", "3260", "城镇新增就业"),
        ),
        "in a table of indicators the row's first cell names what its figures count",
    ),
    MetricRule(
        N.RESPECTIVE,
        (
            E("事故起数、死亡人数分别下降18%和22%。", "22%", "死亡人数"),
            E("城镇和农村居民人均可支配收入分别增长4.6%和6.8%。", "4.6%", "城镇居民人均可支配收入"),
        ),
        "subjects listed before 分别 are dealt to the figures joined after it, one each",
    ),
    MetricRule(
        N.RESULT_OF_PEOPLE,
        (
            E("举办技能培训班36期，帮助1020人实现就业。", "1020人", "就业"),
            E("通过就业援助帮扶126名残疾人实现稳定就业。", "126名", "稳定就业"),
            E("全年引导860名返乡人员实现创业。", "860名", "创业"),
        ),
        "a count of people helped, then what they reached (实现就业, 实现创业, 实现脱贫): the "
        "result is what is counted, the people only who reached it",
    ),
    MetricRule(
        N.COUNTED_NOUN_AFTER,
        (
            E("全年新建5个乡镇卫生院。", "5个", "乡镇卫生院"),
            E("共吸纳36名高校毕业生。", "36名", "高校毕业生"),
        ),
        "a classifier after a count is followed by the noun it counts",
    ),
    MetricRule(
        N.NOUN_UNIT,
        (
            E("社区工作人员为*多住户上门登记信息。", "*多住户", "住户"),
            E("全镇带动1200多农户增收。", "1200多农户", "农户"),
        ),
        "a counter that is itself a noun (住户, 农户) names what the count counts, not the "
        "words after it",
    ),
    MetricRule(
        N.MADE_AFTER_CAPACITY,
        (
            E("新建年产8万吨有机肥生产线。", "8万吨", "有机肥生产线"),
            E("建成年产12万吨饲料加工厂。", "12万吨", "饲料加工厂"),
        ),
        "a size after a capacity or a verb of building measures the thing named after it",
    ),
    MetricRule(
        N.FUND_AFTER_VERB,
        (
            E("统筹安排650万元专项资金。", "650万元", "专项资金"),
            E("镇政府筹集85万元帮扶资金。", "85万元", "帮扶资金"),
        ),
        "a sum after a verb of spending is the fund named right after it",
    ),
    MetricRule(
        N.WORTH_OF,
        (
            E("为困难家庭购置价值2.6万元的过冬物资。", "2.6万元", "过冬物资"),
            E("捐赠价值80万元的医疗设备。", "80万元", "医疗设备"),
            E("发起设立总规模30亿元的新兴产业母基金。", "30亿元", "新兴产业母基金"),
            E("组建首期规模5亿元的科技创新基金。", "5亿元", "科技创新基金"),
            E("首期规模50亿元的省级科创母基金签约落地。", "50亿元", "省级科创母基金"),
        ),
        "价值 or 规模 before a sum and 的 after it: the sum is what the thing named after 的 "
        "is worth, or the size of the fund named there",
    ),
    MetricRule(
        N.COMPLETED_OBJECT,
        (
            E("全年完成招商引资目标任务的九成。", "九成", "招商引资"),
            E("镇农技站完成秋粮收购计划的86%。", "86%", "秋粮收购"),
        ),
        "a completion after 完成…任务的 or 完成…计划的 is of what stands between 完成 and the "
        "target word",
    ),
    MetricRule(
        N.WORDS_BEFORE,
        (
            E("全年粮食总产量达到45万吨。", "45万吨", "粮食总产量"),
            E("一般公共预算收入完成8.6亿元。", "8.6亿元", "一般公共预算收入"),
            # the base or span of a change is the cue's, not the name's
            E("全区市场主体与上年相比净增1200户。", "1200户", "市场主体"),
            E("地区生产总值年均增长6.1%。", "6.1%", "地区生产总值"),
            E("规上企业数量同上年相比多出5家。", "5家", "规上企业数量"),
            # a verb that governs what is counted ends the subject before it
            E("专项整治行动涉及企业85家。", "85家", "企业"),
            E("特色产业项目带动就业3000人。", "3000人", "就业"),
            # a span of time that sorts what is counted is no part of its name
            E("清理拖欠超过6个月的欠款12笔。", "12笔", "欠款"),
            E("安置服役满12年的转业士官46人。", "46人", "转业士官"),
            # the office that did the work is no part of what it counted
            E("县信访局受理群众来信来访620件。", "620件", "群众来信来访"),
            E("镇财政所一般公共预算收入完成8600万元。", "8600万元", "一般公共预算收入"),
            E("省属公办普通高校生均经费1.2万元。", "1.2万元", "省属公办普通高校生均经费"),
            # verbs of work done (招引, 收购, 调处) name no thing
            E("全年招引亿元以上项目23个。", "23个", "亿元以上项目"),
            E("县市场监管局抽检食品1850批次。", "1850批次", "食品"),
        ),
        "the words before a figure in its sub-clause, verbs and fillers trimmed, name it",
    ),
    MetricRule(
        N.LIST_OF_NOUNS,
        (
            E("新建中小学、幼儿园12所。", "12所", "中小学、幼儿园"),
            E("改造供水、排水管网36公里。", "36公里", "供水、排水管网"),
        ),
        "nouns joined by 、 before one figure are all counted by it",
    ),
    MetricRule(
        N.ENUMERATED_NOUN_AFTER,
        (
            E("发放棉被500床、1.2万元慰问金。", "1.2万元", "慰问金"),
            E("送去大米200袋、3000元慰问金。", "3000元", "慰问金"),
        ),
        "a figure (not a count or a size) that opens an item after 、 is of the noun after it",
    ),
    MetricRule(
        N.BEFORE_BRACKETS,
        (
            E("高考本科上线率（68.5%）创历史新高。", "68.5%", "高考本科上线率"),
            E("全县森林覆盖率（42%）位居全市前列。", "42%", "森林覆盖率"),
        ),
        "a figure that opens brackets is the figure of the words before them",
    ),
    MetricRule(
        N.REFERS_BACK,
        (
            E("新建5G基站320个，总数达到1460个。", "1460个", "5G基站"),
            E("公办学位数比上年增加2400个，总数为3.1万个。", "3.1万个", "公办学位数"),
        ),
        "a clause naming only a total or a base year speaks of the figure before it",
    ),
    MetricRule(
        N.TOTAL_OF_PARTS,
        (
            E("新建城市道路18公里、农村道路46公里，两项合计64公里。", "64公里", "道路"),
            E(
                "实现一般贸易出口额3.2亿元、加工贸易出口额1.1亿元，以上两项共计4.3亿元。",
                "4.3亿元",
                "贸易出口额",
            ),
            # (a bare total after parts listed with 、, and parts that share no name)
            E("发放种粮补贴1.2亿元、农机购置补贴3600万元，合计1.56亿元。", "1.56亿元", "补贴"),
            E(
                "征收契税5.1亿元、耕地占用税3.4亿元，两税合计8.5亿元。",
                "8.5亿元",
                "契税、耕地占用税",
            ),
            E("新建小学3所、幼儿园5所，共计8所。", "8所", "小学、幼儿园"),
        ),
        "a clause that says how many figures just given make the total after it (两项合计, "
        "两税合计), or a bare total right after figures listed with 、 (…、…，合计), names the "
        "total by what those parts' names share (城市道路, 农村道路 → 道路), else by the parts' "
        "names listed (契税、耕地占用税)",
    ),
    MetricRule(
        N.ADDS_NOTHING,
        (
            E("下达技能培训任务6000人次，已完成5800人次。", "5800人次", "技能培训任务"),
            E("全年培训任务5000人次，已完成4860人次。", "4860人次", "培训任务"),
        ),
        "a sub-clause of only result words or of the verb before names nothing new",
    ),
    MetricRule(
        N.SAME_UNIT_BEFORE,
        (
            E("受理消费投诉1260件，挽回经济损失86万元，比上年增加210件。", "210件", "消费投诉"),
            E("新建幼儿园4所，新增学位1800个，较上年多2所。", "2所", "幼儿园"),
        ),
        "a change that names nothing, counted in another unit than the figure just before, "
        "changes the last figure of the sentence counted in its unit (not a percentage: 增长8% "
        "after 1200人 and 3亿元 is a rate of the figure just before)",
    ),
    MetricRule(
        N.MEASURE_OF_COUNTED,
        (
            E("全市12个国省控断面水质优良比例达到91.7%。", "91.7%", "国省控断面水质优良比例"),
            E("全县15个重点镇财政收入完成12.6亿元。", "12.6亿元", "重点镇财政收入"),
        ),
        "the noun after a count that ends in a measure (比例, 收入, 人次) names what the next "
        "figure measures of the things counted: it is read again for that figure",
    ),
    MetricRule(
        N.CARRIED_IN_CLAUSE,
        (
            E("组织专场招聘会12场3600人次。", "3600人次", "专场招聘会"),
            E("开展义诊活动8次1200余人。", "1200余人", "义诊活动"),
        ),
        "a figure run on from the one before in the same sub-clause counts the same thing",
    ),
    MetricRule(
        N.SUBJECT_ELSEWHERE,
        (
            E("完成3000万元招商额度。", "3000万元", "招商额度"),
            E("茶园种植面积稳步扩大，达到8000亩。", "8000亩", "茶园种植面积"),
        ),
        "when only result words stand before a figure, the noun after it or the thing named "
        "in the clause before",
    ),
    MetricRule(
        N.LABEL_BEFORE_COLON,
        (
            E("城镇新增就业：全年目标3200人。", "3200人", "城镇新增就业"),
            E("粮食播种面积：稳定在52万亩。", "52万亩", "粮食播种面积"),
        ),
        "a short label before a colon names the figures after it when their words do not",
    ),
    MetricRule(
        N.VERB_BEFORE,
        (
            E("走访困难群众120户，慰问85户。", "85户", "慰问"),
            E("排查隐患点40处，整改38处。", "38处", "整改"),
        ),
        "a verb of its own before a figure is what it counts when nothing else is named",
    ),
    MetricRule(
        N.PHRASE_AFTER,
        (
            E("全年26人受到表彰。", "26人", "受到表彰"),
            E("全镇3人荣获省级劳动模范称号。", "3人", "省级劳动模范称号"),
        ),
        "a figure that opens its clause is named by what is said after it",
    ),
    MetricRule(
        N.PREVIOUS_SENTENCE,
        (
            E("下达招商引资目标任务3000万元。已完成2800万元。", "2800万元", "招商引资"),
            E("全年培训任务5000人次。截至目前已完成4800人次。", "4800人次", "培训任务"),
        ),
        "a sentence that names nothing before its first figure speaks of the last metric "
        "of the sentence before, in the same paragraph and unit",
    ),
    MetricRule(
        N.RUN_IN_HEADING,
        (
            E("农村危房改造。全年完成120户。", "120户", "农村危房改造"),
            E("高标准农田建设。今年以来已完成3.2万亩。", "3.2万亩", "高标准农田建设"),
        ),
        "a paragraph's short first sentence names its figures when their words do not",
    ),
    MetricRule(
        N.FRAME_OF_ACTUAL,
        (
            E("全年完成外贸进出口5.2亿元，占年度目标5亿元的104%。", "5亿元", "外贸进出口"),
            E("新建高标准农田420万亩，完成国家下达任务400万亩的105%。", "400万亩", "高标准农田"),
        ),
        "a target a review names by its frame alone (年度目标, 国家下达任务, 省下达任务) is "
        "of what the actual it is paired with counts (pairs.within.frame_named)",
    ),
    MetricRule(
        N.DEED_OF_TARGET,
        (
            E("新开工重点项目年度目标120个，实际开工131个。", "131个", "新开工重点项目年度"),
            E("保障性租赁住房年度任务800套，已建成824套。", "824套", "保障性租赁住房年度任务"),
        ),
        "an actual a review names by its deed alone after 实际 or 已 (实际开工, 已建成) is of "
        "what the target it is paired with counts (pairs.within.frame_named)",
    ),
    MetricRule(N.NONE, (), "no words name what the figure counts"),
)


# The ablation switch: the rules switched off here are skipped wherever the context stage
# would apply them, as if their condition failed (tests/test_metric_rules.py switches each
# off in turn and checks that one of its own examples then loses its metric).
_DISABLED: Final[ContextVar[frozenset[MetricRuleName]]] = ContextVar(
    "disabled_metric_rules", default=frozenset()
)


def enabled(name: MetricRuleName) -> bool:
    """Whether the rule ``name`` may name a metric (it is not switched off)."""
    return name not in _DISABLED.get()


@contextmanager
def disabled(*names: MetricRuleName) -> Iterator[None]:
    """Switch the rules ``names`` off while the block runs (for ablation tests)."""
    token = _DISABLED.set(frozenset(names))
    try:
        yield
    finally:
        _DISABLED.reset(token)
