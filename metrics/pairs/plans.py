"""Plans against outcomes across reports.

Contract: ``plan_vs_outcome(mentions, documents)`` links a plan's target for year Y (a plan
section; not one for a later year its clause or a deadline before it names,
``mentions.aim_year``) to the same government unit's actual for year Y in another report, by
``government_identity`` (level, place and canonical department), normalised metric key
(``plan_metric``, a closing classifier or a share's whole left off: ``counted_metric``),
year, base unit (家 as 户; 亩 apart from 公顷: ``key_unit``), measure (a percentage named
as a rate a rate: ``key_measure``), kind of period (``mentions.period_kind``: a 年均
target over a plan's years is never set against one year's growth), the months of a
figure of part of a year (``part_of_year``: 上半年 is no outcome of the year's target),
base of a change (``mentions.change_base``: 增长8% never against 环比增长2%) and
whether it is a year's addition (``ADDITION``: 新增…118家 never against 总数达到1372家); a figure
whose own clause names another place than its report's (``mentions.figure_place``:
东湖县地区生产总值增长7.2% in a city's review, ``foreign_figure``) is no side of any link;
a target no outcome of its key meets may then take one that names its metric short after the clause
naming its subject (``short_named``: 高校毕业生就业率 ≈ 全市高校毕业生2.84万人，就业率92.3%),
and a target level no stated actual meets a completion rate of it (完成…目标的90%), its
actual derived (``implied_pair``, ``actual_source`` derived). A target its plan states again
(``restated``) is one target, linked once. No value is ever invented: a masked
figure leaves its value and the status unknown; an implied actual comes only from a known
target and a known rate.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntFlag
from typing import Final, TypeVar

from metrics import regex_cache
from metrics.context.change_bases import mention_change_base
from metrics.context.keys import METRIC_KEY_TAIL
from metrics.context.period_kinds import mention_period_kind
from metrics.implied import can_imply, implied_actual, implies, strip_completion_frame
from metrics.lexicon.changes import ADDITION, CHANGE_WORD
from metrics.lexicon.departments import canonical_department, department_in
from metrics.lexicon.units import MULTIPLIER_BY_SURFACE, UNIT_BY_SURFACE
from metrics.pairs.figure_places import foreign_place
from metrics.pairs.within import build_pair
from metrics.records import (
    ActualSource,
    Document,
    Measure,
    Mention,
    Pair,
    PairStatus,
    PlanMatch,
    Qualifier,
    Role,
)
from metrics.resolve import unit_factor
from metrics.segment.places import is_masked_place
from metrics.status import status as interval_status

K = TypeVar("K")
T = TypeVar("T")
D = TypeVar("D")


Identity = tuple[str | None, str | None, str]
PlanKey = tuple[
    str, Identity, str, int, str | None, str | None, str | None, str | None, bool, str | None
]
ImpliedKey = tuple[str, Identity, str, int, str | None, str | None, bool, str | None]
# (role, section) of the two sides of a plan link: a plan's target, a summary's actual,
# stated growth, share or rate (a growth target is set against a stated growth, a share
# against a share: the measure is in the key). A share is stated with its own cue (税收占比
# 75.6%, 民生支出占一般公共预算支出的79.5%, 研发经费投入占GDP比重2.6%), which gives it the
# role share, not actual: the outcome of 税收占比保持在75%以上 all the same.
PLAN_TARGET: Final = (Role.TARGET, "plan")
OUTCOME = ((Role.ACTUAL, Role.GROWTH, Role.SHARE, Role.RATE), "summary")
# Units whose name is their place: an unnamed 街道 or government may be any of them.
PLACE_UNITS: Final = frozenset({"街道", "镇", "乡", "政府"})
# Words that name no part of a metric, only its scope or the grammar around it:
# 全年新增城镇就业 ≈ 新增城镇就业, 全区的规上工业增加值 ≈ 规上工业增加值, 全社会研发经费投入强度
# ≈ 研发经费投入强度, 全社会用电量 ≈ 用电量 (the whole of society is every place's own scope),
# 全体居民人均可支配收入 ≈ 居民人均可支配收入, 全体党员 ≈ 党员 (all of them: the name alone
# says as much). 新增 too: ``metric_key`` already drops it as the verb opening a phrase
# (新增城镇就业 → 城镇就业), so it must go inside one as well (城镇新增就业). Not 累计: a
# cumulative count is another figure than a year's.
PLAN_STOP: Final = regex_cache.compile(
    r"的|全年|年度|全社会|全体|全[省市县区旗镇乡]|本[省市县区镇乡]|今年|当年|新增"
)
# A year's addition and the total it adds to are two series: ``lexicon.changes.ADDITION``
# (the phrase a metric was taken from keeps it: ``metric_phrase``).
# A word of change that closes a metric's name (居民消费价格涨幅3%左右, 居民消费价格上涨0.8%;
# 农村居民收入增幅, 农村居民收入增长): it names the measure, which the key holds apart
# (a growth never meets a level), not the thing measured. Only at the end: 增长极 or
# 提升工程 name things.
CHANGE_TAIL = regex_cache.compile(rf"{CHANGE_WORD}$")  # the words of ``lexicon.changes``
# The name a closing word of change leaves is keyed as ``context.metric_key`` keys a name: a
# closing 总额, 总量 or 数 left off (METRIC_KEY_TAIL). A review's table row or clause names
# the growth after the whole name (社会消费品零售总额增速｜6%｜5.6%, 能源消费总量增幅1.2%,
# 城镇新增就业人数增长5%) where its plan names the thing and then the change (社会消费品零售
# 总额增长6%, whose key is already 社会消费品零售): without it, the one key keeps 总额 and the
# other does not. Only after a word of change was dropped: the key of every other name is
# the meaning layer's as it stands (产量, 质量, 指数 are no tails: ``METRIC_KEY_TAIL``).
# A target set by a higher level, named with its frame: what it is of, handed down as a task
# (国家下达的粮食播种面积任务 ≈ 粮食播种面积; 粮食播种面积稳定在国家下达任务62.5万亩以上, the
# copula left before the frame; 完成省下达高标准农田建设任务8万亩 ≈ 高标准农田; 下达技能培训任务
# 6000人次 ≈ 技能培训). Who set it and the word task name no part of what is counted: the
# outcome is stated without them (粮食播种面积63.1万亩). Only a name that ends in 任务 is
# read so (上级下达资金 names funds of their own); a frame with nothing else (国家下达任务,
# 占省下达任务) keeps its name, it says nothing of what it is of.
TASK_FRAME = regex_cache.compile(r"(?:建设|目标)?任务$")
TASK_SETTER: Final = regex_cache.compile(r"^(?:完成|占)|(?:国家|中央|[省市县区]|上级)下达的?")
TASK_COPULA: Final = regex_cache.compile(r"(?:稳定在|保持在|控制在|达到|完成)$")
# A verb of aim that opens a target's name, kept by the meaning layer: 稳定粮食播种面积52万亩以上
# ≈ 粮食播种面积52.6万亩, 保持生猪存栏30万头 ≈ 生猪存栏31.2万头. It says the level is to hold,
# not what is counted. Only before a name of two characters or more (稳定 alone stays).
AIM_VERB = regex_cache.compile(r"^(?:稳定|保持)(?=\p{Han}{2})")
# A verb of budgeting closing a target's name: 一般公共预算支出安排32.5亿元 ≈ 一般公共预算支出
# 32.2亿元, 衔接推进乡村振兴补助资金安排1.2亿元 ≈ 衔接推进乡村振兴补助资金1.26亿元. A budget's
# target says how much is arranged for a head of spending; the review states what was spent
# under that head's name. (安排 opening a name, 安排民生支出25亿元, the meaning layer drops
# itself.) Only after a name of two characters or more: 安排 alone stays.
BUDGET_VERB = regex_cache.compile(r"(?<=\p{Han}{2})安排$")
# The word plan closing a target's name: 普通高中招生计划3000人 ≈ 普通高中招生3120人, 补贴性
# 职业技能培训计划3000人次 ≈ 补贴性职业技能培训3315人次, 年度投资计划50亿元 ≈ 投资52亿元. A
# plan states what is planned by naming it with 计划; its review states the deed without
# the word (the meaning layer drops 目标 there already: 城镇新增就业目标5000人 ≈ 城镇新增
# 就业). Only at the end, after a name of two characters or more: 计划生育 and 计划 alone
# stay. Not a programme's name, where 计划 is the thing joined (入选省级人才计划12人 is no
# plan of 引进省级人才15人; 科技计划, 研发计划, 行动计划, 专项计划 likewise).
PLAN_WORD: Final = regex_cache.compile(r"(?<=\p{Han}{2})(?<!人才|科技|研发|行动|专项)计划$")
# The word budget closing the name of a revenue or a spending in a plan (税收收入预算2390亿元
# ≈ 税收收入2371亿元, 一般公共预算支出预算6950亿元 ≈ 一般公共预算支出7015亿元, 一般公共预算收入
# 预算安排3260亿元, 安排 dropped first by ``BUDGET_VERB``): the budget of a sum is what its
# review states as done, as 计划 is (``PLAN_WORD``). Only after 收入, 支出, 资金 or 经费;
# not the budget itself (一般公共预算, 部门预算: no sum named before it).
BUDGET_WORD: Final = regex_cache.compile(r"(?<=收入|支出|资金|经费)预算$")
# A verb of making closing a name, written after what it makes (the object first, then the
# deed): 粮食产后服务中心新建12个 ≈ 新建粮食产后服务中心14个, 城乡公交线路新开通6条 ≈ 新开通城乡
# 公交线路7条, 5G基站建成1500个 ≈ 建成5G基站1620个, 村级综合服务站新改建30个 ≈ 新改建村级综合
# 服务站32个. What is counted is the thing made, as when the verb opens the phrase, which
# the meaning layer drops there (``lexicon.verbs``: 新建粮食产后服务中心 → 粮食产后服务中心).
# Only verbs that bring a thing into being, after two characters or more; not 建 alone
# (项目在建45个: what is still being built, not what was), nor 改造, 培训 and the like,
# which the meaning layer keeps as nouns (危桥改造, 职业技能培训: the work, counted as such).
MAKING_TAIL: Final = regex_cache.compile(
    r"(?<=\p{Han}{2})(?:新建成|新建|建成|建设|新开通|开通|新?改扩建|新改建|新扩建"
    r"|创建|组建|设立|成立)$"
)
# The word amount closing a deed's name: 化学需氧量重点工程减排量1200吨 ≈ 实际减排1315吨 (named
# as its restated target, 化学需氧量重点工程减排), 光伏发电量达到12亿千瓦时 ≈ 光伏发电12.6亿千瓦时.
# 量 says the figure is how much of the deed was done, which the deed's own figure says in
# its unit. Only after a name of two characters or more. An increment or a stock keeps its
# own word (存款增量 → 存款增, never 存款's balance; 存量, 余量 likewise), and 总量 the
# meaning layer drops itself.
AMOUNT_TAIL: Final = regex_cache.compile(r"(?<=\p{Han}{2})量$")
# One thing under two names, the long form first: 规模以上工业增加值 ≈ 规上工业增加值,
# 一般公共预算收入 ≈ 公共预算收入 (the short form of reports), 常住人口城镇化率 ≈ 城镇化率 is
# NOT one (a 户籍 rate exists), so it is not here. A pollutant under its Chinese name, with
# its symbol in brackets (the key drops them) or alone: 细颗粒物（PM2.5）平均浓度 ≈ 细颗粒物平均
# 浓度 ≈ PM2.5平均浓度, 可吸入颗粒物（PM10） ≈ PM10 (two pollutants, never one).
# The abbreviations of the statistics' own names: GDP is the product of the report's own
# territory (人均GDP达到7.2万元 ≈ 人均地区生产总值7.35万元, 单位GDP能耗下降3% ≈ 单位地区生产
# 总值能耗下降3.4% ≈ 万元地区生产总值能耗, the unit written out; 国内生产总值 in a national
# report), CPI its consumer prices (CPI上涨0.8% ≈ 居民消费价格涨幅, 居民消费价格指数上涨
# 1.2%), 研发 the 研究与试验发展 of the R&D statistics (研究与试验发展经费投入强度 ≈ 研发
# 经费投入强度). Words of one name that change nothing it
# counts: 地方 before a local budget's 一般公共预算 (a county's own), 外贸 before 进出口 (all
# trade in goods is foreign), 常住 before 居民 (income surveys are of residents: 城镇常住居民
# 人均可支配收入 ≈ 城镇居民人均可支配收入), 利用 and 使用 of 实际…外资. Not 常住人口 (常住人口
# 城镇化率 and 户籍人口城镇化率 are two rates), nor 地方 elsewhere (地方储备粮 is not the
# central reserve stored in the province), nor 外贸 before a noun (外贸企业 are not 企业).
# ``metric_key`` drops a closing 总额 (社会消费品零售), so the short form is matched without it.
# The residents' income under its survey's name and its short form: a plan's 居民收入增长8%
# 左右 (与经济增长同步) ≈ a review's 城乡居民人均可支配收入增长8.3% ≈ 全体居民人均可支配收入
# (全体 dropped above), 农村居民收入增长7% ≈ 农村居民人均可支配收入增长7.4%. 城乡居民 is all
# residents, town and country, as 全体居民 is (城乡居民基本医疗保险 ≈ 居民医保, one scheme).
# The group stays: 城镇居民收入 is 城镇居民人均可支配收入, never 居民人均可支配收入. The short
# form is written out, not the long one cut: a review naming the income short after its
# group (人均可支配收入（农村居民）2.32万元) meets its plan by the tail of the long name
# (``short_named``).
PLAN_SYNONYMS: Final = (
    ("规模以上", "规上"),
    ("地方一般公共预算", "公共预算"),
    ("一般公共预算", "公共预算"),
    ("社会消费品零售", "社零"),
    ("固定资产投资", "固投"),
    ("地区生产总值", "GDP"),
    ("国内生产总值", "GDP"),
    ("万元GDP", "单位GDP"),
    ("居民消费价格指数", "CPI"),
    ("居民消费价格", "CPI"),
    ("研究与试验发展", "研发"),
    ("外贸进出口", "进出口"),
    ("常住居民", "居民"),
    ("城乡居民", "居民"),
    # a group's income named short (城镇常住居民人均收入, 农民人均收入, 农民收入) is its
    # disposable income per head, as ``lexicon.indicators`` reads it; not 农民工收入 (a
    # wage), nor 人均纯收入 (the older measure)
    ("人均收入", "人均可支配收入"),
    ("农民人均", "农村居民人均"),
    ("农民收入", "农村居民收入"),
    ("居民收入", "居民人均可支配收入"),
    ("实际利用外资", "实际使用外资"),
    ("细颗粒物PM2.5", "PM2.5"),
    ("细颗粒物", "PM2.5"),
    ("可吸入颗粒物PM10", "PM10"),
    ("可吸入颗粒物", "PM10"),
)


def government_identity(doc: Document) -> Identity | None:
    """Which government unit a report speaks for: (level, place, canonical department),
    or None where it cannot be told apart from others. A 区 plan and a 市 outcome differ
    by level; two districts by place; 教体局 and 教育局 are one department. A masked place
    (XX街道) is no identity: two hidden names may be any two places. Nor is an unnamed
    town, sub-district or government, whose department is its place; an unnamed office
    (区教育局) is one per level."""
    department = doc.department_canonical or (
        canonical_department(doc.department) if doc.department else None
    )
    department = department or doc.department
    if not department or doc.place_masked or is_masked_place(doc.place):
        return None
    if doc.place is None and (department in PLACE_UNITS or doc.department in PLACE_UNITS):
        return None
    return doc.level, doc.place, department


@functools.lru_cache(maxsize=4096)  # a few departments, asked once per figure
def department_group(department: str) -> str:
    """The partitions whose figures may link: one per canonical department (教体局 and
    教育局 are one), so that a run on disk links what a run in memory links."""
    return canonical_department(department) or department_in(department) or department


def disk_order(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with a department and a year, in the order a run on disk reads them:
    by department group and year, then by department (its partition), then as given."""
    return sorted(
        (m for m in mentions if m.department and m.year),
        key=lambda m: (department_group(m.department or ""), m.year or 0, m.department or ""),
    )


@functools.lru_cache(maxsize=65536)  # metric keys repeat across figures and years
def plan_metric(key: str | None) -> str | None:
    """A metric key normalised for linking a plan to its outcome: its words
    (``plan_words``) with the characters in order, so that word order does not matter
    (城镇新增就业 ≈ 新增城镇就业). Only figures of one government, year, base unit and
    measure are compared by it, which keeps two unlike metrics of the same characters
    apart in practice."""
    words = plan_words(key)
    return None if words is None else "".join(sorted(words))


def plan_words(key: str | None) -> str | None:
    """A metric key's words as ``plan_metric`` compares them, in their order: a task's
    frame and a verb of aim opening it dropped (``task_named``, ``AIM_VERB``), a closing
    verb of budgeting and a closing word plan or budget dropped (``BUDGET_VERB``, ``PLAN_WORD``,
    ``BUDGET_WORD``), a closing
    word of change dropped (``CHANGE_TAIL``), then one of making (``MAKING_TAIL``) and a
    closing word amount (``AMOUNT_TAIL``),
    scope words and 的 dropped (``PLAN_STOP``), synonyms folded."""
    if not key:
        return None
    key = PLAN_WORD.sub("", BUDGET_VERB.sub("", AIM_VERB.sub("", task_named(key))))
    key = BUDGET_WORD.sub("", key) if key.endswith("预算") else key
    unchanged = CHANGE_TAIL.sub("", key)
    if unchanged and unchanged != key:
        key = METRIC_KEY_TAIL.sub("", unchanged) or unchanged
    key = MAKING_TAIL.sub("", key)
    key = AMOUNT_TAIL.sub("", key)
    text = PLAN_STOP.sub("", key)
    for long, short in PLAN_SYNONYMS:
        text = text.replace(long, short)
    return text or key


# A metric a review names short, after the clause that names its subject, where the plan
# named it in full: 全市高校毕业生2.84万人，就业率达到92.3% (the plan: 高校毕业生就业率保持在
# 90%以上); 开展补贴性职业技能培训2.71万人次，其中取得证书1.98万人次，取证率73.1% (职业技能
# 培训取证率达到70%); 全年发生森林火灾2起，受害率0.05‰ (森林火灾受害率控制在0.3‰以内); 新增
# 外贸备案企业31家，备案企业总量达到296家 (外贸备案企业总量达到290家). The short name ends
# the full one, and the words it leaves off (高校毕业生, 职业技能培训) stand before it in its
# sentence: the subject named there is what the rate is of, so together they name the plan's
# metric. Asked only of a target no outcome of its own name met and an outcome no target
# took, of one government, year, base unit and measure (``plan_key`` but the metric). Not
# words that merely share an end: 城镇新增就业3.46万人，失业率5.1% names no 城镇调查失业率
# (调查 is nowhere before it), and a name left off by one character is no subject.
SHORT_HEAD: Final = 2  # the fewest characters the words left off hold
# The subject may be named in part: 受理劳动人事争议案件3120件，结案2996件，
# 结案率96% names the plan's 劳动人事争议仲裁结案率 (仲裁 is the procedure, not named
# again); 重点人群签约18.2万人，签约率82.3% names 家庭医生签约服务重点人群签约率. The
# part: the last ``SUBJECT_PART`` characters of the words left off (重点人群, next to the
# short name), or runs of that many of them holding together more than two thirds of
# their characters (劳动人事争议 of 劳动人事争议仲裁; 科技成果 and 签约项目 of 科技成果
# 签约项目落地): one run of four at the start is shared by many subjects (农村生活 of
# 农村生活垃圾 and 农村生活污水; 规模以上, 城乡居民). The words left off are asked whole
# when they are shorter. Not 城镇新增就业3.46万人，失业率5.1% for 城镇调查失业率 (城镇,
# two characters, is every urban figure's), nor 农村居民…，恩格尔系数29.8% for 城镇居民
# 恩格尔系数 (居民 is shared, 城镇居民 is not named), nor 新建农村生活垃圾收运点36个，
# 治理率达到100% for 农村生活污水治理率 (污水 is not named).
SUBJECT_PART: Final = 4


@functools.lru_cache(maxsize=65536)  # a target's key is set against each outcome's
def short_head(target: str | None, outcome: str | None) -> str | None:
    """The words a short name (the metric key ``outcome``) leaves off the full one
    (``target``) when its words end the full one's and leave ``SHORT_HEAD`` characters or
    more (高校毕业生就业率, 就业率 → 高校毕业生); else None."""
    full, short = plan_words(target), plan_words(outcome)
    if not full or not short or len(full) - len(short) < SHORT_HEAD or not full.endswith(short):
        return None
    return full[: -len(short)]


# A scope a report's own place gives what it names: a city's review states 公共供水管网漏损率
# 8.7% of its urban network where its plan named 城市公共供水管网漏损率; a county's states
# 生活垃圾无害化处理率100% where its plan named 县城生活垃圾无害化处理率. The scope left off is
# the urban area of the report's own level, so the report names it by being that place's;
# a short name read against the words before it (``short_named``) reads it there too. Not a
# scope of another place: a city's 县城污水处理率 is its counties' seats', and a city's
# review naming 污水处理率 alone names no 县城 (nor 农村自来水普及率 by 自来水普及率: 农村
# is no level's urban area). Only for a target no outcome of its own name met, like every
# short name: a plan naming both 城市污水处理率 and 县城污水处理率 meets each by its name.
# The other way too (``scope_named``): a city's plan names 公共供水管网漏损率 short and its
# review 城市公共供水管网漏损率 in full; a county's plan 生活垃圾无害化处理率, its review
# 县城生活垃圾无害化处理率 — the scope the plan leaves off is still its own place's. Not
# across places (a city's bare 污水处理率 is never its 县城污水处理率), nor of people
# (居民人均可支配收入 is never 城市居民人均可支配收入: ``PEOPLE_OPENING``).
OWN_SCOPE = {"市": "城市", "县": "县城"}
SCOPES: Final = frozenset(OWN_SCOPE.values())
# A group of people the scope would sort (城市居民人均可支配收入 is of the city's urban
# residents, 居民人均可支配收入 of all): no area's scope is read before them.
PEOPLE_OPENING: Final = ("居民", "人口", "常住", "户籍", "职工", "人均", "就业")


def scoped_before(level: str | None, before: str) -> str:
    """The words ``before`` an outcome as a short name is read against, after the scope
    its report's own ``level`` gives (``OWN_SCOPE``), kept apart so that no run of
    characters crosses from one to the other."""
    scope = OWN_SCOPE.get(level or "")
    return before if scope is None else f"{scope}\x1f{before}"


def short_named(target: str | None, outcome: str | None, before: str) -> bool:
    """Whether an outcome whose metric key is ``outcome``, with the words ``before`` it in
    its sentence, names the target's metric ``target`` short (``short_head``, the words
    left off standing before it, whole or in part: ``subject_named``)."""
    head = short_head(target, outcome)
    if head is None:
        return scope_named(target, outcome, before)
    if head in SCOPES and (plan_words(outcome) or "").startswith(PEOPLE_OPENING):
        before = before.rpartition("\x1f")[2]  # 城市居民 are people, not the urban area's
    return subject_named(head, before)


def scope_named(target: str | None, outcome: str | None, before: str) -> bool:
    """Whether an outcome whose metric key is ``outcome`` names the target's metric
    ``target`` with the urban scope its report's own level gives (``OWN_SCOPE``), read at
    the head of ``before`` (``scoped_before``): the plan named it short."""
    short, full = plan_words(target), plan_words(outcome)
    scope, mark, _ = before.partition("\x1f")
    if not (mark and short and full) or short.startswith(PEOPLE_OPENING):
        return False
    return full == scope + short


# A rate a trend may read by a short name (``trends._short_names_joined``): a percentage
# whose name ends in 率 (就业率, 结案率, 签约率), the class of short names a review states
# after the clause naming their subject; a run on disk reads the words before such figures
# only (``metrics.derived``), so the class is kept to them.
RATE_END: Final = "率"


@functools.lru_cache(maxsize=65536)  # a metric key is asked once per figure of a trend
def rate_words(key: str | None, base_unit: str | None) -> str | None:
    """The words (``plan_words`` of ``counted_key``) of a rate a trend may read by a short
    name (``RATE_END``), None for any other figure."""
    if base_unit not in PERCENT_UNITS:
        return None
    words = plan_words(counted_key(key, base_unit))
    return words if words and words.endswith(RATE_END) else None


def name_tails(words: str) -> list[str]:
    """The short names ``words`` could be named by (``short_head``): its ends that leave
    ``SHORT_HEAD`` characters or more off."""
    return [words[n:] for n in range(SHORT_HEAD, len(words))]


def subject_named(head: str, before: str) -> bool:
    """Whether ``before`` names the words a short name leaves off (``head``): whole, their
    last ``SUBJECT_PART`` characters, or runs of ``SUBJECT_PART`` characters of them holding
    more than two thirds of them."""
    if len(head) <= SUBJECT_PART:
        return head in before
    if head[-SUBJECT_PART:] in before:
        return True
    held: set[int] = set()
    for i in range(len(head) - SUBJECT_PART + 1):
        if head[i : i + SUBJECT_PART] in before:
            held.update(range(i, i + SUBJECT_PART))
    return 3 * len(held) > 2 * len(head)


def short_tails(keys: Iterable[str | None]) -> set[str]:
    """Every short name (``short_head``) of the metric keys ``keys`` could be named by: the
    ends of their words that leave ``SHORT_HEAD`` characters or more off; and the names
    in full with a scope (``SCOPES``) a key may be the short name of (``scope_named``)."""
    tails: set[str] = set()
    for key in keys:
        words = plan_words(key) or ""
        tails.update(name_tails(words))
        if words:
            tails.update(scope + words for scope in SCOPES)
    return tails


def match_short(
    targets: Iterable[tuple[T, D, str | None]],
    outcomes: Sequence[tuple[T, D, str | None]],
    before: Callable[[T], str],
) -> Iterator[tuple[T, T]]:
    """(target, outcome) links by ``short_named``: each target (id, document, metric key),
    in the order given, takes the first outcome (id, document, metric key) of another
    document that no earlier target took and that names its metric short; ``before``
    gives the words before an outcome in its sentence (asked only of an outcome whose key
    ends the target's, or that names it in full with a scope: ``short_tails``)."""
    named: dict[str, list[int]] = {}  # an outcome's words: its places in ``outcomes``
    for i, (_, _, key) in enumerate(outcomes):
        named.setdefault(plan_words(key) or "", []).append(i)
    used: set[T] = set()
    for target, doc, key in targets:
        ends = short_tails((key,))
        for i in sorted(i for end in ends for i in named.get(end, ())):
            outcome, other, short = outcomes[i]
            if other == doc or outcome in used:
                continue
            if short_named(key, short, before(outcome)):
                used.add(outcome)
                yield target, outcome
                break


def task_named(key: str) -> str:
    """What a task handed down is of (``TASK_FRAME``): 国家下达的粮食播种面积任务 → 粮食播种
    面积; ``key`` itself when it names no task or nothing but one."""
    if not TASK_FRAME.search(key):
        return key
    name = TASK_SETTER.sub("", TASK_FRAME.sub("", key))
    return TASK_COPULA.sub("", name) or key


def is_addition(phrase: str | None) -> bool:
    """Whether a figure whose metric was taken from ``phrase`` (``metric_phrase``) is a
    year's addition (``ADDITION``), not the total it adds to."""
    return phrase is not None and ADDITION in phrase


# One count under two classifiers: a trading unit (a market entity, an enterprise) is
# counted by 户 in one report and by 家 in the next (新登记市场主体1.2万户以上 … 新登记市场
# 主体1.26万家; 年末实有企业达到2.5万家 … 达到2.7万户; 规模以上工业企业净增40户 … 净增46家).
# The classifier says how the count is written, not what is counted, so the key folds 家
# into 户; the name still keeps apart what else 户 counts (惠及居民1.2万户, households, which
# no report counts by 家). Not 个, 所 or 座: they count anything, and a name counted by them
# and by 家 is rare enough that folding them would join more than it finds. An institution
# (a school, a kindergarten, a health centre) is counted by its own classifier 所 in one
# report and by the general 个 in the next (新建改扩建中小学12个 … 13所; 新建公办幼儿园10个 …
# 11所; 乡镇卫生院标准化建设达标30个 … 达标32所): 所 counts institutions only, and the name
# says which, so the key folds 所 into 个. 个 takes nothing else: 专精特新企业28家 … 32个 and
# 改造危旧桥梁20座 … 22个 keep their classifiers apart (座 counts a bridge, a reservoir, a
# plant alike; 家 is a trading unit's, above).
SAME_COUNT: Final = {"家": "户", "所": "个"}
# A percentage named as a rate: its name ends in 率 (or 指数, 系数, 强度, as
# ``passages``' named_rate reads them), so it is a rate whatever verb stands between the
# name and the figure: 建制村通客车率保持100% ≈ 建制村通客车率100%, 行政村5G网络覆盖率实现
# 100% ≈ 覆盖率99.6%, 生活垃圾无害化处理率继续保持100%. The meaning layer reads a rate
# only after the copulas it knows (控制在, 达到…), a level after others (保持, 实现), and
# the key holds the measure apart, so the two would never meet. Not a percentage whose
# name is no rate (城镇化水平65% stays a level; 增长6% is a growth by its own cue).
RATE_NAME: Final = regex_cache.compile(r"(?:率|指数|系数|强度)$")
PERCENT_UNITS: Final = frozenset({"%", "‰"})


@functools.lru_cache(maxsize=65536)  # a few measures and units, keys repeat across figures
def measure_as_compared(measure: str | None, unit: str | None, key: str | None) -> str | None:
    """A figure's measure as a link or a trend compares it, from its measure, unit and
    metric key: a level in percent whose metric is named as a rate (``RATE_NAME``) is a
    rate."""
    named = key is not None and RATE_NAME.search(key) is not None
    if measure == Measure.LEVEL and unit in PERCENT_UNITS and named:
        return str(Measure.RATE)
    return measure


def key_measure(m: Mention) -> str:
    """``measure_as_compared`` of a mention."""
    return measure_as_compared(m.measure, m.unit, m.metric_key) or m.measure


# A unit folds into its base for a link or a trend only by an exact factor, one of few
# digits (a power of ten, 斤 = 0.5千克): 森林抚育3万亩 ≈ 森林抚育31500亩, 公路总里程1.26万公里
# ≈ 12436公里 ≈ 12718千米, 建设用地1.2平方公里 ≈ 120公顷. An area in 亩 (万亩) meets one in
# 公顷 or 平方米 only by a rounded fraction (1亩 = 666.67平方米: the lexicon's factor is cut
# at its twentieth digit): 退化林修复0.8万亩 against 退化林修复560公顷, 新增耕地1200亩 against
# 新增耕地80.5公顷 are stated in two systems of measure, and a link or a trend sets their
# values against each other (a status, a change) through a conversion no report makes;
# such a unit is compared as written, without its multiplier (万亩 is 亩). Not ‰ against %
# (0.1: a decimal fold), nor 公顷 against 平方公里.
EXACT_DIGITS = 6


def _written_unit(unit: str) -> str | None:
    """``unit`` without its multiplier (万亩 → 亩), when it is one of the lexicon's."""
    if unit in UNIT_BY_SURFACE:
        return unit
    for mult in MULTIPLIER_BY_SURFACE:
        rest = unit[len(mult) :]
        if unit.startswith(mult) and rest in UNIT_BY_SURFACE:
            return rest
    return None


def key_unit(base_unit: str | None, unit: str | None = None) -> str | None:
    """A base unit as a link or a trend compares it (``SAME_COUNT``: 家 is 户), or the unit
    as written (``unit``, its multiplier left off) where it converts to its base by no exact
    factor (``EXACT_DIGITS``: 亩)."""
    if not base_unit:
        return base_unit
    written = _written_unit(unit) if unit else None
    if written is not None:
        digits = UNIT_BY_SURFACE[written].factor.normalize().as_tuple().digits
        if len(digits) > EXACT_DIGITS:
            return written
    return SAME_COUNT.get(base_unit, base_unit)


# A count named by its own classifier (数 after it the metric key has already dropped):
# 建筑施工安全事故起数控制在3起以内 ≈ 全年建筑施工安全事故2起, 城镇新增就业人数3.2万人 ≈ 城镇
# 新增就业3.46万人, 接待游客人次突破500万人次 ≈ 接待游客512万人次. The classifier says how
# the thing is counted, which the key holds (the base unit), not what is counted. Only the
# figure's own base unit, only at the end, and only where two characters or more stay:
# 农户3.2万户 keeps 农户, and 发放贷款笔数 counted in 万元 keeps its 笔.
NAMED_BY_CLASSIFIER_REST: Final = 2
# A change of a count named by its classifier (数 after it the metric key has already
# dropped): 生产安全事故起数同比下降10%以上 ≈ 发生生产安全事故23起，同比下降17.9%; 接待游客人次
# 增长8% ≈ 接待游客2718.6万人次，同比增长9.3%; 道路交通事故死亡人数下降5% ≈ 道路交通事故死亡
# 32人，下降8.6%. The growth is of what is counted, and the review states it after the count,
# named without its classifier; the figure's own unit is %, so the rule above never drops it.
# Only in percent, only classifiers of events and people (no amount is named so: 事故 has no
# 元), and only where two characters or more stay. Not 笔, 个, 家 or 户: 发放贷款笔数增长5% is
# not 发放贷款35亿元，增长8% (one name counted and summed), nor 企业户数增长 the growth of 企业
# 营业收入; 农户 and 人次 alone stay.
COUNTED_CHANGE: Final = ("人次", "起", "人", "次", "件", "宗")


# A share named by its part alone where the other names the whole too: 林下经济产值占林业总产值
# 的比重提高到27% ≈ 林下经济产值92.1亿元，增长11.6%，占林业总产值比重27.4% (the meaning layer
# names the review's share by the subject of its clause, 林下经济产值), 民生支出占一般公共预算
# 支出的比重保持在80%以上 ≈ 民生支出…，占比81.3%. In percent, a name with 占 is a part of a
# whole, and the part is what the share counts. Only with two characters or more before 占
# (税收占比 → 税收; 占比 alone stays), and only in percent (占地面积 is no share); 占 of
# a word of its own is none: to hold (市场占有率, 人均占有粮食), to take up (违法占地比例,
# 耕地占用率), to lead (占优). A share's change in points is of the same share (一般贸易进出口
# 占货物进出口总额的比重提高1个百分点 ≈ 一般贸易进出口…比重为64.2%，比上年提高1.4个百分点,
# named by its part): ``SHARE_UNITS``.
SHARE_OF: Final = "占"
SHARE_UNITS: Final = frozenset({"%", "‰", "个百分点"})
NOT_SHARE_AFTER: Final = frozenset("有用地优")


def counted_metric(key: str | None, base_unit: str | None) -> str | None:
    """``plan_metric`` of ``counted_key``."""
    return plan_metric(counted_key(key, base_unit))


def counted_key(key: str | None, base_unit: str | None) -> str | None:
    """``key`` with a closing classifier that is the figure's own base unit dropped (see
    ``NAMED_BY_CLASSIFIER_REST``) or, in percent, one of a count changed (``COUNTED_CHANGE``),
    or a share's part alone (``SHARE_OF``, in percent or points): what a link, a trend and a
    short name (``short_links``) compare."""
    if not key:
        return key
    at = key.find(SHARE_OF) if base_unit in SHARE_UNITS else -1
    if at >= NAMED_BY_CLASSIFIER_REST and key[at + 1 : at + 2] not in NOT_SHARE_AFTER:
        return key[:at]
    if base_unit and key.endswith(base_unit):
        rest = key[: -len(base_unit)]
        if len(rest) >= NAMED_BY_CLASSIFIER_REST:
            return rest
    if base_unit in PERCENT_UNITS:
        for classifier in COUNTED_CHANGE:  # 人次 before 人 and 次
            rest = key.removesuffix(classifier)
            if rest != key:
                return rest if len(rest) >= NAMED_BY_CLASSIFIER_REST else key
    return key


# A figure of part of a year (上半年, 1-10月, 前三季度: ``period_label``'s months short of
# the twelve) is no outcome of the year's target: 上半年，全市完成审计项目41个 beside the plan's
# 全年计划完成审计项目85个, 1-9月完成固定资产投资6.8亿元 beside 全年投资8亿元. Progress against
# the year's target is the within-report pair's (完成全年计划的48.2%); across reports a
# target takes the year's result. A stock at the year's end (截至年底, 01..12) is the year's.
FULL_YEAR: Final = "-01.."


def months_short_of_year(label: str | None) -> str | None:
    """A ``period_label`` (``2025-01..2025-06``) when its months are part of the year only,
    else None (no label, or January to December)."""
    if not label or (label[4:].startswith(FULL_YEAR) and label.endswith("-12")):
        return None
    return label


def part_of_year(m: Mention) -> str | None:
    """``months_short_of_year`` of a mention's period."""
    return months_short_of_year(m.period_label)


# What a plan link compares of a figure beyond its government unit and year, as one
# function of the fields a run writes, so that a run in memory (``plan_key``,
# ``implied_key``) and one read back from disk (``metrics.derived``) fold a figure alike:
# its name as counted (``counted_key``, for a short name), its metric (``counted_metric``),
# and what else a target and its outcome share (``Compared``).
Compared = tuple[str | None, str | None, str | None, str | None, bool, str | None]
ImpliedParts = tuple[str | None, str | None, bool, str | None]


def link_fields(
    metric_key: str | None,
    base_unit: str | None,
    measure: str | None,
    unit: str | None,
    period_kind: str | None,
    change_base: str | None,
    added: bool,
    months: str | None,
) -> tuple[str | None, str | None, Compared]:
    """(name as counted, metric, compared) of a figure with these fields: the metric is
    ``counted_metric``; compared are its base unit (``key_unit``: 家 is 户), measure
    (``measure_as_compared``: a percentage named as a rate is a rate), kind of period (a
    年均 target never meets one year's growth), base of a change (增长8% never 环比增长2%),
    whether it is a year's addition (``is_addition``, given as ``added``) and the months of
    part of a year (``months_short_of_year``, given as ``months``: 上半年 is no outcome of
    the year's target). A completion rate and the target level it implies compare the
    last four (``implied_parts``: their units and measures differ by nature)."""
    measured = measure_as_compared(measure, unit, metric_key) or measure
    compared = (key_unit(base_unit, unit), measured, period_kind, change_base, added, months)
    named = counted_key(metric_key, base_unit)
    return named, counted_metric(metric_key, base_unit), compared


def implied_parts(compared: Compared) -> ImpliedParts:
    """What a completion rate and the target level it implies share of ``link_fields``'
    compared: all but the base unit and the measure."""
    _, _, period_kind, change_base, added, months = compared
    return period_kind, change_base, added, months


def mention_link_fields(m: Mention) -> tuple[str | None, str | None, Compared]:
    """``link_fields`` of a mention (its kind of period and base of a change as given, or
    read from its sentence where a record lacks them)."""
    return link_fields(
        m.metric_key,
        m.base_unit,
        m.measure,
        m.unit,
        mention_period_kind(m),
        mention_change_base(m),
        is_addition(m.metric_phrase),
        part_of_year(m),
    )


def plan_key(m: Mention, identity: Identity | None) -> PlanKey | None:
    """What a plan target and an outcome must share, or None when any part is unknown."""
    _, metric, compared = mention_link_fields(m)
    if not (identity and m.department and metric and m.year):
        return None
    return (department_group(m.department), identity, metric, m.year, *compared)


class Side(IntFlag):
    """What a figure can be in a plan link (several at once: a plan's target level is
    both a target for a stated outcome and one a completion rate may imply)."""

    TARGET = 1  # a plan's target
    OUTCOME = 2  # a summary's actual, stated growth, share or rate
    IMPLIED_TARGET = 4  # a plan's target level a completion rate multiplies
    COMPLETION = 8  # a summary's completion rate in percent (完成目标的90%)


# The flags as plain ints: an operator of IntFlag is a Python function, and these are
# asked for every figure of a run.
_TARGET, _OUTCOME = int(Side.TARGET), int(Side.OUTCOME)
_IMPLIED_TARGET, _COMPLETION = int(Side.IMPLIED_TARGET), int(Side.COMPLETION)
# The sides left to a target for a later year than its plan's (``mentions.aim_year``:
# 到2027年累计建成示范线15条, 2026年新建充电桩500个 in a plan for 2025): none. It is no
# target of the plan's year, so this year's outcome never meets it; its own year's outcome
# stands in a report of the year after that, another partition of a run on disk.
NOT_AIMED: Final = ~(_TARGET | _IMPLIED_TARGET)


def link_sides(role: str | None, section: str | None, measure: str | None, unit: str | None) -> int:
    """The ``Side`` flags of a figure with these fields (0: no side of any link; a
    threshold, which sorts what a count counts, is none)."""
    if measure == Measure.THRESHOLD:
        return 0
    if (role, section) == PLAN_TARGET:
        return _TARGET | (_IMPLIED_TARGET if can_imply(role, measure, unit) else 0)
    if role in OUTCOME[0] and section == OUTCOME[1]:
        return _OUTCOME
    if section == OUTCOME[1] and implies(role, unit):
        return _COMPLETION
    return 0


def mention_sides(m: Mention) -> int:
    """``link_sides`` of a mention; no side of a target for a later year than its plan's
    (``aim_year``)."""
    sides = link_sides(m.role, m.section, m.measure, m.unit)
    if m.aim_year is not None:
        return sides & NOT_AIMED
    return span_sides(sides) if m.plan_period is not None else sides


def span_sides(sides: int) -> int:
    """The sides of a target of a plan of several years whose year's sides are ``sides``
    (``SPAN_TARGET``)."""
    return SPAN_TARGET if sides & _TARGET else 0


# The side of a target of a plan of several years (``mentions.plan_period``): linked by the
# key of a year's target (its ``year`` is the span's last, its kind of period its own: an end
# level meets that year's level, a 累计 target a running total, a 年均 one an average) but
# in a pass of its own, so that it neither takes an outcome from the year's plan nor
# loses one to it: both are judged against that year's review. It implies nothing (a
# completion rate of a year is no rate of the span's aim), nor takes a short name.
SPAN_TARGET: Final = 16


def foreign_figure(m: Mention, identity: Identity | None) -> bool:
    """Whether ``m``'s own place (``mentions.figure_place``) is another government than
    its document's unit ``identity`` (``figure_places.foreign_place``): a county's figure
    in a city's review is no side of the city's links."""
    if m.figure_place is None or identity is None:
        return False
    return foreign_place(m.figure_place, identity[0], identity[1])


def completion_metric(key: str | None) -> str | None:
    """``plan_metric`` of a completion rate's key, its frame taken off first
    (全年完成固定资产投资目标的 ≈ 固定资产投资: ``implied.COMPLETION_FRAME``)."""
    return plan_metric(strip_completion_frame(key)) if key else None


def implied_key(m: Mention, identity: Identity | None) -> ImpliedKey | None:
    """What a target level and a completion rate of it must share: the key of a stated
    link but for base unit and measure (``implied_parts``: a 年均 target
    level is implied by no year's completion rate), the completion's metric without its
    frame."""
    return _implied_key(m, identity, mention_sides(m))


def _implied_key(m: Mention, identity: Identity | None, sides: int) -> ImpliedKey | None:
    """``implied_key`` of a mention whose ``Side`` flags are ``sides``."""
    if not (sides & (_IMPLIED_TARGET | _COMPLETION)):
        return None
    _, metric, compared = mention_link_fields(m)
    if sides & _COMPLETION:
        metric = completion_metric(m.metric_key)
    if not (identity and m.department and metric and m.year):
        return None
    return (department_group(m.department), identity, metric, m.year, *implied_parts(compared))


def match_plans(
    targets: Iterable[tuple[K, T, D]], actuals: Mapping[K, Sequence[tuple[T, D]]]
) -> Iterator[tuple[T, T]]:
    """(target, actual) links: each target, in the order given, takes the first actual of
    its key (in the order given) from another document that no earlier target took.

    Targets and actuals are (key, id, document) and (id, document): anything hashable, so
    a caller can match plain row numbers instead of holding records."""
    used: set[T] = set()
    skip: dict[K, int] = {}  # actuals before this index are all taken
    for key, target, doc in targets:
        pool = actuals.get(key, ())
        first = skip.get(key, 0)
        while first < len(pool) and pool[first][0] in used:
            first += 1
        skip[key] = first
        for actual, other in itertools.islice(pool, first, None):
            if other != doc and actual not in used:
                used.add(actual)
                yield target, actual
                break


@dataclass(frozen=True, slots=True)
class PlanAim:
    """A plan's target in its link's unit, as ``metrics.status`` reads it."""

    qualifier: str
    value: float | None
    value_min: float | None
    value_max: float | None
    lower_is_better: bool


def _scaled(m: Mention, unit: str) -> tuple[float | None, ...] | None:
    """(value, min, max) of ``m`` in ``unit`` (万元 ↔ 亿元); None when not convertible."""
    if m.unit == unit:
        factor = Decimal(1)
    else:
        src, dst = unit_factor(m.unit), unit_factor(unit)
        if src is None or dst is None:
            return None
        factor = src / dst
    return tuple(
        None if x is None else float(Decimal(str(x)) * factor)
        for x in (m.value, m.value_min, m.value_max)
    )


def _as_rise(m: Mention, values: tuple[float | None, ...]) -> tuple[tuple, str]:
    """(value, min, max) and qualifier of a growth read as a rise: a stated fall (下降2.8%)
    is −2.8, its bounds swapped (下降5%以上 is at most −5); any other figure as it is."""
    if m.measure != Measure.GROWTH or m.direction != -1:
        return values, m.qualifier
    v, lo, hi = (None if x is None else -x for x in values)
    swapped = {Qualifier.AT_LEAST: Qualifier.AT_MOST, Qualifier.AT_MOST: Qualifier.AT_LEAST}
    return (v, hi, lo), swapped.get(Qualifier(m.qualifier), m.qualifier)


def plan_status(target: Mention, actual: Mention, unit: str, lower: bool) -> PairStatus:
    """met / not_met / unknown of a plan link by intervals (``metrics.status``): a range
    or a 左右 target, a bound (以上, 以内) and a masked outcome's mask bounds. Growths are
    read as rises (``_as_rise``): a target to fall (能耗降低2.5%) is met by a fall at least
    as deep (下降2.8%), a target to rise (增长6%) not by a fall (下降1.2%)."""
    aim, outcome = _scaled(target, unit), _scaled(actual, unit)
    if aim is None or outcome is None:
        return PairStatus.UNKNOWN
    aim, qualifier = _as_rise(target, aim)
    outcome, _ = _as_rise(actual, outcome)
    falls = target.measure == Measure.GROWTH and target.direction == -1
    region = PlanAim(qualifier, aim[0], aim[1], aim[2], lower_is_better=lower or falls)
    return interval_status(region, (outcome[1], outcome[2]))


def plan_pair(target: Mention, actual: Mention) -> Pair:
    """The pair of a plan's target and the outcome ``match_plans`` linked it to, its
    status by intervals (``plan_status``)."""
    pair = build_pair(actual, target, None)
    return replace(
        pair,
        status=str(plan_status(target, actual, pair.unit, pair.lower_is_better)),
        pair_id=f"{target.mention_id}>{actual.mention_id}",
        plan_doc_id=target.doc_id,
        outcome_doc_id=actual.doc_id,
        match=str(
            PlanMatch.EXACT if target.metric_key == actual.metric_key else PlanMatch.NORMALISED
        ),
        plan_period=target.plan_period,
    )


def implied_pair(target: Mention, completion: Mention) -> Pair:
    """The pair of a plan's target level and a later report's completion rate of it
    (``plan_vs_outcome``): its actual derived (``implied.implied_actual``: none when either
    is masked), its status by intervals like a stated actual's. Metric and key are the
    target's (the completion's name is in its frame); doc, department, period the
    completion's."""
    pair = build_pair(None, target, completion)
    value, lo, hi = implied_actual(target.value, completion)
    aim = (target.value, target.value_min, target.value_max)
    region = PlanAim(target.qualifier, *aim, lower_is_better=pair.lower_is_better)
    same = strip_completion_frame(completion.metric_key or "") == target.metric_key
    return replace(
        pair,
        doc_id=completion.doc_id,
        department=completion.department,
        period=completion.period,
        actual_value=value,
        status=str(interval_status(region, (lo, hi))),
        pair_id=f"{target.mention_id}>{completion.mention_id}",
        plan_doc_id=target.doc_id,
        outcome_doc_id=completion.doc_id,
        match=str(PlanMatch.EXACT if same else PlanMatch.NORMALISED),
        actual_source=str(ActualSource.DERIVED),
    )


def link_pair(target: Mention, outcome: Mention) -> Pair:
    """``plan_pair`` of a stated outcome, ``implied_pair`` of a completion rate."""
    if mention_sides(outcome) & Side.COMPLETION:
        return implied_pair(target, outcome)
    return plan_pair(target, outcome)


def plan_vs_outcome(mentions: Iterable[Mention], documents: Iterable[Document]) -> list[Pair]:
    """Plans for year Y linked to the same government unit's outcome for Y in another
    report; ordered by unit and year, then by the plan's place in the reading order. A
    target no stated outcome takes may then take a completion rate of it (``implied_pair``);
    a target its plan restates (``restated``) is linked once."""
    identity = {d.doc_id: government_identity(d) for d in documents}
    return plans_in_order(disk_order(mentions), identity)


def restated(stated: set[K], target: K) -> bool:
    """Whether ``target`` — (plan key, document, the figure as written) — restates one
    its plan stated before (added to ``stated`` otherwise). A plan states a target again
    where it turns to the work (主要目标：城镇新增就业4000人以上 … 工作措施：确保完成城镇新增
    就业4000人以上的目标任务; 新建高标准农田3万亩 … 围绕新建高标准农田3万亩的目标): one target,
    which takes one outcome; the restatement would take another (a second statement of
    the outcome, or a completion rate of it, ``implied_pair``). Not two figures of one key
    and other values (新建幼儿园5所 … 新建幼儿园3所 of another part), nor of another plan."""
    if target in stated:
        return True
    stated.add(target)
    return False


def plans_in_order(
    ordered: Sequence[Mention], identity: Mapping[str, Identity | None]
) -> list[Pair]:
    """``plan_vs_outcome`` of mentions already in disk order (``disk_order``), given each
    document's ``government_identity``. A figure of no side is passed over before its keys
    are made (most figures: neither a plan's target nor a summary's outcome)."""
    by_id: dict[str, Mention] = {}
    targets: list[tuple[PlanKey, str, str]] = []
    spans: list[tuple[PlanKey, str, str]] = []  # targets of plans of several years
    actuals: dict[PlanKey, list[tuple[str, str]]] = {}
    implying: list[tuple[ImpliedKey, str, str]] = []
    completions: dict[ImpliedKey, list[tuple[str, str]]] = {}
    stated: set[tuple[PlanKey, str, str]] = set()  # (key, document, text) of each target
    for m in ordered:
        sides = mention_sides(m)
        if not sides:  # plan_key and implied_key would be None too
            continue
        unit = identity.get(m.doc_id)
        if foreign_figure(m, unit):
            continue  # another place's figure (东湖县…增长7.2% in a city's review)
        key = plan_key(m, unit) if sides & (_TARGET | _OUTCOME | SPAN_TARGET) else None
        if key is not None and sides & _TARGET and restated(stated, (key, m.doc_id, m.text)):
            continue  # a target its plan restates is linked once
        implied = _implied_key(m, unit, sides)
        if key is not None:
            by_id[m.mention_id] = m
            if sides & _TARGET:
                targets.append((key, m.mention_id, m.doc_id))
            elif sides & SPAN_TARGET:
                spans.append((key, m.mention_id, m.doc_id))
            else:
                actuals.setdefault(key, []).append((m.mention_id, m.doc_id))
        if implied is not None:
            by_id[m.mention_id] = m
            if sides & _IMPLIED_TARGET:
                implying.append((implied, m.mention_id, m.doc_id))
            else:
                completions.setdefault(implied, []).append((m.mention_id, m.doc_id))
    place = {m.mention_id: i for i, m in enumerate(ordered)}
    links = list(match_plans(targets, actuals))
    links += short_links(targets, actuals, links, by_id, place)
    linked = {t for t, _ in links}
    left = [t for t in implying if t[1] not in linked]
    links += match_plans(left, completions)
    links += match_plans(spans, actuals)  # (a pass of their own: ``SPAN_TARGET``)
    links.sort(key=lambda link: place[link[0]])
    return [link_pair(by_id[t], by_id[a]) for t, a in links]


def loose_key(key: PlanKey) -> tuple:
    """A plan key but its metric: what a target and an outcome that names it short share."""
    return key[:2] + key[3:]


def short_links(
    targets: Sequence[tuple[PlanKey, str, str]],
    actuals: Mapping[PlanKey, Sequence[tuple[str, str]]],
    links: Sequence[tuple[str, str]],
    by_id: Mapping[str, Mention],
    place: Mapping[str, int],
) -> list[tuple[str, str]]:
    """``match_short`` of the targets and outcomes the ``links`` left, by ``loose_key``, the
    outcomes of each in reading order."""
    linked, taken = {t for t, _ in links}, {a for _, a in links}
    wanted: dict[tuple, list[tuple[str, str, str | None]]] = {}
    for key, target, doc in targets:
        if target not in linked:
            wanted.setdefault(loose_key(key), []).append((target, doc, _counted(by_id[target])))
    if not wanted:
        return []
    pools: dict[tuple, list[tuple[str, str, str | None]]] = {}
    for key, pool in actuals.items():
        loose = loose_key(key)
        if loose in wanted:
            pools.setdefault(loose, []).extend(
                (a, doc, _counted(by_id[a])) for a, doc in pool if a not in taken
            )
    found: list[tuple[str, str]] = []
    for loose, left in wanted.items():
        outcomes = sorted(pools.get(loose, []), key=lambda o: place[o[0]])
        found += match_short(left, outcomes, _before_in(loose[1][0], by_id))
    return found


def _before_in(level: str | None, by_id: Mapping[str, Mention]) -> Callable[[str], str]:
    """The words before an outcome (by id) as a short name of a government unit of
    ``level`` is read against (``scoped_before``)."""
    return lambda a: scoped_before(level, by_id[a].words_before)


def _counted(m: Mention) -> str | None:
    """``counted_key`` of a mention: the name a short name is compared by (a classifier
    left off: 事故死亡人数控制在8人以内 is named short by 发生生产安全事故11起、死亡7人)."""
    return mention_link_fields(m)[0]
