"""Whether and how a report states a figure as one of its targets (``STATED_AS_TARGET``),
and the year it aims at: the report's, a later year its sentence names (到2030年), the
last year of the five-year plan to come its section speaks of, or, for a target its review
recalls, the year under review."""

from __future__ import annotations

from collections.abc import Sequence

from metrics import regex_cache
from metrics.context.period_kinds import YEARS_SPAN
from metrics.passages import ASSIGNED_LIST
from metrics.records import BOUNDS, Measure, Mention, SectionKind

LATER_YEAR = regex_cache.compile(r"(?:到|至)(20\d{2})年")
FIGURE = regex_cache.compile(r"[\d０-９]")
# A figure whose own clause names the year it aims at, before it (研发经费投入强度2026年达到
# 2.9%，2030年达到3.3%; 数字经济核心产业增加值占比2028年达到10%; 力争2028年突破1000亿元):
# a goal of the five years set beside a step of the way is of that year, not of the plan's
# last. A year that is a change's base (比2025年下降13.5%, 较2020年翻一番, 在2025年基础上) is
# none; 占比 before a year is a share's name, not a comparison.
CLAUSE_YEAR = regex_cache.compile(r"(?<!(?<!占)比)(?<![较与同])(20\d{2})年(?!的?基础)")
_CLAUSE_STOP = regex_cache.compile(r"[，,；;：:。]")
# A review's sentence that recalls a target beside what became of it: the result stated as
# the actual one, the target as set at the start of the year, its being missed, or the
# target in brackets after the result (增长6.1%（年度目标为增长7%左右）, 增长7.8%（预期目标
# 7.5%）, 增长4.2%(全年目标5%)), or the targets as the congress set them at the start of the
# year, who set them standing between (年初市十六届人大二次会议确定的主要预期目标是：…; 县十八
# 届人大三次会议确定的目标任务为：…; 年初政府工作报告提出的…): the review lists last year's
# targets before their results, and the plan then says 主要预期目标 of its own.
RECALLED = regex_cache.compile(
    r"实际(?:增长|下降|完成|实现|只?为|仅?为|增速)|(?:年初|原)(?:确定|提出|预期|设定|制定|定)"
    r"|年初[^，,。；;：:\d]{1,16}?(?:确定|提出|通过)的"
    r"|(?:人代会|人大[^，,。；;：:\d]{0,8}?次会议)上?(?:确定|审议通过|通过|提出|批准)的"
    r"|(?:未能|未|没有)(?:完成|实现|达到)|[（(](?:年度|全年|年初|预期|计划)*目标"
)
# A report may quote the targets a higher government set for the year beside its own (省政府
# 工作报告提出，今年全省地区生产总值增长6%左右；市里确定全市增长6.5%左右。…全县…增长7%左右;
# a district's 全市提出地区生产总值增长5.5%，一般公共预算收入增长5%): those figures are the
# province's or the city's, no row of this report's table, and must not hide its own target
# of the indicator. The sentence names whose they are by a scope (全省, 省里, 市政府) in the
# figure's clause, or in a clause before it that states figures too or opens a list with its
# colon: the figures after it are that government's, to the next scope. A scope of the
# report's own level or below (全县 in a county's report, 全区 in a city's) is its own; a
# scope that is a comparison's base or a whole's (高于全省平均水平, 占全市的) names no owner,
# nor does one in a clause of words before the figure's (力争进入全市第一方阵，…增长7%).
# (Counter: 完成市下达的任务 sets the report's own target, assigned to it: no scope.)
# 我县, 本市: the report's own scope, named as its own (综合考虑，我县主要预期目标为：…), ends
# a higher government's run as 全县 does.
SCOPE = regex_cache.compile(
    r"(?<![于比较与同占])(?:[全我本](?P<all>国|省|市|州|盟|县|旗|区|镇|乡)"
    r"|(?P<gov>国家|省|市|州|县)(?:里|委|政府|人民政府))"
)
# The rank of a government by the word of its level (lower is higher up).
SCOPE_RANK = {
    "国": 0, "国家": 0, "省": 1, "市": 2, "州": 2, "盟": 2,
    "县": 3, "旗": 3, "区": 3, "镇": 4, "乡": 4,
}  # fmt: skip
_CLAUSES = regex_cache.compile(r"(?<=[，,；;：:])")
_OPENS_LIST = ("：", ":")


def higher_government_s(m: Mention, level: str | None) -> bool:
    """Whether ``m``'s sentence names a government above the report's ``level`` as the one
    whose figure it is (see ``SCOPE``)."""
    own = SCOPE_RANK.get(level or "")
    if own is None or SCOPE.search(m.words_before) is None:
        return False
    owner: int | None = None
    clauses = _CLAUSES.split(m.words_before)
    for k, clause in enumerate(clauses):
        scopes = list(SCOPE.finditer(clause))
        last = k == len(clauses) - 1
        if scopes and (last or FIGURE.search(clause) or clause.endswith(_OPENS_LIST)):
            owner = SCOPE_RANK[scopes[-1].group("all") or scopes[-1].group("gov")]
    return owner is not None and owner < own


# …and only where the report names itself beside the quote (全县, 我县 in a sentence of the
# same section within ``QUOTE_REACH`` characters): a report that names no scope of its own
# there (a county's five-year goals written 全市常住人口城镇化率提高到65%, the level slipped)
# keeps its figures as its own.
QUOTE_REACH = 200


def own_scopes(mentions: Sequence[Mention], level: str | None) -> list[tuple[int, str]]:
    """(sentence start, section) of the sentences of ``mentions`` that name a scope of the
    report's own ``level`` (全县, 我县 in a county's report)."""
    own = SCOPE_RANK.get(level or "")
    if own is None:
        return []
    out: list[tuple[int, str]] = []
    for m in mentions:
        for scope in SCOPE.finditer(m.sentence):
            if SCOPE_RANK[scope.group("all") or scope.group("gov")] == own:
                out.append((m.sentence_start, m.section))
                break
    return out


# A plan may set a floor and a stretch goal of one indicator side by side (地区生产总值确保增长
# 6%、力争增长7%; 一般公共预算收入保底增长4%，力争达到5%; 力争增长7%、确保不低于6%): both are its
# targets, so the stretch goal is a row of its own and the floor does not hide it. The stretch
# goal is the figure whose clause opens with 力争/争取 in a sentence that also sets a floor
# (确保, 保底). (Counter: 力争增长7% in a sentence with no floor is the one target of its
# indicator, and a later sentence's 力争 still gives way to the list's figure; a floor alone
# is no stretch goal.)
STRETCH = regex_cache.compile(r"(?:力争|争取)[^，,；;。、]{0,12}$")
FLOOR = regex_cache.compile(r"确保|保底")


def stretch_goal(m: Mention) -> bool:
    """Whether ``m`` is a stretch goal set beside a floor of its indicator (see ``STRETCH``)."""
    before = m.words_before
    return STRETCH.search(before[-16:]) is not None and FLOOR.search(m.sentence) is not None


# A report may first give the targets a higher body assigned it, then its own (新区管委会下达
# 我区的主要目标是：地区生产总值增长7%…。据此，今年全区主要预期目标是：…增长7.5%左右; 市政府
# 下达我县的主要指标为：…; 市里给我区下达的目标任务是：…): the assigned figure is the floor
# set from above, and the report's own target of the indicator, stated after, is its row. An
# assigned figure gives way to the report's own of the same indicator and year; alone, it is
# the report's target (the one it has). (Counter: 完成市下达的任务 opens no list of figures;
# 超额完成市下达的6%的目标 recalls a target after the figure, not a list before it.)
ASSIGNED = regex_cache.compile(ASSIGNED_LIST)  # (the list's opener: passages ``assigned_goals``)


def assigned_from_above(m: Mention) -> bool:
    """Whether ``m`` is in a list of targets a higher body assigned (see ``ASSIGNED``)."""
    return "下达" in m.sentence and ASSIGNED.search(m.words_before) is not None


# A figure the nation set or spends, which a report quotes in its plan (这些目标与国家确定的
# 经济增长5%左右的预期目标相衔接; 抓住国家4万亿元投资计划的机遇; 对标国家提出的…): the nation's,
# never the report's own target, whatever scope the report names near it. Its own clause
# names the nation as who set it (国家确定的…) or the figure follows 国家 at once.
# (Counter: 新增国家级高新技术企业70家 counts the report's own, 国家级 being a grade; 完成国家
# 下达的任务 sets the report's own target, assigned to it.)
NATION_S = regex_cache.compile(r"国家(?:确定|提出|设定|制定)的[^，,；;：:。]*$|国家$")


def the_nation_s(m: Mention) -> bool:
    """Whether ``m`` is a figure the nation set or spends (see ``NATION_S``)."""
    return NATION_S.search(m.words_before[-40:]) is not None


def quoted_from_higher(m: Mention, level: str | None, own: list[tuple[int, str]]) -> bool:
    """Whether ``m`` is a higher government's figure the report quotes beside its own
    (``higher_government_s``, with the report's own scope named near it)."""
    near = any(
        section == m.section and abs(start - m.sentence_start) <= QUOTE_REACH
        for start, section in own
    )
    return near and higher_government_s(m, level)


# How a report states a figure as one of its targets (a mention of role target counts for
# the table when one of these holds; the name is for the reader and the tests):
STATED_AS_TARGET = {
    # 主要预期目标是：…, 力争…, a heading 主要预期目标 (metrics/passages.py)
    "target_passage": "the passage's wording states targets",
    # 指标 / 2025年完成 / 2025年目标: the figures of the target column, never the result's
    "target_column": "a table of indicators puts it in the column its head names the target",
    # 二、今后五年奋斗目标 or 二、“十五五”时期主要目标 over 年均增长7%以上, 城镇化率62%:
    # the section's own goals for the five years ahead, though no sentence says 目标
    "five_year_goal": "it stands in a plan section of a five-year plan still to come",
    # 三、2025年重点工作 over 全年实施重点项目120个, 新开工保障性住房500套: the guide makes
    # every figure of a plan section a target (role rule plan_section), goal word or not
    "plan_section": "it stands in the report's plan for its year, where every figure is aimed at",
}
# A plan counts its own parts (6个维度设置了29项主要指标, 着力抓好六个方面工作, 13项任务举措)
# and the items it then lists (办好十件民生实事, 继续办好12件民生实事：): such a count is its
# outline, however it is stated, never a target. (Counter: 新建公厕30座, 办结信访事项120件
# count work, not the plan's items.)
PLAN_PART_UNITS = frozenset({"个", "项", "条", "类", "件"})
PLAN_PARTS = regex_cache.compile(r"方面|维度|指标|举措|任务|实事")
# A section of the five years ahead also speaks in figures of speech (做好三篇文章, 一张蓝图
# 绘到底, 心往一处想): a count written in Chinese numerals there is no goal.
_WORD_COUNT = regex_cache.compile(r"[一二三四五六七八九十两]")
# So does the plan for the year, outside its target passages: a count of one numeral word
# there names a list or speaks figuratively (出台支持民营经济发展十条措施, 东港、西岭、南湖四个
# 片区联动, 做好三篇文章, 一张蓝图绘到底, 县委十五届六次全会). (Counter: 新建中小学校十二所,
# 打造村寨二十个, 新建刺梨基地五万亩 — a report that writes its figures in words — and any
# count in digits stay rows; so does 两所 in a target passage.)
_ONE_WORD_COUNT = regex_cache.compile(
    r"[一二三四五六七八九十两](?![一二三四五六七八九十两百千万亿点])"
)
COUNT_FAMILY = "count"


# A bound before 的 and the things it picks out, which a figure after it then counts (村级集体
# 经济收入10万元以上的村达到100个; 年营业收入2000万元以上的工业企业新增15家; 培育产值超10亿元的
# 龙头企业5家): the bound says which things are counted, a threshold, not an amount aimed at.
# (Counter: 控制在5.5%以内的目标, 稳定在60万吨以上的水平 name the target itself; 日处理能力3万吨
# 的污水处理厂1座 is an exact size, no bound; 新增10亿元以上项目 alone counts nothing after; a
# share of the things, 推动80%以上的村卫生室达到二级标准, is the target: a percentage is no
# threshold of one thing.)
SHARE_UNITS = frozenset({"%", "‰", "个百分点"})
PICKS_OUT = regex_cache.compile(
    r"的(?!目标|任务|要求|水平|预期|调控|控制|下限|上限|基础|幅度)\p{Han}[^，,；;。：:]*?"
    r"[\d０-９一二三四五六七八九十两百千]"
)


# A bound in a measure of the things (money, mass, power), not a count of them, picks them out
# even when no figure counts them after (年吞吐量100万吨以上的港口作业区接入铁路; 淘汰单机5万千瓦
# 及以下小火电机组; 支持年产值5亿元以上的企业技术改造). (Counter: 新增50家以上的规上企业 counts
# the firms: a count's bound before 的 is the count aimed at.)
NOT_MEASURES = frozenset({"count", "person"})
MEASURE_PICKS_OUT = regex_cache.compile(
    r"(?:及以[上下])?的(?!目标|任务|要求|水平|预期|调控|控制|下限|上限|基础|幅度)\p{Han}"
    r"|及以[上下]\p{Han}"
)


def threshold_of_counted(m: Mention) -> bool:
    """Whether ``m`` is a bound that picks out the things a later figure counts: measured
    as a threshold by the figure's meaning (``Measure.THRESHOLD``, which every derived table
    leaves out), or read so here (``PICKS_OUT``), or a bound in a measure of the things it
    picks out (``MEASURE_PICKS_OUT``)."""
    if m.measure == Measure.THRESHOLD:
        return True
    if m.unit in SHARE_UNITS:
        return False
    after = m.at_in_sentence + len(m.text)
    if m.unit_family not in NOT_MEASURES and MEASURE_PICKS_OUT.match(m.sentence, after):
        return m.qualifier in BOUNDS or m.sentence.startswith("及以", after)
    return m.qualifier in BOUNDS and PICKS_OUT.match(m.sentence, after) is not None


# A target of a quarter or a half of the year (一季度力争增长6.5%, 上半年新开工项目30个,
# 1-6月固定资产投资增长7%, 前三季度增长6%): a step of the way, no target of the year; as a row
# of the year it would hide the year's own target of its indicator (全年增长8.5%左右). Its
# period is read from the words before it (``mentions.period``; a clause that opens with
# 全年 ends it). Counter: a deadline inside the year (6月底前建成, 到年底) is a date the year's
# target is due by, not a part of the year; 今年以来 and 截至10月底 are no part of a plan.
PART_OF_YEAR = regex_cache.compile(
    r"[一二三四]季度|[上下]半年|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|前[一二三四五六七八九十\d]{1,2}个?月"
)


def stated_as(m: Mention, year: int | None) -> str | None:
    """Which way of ``STATED_AS_TARGET`` states ``m`` as a target, or None."""
    if _outline_count(m) or threshold_of_counted(m):
        return None
    if m.period and PART_OF_YEAR.search(m.period):
        return None  # a step of the way (``PART_OF_YEAR``)
    if m.target_passage:
        return "target_passage"
    if m.role_rule == "table_column":
        return "target_column"
    if period_ahead(m, year):
        return "five_year_goal" if _WORD_COUNT.match(m.text) is None else None
    if m.section == SectionKind.PLAN:
        one_word = m.unit_family == COUNT_FAMILY and _ONE_WORD_COUNT.match(m.text)
        return None if one_word else "plan_section"
    return None


def _outline_count(m: Mention) -> bool:
    """A count of the plan's own parts (see ``PLAN_PARTS``)."""
    return m.unit in PLAN_PART_UNITS and PLAN_PARTS.search(m.metric or "") is not None


def period_ahead(m: Mention, year: int | None) -> tuple[int, int] | None:
    """The five-year plan to come (from the report's year on) that ``m``'s section speaks
    of, if any (its ``period``, 2026-2030, set from a heading such as “十五五”时期主要目标)."""
    if year is None or not m.period or not YEARS_SPAN.fullmatch(m.period):
        return None
    first, last = (int(y) for y in m.period.split("-"))
    return (first, last) if first >= year and last > first else None


def target_year(
    m: Mention,
    year: int | None,
    ahead: tuple[int, int] | None,
    carried: int | None,
    result_after: bool = False,
) -> int | None:
    """The year ``m`` aims at: the year its own clause names before it (``CLAUSE_YEAR``:
    2026年达到2.9%), else a later year its sentence names before it (到2030年), else
    the last year of ``ahead``, the five-year plan to come its section speaks of
    (``period_ahead``), else the year under review for a target the review recalls
    (``reviewed_year``), else the year carried from the sentence before, else the
    report's year."""
    before = m.words_before
    own = [int(y) for y in CLAUSE_YEAR.findall(_CLAUSE_STOP.split(before)[-1])]
    if own and year and own[-1] >= year:
        return own[-1]
    later = [int(y) for y in LATER_YEAR.findall(before)]
    if later and year and later[-1] > year:
        return later[-1]
    if ahead:
        return ahead[1]
    reviewed = reviewed_year(m, year, result_after)
    return carried if reviewed is None else reviewed


def reviewed_year(m: Mention, year: int | None, result_after: bool = False) -> int | None:
    """The year under review, for a target the review recalls beside what became of it;
    None for any other target. ``result_after``: a result of the same table row follows
    the target's cell.

    A review sets its results against the targets of the year it looks back on
    (地区生产总值预期增长6%左右，实际增长3.2%; 年初确定的增长7.5%左右的预期目标未能完成;
    原定增长7%的目标未能实现): such a target is of the year under review (the year its
    section names), never of the year the report plans, whose own target of the indicator
    it would hide. Its sentence says so (``RECALLED``: 实际, 年初确定, 原定, 未能完成), or
    a table of the review does, whose target column comes before the results of the
    same rows (指标 / 年度目标 / 完成情况; a plan's table sets last year's results
    before the year's targets: 指标 / 2025年完成 / 2026年目标). A target in a section read
    as a review without such words (goals under a heading the sections do not know, or
    under no heading at all) stays the report's."""
    if year is None or m.year is None or m.section != SectionKind.SUMMARY or m.year >= year:
        return None
    table = m.role_rule == "table_column" and result_after
    return m.year if table or RECALLED.search(m.sentence) else None


def runs_on(prev: Mention | None, m: Mention) -> bool:
    """Whether ``m`` is in ``prev``'s sentence or in a clause run on after its ``；``
    (到2030年，…达到3.5%以上；…城镇化率达到78%左右: one year for both)."""
    if prev is None:
        return False
    if prev.sentence_start == m.sentence_start:
        return True
    end = prev.sentence_start + len(prev.sentence)
    return prev.sentence.rstrip().endswith(("；", ";")) and 0 <= m.sentence_start - end <= 1
